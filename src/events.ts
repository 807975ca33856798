import type { FailureKind } from './errors/customer-client-error.js';
import type { OutcomeKind, StatusCode } from './outcomes.js';

/**
 * What the client reports to `onEvent`, if one is given. Credentials are replaced by `***`
 * before an event is built; request and response bodies (personal data) are never included.
 */
export type ClientEvent =
  | {
      readonly type: 'request';
      readonly attempt: number;
      readonly method: 'POST';
      readonly url: string;
      /** The request headers as sent, with `client_id` and `client_secret` redacted. */
      readonly headers: Readonly<Record<string, string>>;
    }
  | {
      readonly type: 'retry';
      /** The attempt that failed. */
      readonly attempt: number;
      /** Why it is retried: `network`, `timeout`, `HTTP 503`, `statusCode "4"`, ... */
      readonly reason: string;
      /** How long the client waits before the next attempt. */
      readonly delayMs: number;
    }
  | {
      readonly type: 'outcome';
      readonly kind: OutcomeKind;
      readonly statusCode: StatusCode;
      readonly attempts: number;
    }
  | {
      readonly type: 'failure';
      readonly kind: FailureKind;
      readonly attempts: number;
      readonly message: string;
    };

/** Receives client events; must not throw (if it does, the error is ignored). */
export type ClientEventListener = (event: ClientEvent) => void;
