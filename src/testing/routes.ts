import type { OperationId } from '../../generated/examples.js';
import { operationIds, operationOf } from './replies.js';

interface Route {
  readonly operationId: OperationId;
  readonly method: string;
  readonly pattern: RegExp;
  readonly length: number;
}

// The client's baseUrl may carry a path prefix, so a route matches the end of the path;
// path parameters ({id}) match one segment.
const routes: readonly Route[] = operationIds.map((operationId) => {
  const { method, path } = operationOf(operationId);
  const source = path
    .split(/(\{[^}]+\})/)
    .map((part) => (part.startsWith('{') ? '[^/]+' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return { operationId, method, pattern: new RegExp(`${source}$`), length: path.length };
});

/** The operation a request is for, by method and path; the longest matching path wins. */
export function routeOf(method: string, url: URL): OperationId | undefined {
  const matches = routes.filter((route) => route.method === method.toUpperCase() && route.pattern.test(url.pathname));
  return matches.sort((a, b) => b.length - a.length)[0]?.operationId;
}
