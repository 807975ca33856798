import type { components } from '../../generated/schema.js';
import { validateGetCustomerRequest, validateGetCustomerResponse } from '../../generated/validators.js';
import type { OperationSpec } from '../internal/operation.js';
import type { ResponseInfo } from '../response-info.js';

/** The request body, exactly as the contract's `GetCustomerRequest` schema describes it. */
export type GetCustomerRequest = components['schemas']['GetCustomerRequest'];
/** The response body, exactly as the contract's `GetCustomerResponse` schema describes it. */
export type GetCustomerResponseBody = components['schemas']['GetCustomerResponse'];
/** Every `statusCode` the contract documents. */
export type StatusCode = components['schemas']['StatusCode'];

/**
 * The outcome each documented `statusCode` stands for. `satisfies` makes TypeScript fail here
 * when the contract gains or loses a code, so the union below can never fall behind the spec.
 */
export const OUTCOME_KIND_BY_STATUS_CODE = {
  '0': 'customerNotFound',
  '1': 'customerNotVerified',
  '2': 'customerVerifiedWithOvd',
  '3': 'customerVerifiedWithoutOvd',
  '-1': 'requestRejected',
  '4': 'providerInternalError',
} as const satisfies Record<StatusCode, string>;

export type OutcomeKind = (typeof OUTCOME_KIND_BY_STATUS_CODE)[StatusCode];

/** Fields every outcome carries. */
interface OutcomeFor<C extends StatusCode> {
  readonly ok: true;
  readonly kind: (typeof OUTCOME_KIND_BY_STATUS_CODE)[C];
  readonly statusCode: C;
  /** The provider's text. Show or log it; its wording changes without notice, so never branch on it. */
  readonly statusDesc: string;
  /** The mobile number the provider echoed. */
  readonly mobileNumber: string;
  /** How many HTTP attempts this call made. */
  readonly attempts: number;
  /** The parsed body exactly as the provider sent it, validated against the contract, including any fields it does not list. */
  readonly body: GetCustomerResponseBody;
  /** The HTTP status, headers (redacted), URL and request id; the body is in `body`. */
  readonly response: ResponseInfo;
}

/** Fields present when the provider looked the customer up. */
interface CustomerOutcomeFor<C extends StatusCode> extends OutcomeFor<C> {
  /** The customer's name, when the provider sent one. */
  readonly name?: string;
  /** `KYCTypeFlag`: true when an Officially Valid Document (OVD) is on record. */
  readonly ovdOnRecord: boolean;
}

/** statusCode "0": the customer does not exist; onboard them. */
export type CustomerNotFound = CustomerOutcomeFor<'0'>;
/** statusCode "1": the customer was created but is not verified. */
export type CustomerNotVerified = CustomerOutcomeFor<'1'>;
/** statusCode "2": the customer is verified and an OVD is verified (new customer). */
export type CustomerVerifiedWithOvd = CustomerOutcomeFor<'2'>;
/** statusCode "3": the customer is verified, the OVD is not. */
export type CustomerVerifiedWithoutOvd = CustomerOutcomeFor<'3'>;
/** statusCode "-1": the provider rejected the request (bad mobile number, empty username, agent not onboarded). */
export type RequestRejected = OutcomeFor<'-1'>;
/** statusCode "4": a transient internal error at the provider. */
export type ProviderInternalError = OutcomeFor<'4'>;

/** Every documented outcome; a `switch` over `kind` is checked for exhaustiveness. */
export type GetCustomerOutcome =
  | CustomerNotFound
  | CustomerNotVerified
  | CustomerVerifiedWithOvd
  | CustomerVerifiedWithoutOvd
  | RequestRejected
  | ProviderInternalError;

const common = [['statusCode', 'statusCode'], ['statusDesc', 'statusDesc'], ['mobileNumber', 'mobileNumber']] as const;
const customer = [...common, ['name', 'name'], ['KYCTypeFlag', 'ovdOnRecord']] as const;

/** `POST /common/dmt-lite/unified/customer/get-customer`, as the client runs it. */
export const getCustomerOperation: OperationSpec = {
  operationId: 'getCustomer',
  method: 'post',
  path: '/common/dmt-lite/unified/customer/get-customer',
  validateRequest: validateGetCustomerRequest,
  validateResponse: validateGetCustomerResponse,
  discriminator: 'statusCode',
  outcomes: new Map([
    ['0', { kind: 'customerNotFound', transient: false, fields: customer }],
    ['1', { kind: 'customerNotVerified', transient: false, fields: customer }],
    ['2', { kind: 'customerVerifiedWithOvd', transient: false, fields: customer }],
    ['3', { kind: 'customerVerifiedWithoutOvd', transient: false, fields: customer }],
    ['-1', { kind: 'requestRejected', transient: false, fields: common }],
    // statusCode "4", "Internal Server Issue", is the provider's transient fault.
    ['4', { kind: 'providerInternalError', transient: true, fields: common }],
  ]),
};
