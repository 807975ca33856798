import { CustomerClientError, type FailureContext } from './customer-client-error.js';

/** The connection failed: refused, reset, DNS lookup failed, or dropped while reading the body. */
export class NetworkError extends CustomerClientError {
  readonly kind = 'network' as const;
  override readonly name = 'NetworkError';
  /** The system error code when one is known, such as `ECONNREFUSED` or `ECONNRESET`. */
  readonly code: string | undefined;

  constructor(url: string, context: FailureContext) {
    const code = systemErrorCode(context.cause);
    super(`POST ${url} failed before a complete response arrived (${code ?? innermostMessage(context.cause)}).`, context);
    this.code = code;
  }
}

// undici wraps the socket error: TypeError('fetch failed', { cause: { code: 'ECONNREFUSED' } }).
function systemErrorCode(error: unknown): string | undefined {
  for (let current = error, depth = 0; current && depth < 4; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string') return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

// Without a system code, the deepest message is the one that says what happened ("bad port").
function innermostMessage(error: unknown): string {
  let message = 'unknown cause';
  for (let current = error, depth = 0; current && depth < 4; depth++) {
    if (current instanceof Error && current.message) message = current.message;
    current = (current as { cause?: unknown }).cause;
  }
  return message;
}
