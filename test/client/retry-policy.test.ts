import { describe, expect, it } from 'vitest';
import { HttpStatusError, NetworkError, ResponseInfo } from '../../src/index.js';
import type { Settings } from '../../src/internal/check-options.js';
import { createRedactor } from '../../src/internal/redactor.js';
import { parseRetryAfter, retryDelayMs } from '../../src/internal/retry-policy.js';

const policy = (overrides: Partial<Settings['retry']> = {}): Settings['retry'] => ({ limit: 5, baseDelayMs: 500, maxDelayMs: 8_000, maxRetryAfterMs: 30_000, ...overrides });
const redactor = createRedactor(['secret']);
const context = { target: 'POST http://127.0.0.1/x', attempts: 1, redactor };
const network = new NetworkError(context);
const status = (code: number, retryAfterMs?: number) =>
  new HttpStatusError({ ...context, response: new ResponseInfo(new Response(null, { status: code === 999 ? 599 : code }), 'http://127.0.0.1/x', redactor) }, '', retryAfterMs);
const delay = (result: Parameters<typeof retryDelayMs>[0], retry: number, random: number, overrides: Partial<Settings['retry']> = {}) =>
  retryDelayMs(result, retry, policy(overrides), () => random);

describe('backoff with full jitter', () => {
  it('doubles the ceiling on each retry until the cap', () => {
    // random() just below 1 shows the ceiling itself.
    expect([1, 2, 3, 4, 5, 6, 7].map((retry) => delay(network, retry, 0.999999))).toEqual([500, 1000, 2000, 4000, 8000, 8000, 8000]);
  });

  it('spreads each wait over the whole range from 0 to the ceiling', () => {
    expect(delay(network, 3, 0)).toBe(0);
    expect(delay(network, 3, 0.5)).toBe(1000);
  });

  it('uses Retry-After instead, cut to the cap', () => {
    expect(delay(status(429, 1200), 1, 0.5)).toBe(1200);
    expect(delay(status(503, 90_000), 1, 0.5)).toBe(30_000);
  });
});

describe('Retry-After', () => {
  const headers = (init: Record<string, string>) => new Headers(init);

  it('reads seconds and HTTP dates', () => {
    expect(parseRetryAfter(headers({ 'retry-after': '3' }))).toBe(3000);
    const now = Date.parse('2026-11-29T00:00:00Z');
    expect(parseRetryAfter(headers({ 'retry-after': 'Sun, 29 Nov 2026 00:00:05 GMT' }), now)).toBe(5000);
    expect(parseRetryAfter(headers({ 'retry-after': 'Sat, 28 Nov 2026 23:59:00 GMT' }), now)).toBe(0);
  });

  it('prefers retry-after-ms, which is more precise', () => {
    expect(parseRetryAfter(headers({ 'retry-after-ms': '250', 'retry-after': '3' }))).toBe(250);
  });

  it('ignores what it cannot read', () => {
    expect(parseRetryAfter(headers({ 'retry-after': 'soon' }))).toBeUndefined();
    // Two headers arrive joined; a lenient date parser would read "5, 10" as a date in 2001.
    expect(parseRetryAfter(headers({ 'retry-after': '5, 10' }))).toBeUndefined();
    expect(parseRetryAfter(headers({ 'retry-after-ms': 'Infinity' }))).toBeUndefined();
    expect(parseRetryAfter(headers({}))).toBeUndefined();
  });
});
