import { describe, expectTypeOf, it } from 'vitest';
import type { CustomerClientOptions, GetCustomerRequest, GetCustomerResponseBody } from '../../src/index.js';
import { createHandler, createHandlers } from '../../src/msw/index.js';
import { createFakeProvider, requestExample, responseExample, type ResponseExampleName } from '../../src/testing/index.js';

describe('test kit types', () => {
  it('names the response examples of the contract, and nothing else', () => {
    expectTypeOf<ResponseExampleName<'getCustomer'>>().toEqualTypeOf<
      | 'CustomerNotFound'
      | 'CustomerNotVerified'
      | 'CustomerVerifiedWithOvd'
      | 'CustomerVerifiedWithoutOvd'
      | 'InvalidMobileNumber'
      | 'UsernameEmpty'
      | 'UserNotOnboarded'
      | 'InternalServerIssue'
    >();
  });

  it('a misspelt example name does not compile, wherever it is written', () => {
    // @ts-expect-error "CustomerVerfiedWithOvd" is not an example of getCustomer.
    createFakeProvider({ replies: { getCustomer: 'CustomerVerfiedWithOvd' } });
    // @ts-expect-error the same typo, in a sequence.
    createFakeProvider().reply('getCustomer', 'InternalServerIssue', 'CustomerVerfiedWithOvd');
    // @ts-expect-error the same typo, in an MSW handler.
    createHandler('getCustomer', { baseUrl: 'https://provider.test', replies: 'CustomerVerfiedWithOvd' });
    // @ts-expect-error the same typo, in the handlers for every operation.
    createHandlers({ baseUrl: 'https://provider.test', replies: { getCustomer: ['CustomerVerfiedWithOvd'] } });
    // @ts-expect-error "Lokup" is not a request example.
    requestExample('getCustomer', 'Lokup');
    // @ts-expect-error an operation the contract does not have.
    createFakeProvider().reply('sendOtp', 'CustomerNotFound');
    // @ts-expect-error a fault the client does not report.
    createFakeProvider().reply('getCustomer', { fault: 'slow' });
  });

  it('plugs into the client\'s fetch option and fits wherever fetch does', () => {
    expectTypeOf(createFakeProvider()).toExtend<NonNullable<CustomerClientOptions['fetch']>>();
    expectTypeOf(createFakeProvider()).toExtend<typeof fetch>();
  });

  it('hands out examples typed as the contract\'s bodies', () => {
    expectTypeOf(requestExample('getCustomer', 'Lookup')).toEqualTypeOf<GetCustomerRequest>();
    expectTypeOf(responseExample('getCustomer', 'InternalServerIssue')).toEqualTypeOf<GetCustomerResponseBody>();
  });
});
