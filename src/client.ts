import type { ClientFailure } from './errors/client-failure.js';
import { createTransport } from './internal/transport.js';
import { getCustomerOperation, type GetCustomerOutcome, type GetCustomerRequest } from './operations/get-customer.js';
import type { CallOptions, ClientOptions } from './options.js';

/** Options of `createCustomerClient`. */
export type CustomerClientOptions = ClientOptions;

/** Per-call options of `getCustomer`. */
export type GetCustomerOptions = CallOptions;

/** Every way a getCustomer call can fail; switch over `kind`. */
export type GetCustomerError = ClientFailure;

/** What `getCustomer` resolves to: a documented outcome (`ok: true`) or a failure (`ok: false`). It never rejects. */
export type GetCustomerResult = GetCustomerOutcome | ClientFailure;

export interface CustomerClient {
  /** Looks a remitter up by mobile number. Resolves to an outcome or a failure; never rejects. */
  getCustomer(request: GetCustomerRequest, options?: GetCustomerOptions): Promise<GetCustomerResult>;
}

/**
 * Creates a client for the DMT Lite customer API.
 * @throws TypeError when an option is missing or out of range; calls never throw.
 */
export function createCustomerClient(options: ClientOptions): CustomerClient {
  const transport = createTransport(options);
  return {
    getCustomer: (request, callOptions) => transport(getCustomerOperation, request, callOptions) as Promise<GetCustomerResult>,
  };
}
