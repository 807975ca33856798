import type { ResponseInfo } from '../response-info.js';
import { CustomerClientError, type FailureContext } from './customer-client-error.js';

/** The context of a failure that got an HTTP answer. */
export type AnsweredContext = FailureContext & { readonly response: ResponseInfo };

/** A failure that got an HTTP answer: it carries the answer's status, headers and URL. */
export abstract class ResponseFailure extends CustomerClientError {
  /** Status, headers (redacted), URL and request id of the answer. */
  readonly response: ResponseInfo;

  constructor(message: string, context: AnsweredContext) {
    super(message, context);
    this.response = context.response;
  }
}
