/** The documented bodies are well under a kilobyte; anything past this is not one of them. */
export const MAX_BODY_BYTES = 1024 * 1024;

export interface BodyText {
  readonly text: string;
  /** False when the body was cut at the limit. */
  readonly complete: boolean;
}

/**
 * Reads a body as UTF-8 text, at most `maxBytes` of it; a larger body is cut there and the
 * rest of the stream cancelled, so a runaway error page cannot exhaust memory.
 */
export async function readBody(response: Response, maxBytes = MAX_BODY_BYTES): Promise<BodyText> {
  const stream = response.body;
  if (!stream) return { text: '', complete: true };
  // A declared length within the limit, on a body that is not decompressed, cannot grow past it
  // (fetch fails a body longer than its Content-Length): let the platform read it in one go.
  const declared = response.headers.get('content-length');
  if (declared !== null && /^\d+$/.test(declared) && Number(declared) <= maxBytes && !response.headers.has('content-encoding')) {
    return { text: await response.text(), complete: true };
  }
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (size + value.byteLength > maxBytes) {
      chunks.push(value.subarray(0, maxBytes - size));
      await reader.cancel().catch(() => undefined);
      return { text: decode(chunks), complete: false };
    }
    chunks.push(value);
    size += value.byteLength;
  }
  return { text: decode(chunks), complete: true };
}

const decoder = new TextDecoder();

function decode(chunks: readonly Uint8Array[]): string {
  if (chunks.length === 1) return decoder.decode(chunks[0]);
  const joined = new Uint8Array(chunks.reduce((total, chunk) => total + chunk.byteLength, 0));
  let offset = 0;
  for (const chunk of chunks) {
    joined.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return decoder.decode(joined);
}
