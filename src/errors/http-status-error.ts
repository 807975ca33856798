import { ResponseFailure, type AnsweredContext } from './response-failure.js';

/** The provider documents HTTP 200 for every outcome; anything else came from a gateway or a fault. */
export class HttpStatusError extends ResponseFailure {
  readonly kind = 'httpStatus' as const;
  override readonly name = 'HttpStatusError';
  /** The HTTP status received. */
  readonly status: number;

  constructor(
    context: AnsweredContext,
    /** The start of the response body (redacted), at most a few hundred characters. */
    readonly bodyExcerpt: string,
    /** The wait the server asked for with `Retry-After` / `retry-after-ms`, if it sent one. */
    readonly retryAfterMs: number | undefined,
  ) {
    super(`${context.target} answered HTTP ${context.response.status}; the contract documents only HTTP 200.`, context);
    this.status = context.response.status;
  }
}
