import type { FailureContext } from './customer-client-error.js';
import { CustomerClientError } from './customer-client-error.js';
import { formatProblems, type Problem } from './problem.js';

/** A request problem: where, which rule, and the value found there (`undefined` when missing). */
export interface RequestProblem extends Problem {
  /** The value found at `path`; kept for the caller, never put in a message (personal data). */
  readonly value?: unknown;
}

/** The request or the call's options break the contract; nothing was sent. `problems` lists every way they do. */
export class InvalidRequestError extends CustomerClientError {
  readonly kind = 'invalidRequest' as const;
  override readonly name = 'InvalidRequestError';

  constructor(
    context: FailureContext & { readonly operationId: string },
    /** Every problem found, in schema order. */
    readonly problems: readonly RequestProblem[],
  ) {
    // Paths can hold keys the caller typed (a pasted secret, say), so the line is redacted.
    super(`Invalid ${context.operationId} request, nothing was sent: ${context.redactor.text(formatProblems(problems))}.`, context);
  }
}
