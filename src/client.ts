import { operations } from '../generated/operation-table.js';
import type { CustomerClient } from '../generated/operations.js';
import { createTransport } from './internal/transport.js';
import type { ClientOptions } from './options.js';

/** Options of `createCustomerClient`. */
export type CustomerClientOptions = ClientOptions;

/**
 * Creates a client with one method per operation of the contract (the generated operation
 * table: method names are the `operationId`s).
 * @throws TypeError when an option is missing or out of range; calls never throw.
 */
export function createCustomerClient(options: ClientOptions): CustomerClient {
  const transport = createTransport(options);
  const methods = Object.fromEntries(
    Object.values(operations).map((operation) => [operation.operationId, (request: unknown, callOptions?: unknown) => transport(operation, request, callOptions)]),
  );
  // Each method resolves to what its operation's outcome schemas describe; CustomerClient,
  // generated from the same table, names those types.
  return methods as unknown as CustomerClient;
}
