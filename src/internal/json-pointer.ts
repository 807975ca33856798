/** One key as a JSON Pointer segment (RFC 6901). */
export const escapePointer = (key: string) => key.replaceAll('~', '~0').replaceAll('/', '~1');

/** One JSON Pointer segment back to the key it names. */
export const unescapePointer = (segment: string) => segment.replaceAll('~1', '/').replaceAll('~0', '~');
