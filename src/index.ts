export { createCustomerClient } from './client.js';
export type { CustomerClient, CustomerClientOptions, GetCustomerError, GetCustomerResult } from './client.js';
export { OUTCOME_KIND_BY_STATUS_CODE } from './outcomes.js';
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
} from './outcomes.js';
export { CustomerClientError, type FailureKind } from './errors/customer-client-error.js';
export { ContractViolationError } from './errors/contract-violation-error.js';
export { HttpStatusError } from './errors/http-status-error.js';
export { InvalidBodyError, type InvalidBodyReason } from './errors/invalid-body-error.js';
export { NetworkError } from './errors/network-error.js';
export { UnknownStatusCodeError } from './errors/unknown-status-code-error.js';
export type { ValidationIssue } from '../generated/validators.js';
