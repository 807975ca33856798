import createClient, { type Middleware } from 'openapi-fetch';
import type { paths } from '../../generated/schema.js';
import type { CustomerClientOptions } from '../client.js';
import { AbortedError } from '../errors/aborted-error.js';
import type { ClientFailure } from '../errors/client-failure.js';
import { InvalidRequestError, type RequestProblem } from '../errors/invalid-request-error.js';
import { NetworkError } from '../errors/network-error.js';
import { TimeoutError } from '../errors/timeout-error.js';
import type { ClientEvent } from '../events.js';
import { authMiddleware } from './auth-middleware.js';
import { escapePointer, unescapePointer } from './json-pointer.js';
import type { BaseOutcome, Operation } from './operation.js';
import { readBody } from './read-body.js';
import { readResponse, type ReadResponse } from './read-response.js';
import { createRedactor, REDACTED } from './redactor.js';
import { requestProblems } from './request-problems.js';
import { retryDelayMs, retryReason, type RetryPolicy } from './retry-policy.js';
import { sleep } from './sleep.js';

const CREDENTIAL_HEADERS = new Set(['client_id', 'client_secret']);

export interface CallOptions {
  signal?: AbortSignal;
}

export interface Transport {
  /** Runs one call of an operation: validate, send, retry, read. Resolves; never rejects. */
  call<Request, Body, Outcome extends BaseOutcome>(
    operation: Operation<Request, Body, Outcome>,
    request: Request,
    options?: CallOptions,
  ): Promise<Outcome | ClientFailure>;
}

/** What every operation shares: credentials, timeouts, retries, redaction and events. */
export function createTransport(options: CustomerClientOptions): Transport {
  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  const timeoutMs = options.timeoutMs ?? 10_000;
  const policy: RetryPolicy = {
    limit: options.retry?.limit ?? 2,
    baseDelayMs: options.retry?.baseDelayMs ?? 500,
    maxDelayMs: options.retry?.maxDelayMs ?? 8_000,
    maxRetryAfterMs: options.retry?.maxRetryAfterMs ?? 30_000,
    random: Math.random,
  };
  const redact = createRedactor([options.clientSecret]);
  // A broken logger, synchronous or not, must not break a payment flow.
  const emit = (event: ClientEvent) => {
    try {
      const pending: unknown = options.onEvent?.(event);
      if (pending instanceof Promise) pending.catch(() => undefined);
    } catch {
      // ignored, as documented
    }
  };

  const http = createClient<paths>({
    baseUrl,
    // A redirect would carry client_secret to wherever it points; report it instead.
    redirect: 'manual',
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  http.use(authMiddleware(options.clientId, options.clientSecret));

  /** Reports each request as sent, after the credential headers were added, with them redacted. */
  const observeRequest = (operationId: string, attempt: number): Middleware => ({
    onRequest({ request }) {
      if (!options.onEvent) return undefined;
      const headers: Record<string, string> = {};
      request.headers.forEach((value, name) => {
        headers[name] = CREDENTIAL_HEADERS.has(name) ? REDACTED : redact.text(value);
      });
      emit({ type: 'request', operationId, attempt, method: 'POST', url: request.url, headers });
      return undefined;
    },
  });

  /**
   * Keeps the real response for `readBody` and gives openapi-fetch a body-less stand-in to parse.
   * The stand-in is never read; a fixed 200 also survives statuses `Response` cannot be built with.
   */
  const captureResponse = (captured: { response?: Response }): Middleware => ({
    onResponse({ response }) {
      captured.response = response;
      return new Response(null, { status: 200 });
    },
  });

  /** One HTTP exchange, bounded by the per-attempt timeout and the caller's signal. */
  async function attempt<Request, Body, Outcome extends BaseOutcome>(
    operation: Operation<Request, Body, Outcome>,
    body: Request,
    attemptNumber: number,
    callerSignal: AbortSignal | undefined,
  ): Promise<Outcome | ClientFailure> {
    const url = baseUrl + operation.path;
    const context = { attempts: attemptNumber };
    const timeout = AbortSignal.timeout(timeoutMs);
    const captured: { response?: Response } = {};
    let read: ReadResponse;
    try {
      await operation.send(http, body, {
        signal: callerSignal ? AbortSignal.any([callerSignal, timeout]) : timeout,
        middleware: [observeRequest(operation.operationId, attemptNumber), captureResponse(captured)],
        parseAs: 'stream',
      });
      const response = captured.response!;
      const { text, complete } = await readBody(response);
      read = { response, text: redact.text(text), complete };
    } catch (cause) {
      // Release the connection: the body may still be arriving.
      captured.response?.body?.cancel().catch(() => undefined);
      if (callerSignal?.aborted) return new AbortedError(url, { ...context, cause: callerSignal.reason });
      if (timeout.aborted) return new TimeoutError(url, timeoutMs, context);
      return new NetworkError(url, { ...context, cause });
    }
    const parsed = readResponse(operation, url, read, redact, context);
    return parsed instanceof Error ? parsed : operation.toOutcome(parsed, { attempts: attemptNumber, response: redactedCopy(read.response) });
  }

  function finish<Result extends BaseOutcome | ClientFailure>(operationId: string, result: Result): Result {
    emit(
      result.ok
        ? { type: 'outcome', operationId, kind: result.kind, statusCode: result.statusCode, attempts: result.attempts }
        : { type: 'failure', operationId, kind: result.kind, attempts: result.attempts, message: result.message },
    );
    return result;
  }

  /** Outcomes expose status and headers; headers can echo anything, so they are redacted too. */
  function redactedCopy(response: Response): Response {
    const headers = new Headers();
    response.headers.forEach((value, name) => headers.append(name, redact.text(value)));
    return new Response(null, { status: response.status, statusText: response.statusText, headers });
  }

  /** Problems safe to show: the secret is neither in a value, nor in a key, nor in a message. */
  const redactProblems = (problems: readonly RequestProblem[]): RequestProblem[] =>
    problems.map((problem) => ({
      path: problem.path
        .split('/')
        .map((segment) => escapePointer(redact.text(unescapePointer(segment))))
        .join('/'),
      rule: problem.rule,
      message: redact.text(problem.message),
      value: redact.deep(problem.value),
    }));

  async function call<Request, Body, Outcome extends BaseOutcome>(
    operation: Operation<Request, Body, Outcome>,
    request: Request,
    callOptions?: CallOptions,
  ): Promise<Outcome | ClientFailure> {
    const { operationId } = operation;
    const url = baseUrl + operation.path;
    const signal = callSignal(operationId, callOptions);
    if (signal instanceof InvalidRequestError) return finish(operationId, signal);
    // Validate exactly what will be sent: JSON.stringify drops undefined, calls toJSON, ...
    let wire: unknown;
    let problems: RequestProblem[];
    try {
      const serialised = JSON.stringify(request) as string | undefined;
      wire = serialised === undefined ? undefined : JSON.parse(serialised);
      problems = requestProblems(operation.validateRequest, wire);
    } catch (cause) {
      const reason = cause instanceof Error ? cause.message : String(cause);
      problems = [{ path: '', rule: 'json', message: `must be serialisable as JSON (${reason})`, value: undefined }];
    }
    if (problems.length > 0) return finish(operationId, new InvalidRequestError(operationId, redactProblems(problems)));

    for (let attemptNumber = 1; ; attemptNumber++) {
      if (signal?.aborted) return finish(operationId, new AbortedError(url, { attempts: attemptNumber - 1, cause: signal.reason }));
      const result = await attempt(operation, wire as Request, attemptNumber, signal);
      const reason = attemptNumber <= policy.limit ? retryReason(result, operation) : undefined;
      if (reason === undefined) return finish(operationId, result);

      const delayMs = retryDelayMs(result, attemptNumber, policy);
      emit({ type: 'retry', operationId, attempt: attemptNumber, reason, delayMs });
      if (await sleep(delayMs, signal)) {
        return finish(operationId, new AbortedError(url, { attempts: attemptNumber, cause: signal?.reason }));
      }
    }
  }

  /** The caller's signal, or the failure that says why it is not one (plain JavaScript callers). */
  function callSignal(operationId: string, callOptions: unknown): AbortSignal | undefined | InvalidRequestError {
    const invalid = (message: string) =>
      new InvalidRequestError(operationId, [{ path: '(options)/signal', rule: 'type', message, value: undefined }]);
    if (callOptions === undefined) return undefined;
    if (callOptions === null || typeof callOptions !== 'object') return invalid('options must be an object');
    let signal: unknown;
    try {
      signal = (callOptions as CallOptions).signal;
    } catch {
      return invalid('could not be read');
    }
    if (signal === undefined || signal instanceof AbortSignal) return signal;
    return invalid('must be an AbortSignal');
  }

  return { call };
}

