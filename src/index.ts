export { createCustomerClient, type CustomerClientOptions } from './client.js';
// Everything named after an operation (its client method, request, outcomes and their types) is
// generated from the contract.
export * from '../generated/operations.js';
export type { Outcome } from './outcome.js';
export type { CallOptions, ClientOptions, FetchLike, RetryOptions } from './options.js';
export type { ClientEvent, ClientEventListener } from './events.js';
export { buildLatLong, checkMobileNumber, checkPublicIp } from './helpers.js';
export { ResponseInfo } from './response-info.js';
export { CustomerClientError } from './errors/customer-client-error.js';
export type { ClientFailure, FailureKind } from './errors/client-failure.js';
export type { Problem } from './errors/problem.js';
export type { CauseSummary } from './internal/cause.js';
export { AbortedError } from './errors/aborted-error.js';
export { ContractViolationError } from './errors/contract-violation-error.js';
export { HttpStatusError } from './errors/http-status-error.js';
export { InvalidBodyError, type InvalidBodyReason } from './errors/invalid-body-error.js';
export { InvalidRequestError, type RequestProblem } from './errors/invalid-request-error.js';
export { NetworkError } from './errors/network-error.js';
export { ResponseFailure } from './errors/response-failure.js';
export { TimeoutError } from './errors/timeout-error.js';
export { UnknownStatusCodeError } from './errors/unknown-status-code-error.js';
