import { CustomerClientError, type FailureContext } from './customer-client-error.js';

/** Why an HTTP 200 body could not be read as the contract's JSON. */
export type InvalidBodyReason = 'empty' | 'notJson' | 'wrongContentType' | 'tooLarge';

/** HTTP 200, but the body is not JSON at all: an HTML error page, an empty body, or truncated text. */
export class InvalidBodyError extends CustomerClientError {
  readonly kind = 'invalidBody' as const;
  override readonly name = 'InvalidBodyError';

  constructor(
    url: string,
    readonly reason: InvalidBodyReason,
    /** The Content-Type header received, if any. */
    readonly contentType: string | null,
    /** The start of the response body, at most a few hundred characters. */
    readonly bodyExcerpt: string,
    context: FailureContext,
  ) {
    super(`POST ${url} answered HTTP 200 with ${DESCRIPTIONS[reason]}${contentType ? ` (Content-Type: ${contentType})` : ''}.`, context);
  }
}

const DESCRIPTIONS: Record<InvalidBodyReason, string> = {
  empty: 'an empty body',
  notJson: 'a body that is not valid JSON',
  wrongContentType: 'a body that is not declared as JSON',
  tooLarge: 'a body larger than any documented response (cut at 1 MiB)',
};
