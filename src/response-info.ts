import { installLogHooks } from './internal/log-safe.js';
import { LOG_VIEW, type Redactor } from './internal/redactor.js';

/** Headers that commonly carry a request id for support tickets, in the order they are looked up. */
const REQUEST_ID_HEADERS = ['x-request-id', 'request-id', 'x-correlation-id', 'x-amzn-requestid', 'x-trace-id'];

/**
 * What a caller needs of an HTTP answer, without traps: the body is already read (it is in the
 * outcome or failure), so there is nothing here to consume twice. Headers and the reason phrase
 * can echo anything a gateway saw, so they are redacted (names too: a header may be named after
 * the secret).
 */
export class ResponseInfo {
  /** The HTTP status. */
  readonly status: number;
  /** The reason phrase, redacted. */
  readonly statusText: string;
  /** The URL the request went to, redacted. */
  readonly url: string;
  readonly #received: Headers;
  readonly #redactor: Redactor;
  #headers: Headers | undefined;

  /** @internal Built by the client. */
  constructor(response: Response, url: string, redactor: Redactor) {
    this.status = response.status;
    this.statusText = response.statusText === '' || response.statusText === 'OK' ? response.statusText : redactor.text(response.statusText);
    this.url = redactor.text(response.url || url);
    this.#received = response.headers;
    this.#redactor = redactor;
  }

  /** The response headers, names and values redacted; copied on first read. */
  get headers(): Headers {
    return (this.#headers ??= redactedHeaders(this.#received, this.#redactor));
  }

  /** The provider's request id when it sent one (`x-request-id`, `request-id`, `x-correlation-id`, ...). */
  get requestId(): string | undefined {
    for (const name of REQUEST_ID_HEADERS) {
      const value = this.headers.get(name);
      if (value !== null) return value;
    }
    return undefined;
  }

  [LOG_VIEW](): unknown {
    return { status: this.status, statusText: this.statusText, url: this.url, headers: Object.fromEntries(this.headers), requestId: this.requestId };
  }
}
installLogHooks(ResponseInfo.prototype);

function redactedHeaders(source: Headers, redactor: Redactor): Headers {
  const headers = new Headers();
  source.forEach((value, name) => headers.append(redactor.headerName(name), redactor.text(value)));
  return headers;
}
