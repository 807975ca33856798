import createClient, { type Client, type Middleware } from 'openapi-fetch';
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

/** Error bodies read by the bounding middleware, by response. */
const boundedErrorBodies = new WeakMap<Response, Promise<BodyText>>();

/**
 * openapi-fetch reads every non-2xx body whole with `response.text()`; a gateway's runaway error
 * page would be read into memory. This middleware makes that read stop at MAX_BODY_BYTES, and
 * keeps the text for the transport (openapi-fetch would hand it back parsed as JSON).
 */
const boundErrorBodies: Middleware = {
  onResponse({ response }) {
    if (response.ok) return undefined;
    const read = readBody(response);
    boundedErrorBodies.set(response, read);
    Object.defineProperty(response, 'text', { value: () => read.then((body) => body.text), configurable: true });
    return response;
  },
};

/** The body of an answer, read at most once and at most MAX_BODY_BYTES of it. */
export function answerText(response: Response): Promise<BodyText> {
  return boundedErrorBodies.get(response) ?? readBody(response);
}

/**
 * The openapi-fetch client every call goes through. Credentials are its default headers;
 * redirects are not followed, so they never leave `baseUrl`. `fetch` is looked up per request so
 * that a test double installed later (MSW patches `globalThis.fetch`) is used.
 */
export function createHttpClient(baseUrl: string, credentials: Record<string, string>, fetch: FetchLike | undefined): HttpClient {
  const http = createClient<WirePaths>({
    baseUrl,
    headers: credentials,
    redirect: 'manual',
    fetch: fetch ?? ((request: Request) => globalThis.fetch(request)),
  });
  http.use(boundErrorBodies);
  return http;
}
