import createClient from 'openapi-fetch';
import type { paths } from '../generated/schema.js';
import type { ContractViolationError } from './errors/contract-violation-error.js';
import type { HttpStatusError } from './errors/http-status-error.js';
import type { InvalidBodyError } from './errors/invalid-body-error.js';
import { NetworkError } from './errors/network-error.js';
import type { UnknownStatusCodeError } from './errors/unknown-status-code-error.js';
import { authMiddleware } from './internal/auth-middleware.js';
import { readResponse } from './internal/read-response.js';
import { toOutcome, type GetCustomerOutcome, type GetCustomerRequest } from './outcomes.js';

const GET_CUSTOMER_PATH = '/common/dmt-lite/unified/customer/get-customer';

export interface CustomerClientOptions {
  /**
   * Base URL of the provider, without the operation path.
   * @example 'https://apidev.iserveu.online'
   */
  baseUrl: string;
  /** `client_id` issued at integration; sent as a header on every call. */
  clientId: string;
  /** `client_secret` issued at integration; sent as a header, never logged, never in an error. */
  clientSecret: string;
  /**
   * The fetch implementation to use.
   * @default globalThis.fetch
   */
  fetch?: (input: Request) => Promise<Response>;
}

/** Every way a call can fail; switch over `kind`. */
export type GetCustomerError =
  | NetworkError
  | HttpStatusError
  | InvalidBodyError
  | ContractViolationError
  | UnknownStatusCodeError;

/** What `getCustomer` resolves to: a documented outcome (`ok: true`) or a failure (`ok: false`). It never rejects. */
export type GetCustomerResult = GetCustomerOutcome | GetCustomerError;

export interface CustomerClient {
  /** Looks a remitter up by mobile number. Resolves to an outcome or a failure; never rejects. */
  getCustomer(request: GetCustomerRequest): Promise<GetCustomerResult>;
}

/** Creates a client for the DMT Lite customer API. */
export function createCustomerClient(options: CustomerClientOptions): CustomerClient {
  const http = createClient<paths>({
    baseUrl: options.baseUrl.replace(/\/+$/, ''),
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  http.use(authMiddleware(options.clientId, options.clientSecret));
  const url = `${options.baseUrl.replace(/\/+$/, '')}${GET_CUSTOMER_PATH}`;

  async function getCustomer(request: GetCustomerRequest): Promise<GetCustomerResult> {
    const attempts = 1;
    let response: Response;
    let text: string;
    try {
      // `stream` leaves a 2xx body unread so that it is read here, as text, exactly once;
      // openapi-fetch reads other bodies itself and hands them over as `error`.
      const answer = await http.POST(GET_CUSTOMER_PATH, { body: request, parseAs: 'stream' });
      response = answer.response;
      text = response.ok ? await response.text() : errorBodyText(answer.error);
    } catch (cause) {
      return new NetworkError(url, { attempts, cause });
    }
    const body = readResponse(url, response.status, response.headers.get('content-type'), text, { attempts });
    return body instanceof Error ? body : toOutcome(body, { attempts, response });
  }

  return { getCustomer };
}

function errorBodyText(error: unknown): string {
  if (error === undefined) return '';
  return typeof error === 'string' ? error : JSON.stringify(error);
}
