import type { Client, Middleware } from 'openapi-fetch';
import type { paths } from '../../generated/schema.js';
import type { Validator } from '../../generated/validators.js';

/** The openapi-fetch client typed by the contract's paths. */
export type Http = Client<paths>;

/** What the transport hands an operation's `send`. */
export interface SendInit {
  signal: AbortSignal;
  middleware: Middleware[];
  /** The transport reads the body itself (bounded); openapi-fetch must leave it alone. */
  parseAs: 'stream';
}

/** Fields every outcome of every operation carries. */
export interface BaseOutcome {
  readonly ok: true;
  readonly kind: string;
  readonly statusCode: string;
  readonly attempts: number;
}

/**
 * One operation of the contract, as the transport runs it: how to send it, which generated
 * validators guard it, and how a valid body becomes a typed outcome. Everything else
 * (timeouts, retries, redaction, events, failures) is shared.
 */
export interface Operation<Request, Body, Outcome extends BaseOutcome> {
  readonly operationId: string;
  /** Method and path, for messages and events. */
  readonly method: 'POST';
  readonly path: string;
  send(http: Http, body: Request, init: SendInit): Promise<{ response: Response }>;
  readonly validateRequest: Validator<Request>;
  readonly validateResponse: Validator<Body>;
  /** Recognises the documented `statusCode` values, so an undocumented one is reported as such. */
  readonly validateStatusCode: Validator<unknown>;
  toOutcome(body: Body, meta: { attempts: number; response: Response }): Outcome;
  /** Whether an outcome reports a transient fault worth another attempt. */
  isTransient(outcome: Outcome): boolean;
}
