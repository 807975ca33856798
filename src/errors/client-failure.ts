import type { AbortedError } from './aborted-error.js';
import type { ContractViolationError } from './contract-violation-error.js';
import type { HttpStatusError } from './http-status-error.js';
import type { InvalidBodyError } from './invalid-body-error.js';
import type { InvalidRequestError } from './invalid-request-error.js';
import type { NetworkError } from './network-error.js';
import type { TimeoutError } from './timeout-error.js';
import type { UnknownStatusCodeError } from './unknown-status-code-error.js';

/** Every way a call of any operation can fail; switch over `kind`. */
export type ClientFailure =
  | InvalidRequestError
  | TimeoutError
  | AbortedError
  | NetworkError
  | HttpStatusError
  | InvalidBodyError
  | ContractViolationError
  | UnknownStatusCodeError;

/** What a failed call can be: each failure class's `kind`. */
export type FailureKind = ClientFailure['kind'];
