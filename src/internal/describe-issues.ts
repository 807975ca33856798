import type { ValidationIssue } from '../../generated/validators.js';

/** One line per issue, `path rule message`, for error messages. */
export function describeIssues(issues: readonly ValidationIssue[]): string {
  return issues.map((issue) => `${issue.instancePath || '(root)'} ${issue.message ?? issue.keyword}`).join('; ');
}
