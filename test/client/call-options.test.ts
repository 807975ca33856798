import { afterAll, beforeAll, beforeEach, describe, expect, expectTypeOf, it } from 'vitest';
import { createCustomerClient, type GetCustomerOptions } from '../../src/index.js';
import { delayed, json, raw, startFaultServer, type FaultServer } from '../support/fault-server.js';
import { TEST_CLIENT_ID, TEST_CLIENT_SECRET, validRequest } from '../support/requests.js';
import { GET_CUSTOMER_PATH as operationPath, responseExamples } from '../support/spec.js';

const verified = responseExamples.find((example) => example.name === 'CustomerVerifiedWithOvd')!.value;
let server: FaultServer;
beforeAll(async () => {
  server = await startFaultServer();
});
afterAll(() => server.close());
beforeEach(() => server.answer(json(200, verified)));

const client = () => createCustomerClient({ baseUrl: server.url, clientId: TEST_CLIENT_ID, clientSecret: TEST_CLIENT_SECRET, retry: { baseDelayMs: 1, maxDelayMs: 5 } });

describe('per-call options', () => {
  it('accept undefined for every optional option (exactOptionalPropertyTypes callers)', async () => {
    const options: GetCustomerOptions = { signal: undefined, headers: undefined, timeoutMs: undefined, retry: undefined };
    expectTypeOf(options).toMatchTypeOf<GetCustomerOptions>();
    expect(await client().getCustomer(validRequest, options)).toMatchObject({ ok: true, kind: 'customerVerifiedWithOvd' });
  });

  it('send extra headers, such as a correlation id, next to the client credentials', async () => {
    await client().getCustomer(validRequest, { headers: { 'x-correlation-id': 'c0ffee', Prefer: 'example=CustomerNotFound', skipped: undefined } });
    expect(server.headers[0]).toMatchObject({ 'x-correlation-id': 'c0ffee', prefer: 'example=CustomerNotFound', client_id: TEST_CLIENT_ID, client_secret: TEST_CLIENT_SECRET });
    expect(server.headers[0]).not.toHaveProperty('skipped');
  });

  it('cannot replace the credentials', async () => {
    const result = await client().getCustomer(validRequest, { headers: new Headers({ client_id: 'someone-else' }) });
    expect(result).toMatchObject({ ok: false, kind: 'invalidRequest', problems: [{ path: '(options)/headers/client_id' }] });
    expect(server.requests).toBe(0);
  });

  it('override the timeout and the retry policy for one call', async () => {
    server.answer(delayed(5_000, json(200, verified)));
    const result = await client().getCustomer(validRequest, { timeoutMs: 50, retry: { limit: 1 } });
    expect(result).toMatchObject({ ok: false, kind: 'timeout', scope: 'attempt', timeoutMs: 50, attempts: 2 });
  });

  it('refuse an out-of-range timeout as invalid input, sending nothing', async () => {
    const result = await client().getCustomer(validRequest, { timeoutMs: 0 });
    expect(result).toMatchObject({ ok: false, kind: 'invalidRequest', problems: [{ path: '(options)/timeoutMs', message: expect.stringMatching(/whole number of milliseconds/) }] });
    expect(server.requests).toBe(0);
  });
});

describe('time and cancelling', () => {
  it('AbortSignal.timeout bounding the whole call ends as a timeout of the call, not an abort', async () => {
    server.answer(delayed(5_000, json(200, verified)));
    const result = await client().getCustomer(validRequest, { signal: AbortSignal.timeout(50) });
    expect(result).toMatchObject({ ok: false, kind: 'timeout', scope: 'call', attempts: 1 });
    expect(result.ok ? '' : result.message).toMatch(/whole call/);
  });

  it('a deadline reached while waiting to retry is a timeout of the call too', async () => {
    server.answer(raw(503, 'busy', { 'retry-after': '5' }));
    const result = await createCustomerClient({ baseUrl: server.url, clientId: TEST_CLIENT_ID, clientSecret: TEST_CLIENT_SECRET }).getCustomer(validRequest, { signal: AbortSignal.timeout(100) });
    expect(result).toMatchObject({ ok: false, kind: 'timeout', scope: 'call', attempts: 1 });
  });

  it("only the caller's own abort is aborted", async () => {
    server.answer(delayed(5_000, json(200, verified)));
    const controller = new AbortController();
    const pending = client().getCustomer(validRequest, { signal: controller.signal });
    await expect.poll(() => server.requests).toBe(1);
    controller.abort();
    expect(await pending).toMatchObject({ ok: false, kind: 'aborted', attempts: 1 });
  });
});

describe('the response a caller gets', () => {
  it('an outcome carries status, URL, redacted headers and the request id, with no body to consume twice', async () => {
    server.answer(json(200, verified, { 'x-request-id': 'req-42' }));
    const result = await client().getCustomer(validRequest);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.response).toMatchObject({ status: 200, url: server.url + operationPath, requestId: 'req-42' });
    expect(result.response.headers.get('content-type')).toBe('application/JSON');
    expect(result.response).not.toHaveProperty('json');
  });

  it.each([
    ['httpStatus', raw(400, 'no', { 'x-request-id': 'req-7' })],
    ['invalidBody', raw(200, '<html>', { 'content-type': 'text/html', 'x-request-id': 'req-7' })],
    ['contractViolation', json(200, { ...verified, KYCTypeFlag: 'yes' }, { 'x-request-id': 'req-7' })],
    ['unknownStatusCode', json(200, { ...verified, statusCode: '9' }, { 'x-request-id': 'req-7' })],
  ] as const)('a %s failure that got an HTTP answer carries its status and headers', async (kind, fault) => {
    server.answer(fault);
    const result = await client().getCustomer(validRequest);
    expect(result).toMatchObject({ ok: false, kind, response: { requestId: 'req-7', url: server.url + operationPath } });
  });

  it('error messages name the real method and URL', async () => {
    server.answer(raw(400, 'no'));
    const result = await client().getCustomer(validRequest);
    expect(result.ok ? '' : result.message).toContain(`POST ${server.url}${operationPath} answered HTTP 400`);
  });
});

describe('the fetch option', () => {
  it('is called as fetch(url, init), with the method, headers, body and signal', async () => {
    const calls: [string, RequestInit][] = [];
    const client = createCustomerClient({
      baseUrl: server.url,
      clientId: TEST_CLIENT_ID,
      clientSecret: TEST_CLIENT_SECRET,
      fetch: (url, init) => {
        calls.push([String(url), init!]);
        return fetch(url, init);
      },
    });
    expect(await client.getCustomer(validRequest)).toMatchObject({ ok: true });
    const [[url, init]] = calls as [[string, RequestInit]];
    expect(url).toBe(server.url + operationPath);
    expect(init).toMatchObject({ method: 'POST', redirect: 'manual', body: JSON.stringify(validRequest) });
    expect(init.signal).toBeInstanceOf(AbortSignal);
  });

  it('that reads only its first argument gets a whole Request, not a bare URL', async () => {
    const seen: Request[] = [];
    const client = createCustomerClient({
      baseUrl: server.url,
      clientId: TEST_CLIENT_ID,
      clientSecret: TEST_CLIENT_SECRET,
      fetch: (request) => {
        seen.push(request as Request);
        return fetch(request);
      },
    });
    expect(await client.getCustomer(validRequest)).toMatchObject({ ok: true, kind: 'customerVerifiedWithOvd' });
    expect(seen[0]).toBeInstanceOf(Request);
    expect(server.headers[0]).toMatchObject({ client_id: TEST_CLIENT_ID, 'content-type': 'application/json' });
    expect(JSON.parse(server.bodies[0]!)).toEqual(validRequest);
  });
});
