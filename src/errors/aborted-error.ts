import { CustomerClientError, type FailureContext } from './customer-client-error.js';

/** The caller's `AbortSignal` fired; the in-flight request, or the wait before a retry, was cancelled. */
export class AbortedError extends CustomerClientError {
  readonly kind = 'aborted' as const;
  override readonly name = 'AbortedError';

  constructor(context: FailureContext) {
    super(`${context.target} was aborted by the caller after ${context.attempts} attempt(s).`, context);
  }
}
