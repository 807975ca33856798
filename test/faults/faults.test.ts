import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createCustomerClient, type ClientEvent, type CustomerClientOptions, type GetCustomerResult } from '../../src/index.js';
import { delayed, json, raw, resetMidBody, startFaultServer, type FaultServer } from '../support/fault-server.js';
import { TEST_CLIENT_ID, TEST_CLIENT_SECRET, validRequest } from '../support/requests.js';
import { responseExamples } from '../support/spec.js';

const example = (name: string) => responseExamples.find((candidate) => candidate.name === name)!.value;
const verified = example('CustomerVerifiedWithOvd');
const internalIssue = example('InternalServerIssue');

let server: FaultServer;
let events: ClientEvent[];
beforeAll(async () => {
  server = await startFaultServer();
});
afterAll(() => server.close());
beforeEach(() => {
  events = [];
  server.answer(json(200, verified));
});

/** Small timeout and near-zero backoff keep the suite fast; the counts are what is asserted. */
function call(options: Partial<CustomerClientOptions> = {}, signal?: AbortSignal): Promise<GetCustomerResult> {
  const client = createCustomerClient({
    baseUrl: server.url,
    clientId: TEST_CLIENT_ID,
    clientSecret: TEST_CLIENT_SECRET,
    // Generous, so that a loaded machine cannot turn a quick fault into a timeout.
    timeoutMs: 5_000,
    retry: { baseDelayMs: 1, maxDelayMs: 5 },
    onEvent: (event) => events.push(event),
    ...options,
  });
  return client.getCustomer(validRequest, signal ? { signal } : {});
}
const retries = () => events.filter((event) => event.type === 'retry');

describe('fault injection against a real HTTP server', () => {
  it('a response slower than the timeout: aborted in flight, retried, then a timeout failure', async () => {
    server.answer(delayed(30_000, json(200, verified)));
    const result = await call({ timeoutMs: 300 });
    expect(result).toMatchObject({ ok: false, kind: 'timeout', attempts: 3, timeoutMs: 300 });
    expect(server.requests).toBe(3);
    // The client closed each connection instead of waiting for the answer.
    await expect.poll(() => server.abandoned).toBe(3);
  });

  it('a connection reset mid-body: network failure, retried to the limit', async () => {
    server.answer(resetMidBody(JSON.stringify(verified)));
    const result = await call();
    expect(result).toMatchObject({ ok: false, kind: 'network', attempts: 3 });
    expect(server.requests).toBe(3);
  });

  it('an HTML 502 from a gateway: HTTP status failure with an excerpt, retried to the limit', async () => {
    server.answer(raw(502, '<html><h1>502 Bad Gateway</h1></html>', { 'content-type': 'text/html' }));
    const result = await call();
    expect(result).toMatchObject({ ok: false, kind: 'httpStatus', status: 502, attempts: 3, bodyExcerpt: '<html><h1>502 Bad Gateway</h1></html>' });
    expect(retries().map((event) => event.type === 'retry' && event.reason)).toEqual(['HTTP 502', 'HTTP 502']);
  });

  it('a 500 then a success: the outcome, after two attempts', async () => {
    server.answer(raw(500, 'oops'), json(200, verified));
    const result = await call();
    expect(result).toMatchObject({ ok: true, kind: 'customerVerifiedWithOvd', attempts: 2 });
  });

  it('a 429 with Retry-After: waits what the server asks, up to the cap', async () => {
    server.answer(json(429, { message: 'slow down' }, { 'retry-after': '1' }), json(200, verified));
    const result = await call({ retry: { maxRetryAfterMs: 25 } });
    expect(result).toMatchObject({ ok: true, kind: 'customerVerifiedWithOvd', attempts: 2 });
    expect(retries()).toEqual([{ type: 'retry', operationId: 'getCustomer', attempt: 1, reason: 'HTTP 429', delayMs: 25 }]);
  });

  it('a 429 with retry-after-ms below the cap: waits exactly that', async () => {
    server.answer(json(429, {}, { 'retry-after-ms': '7' }), json(200, verified));
    await call();
    expect(retries()).toEqual([{ type: 'retry', operationId: 'getCustomer', attempt: 1, reason: 'HTTP 429', delayMs: 7 }]);
  });

  it('a 408 from a proxy: retried like a timeout', async () => {
    server.answer(raw(408, 'request timeout'), json(200, verified));
    expect(await call()).toMatchObject({ ok: true, kind: 'customerVerifiedWithOvd', attempts: 2 });
    expect(retries()).toMatchObject([{ reason: 'HTTP 408' }]);
  });

  it('a status outside 100-599 (999): an HTTP status failure, not retried as a 5xx', async () => {
    server.answer(raw(999, 'odd'));
    expect(await call()).toMatchObject({ ok: false, kind: 'httpStatus', status: 999, attempts: 1 });
  });

  it('a redirect: reported as an HTTP status, never followed with the credentials', async () => {
    const elsewhere = await startFaultServer();
    try {
      server.answer(raw(307, '', { location: `${elsewhere.url}/steal` }));
      expect(await call()).toMatchObject({ ok: false, kind: 'httpStatus', status: 307, attempts: 1 });
      expect(elsewhere.requests).toBe(0);
    } finally {
      await elsewhere.close();
    }
  });

  it('a body larger than any documented response: read up to 1 MiB, then refused', async () => {
    server.answer(raw(200, `{"padding":"${'x'.repeat(2 * 1024 * 1024)}"}`, { 'content-type': 'application/json' }));
    const result = await call();
    expect(result).toMatchObject({ ok: false, kind: 'invalidBody', reason: 'tooLarge', attempts: 1 });
    expect(result.ok === false && result.kind === 'invalidBody' && result.bodyExcerpt.length).toBe(500);
  });

  it('an empty body: invalid body, not retried', async () => {
    server.answer(raw(200, '', { 'content-type': 'application/json' }));
    expect(await call()).toMatchObject({ ok: false, kind: 'invalidBody', reason: 'empty', attempts: 1 });
    expect(server.requests).toBe(1);
  });

  it('truncated JSON: invalid body, not retried', async () => {
    server.answer(raw(200, JSON.stringify(verified).slice(0, 40), { 'content-type': 'application/json' }));
    expect(await call()).toMatchObject({ ok: false, kind: 'invalidBody', reason: 'notJson', attempts: 1 });
  });

  it('a JSON body declared as text/html: invalid body, wrong content type', async () => {
    server.answer(raw(200, JSON.stringify(verified), { 'content-type': 'text/html' }));
    expect(await call()).toMatchObject({ ok: false, kind: 'invalidBody', reason: 'wrongContentType', contentType: 'text/html', attempts: 1 });
  });

  it('statusCode as a number: contract violation naming the field, not retried', async () => {
    server.answer(json(200, { ...verified, statusCode: 2 }));
    const result = await call();
    expect(result).toMatchObject({ ok: false, kind: 'contractViolation', attempts: 1, body: { statusCode: 2 } });
    // The response schema is discriminated by statusCode: a non-string tag is reported on the body, naming the tag.
    expect(result.ok === false && result.kind === 'contractViolation' && result.issues.map((issue) => issue.params['tag'])).toContain('statusCode');
    expect(server.requests).toBe(1);
  });

  it('an undocumented statusCode "9": its own failure, never a known outcome', async () => {
    server.answer(json(200, { ...verified, statusCode: '9' }));
    expect(await call()).toMatchObject({ ok: false, kind: 'unknownStatusCode', statusCode: '9', attempts: 1 });
  });

  it('a body without statusDesc: contract violation', async () => {
    const { statusDesc: _dropped, ...withoutDesc } = verified;
    server.answer(json(200, withoutDesc));
    const result = await call();
    expect(result).toMatchObject({ ok: false, kind: 'contractViolation' });
    expect(result.ok === false && result.kind === 'contractViolation' && result.issues[0]).toMatchObject({ keyword: 'required', params: { missingProperty: 'statusDesc' } });
  });

  it('extra unknown fields: tolerated, and kept in the body', async () => {
    server.answer(json(200, { ...verified, kyctypeFlag: true, traceId: 'abc' }));
    const result = await call();
    expect(result).toMatchObject({ ok: true, kind: 'customerVerifiedWithOvd', attempts: 1, body: { traceId: 'abc' } });
  });

  it('statusCode "4" then "2": the retry succeeds', async () => {
    server.answer(json(200, internalIssue), json(200, verified));
    expect(await call()).toMatchObject({ ok: true, kind: 'customerVerifiedWithOvd', attempts: 2 });
    expect(retries()).toMatchObject([{ reason: 'statusCode "4"' }]);
  });

  it('statusCode "4" forever: gives up after the limit with the provider-error outcome', async () => {
    server.answer(json(200, internalIssue));
    expect(await call()).toMatchObject({ ok: true, kind: 'providerInternalError', attempts: 3 });
    expect(server.requests).toBe(3);
  });

  it('retry limit 0: one attempt only', async () => {
    server.answer(raw(503, 'unavailable'));
    expect(await call({ retry: { limit: 0 } })).toMatchObject({ ok: false, kind: 'httpStatus', status: 503, attempts: 1 });
    expect(server.requests).toBe(1);
  });

  it.each([
    ['statusCode "-1"', json(200, example('UserNotOnboarded')), 'requestRejected'],
    ['statusCode "0"', json(200, example('CustomerNotFound')), 'customerNotFound'],
    ['HTTP 400', raw(400, 'bad request'), 'httpStatus'],
  ])('%s is final: never retried', async (_label, fault, kind) => {
    server.answer(fault);
    expect(await call()).toMatchObject({ kind, attempts: 1 });
    expect(server.requests).toBe(1);
  });

  it('the caller aborts mid-flight: the request is cancelled, not awaited', async () => {
    server.answer(delayed(30_000, json(200, verified)));
    const controller = new AbortController();
    const pending = call({ timeoutMs: 20_000 }, controller.signal);
    await expect.poll(() => server.requests).toBe(1);
    controller.abort();
    expect(await pending).toMatchObject({ ok: false, kind: 'aborted', attempts: 1 });
    await expect.poll(() => server.abandoned).toBe(1);
  });

  it('the caller aborts during the wait before a retry: no further attempt', async () => {
    server.answer(raw(503, 'unavailable'));
    const controller = new AbortController();
    const pending = call({ retry: { baseDelayMs: 60_000, maxDelayMs: 60_000 } }, controller.signal);
    await expect.poll(() => events.some((event) => event.type === 'retry')).toBe(true);
    controller.abort();
    expect(await pending).toMatchObject({ ok: false, kind: 'aborted', attempts: 1 });
    expect(server.requests).toBe(1);
  });

  it('an already-aborted signal: nothing is sent', async () => {
    expect(await call({}, AbortSignal.abort())).toMatchObject({ ok: false, kind: 'aborted', attempts: 0 });
    expect(server.requests).toBe(0);
  });
});
