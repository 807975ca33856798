// One HTTP exchange with the target, sent with plain fetch (the typed client refuses to send
// invalid input, and the suite must see exactly what came back), bounded in time and size,
// and recorded so that a failure can show the request and the answer.
import type { Settings } from './settings.js';

/** Bodies are read up to this size; a bigger one is reported, not buffered. */
const MAX_BODY_BYTES = 1024 * 1024;
/** A "4" (the provider's transient fault) is asked again once, after this pause. */
const PAUSE_BEFORE_RETRY_MS = 300;

export interface SentRequest {
  method: 'POST';
  url: string;
  /** As sent; printing goes through `redact`. */
  headers: Record<string, string>;
  body: string;
}

export interface Received {
  status: number;
  contentType: string | null;
  text: string;
  /** The body went past MAX_BODY_BYTES and was cut there. */
  truncated: boolean;
}

export interface Attempt {
  request: SentRequest;
  elapsedMs: number;
  response?: Received;
  /** No complete answer: `timeout` when DMT_TIMEOUT_MS ran out, `network` otherwise. */
  failure?: { kind: 'timeout' | 'network'; message: string };
}

export interface Exchange extends Attempt {
  /** Earlier attempts, when a "4" was asked again. */
  earlier: Attempt[];
}

export type Credentials = 'both' | 'no-secret' | 'no-id' | 'wrong-secret';

export function buildRequest(settings: Settings, body: unknown, credentials: Credentials): SentRequest {
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
  if (credentials !== 'no-id') headers['client_id'] = settings.clientId;
  if (credentials === 'both' || credentials === 'no-id') headers['client_secret'] = settings.clientSecret;
  if (credentials === 'wrong-secret') headers['client_secret'] = WRONG_SECRET;
  return { method: 'POST', url: settings.url, headers, body: JSON.stringify(body) };
}

/** Sent as client_secret by the wrong-secret refusal. */
export const WRONG_SECRET = 'dmt-live-wrong-secret';

export async function send(request: SentRequest, timeoutMs: number): Promise<Attempt> {
  const started = performance.now();
  const signal = AbortSignal.timeout(timeoutMs);
  const elapsed = () => Math.round(performance.now() - started);
  try {
    // redirect: manual, so that the credentials never follow a redirect to another host.
    const response = await fetch(request.url, { method: request.method, headers: request.headers, body: request.body, redirect: 'manual', signal });
    const { text, truncated } = await readBounded(response);
    return { request, elapsedMs: elapsed(), response: { status: response.status, contentType: response.headers.get('content-type'), text, truncated } };
  } catch (error) {
    if (signal.aborted) {
      return { request, elapsedMs: elapsed(), failure: { kind: 'timeout', message: `no complete answer within ${timeoutMs} ms (DMT_TIMEOUT_MS)` } };
    }
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    const reason = [cause?.code, cause?.message ?? (error as Error).message].filter(Boolean).join(' ');
    return { request, elapsedMs: elapsed(), failure: { kind: 'network', message: `the connection failed: ${reason}` } };
  }
}

/** Sends once, and once more when the answer is the transient statusCode "4". */
export async function exchange(request: SentRequest, timeoutMs: number): Promise<Exchange> {
  const first = await send(request, timeoutMs);
  if (statusCodeOf(first) !== '4') return { ...first, earlier: [] };
  await new Promise((resolve) => setTimeout(resolve, PAUSE_BEFORE_RETRY_MS));
  return { ...(await send(request, timeoutMs)), earlier: [first] };
}

function statusCodeOf(attempt: Attempt): unknown {
  if (attempt.response?.status !== 200) return undefined;
  try {
    return (JSON.parse(attempt.response.text) as { statusCode?: unknown } | null)?.statusCode;
  } catch {
    return undefined;
  }
}

async function readBounded(response: Response): Promise<{ text: string; truncated: boolean }> {
  if (!response.body) return { text: '', truncated: false };
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    size += value.byteLength;
    if (size > MAX_BODY_BYTES) {
      await reader.cancel();
      return { text: new TextDecoder().decode(Buffer.concat(chunks).subarray(0, MAX_BODY_BYTES)), truncated: true };
    }
  }
  return { text: new TextDecoder().decode(Buffer.concat(chunks)), truncated: false };
}

/** Runs `jobs` with at most `limit` at a time, keeping their order in the result. */
export async function inPool<T>(jobs: (() => Promise<T>)[], limit: number): Promise<T[]> {
  const results: T[] = new Array(jobs.length);
  let next = 0;
  const worker = async () => {
    while (next < jobs.length) {
      const index = next++;
      results[index] = await jobs[index]!();
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, jobs.length) }, worker));
  return results;
}
