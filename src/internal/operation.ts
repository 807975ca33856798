import type { Validator } from '../../generated/validators.js';

/** An HTTP method as openapi-fetch and OpenAPI spell it. */
export type HttpMethod = 'get' | 'put' | 'post' | 'delete' | 'options' | 'head' | 'patch' | 'trace';

/** One documented outcome of an operation, as the client turns a body into it. */
export interface OutcomeSpec {
  /** The outcome's `kind` (the schema's `x-outcome-kind`). */
  readonly kind: string;
  /** Whether the outcome reports a fault worth another attempt (the schema's `x-transient`). */
  readonly transient: boolean;
  /** Body properties copied onto the outcome, as `[property in the body, name on the outcome]`. */
  readonly fields: readonly (readonly [string, string])[];
}

/**
 * One operation of the contract, as the transport runs it. Everything in it comes from the
 * spec; everything else (timeouts, retries, redaction, events, failures) is shared.
 */
export interface OperationSpec {
  readonly operationId: string;
  readonly method: HttpMethod;
  readonly path: string;
  readonly validateRequest: Validator<unknown>;
  readonly validateResponse: Validator<Readonly<Record<string, unknown>>>;
  /** The body property whose value names the outcome (`statusCode`). */
  readonly discriminator: string;
  /** Outcomes by discriminator value; a Map, so that no inherited key can be taken for one. */
  readonly outcomes: ReadonlyMap<string, OutcomeSpec>;
}
