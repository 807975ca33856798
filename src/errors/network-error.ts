import { causeCode, innermostMessage } from '../internal/cause.js';
import { CustomerClientError, type FailureContext } from './customer-client-error.js';

/** The connection failed: refused, reset, DNS lookup failed, a protocol error, or dropped while reading the body. */
export class NetworkError extends CustomerClientError {
  readonly kind = 'network' as const;
  override readonly name = 'NetworkError';
  /** The system or parser error code when one is known, such as `ECONNREFUSED` or `HPE_INVALID_CHUNK_SIZE`. */
  readonly code: string | undefined;

  constructor(context: FailureContext) {
    const code = causeCode(context.cause);
    super(`${context.target} failed before a complete response arrived (${code ?? innermostMessage(context.cause)}).`, context);
    this.code = code;
  }
}
