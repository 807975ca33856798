// `@dmt-lite/get-customer/msw`: MSW request handlers answering the contract's named examples,
// for teams whose tests already run an MSW server. msw and openapi-msw are optional peers.
import type { HttpHandler } from 'msw';
import { createOpenApiHttp, type HttpMethod, type OpenApiHttpHandlers } from 'openapi-msw';
import type { OperationId } from '../../generated/examples.js';
import type { paths } from '../../generated/schema.js';
import { answer, missingCredentials, operationIds, operationOf, Script, unauthorized, type Replies, type Reply } from '../testing/replies.js';

export type { Fault, Replies, Reply } from '../testing/replies.js';
export type { OperationId, ResponseExampleName } from '../../generated/examples.js';

export interface HandlerOptions {
  /** The `baseUrl` your code gives the client, e.g. `https://provider.test`. */
  readonly baseUrl: string;
  /**
   * Answer HTTP 401 when a request lacks a credential header the contract requires, as the mock does.
   * @default true
   */
  readonly checkCredentials?: boolean;
}

/**
 * openapi-msw's `http`, typed by the contract's generated `paths`: write your own handlers with
 * paths, request bodies and responses checked against the contract.
 */
export function createHttp(baseUrl: string): OpenApiHttpHandlers<paths> {
  return createOpenApiHttp<paths>({ baseUrl });
}

/** One handler per operation of the contract; each answers as `replies` says, else with its default example. */
export function createHandlers(options: HandlerOptions & { readonly replies?: Replies }): HttpHandler[] {
  return operationIds.map((operationId) => createHandler(operationId, { ...options, replies: options.replies?.[operationId] }));
}

/**
 * A handler for one operation, for `server.use(...)` in a single test. With one reply, every
 * call gets it; with several, one call each in order, the last one repeating.
 */
export function createHandler<Op extends OperationId>(
  operationId: Op,
  options: HandlerOptions & { readonly replies?: Reply<Op> | readonly Reply<Op>[] | undefined },
): HttpHandler {
  const { method, path } = operationOf(operationId);
  const script = new Script(operationId, options.replies);
  const checkCredentials = options.checkCredentials ?? true;
  // The table is generated from the same contract as `paths`, so its paths are valid keys;
  // TypeScript cannot follow that through a loop over operations, hence the one cast.
  const handlerFor = createHttp(options.baseUrl)[method.toLowerCase() as HttpMethod] as unknown as
    | ((path: string, resolver: (info: { request: Request }) => Promise<Response>) => HttpHandler)
    | undefined;
  if (!handlerFor) throw new TypeError(`${operationId}: MSW has no handlers for ${method} requests.`);

  return handlerFor(path, async ({ request }) => {
    // Checked first: a refused request does not use up a step of the script.
    const missing = checkCredentials ? missingCredentials(operationId, request.headers) : undefined;
    if (missing) return unauthorized(missing);
    const reply = script.next();
    const outcome = answer(operationId, reply, new URL(request.url));
    switch (outcome.type) {
      case 'response':
        return outcome.response;
      case 'network':
        // MSW's way to make the fetch reject with a network error.
        return Response.error();
      case 'timeout':
        // Never answers; the client's timeout aborts the request and MSW rejects the fetch.
        return new Promise<Response>((resolve) => {
          request.signal.addEventListener('abort', () => resolve(Response.error()), { once: true });
        });
    }
  });
}
