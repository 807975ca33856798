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
  override readonly name = 'InvalidRequestError';

  constructor(
    operationId: string,
    /** Every problem found, in schema order. */
    readonly problems: readonly RequestProblem[],
  ) {
    // The values stay in `problems`, out of the message: messages end up in logs, and the
    // values are personal data (mobile numbers, device addresses).
    super(`Invalid ${operationId} request, nothing was sent: ${problems.map((problem) => `${problem.path || '(request)'} ${problem.message}`).join('; ')}.`, {
      attempts: 0,
    });
  }
}
