// The team's unit test of its own code, with the package's in-process fake: no network.
import { createCustomerClient } from '@dmt-lite/get-customer';
import { createFakeProvider, requestExample, type Reply } from '@dmt-lite/get-customer/testing';
import { beforeEach, describe, expect, it } from 'vitest';
import { nextStep } from '../src/next-step';

describe('nextStep', () => {
  const fake = createFakeProvider();
  const client = createCustomerClient({
    baseUrl: 'https://provider.test',
    clientId: 'test-id',
    clientSecret: 'test-secret',
    fetch: fake,
    timeoutMs: 100,
    retry: { limit: 1, baseDelayMs: 1 },
  });
  const lookup = requestExample('getCustomer', 'Lookup');
  beforeEach(() => fake.reset());

  it('answers an example by name', async () => {
    fake.reply('getCustomer', 'CustomerVerifiedWithOvd');
    expect(await nextStep(client, lookup)).toBe('customerVerifiedWithOvd: send money');
    expect(fake.requests).toEqual([expect.objectContaining({ operationId: 'getCustomer', body: lookup })]);
  });

  it('rides out a "4" followed by a "2"', async () => {
    fake.reply('getCustomer', 'InternalServerIssue', 'CustomerVerifiedWithOvd');
    expect(await nextStep(client, lookup)).toBe('customerVerifiedWithOvd: send money');
    expect(fake.requests).toHaveLength(2);
  });

  it.each<[Reply<'getCustomer'>, string]>([
    ['CustomerNotFound', 'customerNotFound: onboard'],
    ['CustomerNotVerified', 'customerNotVerified: verify'],
    ['CustomerVerifiedWithoutOvd', 'customerVerifiedWithoutOvd: send money, ask for an OVD'],
    ['UserNotOnboarded', 'requestRejected: fix the form'],
    ['InternalServerIssue', 'providerInternalError: try again later'],
    [{ fault: 'network', code: 'ECONNRESET' }, 'network: try again later'],
    [{ fault: 'timeout' }, 'timeout: try again later'],
    [{ fault: 'httpStatus', status: 503 }, 'httpStatus: try again later (HTTP 503)'],
    [{ fault: 'invalidBody' }, 'invalidBody: report to the provider'],
    [{ fault: 'contractViolation' }, 'contractViolation: report to the provider'],
    [{ fault: 'unknownStatusCode' }, 'unknownStatusCode: report to the provider'],
  ])('answers %j with "%s"', async (reply, expected) => {
    fake.reply('getCustomer', reply);
    expect(await nextStep(client, lookup)).toBe(expected);
  });

  it('refuses a bad request before sending it', async () => {
    expect(await nextStep(client, { ...lookup, mobileNumber: '12' })).toBe('invalidRequest: fix the form (/mobileNumber)');
    expect(fake.requests).toEqual([]);
  });

  it('stops when the caller cancels', async () => {
    fake.reply('getCustomer', { fault: 'timeout' });
    expect(await nextStep(client, lookup, { signal: AbortSignal.abort() })).toBe('aborted: cancelled');
  });
});
