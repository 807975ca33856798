import type { FailureKind } from './errors/client-failure.js';

/**
 * What the client reports to `onEvent`, if one is given. Credentials are replaced by `***`
 * before an event is built; request and response bodies (personal data) are never included.
 */
export type ClientEvent =
  | {
      readonly type: 'request';
      readonly operationId: string;
      readonly attempt: number;
      readonly method: string;
      readonly url: string;
      /** The request headers as sent, with `client_id` and `client_secret` redacted. */
      readonly headers: Readonly<Record<string, string>>;
    }
  | {
      readonly type: 'retry';
      readonly operationId: string;
      /** The attempt that failed. */
      readonly attempt: number;
      /** Why it is retried: `network`, `timeout`, `HTTP 503`, `statusCode "4"`, ... */
      readonly reason: string;
      /** How long the client waits before the next attempt. */
      readonly delayMs: number;
    }
  | {
      readonly type: 'outcome';
      readonly operationId: string;
      /** The outcome's `kind`, such as `customerVerifiedWithOvd`. */
      readonly kind: string;
      readonly statusCode: string;
      readonly attempts: number;
    }
  | {
      readonly type: 'failure';
      readonly operationId: string;
      readonly kind: FailureKind;
      readonly attempts: number;
      readonly message: string;
    };

/** Receives client events. If it throws, or returns a promise that rejects, the error is ignored. */
export type ClientEventListener = (event: ClientEvent) => void;
