/** Placeholder written wherever a credential would have appeared. */
export const REDACTED = '***';

/** Levels of a value shown in a log view; deeper ones are summarised, so no depth can overflow. */
const MAX_VIEW_DEPTH = 32;

export interface Redactor {
  /** The text with every occurrence of a credential replaced by `***`, JSON-escaped spellings included. */
  text(text: string): string;
  /** A header name with the secret redacted in any letter case: names arrive lower-cased. */
  headerName(name: string): string;
  /**
   * A copy of a value for people and logs: credentials replaced in every string and key, foreign
   * objects reduced to plain data. The value itself is never changed.
   */
  view(value: unknown): unknown;
}

/**
 * Credentials can come back from places the client does not control: a gateway's error page
 * that echoes request headers, or a caller who pasted a secret into a request field. Only what
 * goes to a person or a log is redacted; data handed to the caller stays exactly as received.
 */
export function createRedactor(secrets: readonly unknown[]): Redactor {
  const patterns = secrets.filter((secret): secret is string => typeof secret === 'string' && secret.length > 0).map((secret) => new RegExp(spellings(secret), 'g'));
  const text = (input: string) => patterns.reduce((result, pattern) => result.replace(pattern, REDACTED), input);
  const anyCasePatterns = patterns.map((pattern) => new RegExp(pattern.source, 'gi'));
  const headerName = (name: string) => anyCasePatterns.reduce((result, pattern) => result.replace(pattern, REDACTED), name);

  const view = (value: unknown, depth = 0): unknown => {
    if (typeof value === 'string') return text(value);
    if (value === null || typeof value !== 'object') return typeof value === 'function' || typeof value === 'symbol' ? `[${typeof value}]` : value;
    if (depth >= MAX_VIEW_DEPTH) return '[deeper levels not shown]';
    const logView = (value as { [LOG_VIEW]?: unknown })[LOG_VIEW];
    if (typeof logView === 'function') return logView.call(value);
    if (value instanceof Headers) return view(Object.fromEntries(value), depth);
    if (Array.isArray(value)) return value.map((item) => view(item, depth + 1));
    const copy: Record<string, unknown> = {};
    // defineProperty, not assignment: a body's own "__proto__" key must stay a key.
    for (const [key, item] of Object.entries(value)) Object.defineProperty(copy, text(key), { value: view(item, depth + 1), enumerable: true, writable: true, configurable: true });
    return copy;
  };
  return { text, headerName, view: (value) => view(value) };
}

/** Objects the client returns answer this with their own redacted, plain form. */
export const LOG_VIEW = Symbol('dmt-lite.logView');

/**
 * A pattern for the secret as raw text may spell it: each UTF-16 unit literally, as a JSON
 * `\uXXXX` escape in either case, or with JSON's short escapes (`\/`, `\"`, `\\`) and JSON Pointer's (`~1`, `~0`).
 */
function spellings(secret: string): string {
  return [...Array(secret.length).keys()]
    .map((index) => {
      const unit = secret[index]!;
      const hex = secret.charCodeAt(index).toString(16).padStart(4, '0');
      const alternatives = [unit.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'), `\\\\u${[...hex].map(anyCase).join('')}`];
      const short = SHORT_ESCAPES[unit];
      if (short) alternatives.push(short);
      return `(?:${alternatives.join('|')})`;
    })
    .join('');
}

const anyCase = (digit: string) => (/[a-f]/.test(digit) ? `[${digit}${digit.toUpperCase()}]` : digit);
// JSON's short escapes, and JSON Pointer's (a key that names the secret shows up in a path).
const SHORT_ESCAPES: Record<string, string> = { '/': '\\\\/|~1', '~': '~0', '"': '\\\\"', '\\': '\\\\\\\\' };
