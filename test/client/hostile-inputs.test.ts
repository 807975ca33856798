import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createCustomerClient, type GetCustomerOptions, type GetCustomerRequest } from '../../src/index.js';
import { TEST_CLIENT_ID, TEST_CLIENT_SECRET, validRequest } from '../support/requests.js';

/** Values a plain JavaScript caller can pass that make careless code throw while reading them. */
const thrownValues = fc.constantFrom<unknown>(Object.create(null), undefined, null, 'a string', Symbol('thrown'), 42n, errorWithThrowingMessage());

function errorWithThrowingMessage(): Error {
  const error = new Error('x');
  Object.defineProperty(error, 'message', {
    get() {
      throw Object.create(null);
    },
  });
  return error;
}

function revoked(): object {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
}

const throwingGetter = (key: string, thrown: unknown) =>
  Object.defineProperty({ ...validRequest }, key, {
    enumerable: true,
    get() {
      throw thrown;
    },
  });

// Arbitraries of builders, not of values: fast-check itself would trip over a revoked Proxy.
type Build = () => unknown;
const build = <T>(arbitrary: fc.Arbitrary<T>, make: (value: T) => unknown): fc.Arbitrary<Build> => arbitrary.map((value) => () => make(value));

const hostileRequests: fc.Arbitrary<Build> = fc.oneof(
  build(fc.tuple(fc.constantFrom('mobileNumber', 'username', 'latlong', 'publicIP', 'extra'), thrownValues), ([key, thrown]) => throwingGetter(key, thrown)),
  build(fc.constant(null), revoked),
  build(thrownValues, (thrown) => ({ ...validRequest, toJSON: () => { throw thrown; } })),
  build(fc.constant(null), () => {
    const cyclic: Record<string, unknown> = { ...validRequest };
    cyclic['self'] = cyclic;
    return cyclic;
  }),
  build(fc.constant(null), () => ({ ...validRequest, mobileNumber: 8144094480n })),
  build(fc.anything({ withBigInt: true, withMap: true, withSet: true, withTypedArray: true, withSparseArray: true, withNullPrototype: true }), (value) => value),
);

const hostileSignals: fc.Arbitrary<Build> = fc.oneof(
  build(fc.constant(null), revoked),
  build(fc.constant(null), () => Object.create(AbortSignal.prototype)),
  build(fc.anything().filter((value) => value !== undefined), (value) => value),
);

const hostileOptions: fc.Arbitrary<Build> = fc.oneof(
  hostileSignals.map((signal) => () => ({ signal: signal() })),
  build(fc.constant(null), revoked),
  build(thrownValues, (thrown) => throwingGetter('signal', thrown)),
  build(thrownValues, (thrown) => throwingGetter('headers', thrown)),
  build(fc.constantFrom<unknown>(null, 'fast', 7, { headers: { client_secret: 'x' } }, { headers: { 'bad header': 'x' } }, { headers: { x: 1 } }, { timeoutMs: -1 }, { retry: { limit: 'many' } }), (value) => value),
  build(fc.constant(null), () => ({ retry: revoked() })),
);

const valid: Build = () => validRequest;
const calls: fc.Arbitrary<[Build, Build]> = fc.oneof(
  fc.tuple(hostileRequests, fc.constant((() => undefined) as Build)),
  fc.tuple(fc.constant(valid), hostileOptions),
  fc.tuple(hostileRequests, hostileOptions),
);

describe('getCustomer never rejects, whatever a caller passes', () => {
  it('hostile requests and options resolve to invalidRequest, and nothing is sent', async () => {
    let sent = 0;
    const client = createCustomerClient({
      baseUrl: 'http://127.0.0.1:9',
      clientId: TEST_CLIENT_ID,
      clientSecret: TEST_CLIENT_SECRET,
      fetch: async () => {
        sent++;
        return new Response('{}', { headers: { 'content-type': 'application/json' } });
      },
    });
    await fc.assert(
      fc.asyncProperty(calls, async ([request, options]) => {
        const result = await client.getCustomer(request() as GetCustomerRequest, options() as GetCustomerOptions);
        expect(result).toMatchObject({ ok: false, kind: 'invalidRequest', attempts: 0 });
        expect(typeof (result.ok ? '' : result.message)).toBe('string');
        expect(sent).toBe(0);
      }),
      { numRuns: 2_000 },
    );
  });

  it.each<[string, unknown, unknown]>([
    ['a getter that throws Object.create(null)', throwingGetter('username', Object.create(null)), undefined],
    ['an error whose message getter throws', throwingGetter('username', errorWithThrowingMessage()), undefined],
    ['a revoked Proxy as the request', revoked(), undefined],
    ['a revoked Proxy as options.signal', validRequest, { signal: revoked() }],
    ['an object made with Object.create(AbortSignal.prototype)', validRequest, { signal: Object.create(AbortSignal.prototype) }],
    ['a credential header per call', validRequest, { headers: { Client_Secret: 'other' } }],
  ])('%s', async (_label, request, options) => {
    const client = createCustomerClient({ baseUrl: 'http://127.0.0.1:9', clientId: TEST_CLIENT_ID, clientSecret: TEST_CLIENT_SECRET, fetch: () => Promise.reject(new Error('must not be called')) });
    const result = await client.getCustomer(request as GetCustomerRequest, options as GetCustomerOptions);
    expect(result).toMatchObject({ ok: false, kind: 'invalidRequest', attempts: 0 });
    expect(result.ok ? '' : result.message).toMatch(/nothing was sent/);
  });
});
