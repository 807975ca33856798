// The team's unit test with the package's MSW handlers (msw and openapi-msw installed by the team).
import { createCustomerClient } from '@dmt-lite/get-customer';
import { createHandler, createHandlers, createHttp } from '@dmt-lite/get-customer/msw';
import { requestExample } from '@dmt-lite/get-customer/testing';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { nextStep } from '../src/next-step';

const baseUrl = 'https://provider.test';
const server = setupServer(...createHandlers({ baseUrl }));

describe('nextStep, with MSW', () => {
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => server.resetHandlers());
  afterAll(() => server.close());
  const client = () => createCustomerClient({ baseUrl, clientId: 'test-id', clientSecret: 'test-secret', retry: { baseDelayMs: 1 } });
  const lookup = requestExample('getCustomer', 'Lookup');

  it('answers the default example', async () => {
    expect(await nextStep(client(), lookup)).toBe('customerNotFound: onboard');
  });

  it('rides out a "4" followed by a "2"', async () => {
    server.use(createHandler('getCustomer', { baseUrl, replies: ['InternalServerIssue', 'CustomerVerifiedWithOvd'] }));
    expect(await nextStep(client(), lookup)).toBe('customerVerifiedWithOvd: send money');
  });

  it('takes answers of the team\'s own, typed by the contract', async () => {
    server.use(createHttp(baseUrl).post('/common/dmt-lite/unified/customer/get-customer', ({ response }) => response(200).json({ statusCode: '1', statusDesc: 'Customer created but not verified', mobileNumber: '8144094480', KYCTypeFlag: false })));
    expect(await nextStep(client(), lookup)).toBe('customerNotVerified: verify');
  });
});
