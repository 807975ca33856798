import { validateGetCustomerResponse, validateStatusCode } from '../../generated/validators.js';
import { ContractViolationError } from '../errors/contract-violation-error.js';
import type { FailureContext } from '../errors/customer-client-error.js';
import { HttpStatusError } from '../errors/http-status-error.js';
import { InvalidBodyError } from '../errors/invalid-body-error.js';
import { UnknownStatusCodeError } from '../errors/unknown-status-code-error.js';
import type { GetCustomerResponseBody } from '../outcomes.js';
import { parseRetryAfter } from './retry-policy.js';

/** Bodies quoted in errors are cut to this many characters, so a huge HTML page stays out of logs. */
export const BODY_EXCERPT_LENGTH = 500;

export type ResponseFailure = HttpStatusError | InvalidBodyError | ContractViolationError | UnknownStatusCodeError;

/**
 * Turns an HTTP response into the contract's body, or into the failure that says exactly how it
 * is not one. Order matters: an undocumented statusCode is reported as such, not as a schema error.
 */
export function readResponse(
  url: string,
  response: Response,
  text: string,
  context: FailureContext,
): GetCustomerResponseBody | ResponseFailure {
  const excerpt = text.slice(0, BODY_EXCERPT_LENGTH);
  const contentType = response.headers.get('content-type');
  if (response.status !== 200) {
    return new HttpStatusError(url, response.status, excerpt, parseRetryAfter(response.headers), context);
  }
  if (text.trim() === '') return new InvalidBodyError(url, 'empty', contentType, excerpt, context);
  if (!isJsonMediaType(contentType)) return new InvalidBodyError(url, 'wrongContentType', contentType, excerpt, context);

  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch (cause) {
    return new InvalidBodyError(url, 'notJson', contentType, excerpt, { ...context, cause });
  }

  const statusCode = (body as { statusCode?: unknown } | null)?.statusCode;
  if (typeof statusCode === 'string' && !validateStatusCode(statusCode)) {
    return new UnknownStatusCodeError(url, statusCode, body, context);
  }
  if (!validateGetCustomerResponse(body)) {
    return new ContractViolationError(url, body, validateGetCustomerResponse.errors ?? [], context);
  }
  return body;
}

// The provider writes "application/JSON"; media types are case-insensitive (RFC 9110).
function isJsonMediaType(contentType: string | null): boolean {
  const essence = contentType?.split(';')[0]?.trim().toLowerCase() ?? '';
  return essence === 'application/json' || essence.endsWith('+json');
}
