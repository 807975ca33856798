import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createCustomerClient, type CustomerClientOptions } from '../../src/index.js';
import { createHandler, createHandlers, createHttp } from '../../src/msw/index.js';
import { requestExample, responseExample } from '../../src/testing/index.js';
import { TEST_CLIENT_ID, TEST_CLIENT_SECRET } from '../support/requests.js';
import { GET_CUSTOMER_PATH } from '../support/spec.js';

const BASE_URL = 'https://provider.test';
const request = requestExample('getCustomer', 'Lookup');
const server = setupServer(...createHandlers({ baseUrl: BASE_URL }));

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

/** The real client on global fetch, which MSW intercepts; created after `listen()` (openapi-fetch reads fetch at creation). */
const client = (options: Partial<CustomerClientOptions> = {}) =>
  createCustomerClient({ baseUrl: BASE_URL, clientId: TEST_CLIENT_ID, clientSecret: TEST_CLIENT_SECRET, retry: { baseDelayMs: 1, maxDelayMs: 1 }, ...options });

describe('MSW handlers, with a real msw server and the real client on global fetch', () => {
  it('answer the default example without a script', async () => {
    expect(await client().getCustomer(request)).toMatchObject({ ok: true, kind: 'customerNotFound', body: responseExample('getCustomer', 'CustomerNotFound') });
  });

  it.each([
    ['CustomerVerifiedWithOvd', 'customerVerifiedWithOvd'],
    ['UsernameEmpty', 'requestRejected'],
    ['InternalServerIssue', 'providerInternalError'],
  ] as const)('answer the named example %s, which the client reads as %s', async (name, kind) => {
    server.use(createHandler('getCustomer', { baseUrl: BASE_URL, replies: name }));
    expect(await client({ retry: { limit: 0 } }).getCustomer(request)).toMatchObject({ ok: true, kind, body: responseExample('getCustomer', name) });
  });

  it('play a sequence: "4" then "2" is retried into the "2" outcome', async () => {
    server.use(...createHandlers({ baseUrl: BASE_URL, replies: { getCustomer: ['InternalServerIssue', 'CustomerVerifiedWithOvd'] } }));
    expect(await client().getCustomer(request)).toMatchObject({ ok: true, kind: 'customerVerifiedWithOvd', attempts: 2 });
  });

  it.each([
    [{ fault: 'network' }, 'network'],
    [{ fault: 'timeout' }, 'timeout'],
    [{ fault: 'httpStatus', status: 503 }, 'httpStatus'],
    [{ fault: 'invalidBody' }, 'invalidBody'],
    [{ fault: 'contractViolation' }, 'contractViolation'],
    [{ fault: 'unknownStatusCode' }, 'unknownStatusCode'],
  ] as const)('inject %j, which the client reports as %s', async (reply, kind) => {
    server.use(createHandler('getCustomer', { baseUrl: BASE_URL, replies: reply }));
    expect(await client({ retry: { limit: 0 }, timeoutMs: 50 }).getCustomer(request)).toMatchObject({ ok: false, kind, attempts: 1 });
  });

  it('answer 401 without the credential headers, as the mock does', async () => {
    const response = await fetch(`${BASE_URL}${GET_CUSTOMER_PATH}`, { method: 'POST', body: JSON.stringify(request) });
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ detail: 'Missing credential header(s): client_id, client_secret.' });
  });

  it('createHttp gives openapi-msw handlers typed by the contract, for answers of your own', async () => {
    const http = createHttp(BASE_URL);
    server.use(
      http.post(GET_CUSTOMER_PATH as '/common/dmt-lite/unified/customer/get-customer', ({ response }) =>
        response(200).json({ ...responseExample('getCustomer', 'CustomerNotVerified'), name: 'Asha Rao' }),
      ),
    );
    expect(await client().getCustomer(request)).toMatchObject({ ok: true, kind: 'customerNotVerified', name: 'Asha Rao' });
  });
});
