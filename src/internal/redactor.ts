/** Placeholder written wherever a credential would have appeared. */
export const REDACTED = '***';

export interface Redactor {
  /** The text with every occurrence of a credential replaced by `***`. */
  text(text: string): string;
  /** The value, or `***` when any credential appears anywhere inside it. */
  value<T>(value: T): T | typeof REDACTED;
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
  return {
    text,
    value(value) {
      const serialised = typeof value === 'string' ? value : safeStringify(value);
      return present.some((secret) => serialised.includes(secret)) ? REDACTED : value;
    },
  };
}

function safeStringify(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}
