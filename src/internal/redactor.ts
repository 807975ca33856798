/** Placeholder written wherever a credential would have appeared. */
export const REDACTED = '***';

export interface Redactor {
  /** The text with every occurrence of a credential replaced by `***`, JSON-escaped spellings included. */
  text(text: string): string;
  /** A copy of a JSON value with credentials replaced in every string and every key. */
  deep<T>(value: T): T;
}

/**
 * Credentials can come back from places the client does not control: a gateway's error page
 * that echoes request headers, or a caller who pasted a secret into a request field.
 */
export function createRedactor(secrets: readonly string[]): Redactor {
  const patterns = secrets.filter((secret) => secret.length > 0).map((secret) => new RegExp(spellings(secret), 'g'));
  const text = (input: string) => patterns.reduce((result, pattern) => result.replace(pattern, REDACTED), input);
  const deep = (value: unknown): unknown => {
    if (typeof value === 'string') return text(value);
    if (Array.isArray(value)) return value.map(deep);
    if (value !== null && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([key, item]) => [text(key), deep(item)]));
    }
    return value;
  };
  return { text, deep: deep as Redactor['deep'] };
}

/**
 * A pattern for the secret as raw text may spell it: each UTF-16 unit literally, as a JSON
 * `\uXXXX` escape in either case, or with JSON's short escapes (`\/`, `\"`, `\\`).
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
const SHORT_ESCAPES: Record<string, string> = { '/': '\\\\/', '"': '\\\\"', '\\': '\\\\\\\\' };
