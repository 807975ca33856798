/**
 * Reading a foreign value can throw (a getter, a revoked Proxy, an object without a prototype),
 * and a failure must never throw while it is built. These helpers never throw.
 */

/** A short, safe description of any thrown value: its name and message, or its type. */
export function describeThrown(value: unknown): string {
  try {
    if (value === null || value === undefined) return String(value);
    if (typeof value !== 'object' && typeof value !== 'function') return `${typeof value} ${String(value).slice(0, 200)}`;
    const name = readString(value, 'name');
    const message = readString(value, 'message');
    if (name || message) return [name, message].filter(Boolean).join(': ');
    return 'an object without a message';
  } catch {
    return 'a value that cannot be described';
  }
}

/** A string property of a foreign object, or undefined when it is not one or cannot be read. */
export function readString(value: unknown, key: string): string | undefined {
  try {
    const read: unknown = (value as Record<string, unknown>)[key];
    return typeof read === 'string' ? read : undefined;
  } catch {
    return undefined;
  }
}

/** A property of a foreign object, or `fallback` when reading it throws. */
export function readProperty(value: unknown, key: string): { value: unknown } | undefined {
  try {
    return { value: (value as Record<string, unknown>)[key] };
  } catch {
    return undefined;
  }
}
