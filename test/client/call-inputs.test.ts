import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createCustomerClient, type GetCustomerOptions, type GetCustomerRequest } from '../../src/index.js';
import { json, startFaultServer, type FaultServer } from '../support/fault-server.js';
import { TEST_CLIENT_ID, TEST_CLIENT_SECRET, validRequest } from '../support/requests.js';

let server: FaultServer;
beforeAll(async () => {
  server = await startFaultServer();
});
afterAll(() => server.close());
beforeEach(() => server.answer(json(200, {})));

// Plain JavaScript callers can pass anything; the promise is still "never rejects".
const client = () => createCustomerClient({ baseUrl: server.url, clientId: TEST_CLIENT_ID, clientSecret: TEST_CLIENT_SECRET, retry: { limit: 1, baseDelayMs: 1 } });
const throwing = (thrown: unknown) => ({
  ...validRequest,
  toJSON() {
    throw thrown;
  },
});

describe('odd call inputs resolve to an invalid-request failure, and send nothing', () => {
  it.each<[string, unknown, unknown]>([
    ['options that are null', validRequest, null],
    ['options that are a string', validRequest, 'fast'],
    ['a signal that is not an AbortSignal', validRequest, { signal: 'x' }],
    ['a signal getter that throws', validRequest, Object.defineProperty({}, 'signal', { get: () => { throw new Error('boom'); } })],
    ['a request whose toJSON throws undefined', throwing(undefined), undefined],
    ['a request whose toJSON throws null', throwing(null), undefined],
    ['a request whose getter throws', Object.defineProperty({ ...validRequest }, 'username', { enumerable: true, get: () => { throw new Error('no'); } }), undefined],
  ])('%s', async (_label, request, options) => {
    const result = await client().getCustomer(request as GetCustomerRequest, options as GetCustomerOptions);
    expect(result).toMatchObject({ ok: false, kind: 'invalidRequest', attempts: 0 });
    expect(server.requests).toBe(0);
  });

  it('names the option that is wrong', async () => {
    const result = await client().getCustomer(validRequest, { signal: 'x' } as unknown as GetCustomerOptions);
    expect(result).toMatchObject({ problems: [{ path: '(options)/signal', rule: 'type', message: 'must be an AbortSignal' }] });
  });
});
