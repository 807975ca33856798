import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ContractViolationError,
  createCustomerClient,
  HttpStatusError,
  InvalidBodyError,
  NetworkError,
  UnknownStatusCodeError,
} from '../../src/index.js';
import { freePort } from '../../scripts/prism.mjs';
import { json, raw, startFaultServer, type FaultServer } from '../support/fault-server.js';
import { TEST_CLIENT_ID, TEST_CLIENT_SECRET, validRequest } from '../support/requests.js';
import { responseExamples } from '../support/spec.js';

let server: FaultServer;
beforeAll(async () => {
  server = await startFaultServer();
});
afterAll(() => server.close());

// Retrying is covered by test/faults; here each response is read once.
const client = () => createCustomerClient({ baseUrl: server.url, clientId: TEST_CLIENT_ID, clientSecret: TEST_CLIENT_SECRET, retry: { limit: 0 } });
const verified = responseExamples.find((example) => example.name === 'CustomerVerifiedWithOvd')!.value;

describe('responses that are not a documented outcome', () => {
  it('reads a documented body as its outcome', async () => {
    server.answer(json(200, verified));
    const result = await client().getCustomer(validRequest);
    expect(result).toMatchObject({ ok: true, kind: 'customerVerifiedWithOvd', ovdOnRecord: true, name: 'Chandan Pradhan' });
  });

  it('reports an HTTP status other than 200 with the status and an excerpt of the body', async () => {
    server.answer(raw(502, '<html><body>Bad Gateway</body></html>', { 'content-type': 'text/html' }));
    const result = await client().getCustomer(validRequest);
    expect(result).toBeInstanceOf(HttpStatusError);
    expect(result).toMatchObject({ ok: false, kind: 'httpStatus', status: 502, bodyExcerpt: '<html><body>Bad Gateway</body></html>' });
  });

  it('reports a 200 with an HTML body as not JSON', async () => {
    server.answer(raw(200, '<html>maintenance</html>', { 'content-type': 'application/json' }));
    const result = await client().getCustomer(validRequest);
    expect(result).toBeInstanceOf(InvalidBodyError);
    expect(result).toMatchObject({ kind: 'invalidBody', reason: 'notJson' });
  });

  it('reports an undocumented statusCode as its own failure, never as an outcome', async () => {
    server.answer(json(200, { ...verified, statusCode: '9' }));
    const result = await client().getCustomer(validRequest);
    expect(result).toBeInstanceOf(UnknownStatusCodeError);
    expect(result).toMatchObject({ kind: 'unknownStatusCode', statusCode: '9' });
  });

  it('reports a body that breaks the schema as a contract violation', async () => {
    server.answer(json(200, { ...verified, KYCTypeFlag: 'yes' }));
    const result = await client().getCustomer(validRequest);
    expect(result).toBeInstanceOf(ContractViolationError);
    expect(result).toMatchObject({ kind: 'contractViolation', problems: expect.arrayContaining([expect.objectContaining({ path: '/KYCTypeFlag', rule: 'type' })]) });
  });

  it('reports a refused connection as a network error', async () => {
    const closedPort = await freePort();
    const result = await createCustomerClient({
      baseUrl: `http://127.0.0.1:${closedPort}`,
      clientId: TEST_CLIENT_ID,
      clientSecret: TEST_CLIENT_SECRET,
      retry: { limit: 0 },
    }).getCustomer(validRequest);
    expect(result).toBeInstanceOf(NetworkError);
    expect(result).toMatchObject({ kind: 'network', code: 'ECONNREFUSED' });
  });
});

describe('network failures without a system error code', () => {
  it('keep the underlying reason in the message', async () => {
    // As undici words a blocked port: the reason is only in the innermost cause's message.
    const fetch = () => Promise.reject(new TypeError('fetch failed', { cause: new Error('bad port') }));
    const result = await createCustomerClient({ baseUrl: 'http://127.0.0.1:1', clientId: TEST_CLIENT_ID, clientSecret: TEST_CLIENT_SECRET, retry: { limit: 0 }, fetch }).getCustomer(validRequest);
    expect(result).toMatchObject({ kind: 'network', code: undefined, cause: { name: 'TypeError', message: 'fetch failed', cause: { message: 'bad port' } } });
    expect(result.ok === false && result.message).toMatch(/\(bad port\)\.$/);
  });

  it("read the code from the message where the runtime gives none (Deno's fetch)", async () => {
    const fetch = () => Promise.reject(new TypeError('error sending request', { cause: new TypeError('client error (Connect): tcp connect error: Connection refused (os error 111)') }));
    const result = await createCustomerClient({ baseUrl: 'http://127.0.0.1:1', clientId: TEST_CLIENT_ID, clientSecret: TEST_CLIENT_SECRET, retry: { limit: 0 }, fetch }).getCustomer(validRequest);
    expect(result).toMatchObject({ kind: 'network', code: 'ECONNREFUSED' });
  });
});
