import type { Middleware } from 'openapi-fetch';
import type { ClientEvent } from '../events.js';
import type { OperationSpec } from './operation.js';
import { CREDENTIAL_HEADERS } from './prepare-call.js';
import { REDACTED, type Redactor } from './redactor.js';

/** An openapi-fetch middleware that reports each request as sent (credentials included, redacted). */
export function requestObserver(emit: (event: ClientEvent) => void, redactor: Redactor, operation: OperationSpec, attempt: number): Middleware {
  return {
    onRequest({ request }) {
      const headers: Record<string, string> = {};
      request.headers.forEach((value, name) => {
        headers[redactor.headerName(name)] = CREDENTIAL_HEADERS.has(name) ? REDACTED : redactor.text(value);
      });
      emit({ type: 'request', operationId: operation.operationId, attempt, method: operation.method.toUpperCase(), url: redactor.text(request.url), headers });
      return undefined;
    },
  };
}
