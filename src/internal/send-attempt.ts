import type { Middleware } from 'openapi-fetch';
import { answerText, type HttpClient } from './http-client.js';
import type { OperationSpec } from './operation.js';
import type { PreparedCall } from './prepare-call.js';

/** An HTTP answer whose body has been read (at most MAX_BODY_BYTES of it). */
export interface Answer {
  readonly response: Response;
  readonly text: string;
  readonly complete: boolean;
}

/** How an attempt ended without an answer. */
export interface NoAnswer {
  readonly ended: 'attemptTimeout' | 'callerTimeout' | 'aborted' | 'network';
  readonly cause?: unknown;
}

/**
 * One HTTP exchange through openapi-fetch, bounded by the per-attempt timeout and the caller's
 * signal, from sending to the last byte of the body. One AbortController and one timer per
 * attempt: AbortSignal.timeout plus AbortSignal.any cost far more on Node 20.
 */
export async function sendAttempt(http: HttpClient, operation: OperationSpec, call: PreparedCall, middleware: Middleware[] | undefined): Promise<Answer | NoAnswer> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, call.settings.timeoutMs);
  const caller = call.signal;
  const onCallerAbort = () => controller.abort(caller?.reason);
  caller?.addEventListener('abort', onCallerAbort, { once: true });
  let response: Response | undefined;
  try {
    ({ response } = await http.request(operation.method, operation.path, {
      // Sent exactly as validated; openapi-fetch adds Content-Type: application/json.
      body: call.wire,
      bodySerializer: sendAsIs,
      ...(call.headers ? { headers: call.headers } : {}),
      signal: controller.signal,
      parseAs: 'stream',
      ...(middleware ? { middleware } : {}),
    }));
    const { text, complete } = await answerText(response);
    return { response, text, complete };
  } catch (cause) {
    // Release the connection: the body may still be arriving.
    response?.body?.cancel().catch(() => undefined);
    if (caller?.aborted) return { ended: isTimeoutReason(caller.reason) ? 'callerTimeout' : 'aborted' };
    if (timedOut) return { ended: 'attemptTimeout' };
    return { ended: 'network', cause };
  } finally {
    clearTimeout(timer);
    caller?.removeEventListener('abort', onCallerAbort);
  }
}

const sendAsIs = <Wire>(wire: Wire): Wire => wire;

/** `AbortSignal.timeout(ms)` aborts with a DOMException named TimeoutError. */
export function isTimeoutReason(reason: unknown): boolean {
  try {
    return reason instanceof Error && reason.name === 'TimeoutError';
  } catch {
    return false;
  }
}
