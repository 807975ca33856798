import type { ClientFailure } from './errors/client-failure.js';
import type { ClientEventListener } from './events.js';
import { checkOptions } from './internal/check-options.js';
import { createTransport, type CallOptions } from './internal/transport.js';
import { getCustomerOperation, type GetCustomerOutcome, type GetCustomerRequest } from './operations/get-customer.js';

export interface RetryOptions {
  /**
   * Retries after the first attempt; `0` disables retrying.
   * @default 2
   */
  limit?: number;
  /**
   * Ceiling of the first backoff; it doubles on each retry (full jitter: the wait is a random
   * value between 0 and the ceiling).
   * @default 500
   */
  baseDelayMs?: number;
  /**
   * Largest backoff ceiling.
   * @default 8000
   */
  maxDelayMs?: number;
  /**
   * Largest wait taken from a `Retry-After` / `retry-after-ms` header; longer requests are cut to this.
   * @default 30000
   */
  maxRetryAfterMs?: number;
}

export interface CustomerClientOptions {
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
  timeoutMs?: number;
  /**
   * Retry policy for transient failures (network, timeout, HTTP 408/429/5xx, statusCode "4").
   * @example { limit: 3, baseDelayMs: 250 }
   */
  retry?: RetryOptions;
  /**
   * Called with each request, retry, outcome and failure; credentials redacted. Off by default.
   * @example (event) => logger.debug(event)
   */
  onEvent?: ClientEventListener;
  /**
   * The fetch implementation to use.
   * @default globalThis.fetch
   */
  fetch?: (input: Request) => Promise<Response>;
}

/** Per-call options. */
export interface GetCustomerOptions extends CallOptions {
  /** Cancels the call: the in-flight request, or the wait before a retry. */
  signal?: AbortSignal;
}

/** Every way a getCustomer call can fail; switch over `kind`. */
export type GetCustomerError = ClientFailure;

/** What `getCustomer` resolves to: a documented outcome (`ok: true`) or a failure (`ok: false`). It never rejects. */
export type GetCustomerResult = GetCustomerOutcome | ClientFailure;

export interface CustomerClient {
  /** Looks a remitter up by mobile number. Resolves to an outcome or a failure; never rejects. */
  getCustomer(request: GetCustomerRequest, options?: GetCustomerOptions): Promise<GetCustomerResult>;
}

/**
 * Creates a client for the DMT Lite customer API.
 * @throws TypeError when an option is missing or out of range; calls never throw.
 */
export function createCustomerClient(options: CustomerClientOptions): CustomerClient {
  checkOptions(options);
  const transport = createTransport(options);
  return {
    getCustomer: (request, callOptions) => transport.call(getCustomerOperation, request, callOptions),
  };
}
