import { describe, expectTypeOf, it } from 'vitest';
import type { CustomerClient, GetCustomerOutcome, GetCustomerRequest, GetCustomerResult, OutcomeKind } from '../../src/index.js';

declare const client: CustomerClient;
declare const request: GetCustomerRequest;

/** What a caller writes: a switch with one arm per outcome, checked by `never`. */
function describeOutcome(outcome: GetCustomerOutcome): string {
  switch (outcome.kind) {
    case 'customerNotFound':
      return `onboard ${outcome.mobileNumber}`;
    case 'customerNotVerified':
      return `verify ${outcome.name ?? outcome.mobileNumber}`;
    case 'customerVerifiedWithOvd':
    case 'customerVerifiedWithoutOvd':
      return `ready, OVD on record: ${outcome.ovdOnRecord}`;
    case 'requestRejected':
      return `rejected: ${outcome.statusDesc}`;
    case 'providerInternalError':
      return 'try later';
    default: {
      const unhandled: never = outcome;
      return unhandled;
    }
  }
}

function incompleteSwitch(outcome: GetCustomerOutcome): string {
  switch (outcome.kind) {
    case 'customerNotFound':
    case 'customerNotVerified':
    case 'customerVerifiedWithOvd':
    case 'customerVerifiedWithoutOvd':
    case 'requestRejected':
      return 'handled';
    default: {
      // @ts-expect-error providerInternalError is not handled, so `outcome` is not `never`.
      const unhandled: never = outcome;
      return unhandled;
    }
  }
}

describe('getCustomer types', () => {
  it('narrows each outcome to the fields present for it', () => {
    expectTypeOf(describeOutcome).returns.toEqualTypeOf<string>();
    expectTypeOf(incompleteSwitch).returns.toEqualTypeOf<string>();
    expectTypeOf<Extract<GetCustomerOutcome, { kind: 'customerVerifiedWithOvd' }>['statusCode']>().toEqualTypeOf<'2'>();
    expectTypeOf<Extract<GetCustomerOutcome, { kind: 'customerNotFound' }>>().toHaveProperty('name');
    // What each outcome schema pins reaches the outcome's type (KYCTypeFlag as ovdOnRecord, its x-client-name).
    expectTypeOf<Extract<GetCustomerOutcome, { kind: 'customerVerifiedWithOvd' }>['ovdOnRecord']>().toEqualTypeOf<true>();
    expectTypeOf<Extract<GetCustomerOutcome, { kind: 'customerVerifiedWithoutOvd' }>['ovdOnRecord']>().toEqualTypeOf<false>();
    expectTypeOf<Extract<GetCustomerOutcome, { kind: 'requestRejected' }>['status']>().toEqualTypeOf<'FAILED' | undefined>();
    expectTypeOf<Extract<GetCustomerOutcome, { kind: 'providerInternalError' }>['statusCode']>().toEqualTypeOf<'4'>();
  });

  it('has exactly one kind per documented outcome', () => {
    expectTypeOf<OutcomeKind>().toEqualTypeOf<
      | 'customerNotFound'
      | 'customerNotVerified'
      | 'customerVerifiedWithOvd'
      | 'customerVerifiedWithoutOvd'
      | 'requestRejected'
      | 'providerInternalError'
    >();
  });

  it('tells outcomes from failures by `ok`', () => {
    expectTypeOf(client.getCustomer(request)).resolves.toEqualTypeOf<GetCustomerResult>();
    expectTypeOf<Extract<GetCustomerResult, { ok: true }>>().toEqualTypeOf<GetCustomerOutcome>();
  });

  it('refuses a wrong request shape at compile time', () => {
    // @ts-expect-error mobileNumber is a string in the contract.
    void client.getCustomer({ ...request, mobileNumber: 8144094480 });
    // @ts-expect-error publicIP is required.
    void client.getCustomer({ mobileNumber: '8144094480', username: 'isutestapi1', latlong: '1,2' });
    // @ts-expect-error the contract has no `mobile` field.
    void client.getCustomer({ ...request, mobile: '8144094480' });
  });
});

/** Failures are a union over `kind` too, each narrowing to its own class. */
function describeFailure(result: GetCustomerResult): string {
  if (result.ok) return 'outcome';
  switch (result.kind) {
    case 'invalidRequest':
      return result.problems.map((problem) => problem.path).join();
    case 'timeout':
      return `${result.scope} ${result.timeoutMs ?? ''}`;
    case 'aborted':
    case 'network':
      return result.message;
    case 'httpStatus':
      return `${result.status} ${result.retryAfterMs ?? ''} ${result.response.requestId ?? ''}`;
    case 'invalidBody':
      return result.reason;
    case 'contractViolation':
      return `${result.problems.length} ${result.response.status}`;
    case 'unknownStatusCode':
      return result.statusCode;
    default: {
      const unhandled: never = result;
      return unhandled;
    }
  }
}

describe('failure types', () => {
  it('are exhaustive over kind', () => {
    expectTypeOf(describeFailure).returns.toEqualTypeOf<string>();
    expectTypeOf<Extract<GetCustomerResult, { ok: false }>['kind']>().toEqualTypeOf<
      'invalidRequest' | 'timeout' | 'aborted' | 'network' | 'httpStatus' | 'invalidBody' | 'contractViolation' | 'unknownStatusCode'
    >();
  });
});
