import { readProperty, readString } from './describe.js';
import type { Redactor } from './redactor.js';

/**
 * What the client keeps of a foreign error: name, code and message (redacted), and the same of
 * its causes. Never the error itself: Node's parser errors keep raw response bytes on `.data`,
 * and anything kept would be printed by `console.error(result)`.
 */
export interface CauseSummary {
  readonly name: string;
  readonly message: string;
  readonly code?: string;
  readonly cause?: CauseSummary;
}

/** How many levels of `cause` are summarised; undici nests two. */
const MAX_CAUSE_DEPTH = 4;

export function summariseCause(error: unknown, redactor: Redactor, depth = 0): CauseSummary | undefined {
  if (error === undefined || error === null || depth >= MAX_CAUSE_DEPTH) return undefined;
  if (typeof error !== 'object') return { name: typeof error, message: redactor.text(String(error)).slice(0, 500) };
  const code = readString(error, 'code');
  const next = summariseCause(readProperty(error, 'cause')?.value, redactor, depth + 1);
  return {
    name: readString(error, 'name') ?? 'Error',
    message: redactor.text(readString(error, 'message') ?? '').slice(0, 500),
    ...(code === undefined ? {} : { code: redactor.text(code) }),
    ...(next === undefined ? {} : { cause: next }),
  };
}

/**
 * Deno's fetch errors carry no `code`; their message names the operating system's error. Read
 * back into the code Node and Bun give, so that callers can branch on one value everywhere.
 */
const CODES_BY_MESSAGE: readonly [RegExp, string][] = [
  [/connection refused/i, 'ECONNREFUSED'],
  [/connection reset/i, 'ECONNRESET'],
  [/timed out/i, 'ETIMEDOUT'],
  [/dns error|failed to lookup address|name or service not known/i, 'ENOTFOUND'],
];

/** The first system error code in a cause chain, such as `ECONNREFUSED`. */
export function causeCode(cause: CauseSummary | undefined): string | undefined {
  for (let current = cause; current; current = current.cause) if (current.code) return current.code;
  for (let current = cause; current; current = current.cause) {
    const known = CODES_BY_MESSAGE.find(([pattern]) => pattern.test(current.message));
    if (known) return known[1];
  }
  return undefined;
}

/** The deepest message in a cause chain: the one that says what happened ("bad port"). */
export function innermostMessage(cause: CauseSummary | undefined): string {
  let message = 'unknown cause';
  for (let current = cause; current; current = current.cause) if (current.message) message = current.message;
  return message;
}
