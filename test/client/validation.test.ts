import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createCustomerClient, InvalidRequestError, type GetCustomerRequest } from '../../src/index.js';
import { json, startFaultServer, type FaultServer } from '../support/fault-server.js';
import { TEST_CLIENT_ID, TEST_CLIENT_SECRET, validRequest } from '../support/requests.js';

let server: FaultServer;
beforeAll(async () => {
  server = await startFaultServer();
});
afterAll(() => server.close());
beforeEach(() => server.answer(json(200, {})));

const client = () => createCustomerClient({ baseUrl: server.url, clientId: TEST_CLIENT_ID, clientSecret: TEST_CLIENT_SECRET });
// Callers in plain JavaScript, or with data from a form, can send anything.
const send = (request: unknown) => client().getCustomer(request as GetCustomerRequest);

describe('requests that break the contract', () => {
  it('are refused with one typed error listing every problem, and nothing is sent', async () => {
    const result = await send({ mobileNumber: '81440', username: '', latlong: '22.8 88.7', publicIP: '999.1.1.1' });

    expect(result).toBeInstanceOf(InvalidRequestError);
    if (!(result instanceof InvalidRequestError)) return;
    expect(result).toMatchObject({ ok: false, kind: 'invalidRequest', attempts: 0 });
    expect(result.problems.map((problem) => [problem.path, problem.rule, problem.value])).toEqual(
      expect.arrayContaining([
        ['/mobileNumber', 'minLength', '81440'],
        ['/mobileNumber', 'pattern', '81440'],
        ['/username', 'minLength', ''],
        ['/latlong', 'pattern', '22.8 88.7'],
        ['/publicIP', 'anyOf', '999.1.1.1'],
      ]),
    );
    expect(result.message).toMatch(/^Invalid getCustomer request, nothing was sent: /);
    expect(result.message).toContain('/mobileNumber must match pattern "^[0-9]{10}$" (got "81440")');
    expect(result.message).toContain('/publicIP must match one of: must match format "ipv4", or must match format "ipv6"');
    expect(server.requests).toBe(0);
  });

  it('name a missing field and an unknown one', async () => {
    const { publicIP: _missing, ...withoutIp } = validRequest;
    const result = await send({ ...withoutIp, mobile: '8144094480' });
    expect(result).toMatchObject({
      kind: 'invalidRequest',
      problems: expect.arrayContaining([
        expect.objectContaining({ path: '/publicIP', rule: 'required', value: undefined }),
        expect.objectContaining({ path: '/mobile', rule: 'additionalProperties', value: '8144094480' }),
      ]),
    });
    expect(server.requests).toBe(0);
  });

  it.each([null, 'not an object', 42, []])('refuse a request that is not an object: %j', async (request) => {
    expect(await send(request)).toMatchObject({ kind: 'invalidRequest', problems: [expect.objectContaining({ path: '', rule: 'type' })] });
    expect(server.requests).toBe(0);
  });

  it('send a valid request exactly once, as JSON with both credentials', async () => {
    await send(validRequest);
    expect(server.requests).toBe(1);
    expect(JSON.parse(server.bodies[0]!)).toEqual(validRequest);
    expect(server.headers[0]).toMatchObject({ client_id: TEST_CLIENT_ID, client_secret: TEST_CLIENT_SECRET, 'content-type': 'application/json' });
  });
});
