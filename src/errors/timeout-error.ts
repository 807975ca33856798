import { CustomerClientError, type FailureContext } from './customer-client-error.js';

/**
 * The call ran out of time and the request in flight was aborted: either one attempt took
 * longer than `timeoutMs` (`scope: 'attempt'`), or the caller's `AbortSignal.timeout(...)`
 * bounding the whole call fired (`scope: 'call'`).
 */
export class TimeoutError extends CustomerClientError {
  readonly kind = 'timeout' as const;
  override readonly name = 'TimeoutError';

  constructor(
    context: FailureContext,
    /** Whether one attempt (`timeoutMs`) or the whole call (the caller's timeout signal) ran out. */
    readonly scope: 'attempt' | 'call',
    /** The per-attempt timeout that ran out, in milliseconds (`undefined` for the whole call). */
    readonly timeoutMs: number | undefined,
  ) {
    super(
      scope === 'attempt'
        ? `${context.target} did not complete within ${timeoutMs} ms (attempt ${context.attempts}).`
        : `${context.target} did not complete before the caller's deadline for the whole call (its AbortSignal timed out after ${context.attempts} attempt(s)).`,
      context,
    );
  }
}
