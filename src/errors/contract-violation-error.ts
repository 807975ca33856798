import type { ValidationIssue } from '../../generated/validators.js';
import { CustomerClientError, type FailureContext } from './customer-client-error.js';
import { describeIssues } from '../internal/describe-issues.js';

/** The body is JSON but does not match the response schema of the contract. */
export class ContractViolationError extends CustomerClientError {
  readonly kind = 'contractViolation' as const;
  override readonly name = 'ContractViolationError';

  constructor(
    url: string,
    /** The parsed body as received. */
    readonly body: unknown,
    /** Every way in which the body breaks the schema. */
    readonly issues: readonly ValidationIssue[],
    context: FailureContext,
  ) {
    super(`POST ${url} answered with a body that breaks the contract: ${describeIssues(issues)}.`, context);
  }
}
