import { ContractViolationError } from '../errors/contract-violation-error.js';
import type { FailureContext } from '../errors/customer-client-error.js';
import { HttpStatusError } from '../errors/http-status-error.js';
import { InvalidBodyError } from '../errors/invalid-body-error.js';
import { UnknownStatusCodeError } from '../errors/unknown-status-code-error.js';
import type { BaseOutcome, Operation } from './operation.js';
import type { Redactor } from './redactor.js';
import { parseRetryAfter } from './retry-policy.js';

/** Bodies quoted in errors are cut to this many characters, so a huge HTML page stays out of logs. */
export const BODY_EXCERPT_LENGTH = 500;

export type ResponseFailure = HttpStatusError | InvalidBodyError | ContractViolationError | UnknownStatusCodeError;

/** A response whose body has been read (at most MAX_BODY_BYTES of it) and redacted. */
export interface ReadResponse {
  response: Response;
  text: string;
  complete: boolean;
}

/**
 * Turns an HTTP response into the operation's body, or into the failure that says exactly how it
 * is not one. Order matters: an undocumented statusCode is reported as such, not as a schema error.
 */
export function readResponse<Body>(
  operation: Operation<unknown, Body, BaseOutcome>,
  url: string,
  { response, text, complete }: ReadResponse,
  redact: Redactor,
  context: FailureContext,
): Body | ResponseFailure {
  const excerpt = text.slice(0, BODY_EXCERPT_LENGTH);
  const rawContentType = response.headers.get('content-type');
  const contentType = rawContentType === null ? null : redact.text(rawContentType);
  if (response.status !== 200) {
    return new HttpStatusError(url, response.status, excerpt, parseRetryAfter(response.headers), context);
  }
  if (!complete) return new InvalidBodyError(url, 'tooLarge', contentType, excerpt, context);
  if (text.trim() === '') return new InvalidBodyError(url, 'empty', contentType, excerpt, context);
  if (!isJsonMediaType(contentType)) return new InvalidBodyError(url, 'wrongContentType', contentType, excerpt, context);

  let body: unknown;
  try {
    // Escapes (\/, \u0073) can spell a credential the raw text did not show: redact after parsing too.
    body = redact.deep(JSON.parse(text));
  } catch (cause) {
    return new InvalidBodyError(url, 'notJson', contentType, excerpt, { ...context, cause });
  }

  const statusCode = (body as { statusCode?: unknown } | null)?.statusCode;
  if (typeof statusCode === 'string' && !operation.validateStatusCode(statusCode)) {
    return new UnknownStatusCodeError(url, statusCode, body, context);
  }
  if (!operation.validateResponse(body)) {
    return new ContractViolationError(url, body, operation.validateResponse.errors ?? [], context);
  }
  return body;
}

// The provider writes "application/JSON"; media types are case-insensitive (RFC 9110).
function isJsonMediaType(contentType: string | null): boolean {
  const essence = contentType?.split(';')[0]?.trim().toLowerCase() ?? '';
  return essence === 'application/json' || essence.endsWith('+json');
}
