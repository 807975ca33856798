import type { ClientEventListener } from './events.js';

export interface RetryOptions {
  /**
   * Retries after the first attempt; `0` disables retrying.
   * @default 2
   */
  limit?: number | undefined;
  /**
   * Ceiling of the first backoff; it doubles on each retry (full jitter: the wait is a random
   * value between 0 and the ceiling).
   * @default 500
   */
  baseDelayMs?: number | undefined;
  /**
   * Largest backoff ceiling.
   * @default 8000
   */
  maxDelayMs?: number | undefined;
  /**
   * Largest wait taken from a `Retry-After` / `retry-after-ms` header; longer requests are cut to this.
   * @default 30000
   */
  maxRetryAfterMs?: number | undefined;
}

/**
 * A `fetch` the client can call: the platform's, or a test double such as the package's test
 * kit. It is called as `fetch(url, init)`, the way most code calls fetch; a function declaring a
 * single parameter, such as `(request) => fetch(request)`, is called with a `Request` instead.
 */
export type FetchLike = (input: string | Request, init?: RequestInit) => Promise<Response>;

export interface ClientOptions {
  /**
   * Base URL of the provider, without the operation path.
   * @example 'https://apidev.iserveu.online'
   */
  baseUrl: string;
  /** `client_id` issued at integration; sent as a header on every call. */
  clientId: string;
  /** `client_secret` issued at integration; sent as a header, never logged, never in an error. */
  clientSecret: string;
  /**
   * Time allowed for one attempt, from sending to the last byte of the body. When it runs out
   * the request is aborted, not just abandoned.
   * @default 10000
   */
  timeoutMs?: number | undefined;
  /**
   * Retry policy for transient failures (network, timeout, HTTP 408/429/5xx, and outcomes the
   * contract marks transient).
   * @example { limit: 3, baseDelayMs: 250 }
   */
  retry?: RetryOptions | undefined;
  /**
   * Called with each request, retry, outcome and failure; credentials redacted. Off by default.
   * @example (event) => logger.debug(event)
   */
  onEvent?: ClientEventListener | undefined;
  /**
   * The `fetch` to send requests with, called as `fetch(url, init)`, or as `fetch(request)` when
   * it declares a single parameter. Without it, the platform's `globalThis.fetch` is looked up on
   * each call, so a `fetch` patched later (by MSW, say) is used.
   * @default globalThis.fetch
   * @example createFakeProvider()
   */
  fetch?: FetchLike | undefined;
}

/** Options for one call; each overrides the client's setting for that call only. */
export interface CallOptions {
  /** Cancels the call: the in-flight request, or the wait before a retry. `AbortSignal.timeout(ms)` bounds the whole call. */
  signal?: AbortSignal | undefined;
  /**
   * Extra request headers, such as a correlation id or, against the mock, `Prefer: example=...`.
   * The credential headers are the client's own and cannot be set here.
   * @example { 'x-correlation-id': 'c0ffee' }
   */
  headers?: Readonly<Record<string, string | undefined>> | Headers | undefined;
  /** Per-attempt timeout for this call. */
  timeoutMs?: number | undefined;
  /** Retry policy for this call, merged over the client's. */
  retry?: RetryOptions | undefined;
}
