// How a failed check reads: the check's name, what was wrong, the request sent (client_secret
// redacted) and what came back, in plain text QA can forward to the provider as it is.
import type { Attempt, Exchange } from './exchange.js';

/** Characters of a response body quoted in a report. */
const EXCERPT_LENGTH = 1_000;

/** The names a failure can carry, in the order a response is judged. */
export const CHECKS = [
  'timeout', // no complete answer within DMT_TIMEOUT_MS
  'network', // connection refused, reset, DNS
  'secret-leak', // the answer carries the client_secret that was sent
  'http-status', // a valid request not answered with HTTP 200
  'content-type', // not declared as JSON
  'json', // empty, not JSON, not an object, over 1 MiB
  'status-code', // no statusCode string, or one the contract does not document
  'schema', // a field missing or of the wrong type or value set for its outcome
  'pairing', // status or KYCTypeFlag contradicts statusCode
  'echo', // another mobileNumber than the one requested
  'refusal', // an invalid or unauthenticated request not refused the documented way
  'unknown-customer', // a number no customer has got customer data
  'consistency', // the same customer, asked again or through another example, got another outcome
  'ip-forms', // IPv4 and IPv6 publicIP got different outcomes
  'expected-outcome', // not the statusCode DMT_EXPECT_STATUS_CODE names
] as const;
export type Check = (typeof CHECKS)[number];

/** A failed check. Its stack is its message: a report needs no frames of the suite's own code. */
export class CheckFailure extends Error {
  override name = 'CheckFailure';
  constructor(
    readonly check: Check,
    message: string,
  ) {
    super(message);
    this.stack = message;
  }
}

/**
 * `[check] subject: what is wrong`, details, then every exchange involved. `secret` is replaced
 * by *** wherever it appears, in its raw and JSON-escaped spellings (a gateway may echo headers).
 */
export function failure(check: Check, subject: string, problem: string, details: string[], exchanges: Exchange[], secret: string): CheckFailure {
  const lines = [`[${check}] ${subject}: ${problem}`, ...details.map((line) => `  ${line}`)];
  for (const exchange of exchanges) lines.push('', ...describeExchange(exchange));
  return new CheckFailure(check, redact(lines.join('\n'), secret));
}

function describeExchange(exchange: Exchange): string[] {
  const lines: string[] = [];
  for (const [index, attempt] of [...exchange.earlier, exchange].entries()) {
    const total = exchange.earlier.length + 1;
    lines.push(...describeAttempt(attempt, total > 1 ? ` (attempt ${index + 1} of ${total}; a "4" is asked again once)` : ''));
  }
  return lines;
}

function describeAttempt({ request, response, failure: broken, elapsedMs }: Attempt, note: string): string[] {
  const lines = [`Request sent${note}:`, `  ${request.method} ${request.url}`];
  for (const [name, value] of Object.entries(request.headers)) lines.push(`  ${name}: ${name === 'client_secret' ? '***' : value}`);
  lines.push(`  ${request.body}`);
  if (broken) {
    lines.push(`What came back: nothing usable after ${elapsedMs} ms: ${broken.message}.`);
    return lines;
  }
  const { status, contentType, text, truncated } = response!;
  lines.push(`What came back (after ${elapsedMs} ms):`, `  HTTP ${status}`, `  content-type: ${contentType ?? '(none)'}`);
  if (text === '') lines.push('  (empty body)');
  else {
    const excerpt = text.length > EXCERPT_LENGTH ? `${text.slice(0, EXCERPT_LENGTH)} [... ${text.length - EXCERPT_LENGTH} more characters${truncated ? ', body cut at 1 MiB' : ''}]` : text;
    lines.push(`  ${excerpt.replaceAll('\n', '\n  ')}`);
  }
  return lines;
}

export function redact(text: string, secret: string): string {
  if (secret === '') return text;
  const spellings = new Set([secret, JSON.stringify(secret).slice(1, -1), encodeURIComponent(secret)]);
  let out = text;
  for (const spelling of spellings) out = out.split(spelling).join('***');
  return out;
}
