import createClient, { type Client } from 'openapi-fetch';
import type { FetchLike } from '../options.js';
import type { HttpMethod } from './operation.js';
import { readBody, type BodyText } from './read-body.js';

/**
 * How the runtime sees any operation: a JSON body in, a body it reads itself out. The runtime
 * is generic over the operations of the contract; the typed surface callers see is the
 * generated operation table, not this.
 */
type WirePaths = Record<
  string,
  Record<HttpMethod, { parameters: {}; requestBody: { content: { 'application/json': unknown } }; responses: { 200: { content: { 'application/json': unknown } } } }>
>;
export type HttpClient = Client<WirePaths>;

/**
 * What openapi-fetch builds each request into (its `Request` option). On Node, building an
 * undici `Request` (with the signal it must follow) costs more than everything else the client
 * does, and `fetch` builds one of its own anyway; so openapi-fetch's request building (URL,
 * merged headers, serialised body) is kept as plain data and handed to `fetch(url, init)`.
 */
class PlannedRequest {
  readonly url: string;
  readonly method: string;
  readonly headers: Headers;
  readonly init: RequestInit;

  constructor(url: string, init: RequestInit & { headers: Headers }) {
    this.url = url;
    this.method = init.method ?? 'GET';
    this.headers = init.headers;
    this.init = init;
  }
}

/** Error bodies already read (bounded), by response. */
const boundedErrorBodies = new WeakMap<Response, Promise<BodyText>>();

/** The body of an answer, read at most once and at most MAX_BODY_BYTES of it. */
export function answerText(response: Response): Promise<BodyText> {
  return boundedErrorBodies.get(response) ?? readBody(response);
}

/**
 * openapi-fetch reads every non-2xx body whole with `response.text()`, so a gateway's runaway
 * error page would be read into memory; that read is made to stop at MAX_BODY_BYTES, and the
 * text is kept for the transport (openapi-fetch would hand it back parsed as JSON).
 */
function boundErrorBody(response: Response): Response {
  if (response.ok) return response;
  const read = readBody(response);
  boundedErrorBodies.set(response, read);
  Object.defineProperty(response, 'text', { value: () => read.then((body) => body.text), configurable: true });
  return response;
}

/**
 * The openapi-fetch client every call goes through. Credentials are its default headers;
 * redirects are not followed, so they never leave `baseUrl`. Without a custom `fetch`, the
 * platform's is looked up per request, so that one patched later (MSW patches
 * `globalThis.fetch`) is used.
 */
export function createHttpClient(baseUrl: string, credentials: Record<string, string>, fetch: FetchLike | undefined): HttpClient {
  // A custom fetch that declares one parameter reads only its first argument, as wrappers like
  // `(request) => fetch(request)` do: it gets a Request carrying everything, not a bare URL.
  const send: (planned: PlannedRequest) => Promise<Response> = !fetch
    ? (planned) => globalThis.fetch(planned.url, planned.init)
    : fetch.length === 1
      ? (planned) => fetch(new Request(planned.url, planned.init))
      : (planned) => fetch(planned.url, planned.init);
  return createClient<WirePaths>({
    baseUrl,
    headers: credentials,
    redirect: 'manual',
    // The two casts are the one place where openapi-fetch's `Request` option meets PlannedRequest.
    Request: PlannedRequest as unknown as typeof Request,
    fetch: async (request: Request) => {
      return boundErrorBody(await send(request as unknown as PlannedRequest));
    },
  });
}
