/** Placeholder written wherever a credential would have appeared. */
export const REDACTED = '***';

export interface Redactor {
  /** The text with every occurrence of a credential replaced by `***`. */
  text(text: string): string;
  /** A copy of a JSON value with credentials replaced in every string and every key. */
  deep<T>(value: T): T;
}

/**
 * Credentials can come back from places the client does not control: a gateway's error page
 * that echoes request headers, or a caller who pasted a secret into a request field.
 */
export function createRedactor(secrets: readonly string[]): Redactor {
  const present = secrets.filter((secret) => secret.length > 0);
  // Raw text may hold a secret as a JSON string would escape it (quotes, backslashes).
  const needles = [...new Set(present.flatMap((secret) => [secret, JSON.stringify(secret).slice(1, -1)]))];
  const text = (input: string) => needles.reduce((result, needle) => result.replaceAll(needle, REDACTED), input);
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
