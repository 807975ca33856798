import { AbortedError } from '../errors/aborted-error.js';
import type { ClientFailure } from '../errors/client-failure.js';
import type { FailureContext } from '../errors/customer-client-error.js';
import { InvalidRequestError } from '../errors/invalid-request-error.js';
import { NetworkError } from '../errors/network-error.js';
import { TimeoutError } from '../errors/timeout-error.js';
import type { ClientEvent } from '../events.js';
import type { ClientOptions } from '../options.js';
import { summariseCause } from './cause.js';
import { checkClientOptions, type Settings } from './check-options.js';
import { createHttpClient, type HttpClient } from './http-client.js';
import type { OperationSpec } from './operation.js';
import { outcomeFactory, type OutcomeFactory } from './outcome.js';
import { prepareCall, type PreparedCall } from './prepare-call.js';
import { readAnswer } from './read-answer.js';
import { createRedactor, type Redactor } from './redactor.js';
import { requestObserver } from './request-observer.js';
import { retryDelayMs, retryReason } from './retry-policy.js';
import { isTimeoutReason, sendAttempt } from './send-attempt.js';
import { sleep } from './sleep.js';

/** What a call resolves to: an outcome object (`ok: true`) or a failure. */
export type CallResult = { readonly ok: true; readonly kind: string; readonly attempts: number; readonly body: Readonly<Record<string, unknown>> } | ClientFailure;

/** Runs calls of any operation of the contract. */
export type Transport = (operation: OperationSpec, request: unknown, options: unknown) => Promise<CallResult>;

/** Everything one client shares between its calls. */
interface ClientState {
  readonly baseUrl: string;
  readonly settings: Settings;
  readonly redactor: Redactor;
  readonly http: HttpClient;
  readonly toOutcome: OutcomeFactory;
  readonly emit: ((event: ClientEvent) => void) | undefined;
}

/** Checks the options (throwing TypeError on a mistake) and returns the function every call goes through. */
export function createTransport(options: ClientOptions): Transport {
  const { redactor, settings, given } = checkedOptions(options);
  const baseUrl = given.baseUrl.replace(/\/+$/, '');
  const state: ClientState = {
    baseUrl,
    settings,
    redactor,
    http: createHttpClient(baseUrl, { client_id: given.clientId, client_secret: given.clientSecret }, given.fetch),
    toOutcome: outcomeFactory(redactor),
    emit: given.onEvent ? safeListener(given.onEvent) : undefined,
  };
  return (operation, request, callOptions) => runCall(state, operation, request, callOptions);
}

/**
 * The options, read once into a plain object and checked: a mistake throws a TypeError that
 * names it, whatever the object does when read (getters that throw, or answer differently twice).
 */
function checkedOptions(options: ClientOptions): { redactor: Redactor; settings: Settings; given: ClientOptions } {
  let given: ClientOptions;
  try {
    const { baseUrl, clientId, clientSecret, timeoutMs, retry, onEvent, fetch } = options;
    given = { baseUrl, clientId, clientSecret, timeoutMs, retry: typeof retry === 'object' && retry !== null ? { ...retry } : retry, onEvent, fetch };
  } catch {
    throw new TypeError('createCustomerClient: options must be an object whose fields can be read');
  }
  const redactor = createRedactor([given.clientSecret]);
  return { redactor, settings: checkClientOptions(given, redactor), given };
}

/** Validate, send, retry, read. Resolves; never rejects, whatever it is given. */
async function runCall(state: ClientState, operation: OperationSpec, request: unknown, options: unknown): Promise<CallResult> {
  const target = `${operation.method.toUpperCase()} ${state.baseUrl}${operation.path}`;
  const context = (attempts: number, cause?: unknown): FailureContext => ({ target, attempts, redactor: state.redactor, cause: summariseCause(cause, state.redactor) });
  let attempts = 0;
  try {
    const call = prepareCall(operation, request, options, state.settings);
    if (Array.isArray(call)) return finish(state, operation, new InvalidRequestError({ ...context(0), operationId: operation.operationId }, call));

    for (;;) {
      if (call.signal?.aborted) return finish(state, operation, stopped(call.signal.reason, context(attempts)));
      attempts++;
      const result = await attempt(state, operation, call, attempts, target, context);
      const reason = attempts <= call.settings.retry.limit ? retryReason(result) : undefined;
      if (reason === undefined) return finish(state, operation, 'read' in result ? state.toOutcome(result.read, attempts) : result);

      const delayMs = retryDelayMs(result, attempts, call.settings.retry);
      state.emit?.({ type: 'retry', operationId: operation.operationId, attempt: attempts, reason, delayMs });
      if (await sleep(delayMs, call.signal)) return finish(state, operation, stopped(call.signal?.reason, context(attempts)));
    }
  } catch (unexpected) {
    // A bug here must still not reject the caller's promise; say what happened instead.
    return finish(state, operation, new NetworkError(context(attempts, unexpected)));
  }
}

type AttemptResult = ClientFailure | { readonly ok: true; readonly transient: boolean; readonly outcome: string; readonly read: Parameters<OutcomeFactory>[0] };

/** One attempt, from sending to a documented outcome or the failure it ended in. */
async function attempt(
  state: ClientState,
  operation: OperationSpec,
  call: PreparedCall,
  attempts: number,
  target: string,
  context: (attempts: number, cause?: unknown) => FailureContext,
): Promise<AttemptResult> {
  const url = state.baseUrl + operation.path;
  const observe = state.emit && requestObserver(state.emit, state.redactor, operation, attempts);
  const answer = await sendAttempt(state.http, operation, call, observe && [observe]);
  if ('ended' in answer) {
    switch (answer.ended) {
      case 'attemptTimeout':
        return new TimeoutError(context(attempts), 'attempt', call.settings.timeoutMs);
      case 'callerTimeout':
        return new TimeoutError(context(attempts), 'call', undefined);
      case 'aborted':
        return new AbortedError(context(attempts));
      case 'network':
        return new NetworkError(context(attempts, answer.cause));
    }
  }
  const read = readAnswer(operation, url, answer, { target, attempts, redactor: state.redactor });
  if (read instanceof Error) return read;
  const { transient } = read.spec;
  return { ok: true, transient, outcome: transient ? `${operation.discriminator} ${JSON.stringify(read.code)}` : '', read };
}

/** The caller's signal ended the call: a deadline for the whole call is a timeout, anything else an abort. */
function stopped(reason: unknown, context: FailureContext): ClientFailure {
  return isTimeoutReason(reason) ? new TimeoutError(context, 'call', undefined) : new AbortedError(context);
}

function finish(state: ClientState, operation: OperationSpec, result: CallResult): CallResult {
  if (state.emit) {
    const { operationId } = operation;
    state.emit(
      result.ok
        ? { type: 'outcome', operationId, kind: result.kind, statusCode: String(result.body[operation.discriminator]), attempts: result.attempts }
        : { type: 'failure', operationId, kind: result.kind, attempts: result.attempts, message: result.message },
    );
  }
  return result;
}

/** A broken logger, synchronous or not, must not break a payment flow. */
function safeListener(listener: (event: ClientEvent) => unknown): (event: ClientEvent) => void {
  return (event) => {
    try {
      const pending = listener(event);
      if (pending instanceof Promise) pending.catch(() => undefined);
    } catch {
      // ignored, as documented
    }
  };
}
