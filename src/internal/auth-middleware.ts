import type { Middleware } from 'openapi-fetch';

/**
 * Adds the two credential headers to every request. The secret lives only in this closure:
 * not on the client object, not in any error, so neither inspecting nor logging can reveal it.
 */
export function authMiddleware(clientId: string, clientSecret: string): Middleware {
  return {
    onRequest({ request }) {
      request.headers.set('client_id', clientId);
      request.headers.set('client_secret', clientSecret);
      return request;
    },
  };
}
