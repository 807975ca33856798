import { ContractViolationError } from '../errors/contract-violation-error.js';
import type { FailureContext } from '../errors/customer-client-error.js';
import { HttpStatusError } from '../errors/http-status-error.js';
import { InvalidBodyError } from '../errors/invalid-body-error.js';
import { UnknownStatusCodeError } from '../errors/unknown-status-code-error.js';
import { ResponseInfo } from '../response-info.js';
import type { OperationSpec, OutcomeSpec } from './operation.js';
import { toProblems } from './problems.js';
import { parseRetryAfter } from './retry-policy.js';
import type { Answer } from './send-attempt.js';

/** Bodies quoted in errors are cut to this many characters, so a huge HTML page stays out of logs. */
export const BODY_EXCERPT_LENGTH = 500;

export type AnswerFailure = HttpStatusError | InvalidBodyError | ContractViolationError | UnknownStatusCodeError;

/** A body the contract documents, with the outcome it stands for. */
export interface ReadOutcome {
  readonly spec: OutcomeSpec;
  readonly code: string;
  readonly body: Readonly<Record<string, unknown>>;
  readonly response: ResponseInfo;
}

/**
 * Turns an HTTP answer into a documented outcome, or into the failure that says exactly how it
 * is not one. The body is parsed from the text as received and never changed; only the excerpts
 * and messages made for people are redacted. Order matters: an undocumented statusCode is
 * reported as such, not as a schema error.
 */
export function readAnswer(operation: OperationSpec, url: string, { response, text, complete }: Answer, context: FailureContext): ReadOutcome | AnswerFailure {
  const { redactor } = context;
  const info = new ResponseInfo(response, url, redactor);
  const answered = { ...context, response: info };
  const excerpt = () => redactor.text(text.slice(0, BODY_EXCERPT_LENGTH));
  if (response.status !== 200) return new HttpStatusError(answered, excerpt(), parseRetryAfter(response.headers));
  if (!complete) return new InvalidBodyError(answered, 'tooLarge', excerpt());
  if (text.trim() === '') return new InvalidBodyError(answered, 'empty', excerpt());
  if (!isJsonMediaType(response.headers.get('content-type'))) return new InvalidBodyError(answered, 'wrongContentType', excerpt());

  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    // JSON.parse's message quotes the text it choked on; the excerpt already shows it, redacted.
    return new InvalidBodyError(answered, 'notJson', excerpt());
  }

  const code = discriminatorOf(body, operation.discriminator);
  const spec = code === undefined ? undefined : operation.outcomes.get(code);
  if (code !== undefined && spec === undefined) return new UnknownStatusCodeError(answered, code, body);
  // Validated even when the code is missing or not a string, so the problems name the field.
  if (!operation.validateResponse(body) || code === undefined || spec === undefined) {
    return new ContractViolationError(answered, body, toProblems(body, operation.validateResponse.errors ?? []));
  }
  return { spec, code, body, response: info };
}

/** The discriminator's value when it is a string; own properties only (`"__proto__"` is data here). */
function discriminatorOf(body: unknown, discriminator: string): string | undefined {
  if (body === null || typeof body !== 'object' || !Object.hasOwn(body, discriminator)) return undefined;
  const code: unknown = Reflect.get(body, discriminator);
  return typeof code === 'string' ? code : undefined;
}

// The provider writes "application/JSON"; media types are case-insensitive (RFC 9110).
function isJsonMediaType(contentType: string | null): boolean {
  const essence = contentType?.split(';')[0]?.trim().toLowerCase() ?? '';
  return essence === 'application/json' || essence.endsWith('+json');
}
