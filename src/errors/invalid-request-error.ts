import { CustomerClientError } from './customer-client-error.js';

/** One way a request breaks the contract's request schema. */
export interface RequestProblem {
  /** JSON Pointer to the field, such as `/mobileNumber` (`''` for the request itself). */
  readonly path: string;
  /** The schema keyword that failed: `pattern`, `maxLength`, `required`, `format`, ... */
  readonly rule: string;
  /** What the rule wants, in the validator's words. */
  readonly message: string;
  /** The value found at `path` (`undefined` when the field is missing). */
  readonly value: unknown;
}

/** The request breaks the contract; nothing was sent. `problems` lists every way it does. */
export class InvalidRequestError extends CustomerClientError {
  readonly kind = 'invalidRequest' as const;

  constructor(
    /** Every problem found, in schema order. */
    readonly problems: readonly RequestProblem[],
  ) {
    super(`Invalid getCustomer request, nothing was sent: ${problems.map(describeProblem).join('; ')}.`, { attempts: 0 });
  }
}

function describeProblem(problem: RequestProblem): string {
  const where = problem.path || '(request)';
  const got = problem.value === undefined ? '' : ` (got ${excerpt(problem.value)})`;
  return `${where} ${problem.message}${got}`;
}

function excerpt(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
