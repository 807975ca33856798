import { CustomerClientError, type FailureContext } from './customer-client-error.js';

/** The provider documents HTTP 200 for every outcome; anything else came from a gateway or a fault. */
export class HttpStatusError extends CustomerClientError {
  readonly kind = 'httpStatus' as const;
  override readonly name = 'HttpStatusError';

  constructor(
    url: string,
    /** The HTTP status received. */
    readonly status: number,
    /** The start of the response body, at most a few hundred characters. */
    readonly bodyExcerpt: string,
    /** The wait the server asked for with `Retry-After` / `retry-after-ms`, if it sent one. */
    readonly retryAfterMs: number | undefined,
    context: FailureContext,
  ) {
    super(`POST ${url} answered HTTP ${status}; the contract documents only HTTP 200.`, context);
  }
}
