import { inspect } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCustomerClient, type GetCustomerResult } from '../../src/index.js';
import { rawSocket, startFaultServer, type FaultServer } from '../support/fault-server.js';
import { TEST_CLIENT_ID, TEST_CLIENT_SECRET, validRequest } from '../support/requests.js';
import { responseExamples } from '../support/spec.js';

const verified = JSON.stringify(responseExamples.find((example) => example.name === 'CustomerVerifiedWithOvd')!.value);
const http = (statusLine: string, headers: string[], body: string) =>
  rawSocket(`HTTP/1.1 ${statusLine}\r\n${[...headers, `content-length: ${Buffer.byteLength(body)}`, 'connection: close'].join('\r\n')}\r\n\r\n${body}`);

let server: FaultServer;
beforeAll(async () => {
  server = await startFaultServer();
});
afterAll(() => server.close());

const call = (): Promise<GetCustomerResult> =>
  createCustomerClient({ baseUrl: server.url, clientId: TEST_CLIENT_ID, clientSecret: TEST_CLIENT_SECRET, retry: { limit: 0 } }).getCustomer(validRequest);

/** Everything a caller might print of a result, at any depth. */
const surfaces = (result: GetCustomerResult) => [
  inspect(result, { depth: Infinity }),
  inspect(result, { depth: Infinity, showHidden: true }),
  JSON.stringify(result),
  result.ok ? JSON.stringify(result.response) + inspect(result.response.headers) + result.response.statusText : `${result.message}\n${result.stack}\n${inspect(result.cause, { depth: Infinity })}`,
];

describe('client_secret does not leak through the side doors', () => {
  it('the reason phrase of a 200', async () => {
    server.answer(http(`200 OK ${TEST_CLIENT_SECRET}`, ['content-type: application/json'], verified));
    const result = await call();
    expect(result).toMatchObject({ ok: true, kind: 'customerVerifiedWithOvd', response: { status: 200 } });
    // Node and Bun hand over the reason phrase as sent (redacted here); Deno gives the standard one.
    expect(['OK ***', 'OK']).toContain(result.ok && result.response.statusText);
    for (const surface of surfaces(result)) expect(surface).not.toContain(TEST_CLIENT_SECRET);
  });

  it('a response header named after the secret', async () => {
    server.answer(http('200 OK', ['content-type: application/json', `${TEST_CLIENT_SECRET}: 1`], verified));
    const result = await call();
    expect(result.ok && [...result.response.headers.keys()]).toContain('***');
    for (const surface of surfaces(result)) expect(surface.toLowerCase()).not.toContain(TEST_CLIENT_SECRET.toLowerCase());
  });

  it('the cause of a bad chunk size (the parser error keeps the raw bytes)', async () => {
    server.answer(rawSocket(`HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ntransfer-encoding: chunked\r\n\r\nZZ${TEST_CLIENT_SECRET}\r\n${verified}\r\n0\r\n\r\n`));
    const result = await call();
    expect(result).toMatchObject({ ok: false, kind: 'network' });
    for (const surface of surfaces(result)) expect(surface).not.toContain(TEST_CLIENT_SECRET);
  });

  it('the cause of a bad header line', async () => {
    server.answer(rawSocket(`HTTP/1.1 200 OK\r\ncontent-type: application/json\r\nbroken header ${TEST_CLIENT_SECRET}\r\n\r\n${verified}`));
    const result = await call();
    expect(result).toMatchObject({ ok: false, kind: 'network' });
    // What is known of the parser's error is kept (its name, and its code where the runtime has one: HPE_... on Node 20).
    expect(result.ok ? undefined : result.cause).toMatchObject({ name: expect.any(String) });
    for (const surface of surfaces(result)) expect(surface).not.toContain(TEST_CLIENT_SECRET);
  });

  it('a body with its own "__proto__" key is logged as data, not as a prototype', async () => {
    server.answer(http('200 OK', ['content-type: application/json'], `{"statusCode":"9","__proto__":{"echo":"${TEST_CLIENT_SECRET}"}}`));
    const result = await call();
    expect(result).toMatchObject({ ok: false, kind: 'unknownStatusCode' });
    const logged = JSON.parse(JSON.stringify(result)) as { body: Record<string, unknown> };
    expect(Object.keys(logged.body)).toContain('__proto__');
    for (const surface of surfaces(result)) expect(surface).not.toContain(TEST_CLIENT_SECRET);
  });
});
