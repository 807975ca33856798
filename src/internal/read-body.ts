/** The documented bodies are well under a kilobyte; anything past this is not one of them. */
export const MAX_BODY_BYTES = 1024 * 1024;

/**
 * Reads a body as UTF-8 text, at most `maxBytes` of it; a larger body is cut there and the
 * rest of the stream cancelled, so a runaway error page cannot exhaust memory.
 */
export async function readBody(response: Response, maxBytes = MAX_BODY_BYTES): Promise<{ text: string; complete: boolean }> {
  if (!response.body) return { text: '', complete: true };
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (size + value.byteLength > maxBytes) {
      chunks.push(value.subarray(0, maxBytes - size));
      await reader.cancel();
      return { text: decode(chunks), complete: false };
    }
    chunks.push(value);
    size += value.byteLength;
  }
  return { text: decode(chunks), complete: true };
}

function decode(chunks: readonly Uint8Array[]): string {
  const decoder = new TextDecoder();
  return chunks.map((chunk) => decoder.decode(chunk, { stream: true })).join('') + decoder.decode();
}
