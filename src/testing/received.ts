/** What a recorded credential header reads: its presence shows, its value never. */
export const REDACTED_CREDENTIAL = '***';

/** A request body as a test wants to compare it: parsed JSON, else its text, else undefined. */
export async function readBody(request: Request): Promise<unknown> {
  const text = request.body ? await request.clone().text() : '';
  if (text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}
