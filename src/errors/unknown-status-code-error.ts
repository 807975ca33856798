import { CustomerClientError, type FailureContext } from './customer-client-error.js';

/** The body carries a `statusCode` string the contract does not document; never read as a known outcome. */
export class UnknownStatusCodeError extends CustomerClientError {
  readonly kind = 'unknownStatusCode' as const;
  override readonly name = 'UnknownStatusCodeError';

  constructor(
    url: string,
    /** The undocumented code received. */
    readonly statusCode: string,
    /** The parsed body as received. */
    readonly body: unknown,
    context: FailureContext,
  ) {
    super(`POST ${url} answered with statusCode ${JSON.stringify(statusCode)}, which the contract does not document.`, context);
  }
}
