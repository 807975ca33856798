import { ResponseFailure, type AnsweredContext } from './response-failure.js';

/** Why an HTTP 200 body could not be read as the contract's JSON. */
export type InvalidBodyReason = 'empty' | 'notJson' | 'wrongContentType' | 'tooLarge';

/** HTTP 200, but the body is not JSON at all: an HTML error page, an empty body, or truncated text. */
export class InvalidBodyError extends ResponseFailure {
  readonly kind = 'invalidBody' as const;
  override readonly name = 'InvalidBodyError';
  /** The Content-Type header received (redacted), if any. */
  readonly contentType: string | null;

  constructor(
    context: AnsweredContext,
    readonly reason: InvalidBodyReason,
    /** The start of the response body (redacted), at most a few hundred characters. */
    readonly bodyExcerpt: string,
  ) {
    const contentType = context.response.headers.get('content-type');
    super(`${context.target} answered HTTP 200 with ${DESCRIPTIONS[reason]}${contentType ? ` (Content-Type: ${contentType})` : ''}.`, context);
    this.contentType = contentType;
  }
}

const DESCRIPTIONS: Record<InvalidBodyReason, string> = {
  empty: 'an empty body',
  notJson: 'a body that is not valid JSON',
  wrongContentType: 'a body that is not declared as JSON',
  tooLarge: 'a body larger than any documented response (cut at 1 MiB)',
};
