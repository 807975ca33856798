import { inspect } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCustomerClient, type ClientEvent, type CustomerClientOptions, type FailureKind, type GetCustomerResult } from '../../src/index.js';
import { freePort } from '../../scripts/prism.mjs';
import { delayed, json, raw, type Fault, startFaultServer, type FaultServer } from '../support/fault-server.js';
import { TEST_CLIENT_ID, TEST_CLIENT_SECRET, validRequest } from '../support/requests.js';
import { responseExamples } from '../support/spec.js';

const verified = responseExamples.find((example) => example.name === 'CustomerVerifiedWithOvd')!.value;

// A gateway that echoes the request headers back, as some debug error pages do.
const echoHeaders =
  (status: number, contentType: string, wrap: (headers: string) => string): Fault =>
  (request, response) => {
    response.writeHead(status, { 'content-type': contentType });
    response.end(wrap(JSON.stringify(request.headers)));
  };

const abortSoon = (ms: number) => {
  const controller = new AbortController();
  setTimeout(() => controller.abort(new Error(`cancelled by ${TEST_CLIENT_SECRET}`)), ms);
  return controller.signal;
};

let server: FaultServer;
let closedPort: number;
beforeAll(async () => {
  server = await startFaultServer();
  closedPort = await freePort();
});
afterAll(() => server.close());

type Scenario = { kind: FailureKind | 'outcome'; fault?: Fault; request?: unknown; options?: Partial<CustomerClientOptions>; signal?: () => AbortSignal };
const scenarios: Scenario[] = [
  { kind: 'invalidRequest', request: { ...validRequest, username: `user-${TEST_CLIENT_SECRET}`, mobileNumber: TEST_CLIENT_SECRET, [TEST_CLIENT_SECRET]: 'pasted as a key' } },
  { kind: 'timeout', fault: delayed(5_000, json(200, verified)), options: { timeoutMs: 50 } },
  { kind: 'timeout', fault: delayed(5_000, json(200, verified)), signal: () => AbortSignal.timeout(30) },
  { kind: 'aborted', fault: delayed(5_000, json(200, verified)), signal: () => abortSoon(30) },
  { kind: 'network', options: { baseUrl: 'http://127.0.0.1:0' } },
  { kind: 'httpStatus', fault: echoHeaders(502, 'text/html', (headers) => `<pre>${headers}</pre>`) },
  { kind: 'invalidBody', fault: echoHeaders(200, 'application/json', (headers) => `<pre>${headers}</pre>`) },
  { kind: 'contractViolation', fault: echoHeaders(200, 'application/json', (headers) => `{"statusCode":"2","echo":${headers}}`) },
  { kind: 'unknownStatusCode', fault: echoHeaders(200, 'application/json', (headers) => `{"statusCode":"9","echo":${headers}}`) },
  { kind: 'outcome', fault: echoHeaders(200, 'application/json', (headers) => JSON.stringify({ ...verified, echo: JSON.parse(headers) })) },
];

describe('client_secret never leaks', () => {
  it.each(scenarios)('through a $kind result, its JSON, util.inspect, stack or events', async (scenario) => {
    server.answer(scenario.fault ?? raw(200, ''));
    const events: ClientEvent[] = [];
    const client = createCustomerClient({
      baseUrl: scenario.options?.baseUrl === 'http://127.0.0.1:0' ? `http://127.0.0.1:${closedPort}` : server.url,
      clientId: TEST_CLIENT_ID,
      clientSecret: TEST_CLIENT_SECRET,
      retry: { limit: 1, baseDelayMs: 1 },
      onEvent: (event) => events.push(event),
      ...(scenario.options?.timeoutMs ? { timeoutMs: scenario.options.timeoutMs } : {}),
    });
    const result: GetCustomerResult = await client.getCustomer(
      (scenario.request ?? validRequest) as typeof validRequest,
      scenario.signal ? { signal: scenario.signal() } : {},
    );

    expect(result.ok ? 'outcome' : result.kind).toBe(scenario.kind);
    if (scenario.fault && scenario.kind !== 'timeout' && scenario.kind !== 'aborted') {
      // The server really did receive the secret, so a leak would have had something to leak.
      expect(JSON.stringify(server.headers)).toContain(TEST_CLIENT_SECRET);
    }
    const surfaces = [
      JSON.stringify(result),
      inspect(result, { depth: Infinity, showHidden: true, getters: true }),
      result.ok ? '' : `${result.message}\n${result.stack}\n${inspect(result.cause, { depth: Infinity })}`,
      JSON.stringify(events),
      inspect(events, { depth: Infinity }),
      inspect(client, { depth: Infinity, showHidden: true }),
    ];
    for (const surface of surfaces) expect(surface).not.toContain(TEST_CLIENT_SECRET);
    expect(events.length).toBeGreaterThan(0);
    // Logging is redacted, the data is not: the outcome's body is what the provider sent.
    if (result.ok) expect(JSON.stringify(result.body)).toContain(TEST_CLIENT_SECRET);
  });

  it('the request events show both credential headers, redacted', async () => {
    server.answer(json(200, verified));
    const events: ClientEvent[] = [];
    await createCustomerClient({ baseUrl: server.url, clientId: TEST_CLIENT_ID, clientSecret: TEST_CLIENT_SECRET, onEvent: (event) => events.push(event) }).getCustomer(validRequest);
    expect(events[0]).toMatchObject({ type: 'request', operationId: 'getCustomer', attempt: 1, method: 'POST', headers: { client_id: '***', client_secret: '***', 'content-type': 'application/json' } });
    expect(events.at(-1)).toEqual({ type: 'outcome', operationId: 'getCustomer', kind: 'customerVerifiedWithOvd', statusCode: '2', attempts: 1 });
  });

  it('a listener that rejects asynchronously changes nothing either', async () => {
    server.answer(json(200, verified));
    let called = 0;
    const result = await createCustomerClient({
      baseUrl: server.url,
      clientId: TEST_CLIENT_ID,
      clientSecret: TEST_CLIENT_SECRET,
      onEvent: async () => {
        called++;
        throw new Error('log shipper down');
      },
    }).getCustomer(validRequest);
    // An unhandled rejection would fail this run (vitest reports it as an error).
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(result).toMatchObject({ ok: true, kind: 'customerVerifiedWithOvd' });
    expect(called).toBeGreaterThan(0);
  });

  it('a listener that throws changes nothing', async () => {
    server.answer(json(200, verified));
    const result = await createCustomerClient({
      baseUrl: server.url,
      clientId: TEST_CLIENT_ID,
      clientSecret: TEST_CLIENT_SECRET,
      onEvent: () => {
        throw new Error('logger down');
      },
    }).getCustomer(validRequest);
    expect(result).toMatchObject({ ok: true, kind: 'customerVerifiedWithOvd' });
  });
});

describe('a secret spelt with JSON escapes', () => {
  const secret = 'sk/live\u00e9-escaped';
  const client = () => createCustomerClient({ baseUrl: server.url, clientId: TEST_CLIENT_ID, clientSecret: secret, retry: { limit: 0 } });
  const spellings = [
    ['slashes escaped, as PHP writes them', secret.replaceAll('/', '\\/')],
    ['every character as \\u, upper case', [...secret].map((char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0').toUpperCase()}`).join('')],
  ];
  // Decoded, so that a test looking for the literal secret would see it in any of its forms.
  const decoded = (surface: string) => surface.replaceAll('\\/', '/').replace(/\\u([0-9a-fA-F]{4})/g, (_match, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));

  it.each(spellings)('is redacted from parsed bodies: %s', async (_label, spelt) => {
    server.answer(raw(200, `{"statusCode":"9","echo":"${spelt}","${spelt}":1}`, { 'content-type': 'application/json' }));
    const result = await client().getCustomer(validRequest);
    expect(result).toMatchObject({ ok: false, kind: 'unknownStatusCode' });
    for (const surface of [JSON.stringify(result), inspect(result, { depth: Infinity })]) expect(decoded(surface)).not.toContain(secret);
  });

  it.each(spellings)('is redacted from raw body excerpts: %s', async (_label, spelt) => {
    server.answer(raw(500, `{"echo":"${spelt}"}`, { 'content-type': 'application/json' }));
    const result = await client().getCustomer(validRequest);
    expect(result).toMatchObject({ ok: false, kind: 'httpStatus', status: 500 });
    expect(result.ok === false && result.kind === 'httpStatus' && result.bodyExcerpt).toBe('{"echo":"***"}');
  });
});

describe('a secret echoed in response headers', () => {
  const client = (events: ClientEvent[] = []) =>
    createCustomerClient({ baseUrl: server.url, clientId: TEST_CLIENT_ID, clientSecret: TEST_CLIENT_SECRET, retry: { limit: 0 }, onEvent: (event) => events.push(event) });

  it('is redacted from the content type an invalid-body failure reports', async () => {
    const events: ClientEvent[] = [];
    server.answer(raw(200, '<html></html>', { 'content-type': `text/html; debug="client_secret=${TEST_CLIENT_SECRET}"` }));
    const result = await client(events).getCustomer(validRequest);
    expect(result).toMatchObject({ kind: 'invalidBody', reason: 'wrongContentType', contentType: 'text/html; debug="client_secret=***"' });
    for (const surface of [JSON.stringify(result), inspect(result, { depth: Infinity }), JSON.stringify(events)]) expect(surface).not.toContain(TEST_CLIENT_SECRET);
  });

  it('is redacted from the headers an outcome exposes', async () => {
    server.answer(json(200, verified, { 'x-debug-echo': `client_secret=${TEST_CLIENT_SECRET}` }));
    const result = await client().getCustomer(validRequest);
    expect(result.ok && result.response.headers.get('x-debug-echo')).toBe('client_secret=***');
    expect(inspect(result, { depth: Infinity, showHidden: true })).not.toContain(TEST_CLIENT_SECRET);
  });
});

describe('a secret pasted into a request key', () => {
  it('is redacted from the message and the logged failure, not from the problem the caller reads', async () => {
    const secret = 'sk/live/S3CRET';
    const result = await createCustomerClient({ baseUrl: server.url, clientId: TEST_CLIENT_ID, clientSecret: secret }).getCustomer({ ...validRequest, [secret]: 1 } as typeof validRequest);
    expect(result).toMatchObject({ kind: 'invalidRequest', problems: [{ path: '/sk~1live~1S3CRET', rule: 'additionalProperties' }] });
    for (const surface of [JSON.stringify(result), inspect(result, { depth: Infinity }), result.ok ? '' : result.message]) expect(surface).not.toContain('S3CRET');
  });
});

describe('a secret with characters JSON escapes', () => {
  it('is redacted from an echoed body in its escaped form too', async () => {
    const secret = 'quote"back\\slash-secret';
    server.answer(echoHeaders(200, 'application/json', (headers) => `{"statusCode":"2","echo":${headers}}`));
    const result = await createCustomerClient({ baseUrl: server.url, clientId: TEST_CLIENT_ID, clientSecret: secret, retry: { limit: 0 } }).getCustomer(validRequest);
    expect(result).toMatchObject({ ok: false, kind: 'contractViolation' });
    expect(JSON.stringify(server.headers)).toContain(JSON.stringify(secret).slice(1, -1));
    for (const surface of [JSON.stringify(result), inspect(result, { depth: Infinity })]) {
      expect(surface).not.toContain(JSON.stringify(secret).slice(1, -1));
      expect(surface).not.toContain(secret);
    }
  });
});
