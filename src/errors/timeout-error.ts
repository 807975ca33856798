import { CustomerClientError, type FailureContext } from './customer-client-error.js';

/** The last attempt did not complete within the per-attempt timeout; it was aborted. */
export class TimeoutError extends CustomerClientError {
  readonly kind = 'timeout' as const;
  override readonly name = 'TimeoutError';

  constructor(
    url: string,
    /** The per-attempt timeout that ran out, in milliseconds. */
    readonly timeoutMs: number,
    context: FailureContext,
  ) {
    super(`POST ${url} did not complete within ${timeoutMs} ms (attempt ${context.attempts}).`, context);
  }
}
