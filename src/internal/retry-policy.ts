import type { ClientFailure } from '../errors/client-failure.js';
import type { Settings } from './check-options.js';

/** What the retry decision needs to know about a result. */
export type Attempted = { readonly ok: true; readonly transient: boolean; /** As in `statusCode "4"`. */ readonly outcome: string } | ClientFailure;

const RETRIED_HTTP_STATUSES = new Set([408, 429]);

/**
 * Why a result is worth another attempt, or `undefined` when it is final. Retried: transport
 * failures, per-attempt timeouts, HTTP 408, 429 and 5xx, and outcomes the contract marks
 * transient (`x-transient`). Everything else is an answer that would come back the same.
 */
export function retryReason(result: Attempted): string | undefined {
  if (result.ok) return result.transient ? result.outcome : undefined;
  switch (result.kind) {
    case 'network':
      return result.kind;
    case 'timeout':
      return result.scope === 'attempt' ? result.kind : undefined;
    case 'httpStatus':
      return RETRIED_HTTP_STATUSES.has(result.status) || (result.status >= 500 && result.status <= 599) ? `HTTP ${result.status}` : undefined;
    default:
      return undefined;
  }
}

/**
 * Wait before retry number `retry` (1-based): the server's Retry-After when it sent one (capped),
 * otherwise exponential backoff with full jitter (AWS architecture blog, "Exponential Backoff
 * And Jitter"), so that many clients failing together do not retry together.
 */
export function retryDelayMs(result: Attempted, retry: number, policy: Settings['retry'], random: () => number = Math.random): number {
  if (!result.ok && result.kind === 'httpStatus' && result.retryAfterMs !== undefined) {
    return Math.min(result.retryAfterMs, policy.maxRetryAfterMs);
  }
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (retry - 1));
  return Math.round(random() * ceiling);
}

/**
 * Reads `retry-after-ms` (milliseconds) or `Retry-After` (seconds or an IMF-fixdate, RFC 9110).
 * Anything else, such as two headers joined into "5, 10", is ignored rather than guessed at.
 */
export function parseRetryAfter(headers: Headers, now = Date.now()): number | undefined {
  const milliseconds = headers.get('retry-after-ms')?.trim() ?? '';
  if (/^\d+(\.\d+)?$/.test(milliseconds)) return Number.parseFloat(milliseconds);
  const value = headers.get('retry-after')?.trim() ?? '';
  if (/^\d+$/.test(value)) return Number.parseInt(value, 10) * 1000;
  if (!IMF_FIXDATE.test(value)) return undefined;
  return Math.max(0, Date.parse(value) - now);
}

const IMF_FIXDATE = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} GMT$/;
