import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { operations } from '../../generated/examples.js';
import { createCustomerClient, type CustomerClientOptions } from '../../src/index.js';
import { createFakeProvider, requestExample, responseExample, type FakeProvider, type Reply } from '../../src/testing/index.js';
import { TEST_CLIENT_ID, TEST_CLIENT_SECRET } from '../support/requests.js';
import { GET_CUSTOMER_PATH } from '../support/spec.js';

const request = requestExample('getCustomer', 'Lookup');
const BASE_URL = 'https://provider.test';

/** The real client, plugged into the fake through its `fetch` option; near-zero backoff. */
function clientOn(fake: FakeProvider, options: Partial<CustomerClientOptions> = {}) {
  return createCustomerClient({
    baseUrl: BASE_URL,
    clientId: TEST_CLIENT_ID,
    clientSecret: TEST_CLIENT_SECRET,
    fetch: fake,
    retry: { baseDelayMs: 1, maxDelayMs: 1 },
    ...options,
  });
}

/** The outcome kind each response example of the contract stands for (README, "Use the client"). */
const KIND_BY_EXAMPLE = {
  CustomerNotFound: 'customerNotFound',
  CustomerNotVerified: 'customerNotVerified',
  CustomerVerifiedWithOvd: 'customerVerifiedWithOvd',
  CustomerVerifiedWithoutOvd: 'customerVerifiedWithoutOvd',
  InvalidMobileNumber: 'requestRejected',
  UsernameEmpty: 'requestRejected',
  UserNotOnboarded: 'requestRejected',
  InternalServerIssue: 'providerInternalError',
} as const;

describe('the fake provider, with the real client', () => {
  it('knows every response example of the contract (this table is complete)', () => {
    expect(Object.keys(KIND_BY_EXAMPLE).sort()).toEqual(Object.keys(operations.getCustomer.responseExamples).sort());
  });

  it.each(Object.entries(KIND_BY_EXAMPLE))('answers %s, which the client reads as %s', async (name, kind) => {
    const fake = createFakeProvider({ replies: { getCustomer: name as keyof typeof KIND_BY_EXAMPLE } });
    const result = await clientOn(fake, { retry: { limit: 0 } }).getCustomer(request);
    expect(result).toMatchObject({ ok: true, kind, attempts: 1, body: responseExample('getCustomer', name as keyof typeof KIND_BY_EXAMPLE) });
  });

  it('answers the default example (the mock\'s default) when nothing is scripted', async () => {
    const result = await clientOn(createFakeProvider()).getCustomer(request);
    expect(result).toMatchObject({ ok: true, body: responseExample('getCustomer', operations.getCustomer.defaultResponseExample) });
  });

  it('plays a sequence: "4" then "2" is retried into the "2" outcome, and the last reply repeats', async () => {
    const fake = createFakeProvider().reply('getCustomer', 'InternalServerIssue', 'CustomerVerifiedWithOvd');
    const client = clientOn(fake);
    expect(await client.getCustomer(request)).toMatchObject({ ok: true, kind: 'customerVerifiedWithOvd', attempts: 2 });
    expect(await client.getCustomer(request)).toMatchObject({ ok: true, kind: 'customerVerifiedWithOvd', attempts: 1 });
    expect(fake.requests).toHaveLength(3);
  });

  it('a "4" that persists ends as the providerInternalError outcome after every retry', async () => {
    const fake = createFakeProvider({ replies: { getCustomer: 'InternalServerIssue' } });
    expect(await clientOn(fake, { retry: { limit: 2, baseDelayMs: 1 } }).getCustomer(request)).toMatchObject({ ok: true, kind: 'providerInternalError', attempts: 3 });
  });

  const faults: [Reply<'getCustomer'>, Record<string, unknown>][] = [
    [{ fault: 'network' }, { kind: 'network', code: 'ECONNREFUSED' }],
    [{ fault: 'network', code: 'ECONNRESET' }, { kind: 'network', code: 'ECONNRESET' }],
    [{ fault: 'timeout' }, { kind: 'timeout', timeoutMs: 20 }],
    [{ fault: 'httpStatus', status: 503 }, { kind: 'httpStatus', status: 503, bodyExcerpt: expect.stringContaining('<html>') }],
    [{ fault: 'httpStatus', status: 429, body: 'slow down', headers: { 'retry-after': '7' } }, { kind: 'httpStatus', status: 429, retryAfterMs: 7_000 }],
    [{ fault: 'invalidBody' }, { kind: 'invalidBody', reason: 'wrongContentType' }],
    [{ fault: 'invalidBody', contentType: 'application/json', body: '<html>' }, { kind: 'invalidBody', reason: 'notJson' }],
    [{ fault: 'contractViolation' }, { kind: 'contractViolation' }],
    [{ fault: 'contractViolation', body: { statusCode: '2', statusDesc: 'ok', mobileNumber: '8144094480', KYCTypeFlag: 'yes' } }, { kind: 'contractViolation' }],
    [{ fault: 'unknownStatusCode' }, { kind: 'unknownStatusCode', statusCode: '99' }],
    [{ fault: 'unknownStatusCode', statusCode: '7' }, { kind: 'unknownStatusCode', statusCode: '7' }],
  ];
  it.each(faults)('injects %j, which the client reports as %j', async (reply, failure) => {
    const fake = createFakeProvider({ replies: { getCustomer: reply } });
    const result = await clientOn(fake, { retry: { limit: 0 }, timeoutMs: 20 }).getCustomer(request);
    expect(result).toMatchObject({ ok: false, attempts: 1, ...failure });
    expect(fake.requests).toHaveLength(1);
  });

  it('a network error as undici reports it: TypeError("fetch failed") with the code on its cause', async () => {
    const fake = createFakeProvider({ replies: { getCustomer: { fault: 'network' } } });
    const error = await fake(`${BASE_URL}${GET_CUSTOMER_PATH}`, { method: 'POST', headers: { client_id: 'a', client_secret: 'b' } }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(TypeError);
    expect(error).toMatchObject({ message: 'fetch failed', cause: { code: 'ECONNREFUSED', syscall: 'connect' } });
  });

  it('a timeout waits for the request\'s signal and rejects with its reason', async () => {
    const fake = createFakeProvider({ replies: { getCustomer: { fault: 'timeout' } } });
    const controller = new AbortController();
    const pending = fake(`${BASE_URL}${GET_CUSTOMER_PATH}`, { method: 'POST', headers: { client_id: 'a', client_secret: 'b' }, signal: controller.signal });
    const reason = new Error('gave up');
    controller.abort(reason);
    await expect(pending).rejects.toBe(reason);
  });

  it('transient faults are retried like real ones: a network error, then an example', async () => {
    const fake = createFakeProvider().reply('getCustomer', { fault: 'network' }, { fault: 'httpStatus', status: 502 }, 'CustomerNotVerified');
    expect(await clientOn(fake).getCustomer(request)).toMatchObject({ ok: true, kind: 'customerNotVerified', attempts: 3 });
  });

  it('a caller\'s abort is the client\'s aborted failure, and nothing is recorded for a signal fired before the call', async () => {
    const fake = createFakeProvider();
    const result = await clientOn(fake).getCustomer(request, { signal: AbortSignal.abort() });
    expect(result).toMatchObject({ ok: false, kind: 'aborted' });
    expect(fake.requests).toEqual([]);
  });
});

describe('what the fake received', () => {
  it('records each request with its operation, URL, headers and parsed body, credentials redacted', async () => {
    const fake = createFakeProvider();
    await clientOn(fake).getCustomer(request);
    expect(fake.requests).toEqual([
      {
        operationId: 'getCustomer',
        method: 'POST',
        url: `${BASE_URL}${GET_CUSTOMER_PATH}`,
        headers: expect.objectContaining({ client_id: '***', client_secret: '***', 'content-type': 'application/json' }),
        body: request,
      },
    ]);
    expect(JSON.stringify(fake.requests)).not.toContain(TEST_CLIENT_SECRET);
    expect(inspect(fake.requests, { depth: 10 })).not.toContain(TEST_CLIENT_SECRET);
    expect(JSON.stringify(fake.requests)).not.toContain(TEST_CLIENT_ID);
  });

  it('reset() forgets the requests and goes back to the replies given at creation', async () => {
    const fake = createFakeProvider({ replies: { getCustomer: 'UserNotOnboarded' } });
    const client = clientOn(fake);
    fake.reply('getCustomer', 'CustomerVerifiedWithOvd');
    expect(await client.getCustomer(request)).toMatchObject({ kind: 'customerVerifiedWithOvd' });
    fake.reset();
    expect(fake.requests).toEqual([]);
    expect(await client.getCustomer(request)).toMatchObject({ kind: 'requestRejected', statusDesc: 'User not onboarded' });
  });
});

describe('what the fake checks, as the mock does', () => {
  const url = `${BASE_URL}${GET_CUSTOMER_PATH}`;
  const body = JSON.stringify(request);

  it('answers 401 when a credential header is missing, names it, and keeps the script for the next call', async () => {
    const fake = createFakeProvider().reply('getCustomer', 'CustomerVerifiedWithOvd');
    const refused = await fake(url, { method: 'POST', headers: { client_id: 'id', 'content-type': 'application/json' }, body });
    expect(refused.status).toBe(401);
    expect(await refused.json()).toMatchObject({ status: 401, detail: expect.stringContaining('client_secret') });
    const answered = await fake(url, { method: 'POST', headers: { client_id: 'id', client_secret: 'secret' }, body });
    expect(await answered.json()).toMatchObject({ statusCode: '2' });
  });

  it('answers without credentials when told not to check them', async () => {
    const fake = createFakeProvider({ checkCredentials: false });
    expect((await fake(url, { method: 'POST', body })).status).toBe(200);
  });

  it('answers 404 for a method or path the contract lacks, which the client reports as httpStatus', async () => {
    const fake = createFakeProvider();
    expect((await fake(`${BASE_URL}/elsewhere`, { method: 'POST' })).status).toBe(404);
    expect((await fake(url, { method: 'GET', headers: { client_id: 'id', client_secret: 'secret' } })).status).toBe(404);
    const result = await clientOn(fake, { baseUrl: `${BASE_URL}/v2`, retry: { limit: 0 } }).getCustomer(request);
    // A path prefix in baseUrl is fine: the operation path ends the URL.
    expect(result).toMatchObject({ ok: true });
    expect(fake.requests.map((received) => received.operationId)).toEqual([undefined, undefined, 'getCustomer']);
  });

  it('refuses a misspelt example name or a bad status from plain JavaScript where the script is written', () => {
    const fake = createFakeProvider();
    expect(() => fake.reply('getCustomer', 'CustomerVerfiedWithOvd' as never)).toThrow(/no response example "CustomerVerfiedWithOvd"; it has CustomerNotFound/);
    expect(() => fake.reply('getCustomer', { fault: 'httpStatus', status: 99 })).toThrow(/status from 200 to 599/);
    expect(() => createFakeProvider({ replies: { getCustomer: [] } })).toThrow(/at least one reply/);
    expect(() => fake.reply('sendOtp' as never, 'CustomerNotFound' as never)).toThrow(/no operation "sendOtp"/);
  });

  it('hands out copies of examples, so a test that edits one cannot change the next', () => {
    const copy = requestExample('getCustomer', 'Lookup');
    copy.mobileNumber = '0000000000';
    expect(requestExample('getCustomer', 'Lookup').mobileNumber).not.toBe('0000000000');
  });
});
