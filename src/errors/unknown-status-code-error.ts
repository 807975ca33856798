import { ResponseFailure, type AnsweredContext } from './response-failure.js';

/** The body carries a `statusCode` string the contract does not document; never read as a known outcome. */
export class UnknownStatusCodeError extends ResponseFailure {
  readonly kind = 'unknownStatusCode' as const;
  override readonly name = 'UnknownStatusCodeError';

  constructor(
    context: AnsweredContext,
    /** The undocumented code received. */
    readonly statusCode: string,
    /** The parsed body, exactly as received (logging the failure shows it redacted). */
    readonly body: unknown,
  ) {
    super(`${context.target} answered with statusCode ${context.redactor.text(JSON.stringify(statusCode))}, which the contract does not document.`, context);
  }
}
