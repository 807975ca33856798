/**
 * One way a value breaks the contract: a request field before sending (`InvalidRequestError`)
 * or a response field after receiving (`ContractViolationError`).
 */
export interface Problem {
  /** JSON Pointer to the field, such as `/mobileNumber` (`''` for the value itself). */
  readonly path: string;
  /** The schema keyword that failed: `pattern`, `maxLength`, `required`, `const`, ... */
  readonly rule: string;
  /** What the rule wants, in the validator's words. */
  readonly message: string;
  /** The value found at `path` (`undefined` when it is missing): kept for the caller, never put in a message. */
  readonly value?: unknown;
}

/** One line for messages: `path message; path message`. Values are never shown (personal data). */
export function formatProblems(problems: readonly Problem[]): string {
  return problems.map((problem) => `${problem.path || '(root)'} ${problem.message}`).join('; ');
}
