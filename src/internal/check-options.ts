import type { ClientOptions, RetryOptions } from '../options.js';
import type { Redactor } from './redactor.js';

/** The longest wait a timer can take (2^31 - 1 ms, about 24.8 days); longer ones fire at once. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/** One thing wrong with an option: its name and what it must be. */
export interface OptionProblem {
  readonly option: string;
  readonly message: string;
}

/** The settings every attempt needs, with defaults applied. */
export interface Settings {
  readonly timeoutMs: number;
  readonly retry: Required<{ [Key in keyof RetryOptions]-?: number }>;
}

export const DEFAULT_SETTINGS: Settings = {
  timeoutMs: 10_000,
  retry: { limit: 2, baseDelayMs: 500, maxDelayMs: 8_000, maxRetryAfterMs: 30_000 },
};

/**
 * Checks the options that a client and a single call share (`timeoutMs`, `retry`) and merges
 * them over `base`. Never throws and never echoes a value that is not a number.
 */
export function settingsFrom(options: { timeoutMs?: unknown; retry?: unknown }, base: Settings): Settings | OptionProblem[] {
  const problems: OptionProblem[] = [];
  const milliseconds = (option: string, value: unknown, minimum: number, fallback: number): number => {
    if (value === undefined) return fallback;
    if (typeof value === 'number' && Number.isInteger(value) && value >= minimum && value <= MAX_TIMER_MS) return value;
    problems.push({ option, message: `must be a whole number of milliseconds from ${minimum} to ${MAX_TIMER_MS}, got ${shown(value)}` });
    return fallback;
  };
  const timeoutMs = milliseconds('timeoutMs', options.timeoutMs, 1, base.timeoutMs);
  let retry = base.retry;
  if (options.retry !== undefined) {
    if (options.retry === null || typeof options.retry !== 'object') {
      problems.push({ option: 'retry', message: `must be an object, got ${shown(options.retry)}` });
    } else {
      const given = options.retry as Record<keyof RetryOptions, unknown>;
      let limit = base.retry.limit;
      if (given.limit !== undefined) {
        if (typeof given.limit === 'number' && Number.isInteger(given.limit) && given.limit >= 0) limit = given.limit;
        else problems.push({ option: 'retry.limit', message: `must be a whole number of retries, 0 or more, got ${shown(given.limit)}` });
      }
      retry = {
        limit,
        baseDelayMs: milliseconds('retry.baseDelayMs', given.baseDelayMs, 0, base.retry.baseDelayMs),
        maxDelayMs: milliseconds('retry.maxDelayMs', given.maxDelayMs, 0, base.retry.maxDelayMs),
        maxRetryAfterMs: milliseconds('retry.maxRetryAfterMs', given.maxRetryAfterMs, 0, base.retry.maxRetryAfterMs),
      };
    }
  }
  return problems.length > 0 ? problems : { timeoutMs, retry };
}

const shown = (value: unknown) => (typeof value === 'number' ? String(value) : `a ${value === null ? 'null' : typeof value}`);

/**
 * Configuration mistakes are programmer errors, found once at start-up, so they throw.
 * Messages name the option and never repeat a credential.
 */
export function checkClientOptions(options: ClientOptions, redactor: Redactor): Settings {
  const fail = (message: string): never => {
    throw new TypeError(`createCustomerClient: ${message}`);
  };
  if (options === null || typeof options !== 'object') fail('options must be an object with baseUrl, clientId and clientSecret');
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
  const shownUrl = JSON.stringify(redactor.text(String(options.baseUrl)));
  let url: URL | undefined;
  try {
    url = new URL(options.baseUrl);
  } catch {
    fail(`baseUrl must be an absolute http(s) URL, got ${shownUrl}`);
  }
  if (url && !['http:', 'https:'].includes(url.protocol)) fail(`baseUrl must be an absolute http(s) URL, got ${shownUrl}`);
  if (url && (url.username || url.password)) fail('baseUrl must not carry credentials; pass clientId and clientSecret instead');
  if (options.fetch !== undefined && typeof options.fetch !== 'function') fail('fetch must be a function taking a Request');
  if (options.onEvent !== undefined && typeof options.onEvent !== 'function') fail('onEvent must be a function');

  const settings = settingsFrom(options, DEFAULT_SETTINGS);
  if (Array.isArray(settings)) return fail(settings.map((problem) => `${problem.option} ${problem.message}`).join('; '));
  return settings;
}
