import type { ValidationIssue } from '../../generated/validators.js';
import type { Problem } from '../errors/problem.js';
import { escapePointer, unescapePointer } from './json-pointer.js';

/**
 * Turns a generated validator's issues into problems, one per field; the rules themselves live
 * only in the spec. `anyOf`/`oneOf` alternatives are folded into one line.
 */
export function toProblems(data: unknown, issues: readonly ValidationIssue[], basePath = ''): Problem[] {
  const childrenOf = (parent: ValidationIssue) => issues.filter((issue) => issue.schemaPath.startsWith(`${parent.schemaPath}/`));
  const folded = issues.filter((issue) => issue.keyword === 'anyOf' || issue.keyword === 'oneOf');
  const insideAlternatives = (issue: ValidationIssue) => folded.some((parent) => childrenOf(parent).includes(issue));

  return issues
    .filter((issue) => !insideAlternatives(issue))
    .map((issue) => ({
      path: basePath + fieldPath(issue),
      rule: issue.keyword,
      message:
        (issue.keyword === 'anyOf' || issue.keyword === 'oneOf') && childrenOf(issue).length > 0
          ? `must match one of: ${childrenOf(issue).map((child) => child.message).join(', or ')}`
          : issue.message ?? `must satisfy ${issue.keyword}`,
      value: valueAt(data, fieldPath(issue)),
    }));
}

// `required`, `additionalProperties` and `discriminator` report on the parent object; point at the field itself.
function fieldPath(issue: ValidationIssue): string {
  const field = issue.params['missingProperty'] ?? issue.params['additionalProperty'] ?? issue.params['tag'];
  return typeof field === 'string' ? `${issue.instancePath}/${escapePointer(field)}` : issue.instancePath;
}

function valueAt(data: unknown, pointer: string): unknown {
  if (pointer === '') return data;
  return pointer
    .slice(1)
    .split('/')
    .map(unescapePointer)
    .reduce<unknown>((node, key) => (node !== null && typeof node === 'object' && Object.hasOwn(node, key) ? (node as Record<string, unknown>)[key] : undefined), data);
}
