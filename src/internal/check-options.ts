import type { CustomerClientOptions } from '../client.js';
import { createRedactor } from './redactor.js';

/** The longest wait a timer can take (2^31 - 1 ms, about 24.8 days); longer ones fire at once. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * Configuration mistakes are programmer errors, found once at start-up, so they throw.
 * Messages name the option and never repeat a credential.
 */
export function checkOptions(options: CustomerClientOptions): void {
  const fail = (message: string): never => {
    throw new TypeError(`createCustomerClient: ${message}`);
  };
  for (const name of ['clientId', 'clientSecret'] as const) {
    const value: unknown = options[name];
    if (typeof value !== 'string' || value.length === 0) fail(`${name} must be a non-empty string (issued at integration)`);
    // Headers.set trims, so the value sent would differ from the one redacted: refuse instead.
    if ((value as string).trim() !== value) fail(`${name} has leading or trailing whitespace (a newline read from a file?); trim it`);
    try {
      new Headers().set(name, value as string);
    } catch {
      fail(`${name} contains characters an HTTP header cannot carry`);
    }
  }

  // Swapped options are a common slip; never echo a secret that landed in baseUrl.
  const shownUrl = JSON.stringify(createRedactor([options.clientSecret]).text(String(options.baseUrl)));
  let url: URL | undefined;
  try {
    url = new URL(options.baseUrl);
  } catch {
    fail(`baseUrl must be an absolute http(s) URL, got ${shownUrl}`);
  }
  if (url && !['http:', 'https:'].includes(url.protocol)) fail(`baseUrl must be an absolute http(s) URL, got ${shownUrl}`);
  if (url && (url.username || url.password)) fail('baseUrl must not carry credentials; pass clientId and clientSecret instead');

  const milliseconds = (name: string, value: number | undefined, minimum: number) => {
    if (value !== undefined && !(Number.isInteger(value) && value >= minimum && value <= MAX_TIMER_MS)) {
      fail(`${name} must be a whole number of milliseconds from ${minimum} to ${MAX_TIMER_MS}, got ${value}`);
    }
  };
  milliseconds('timeoutMs', options.timeoutMs, 1);
  const retry = options.retry ?? {};
  if (retry.limit !== undefined && !(Number.isInteger(retry.limit) && retry.limit >= 0)) {
    fail(`retry.limit must be a whole number of retries, 0 or more, got ${retry.limit}`);
  }
  milliseconds('retry.baseDelayMs', retry.baseDelayMs, 0);
  milliseconds('retry.maxDelayMs', retry.maxDelayMs, 0);
  milliseconds('retry.maxRetryAfterMs', retry.maxRetryAfterMs, 0);
}
