import createClient, { type Middleware } from 'openapi-fetch';
import type { paths } from '../generated/schema.js';
import { AbortedError } from './errors/aborted-error.js';
import type { ContractViolationError } from './errors/contract-violation-error.js';
import type { HttpStatusError } from './errors/http-status-error.js';
import type { InvalidBodyError } from './errors/invalid-body-error.js';
import { InvalidRequestError } from './errors/invalid-request-error.js';
import { NetworkError } from './errors/network-error.js';
import { TimeoutError } from './errors/timeout-error.js';
import type { UnknownStatusCodeError } from './errors/unknown-status-code-error.js';
import type { ClientEvent, ClientEventListener } from './events.js';
import { authMiddleware } from './internal/auth-middleware.js';
import { checkOptions } from './internal/check-options.js';
import { createRedactor, REDACTED } from './internal/redactor.js';
import { readResponse } from './internal/read-response.js';
import { requestProblems } from './internal/request-problems.js';
import { retryDelayMs, retryReason, type RetryPolicy } from './internal/retry-policy.js';
import { sleep } from './internal/sleep.js';
import { toOutcome, type GetCustomerOutcome, type GetCustomerRequest } from './outcomes.js';

const GET_CUSTOMER_PATH = '/common/dmt-lite/unified/customer/get-customer';
const CREDENTIAL_HEADERS = new Set(['client_id', 'client_secret']);

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

export interface GetCustomerOptions {
  /** Cancels the call: the in-flight request, or the wait before a retry. */
  signal?: AbortSignal;
}

/** Every way a call can fail; switch over `kind`. */
export type GetCustomerError =
  | InvalidRequestError
  | TimeoutError
  | AbortedError
  | NetworkError
  | HttpStatusError
  | InvalidBodyError
  | ContractViolationError
  | UnknownStatusCodeError;

/** What `getCustomer` resolves to: a documented outcome (`ok: true`) or a failure (`ok: false`). It never rejects. */
export type GetCustomerResult = GetCustomerOutcome | GetCustomerError;

export interface CustomerClient {
  /** Looks a remitter up by mobile number. Resolves to an outcome or a failure; never rejects. */
  getCustomer(request: GetCustomerRequest, options?: GetCustomerOptions): Promise<GetCustomerResult>;
}

/**
 * Creates a client for the DMT Lite customer API.
 * @throws TypeError when an option is missing or out of range (the only time this package throws).
 */
export function createCustomerClient(options: CustomerClientOptions): CustomerClient {
  checkOptions(options);
  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  const url = baseUrl + GET_CUSTOMER_PATH;
  const timeoutMs = options.timeoutMs ?? 10_000;
  const policy: RetryPolicy = {
    limit: options.retry?.limit ?? 2,
    baseDelayMs: options.retry?.baseDelayMs ?? 500,
    maxDelayMs: options.retry?.maxDelayMs ?? 8_000,
    maxRetryAfterMs: options.retry?.maxRetryAfterMs ?? 30_000,
    random: Math.random,
  };
  const redact = createRedactor([options.clientSecret]);
  const emit = (event: ClientEvent) => {
    try {
      options.onEvent?.(event);
    } catch {
      // A broken logger must not break a payment flow.
    }
  };

  const http = createClient<paths>({ baseUrl, ...(options.fetch ? { fetch: options.fetch } : {}) });
  http.use(authMiddleware(options.clientId, options.clientSecret));

  /** One HTTP exchange, bounded by the per-attempt timeout and the caller's signal. */
  async function attempt(request: GetCustomerRequest, attempt: number, callerSignal?: AbortSignal): Promise<GetCustomerResult> {
    const timeout = AbortSignal.timeout(timeoutMs);
    const signal = callerSignal ? AbortSignal.any([callerSignal, timeout]) : timeout;
    const context = { attempts: attempt };
    let response: Response;
    let text: string;
    try {
      // `stream` leaves a 2xx body unread so that it is read here, as text, exactly once;
      // openapi-fetch reads other bodies itself and hands them over as `error`.
      const answer = await http.POST(GET_CUSTOMER_PATH, {
        body: request,
        parseAs: 'stream',
        signal,
        middleware: [observeRequest(attempt)],
      });
      response = answer.response;
      text = redact.text(response.ok ? await response.text() : errorBodyText(answer.error));
    } catch (cause) {
      if (callerSignal?.aborted) return new AbortedError(url, { ...context, cause: callerSignal.reason });
      if (timeout.aborted) return new TimeoutError(url, timeoutMs, context);
      return new NetworkError(url, { ...context, cause });
    }
    const body = readResponse(url, response, text, context);
    return body instanceof Error ? body : toOutcome(body, { attempts: attempt, response });
  }

  /** Reports each request as sent, after the credential headers were added, with them redacted. */
  function observeRequest(attemptNumber: number): Middleware {
    return {
      onRequest({ request }) {
        if (!options.onEvent) return undefined;
        const headers: Record<string, string> = {};
        request.headers.forEach((value, name) => {
          headers[name] = CREDENTIAL_HEADERS.has(name) ? REDACTED : redact.text(value);
        });
        emit({ type: 'request', attempt: attemptNumber, method: 'POST', url: request.url, headers });
        return undefined;
      },
    };
  }

  function finish(result: GetCustomerResult): GetCustomerResult {
    emit(
      result.ok
        ? { type: 'outcome', kind: result.kind, statusCode: result.statusCode, attempts: result.attempts }
        : { type: 'failure', kind: result.kind, attempts: result.attempts, message: result.message },
    );
    return result;
  }

  async function getCustomer(request: GetCustomerRequest, callOptions: GetCustomerOptions = {}): Promise<GetCustomerResult> {
    const problems = requestProblems(request);
    if (problems.length > 0) {
      return finish(new InvalidRequestError(problems.map((problem) => ({ ...problem, value: redact.value(problem.value) }))));
    }
    const { signal } = callOptions;
    for (let attemptNumber = 1; ; attemptNumber++) {
      if (signal?.aborted) return finish(new AbortedError(url, { attempts: attemptNumber - 1, cause: signal.reason }));
      const result = await attempt(request, attemptNumber, signal);
      const reason = attemptNumber <= policy.limit ? retryReason(result) : undefined;
      if (reason === undefined) return finish(result);

      const delayMs = retryDelayMs(result, attemptNumber, policy);
      emit({ type: 'retry', attempt: attemptNumber, reason, delayMs });
      if (await sleep(delayMs, signal)) {
        return finish(new AbortedError(url, { attempts: attemptNumber, cause: signal?.reason }));
      }
    }
  }

  return { getCustomer };
}

function errorBodyText(error: unknown): string {
  if (error === undefined) return '';
  return typeof error === 'string' ? error : JSON.stringify(error);
}

