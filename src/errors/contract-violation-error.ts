import { formatProblems, type Problem } from './problem.js';
import { ResponseFailure, type AnsweredContext } from './response-failure.js';

/** The body is JSON but does not match the response schema of the contract. */
export class ContractViolationError extends ResponseFailure {
  readonly kind = 'contractViolation' as const;
  override readonly name = 'ContractViolationError';

  constructor(
    context: AnsweredContext,
    /** The parsed body, exactly as received (logging the failure shows it redacted). */
    readonly body: unknown,
    /** Every way in which the body breaks the schema. */
    readonly problems: readonly Problem[],
  ) {
    super(`${context.target} answered with a body that breaks the contract: ${context.redactor.text(formatProblems(problems))}.`, context);
  }
}
