import { describe, expect, it } from 'vitest';
import { HttpStatusError, NetworkError } from '../../src/index.js';
import { parseRetryAfter, retryDelayMs, type RetryPolicy } from '../../src/internal/retry-policy.js';

const policy = (random: number, overrides: Partial<RetryPolicy> = {}): RetryPolicy => ({
  limit: 5,
  baseDelayMs: 500,
  maxDelayMs: 8_000,
  maxRetryAfterMs: 30_000,
  random: () => random,
  ...overrides,
});
const network = new NetworkError('http://127.0.0.1/x', { attempts: 1 });
const status = (code: number, retryAfterMs?: number) => new HttpStatusError('http://127.0.0.1/x', code, '', retryAfterMs, { attempts: 1 });

describe('backoff with full jitter', () => {
  it('doubles the ceiling on each retry until the cap', () => {
    // random() just below 1 shows the ceiling itself.
    expect([1, 2, 3, 4, 5, 6, 7].map((retry) => retryDelayMs(network, retry, policy(0.999999)))).toEqual([500, 1000, 2000, 4000, 8000, 8000, 8000]);
  });

  it('spreads each wait over the whole range from 0 to the ceiling', () => {
    expect(retryDelayMs(network, 3, policy(0))).toBe(0);
    expect(retryDelayMs(network, 3, policy(0.5))).toBe(1000);
  });

  it('uses Retry-After instead, cut to the cap', () => {
    expect(retryDelayMs(status(429, 1200), 1, policy(0.5))).toBe(1200);
    expect(retryDelayMs(status(503, 90_000), 1, policy(0.5))).toBe(30_000);
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
