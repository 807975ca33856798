import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createCustomerClient, InvalidRequestError, type GetCustomerRequest } from '../../src/index.js';
import { json, startFaultServer, type FaultServer } from '../support/fault-server.js';
import { TEST_CLIENT_ID, TEST_CLIENT_SECRET, validRequest } from '../support/requests.js';
import { resolve, spec } from '../support/spec.js';

const mobileNumberPattern = resolve(spec.components.schemas['MobileNumber'] as { pattern: string }).pattern;

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
        ['/mobileNumber', 'pattern', '81440'],
        ['/username', 'pattern', ''],
        ['/latlong', 'pattern', '22.8 88.7'],
        ['/publicIP', 'anyOf', '999.1.1.1'],
      ]),
    );
    expect(result.message).toMatch(/^Invalid getCustomer request, nothing was sent: /);
    expect(result.message).toContain(`/mobileNumber must match pattern "${mobileNumberPattern}"`);
    expect(result.message).toContain('/publicIP must match one of: must match format "ipv4", or must match format "ipv6"');
    // The values are personal data: they stay in `problems`, out of the message that gets logged.
    expect(result.message).not.toContain('81440');
    expect(result.message).not.toContain('999.1.1.1');
    expect(server.requests).toBe(0);
  });

  it('reach the event log without their values (personal data)', async () => {
    const events: unknown[] = [];
    await createCustomerClient({ baseUrl: server.url, clientId: TEST_CLIENT_ID, clientSecret: TEST_CLIENT_SECRET, onEvent: (event) => events.push(event) }).getCustomer({
      ...validRequest,
      mobileNumber: '98765-43210',
    });
    expect(events).toMatchObject([{ type: 'failure', kind: 'invalidRequest', attempts: 0 }]);
    expect(JSON.stringify(events)).not.toContain('98765-43210');
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

  it('are judged as they would be sent: JSON drops undefined fields and calls toJSON', async () => {
    const viaToJson = { toJSON: () => ({ ...validRequest, mobileNumber: 'twelve' }) };
    expect(await send(viaToJson)).toMatchObject({ kind: 'invalidRequest', problems: [expect.objectContaining({ path: '/mobileNumber', value: 'twelve' })] });
    expect(await send({ ...validRequest, publicIP: undefined })).toMatchObject({
      kind: 'invalidRequest',
      problems: [expect.objectContaining({ path: '/publicIP', rule: 'required' })],
    });
    expect(server.requests).toBe(0);
  });

  it('that cannot be serialised at all are refused, not thrown', async () => {
    expect(await send({ ...validRequest, mobileNumber: 8144094480n })).toMatchObject({ kind: 'invalidRequest', problems: [expect.objectContaining({ rule: 'json' })] });
    const circular: Record<string, unknown> = { ...validRequest };
    circular['self'] = circular;
    expect(await send(circular)).toMatchObject({ kind: 'invalidRequest', problems: [expect.objectContaining({ rule: 'json' })] });
    expect(server.requests).toBe(0);
  });

  it('send a valid request exactly once, as JSON with both credentials', async () => {
    await send(validRequest);
    expect(server.requests).toBe(1);
    expect(JSON.parse(server.bodies[0]!)).toEqual(validRequest);
    expect(server.headers[0]).toMatchObject({ client_id: TEST_CLIENT_ID, client_secret: TEST_CLIENT_SECRET, 'content-type': 'application/json' });
  });
});
