import type { CustomerClientOptions } from '../client.js';
import { createRedactor } from './redactor.js';

/**
 * Configuration mistakes are programmer errors, found once at start-up, so they throw.
 * Messages name the option and never repeat a credential.
 */
export function checkOptions(options: CustomerClientOptions): void {
  let url: URL | undefined;
  try {
    url = new URL(options.baseUrl);
  } catch {
    // reported below
  }
  if (!url || !['http:', 'https:'].includes(url.protocol)) {
    // Swapped options are a common slip; never echo a secret that landed in baseUrl.
    const shown = createRedactor([String(options.clientSecret ?? '')]).text(String(options.baseUrl));
    throw new TypeError(`createCustomerClient: baseUrl must be an absolute http(s) URL, got ${JSON.stringify(shown)}`);
  }
  for (const name of ['clientId', 'clientSecret'] as const) {
    if (typeof options[name] !== 'string' || options[name].length === 0) {
      throw new TypeError(`createCustomerClient: ${name} must be a non-empty string (issued at integration)`);
    }
  }
  if (options.timeoutMs !== undefined) positive('timeoutMs', options.timeoutMs);
  const retry = options.retry ?? {};
  if (retry.limit !== undefined && !(Number.isInteger(retry.limit) && retry.limit >= 0)) {
    throw new TypeError(`createCustomerClient: retry.limit must be a whole number of retries, 0 or more, got ${retry.limit}`);
  }
  for (const name of ['baseDelayMs', 'maxDelayMs', 'maxRetryAfterMs'] as const) {
    if (retry[name] !== undefined) positive(`retry.${name}`, retry[name], true);
  }
}

function positive(name: string, value: number, zeroAllowed = false): void {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || (!zeroAllowed && value === 0)) {
    throw new TypeError(`createCustomerClient: ${name} must be a finite number of milliseconds${zeroAllowed ? ', 0 or more' : ' above 0'}, got ${value}`);
  }
}
