import type { FailureContext } from './customer-client-error.js';
import { CustomerClientError } from './customer-client-error.js';
import { formatProblems, type Problem } from './problem.js';

/** @deprecated The name from 0.x; every problem is a `Problem`. */
export type RequestProblem = Problem;

/** The request or the call's options break the contract; nothing was sent. `problems` lists every way they do. */
export class InvalidRequestError extends CustomerClientError {
  readonly kind = 'invalidRequest' as const;
  override readonly name = 'InvalidRequestError';

  constructor(
    context: FailureContext & { readonly operationId: string },
    /** Every problem found, in schema order. */
    readonly problems: readonly Problem[],
  ) {
    // Paths can hold keys the caller typed (a pasted secret, say), so the line is redacted.
    super(`Invalid ${context.operationId} request, nothing was sent: ${context.redactor.text(formatProblems(problems))}.`, context);
  }
}
