export { createCustomerClient } from './client.js';
export type { CustomerClient, CustomerClientOptions, GetCustomerError, GetCustomerOptions, GetCustomerResult } from './client.js';
export type { CallOptions, ClientOptions, FetchLike, RetryOptions } from './options.js';
export type { ClientEvent, ClientEventListener } from './events.js';
export { buildLatLong, checkMobileNumber, checkPublicIp } from './helpers.js';
export { OUTCOME_KIND_BY_STATUS_CODE } from './operations/get-customer.js';
export type {
  CustomerNotFound,
  CustomerNotVerified,
  CustomerVerifiedWithOvd,
  CustomerVerifiedWithoutOvd,
  GetCustomerOutcome,
  GetCustomerRequest,
  GetCustomerResponseBody,
  OutcomeKind,
  ProviderInternalError,
  RequestRejected,
  StatusCode,
} from './operations/get-customer.js';
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
