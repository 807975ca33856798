import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCustomerClient, OUTCOME_KIND_BY_STATUS_CODE, type GetCustomerRequest, type StatusCode } from '../../src/index.js';
import { json, startFaultServer, type FaultServer } from '../support/fault-server.js';
import { oracleFor } from '../support/oracle.js';
import { TEST_CLIENT_ID, TEST_CLIENT_SECRET, validRequest } from '../support/requests.js';
import { resolve, spec } from '../support/spec.js';

interface StringSchema {
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  enum?: string[];
  anyOf?: { format: string }[];
}
interface ObjectSchema {
  properties: Record<string, StringSchema & { $ref?: string; type?: string }>;
  required: string[];
}
const schema = (name: string) => spec.components.schemas[name] as ObjectSchema;
const property = (object: ObjectSchema, name: string) => resolve(object.properties[name] as StringSchema) as StringSchema;

const isValidRequest = oracleFor('GetCustomerRequest');
const isValidResponse = oracleFor('GetCustomerResponse');

/** Strings that satisfy a string schema of the contract, built from its own pattern and bounds. */
function stringFor(rule: StringSchema): fc.Arbitrary<string> {
  if (rule.enum) return fc.constantFrom(...rule.enum);
  if (rule.anyOf) {
    const byFormat: Record<string, fc.Arbitrary<string>> = { ipv4: fc.ipV4(), ipv6: fc.ipV6() };
    return fc.oneof(...rule.anyOf.map((branch) => byFormat[branch.format]!));
  }
  const pattern = new RegExp(rule.pattern ?? '', 'u');
  const base = /^\^.*\$$/.test(rule.pattern ?? '')
    ? fc.stringMatching(pattern)
    : fc.string({ minLength: rule.minLength ?? 0, maxLength: rule.maxLength ?? 100, unit: 'grapheme' });
  return base.filter(
    (value) => pattern.test(value) && [...value].length >= (rule.minLength ?? 0) && [...value].length <= (rule.maxLength ?? Infinity),
  );
}

const requestSchema = schema('GetCustomerRequest');
const validRequests = fc.record(
  Object.fromEntries(requestSchema.required.map((name) => [name, stringFor(property(requestSchema, name))])),
) as fc.Arbitrary<GetCustomerRequest>;

/** Requests broken in one or more ways: wrong types, bad strings, missing or extra fields. */
const brokenRequests = fc
  .tuple(
    validRequests,
    fc.dictionary(fc.constantFrom(...requestSchema.required, 'extra'), fc.oneof(fc.string(), fc.anything()), { minKeys: 1 }),
    fc.subarray(requestSchema.required),
  )
  .map(([request, overrides, removed]) => {
    const broken: Record<string, unknown> = { ...request, ...overrides };
    for (const name of removed) delete broken[name];
    return broken;
  })
  // Judged as the client judges it: in the form JSON would put on the wire.
  .filter((request) => !isValidRequest(JSON.parse(JSON.stringify(request))));

// The fields every outcome shares; the filter below keeps the bodies whose values also agree
// with their statusCode's outcome schema.
const responseSchema = schema('GetCustomerOutcomeFields');
const documentedFields = Object.keys(responseSchema.properties);
const validResponses = fc
  .record(
    {
      statusCode: stringFor(property(responseSchema, 'statusCode')),
      statusDesc: fc.string(),
      mobileNumber: fc.string({ maxLength: 12 }),
      KYCTypeFlag: fc.boolean(),
      name: fc.string(),
      status: stringFor(property(responseSchema, 'status')),
    },
    { requiredKeys: responseSchema.required as ('statusCode' | 'statusDesc' | 'mobileNumber' | 'KYCTypeFlag')[] },
  )
  .chain((body) =>
    fc
      .dictionary(fc.string({ minLength: 1, maxLength: 12 }).filter((key) => !documentedFields.includes(key) && key !== '__proto__'), fc.jsonValue(), { maxKeys: 3 })
      .map((extra) => ({ ...extra, ...body })),
  )
  .filter((body): boolean => isValidResponse(body) === true);

let server: FaultServer;
beforeAll(async () => {
  server = await startFaultServer();
});
afterAll(() => server.close());
const client = () => createCustomerClient({ baseUrl: server.url, clientId: TEST_CLIENT_ID, clientSecret: TEST_CLIENT_SECRET, retry: { limit: 0 } });

describe('properties', () => {
  it('invalid requests never reach the wire', async () => {
    server.answer(json(200, {}));
    const subject = client();
    await fc.assert(
      fc.asyncProperty(brokenRequests, async (request) => {
        const result = await subject.getCustomer(request as GetCustomerRequest);
        expect(result).toMatchObject({ ok: false, kind: 'invalidRequest', attempts: 0 });
        expect(result.ok === false && result.kind === 'invalidRequest' && result.problems.length).toBeGreaterThan(0);
      }),
      { numRuns: 3_000 },
    );
    expect(server.requests).toBe(0);
  });

  it('valid requests always pass validation and are sent as they are', async () => {
    server.answer(json(200, { statusCode: '0', statusDesc: 'x', mobileNumber: '', KYCTypeFlag: false }));
    const subject = client();
    let sent = 0;
    await fc.assert(
      fc.asyncProperty(validRequests, async (request) => {
        expect(isValidRequest(request)).toBe(true);
        const result = await subject.getCustomer(request);
        expect(result).toMatchObject({ ok: true, kind: 'customerNotFound' });
        sent++;
        expect(JSON.parse(server.bodies.at(-1)!)).toEqual(request);
      }),
      { numRuns: 500 },
    );
    expect(server.requests).toBe(sent);
  });

  it('every response that matches the schema maps to the outcome its statusCode names', async () => {
    const subject = client();
    await fc.assert(
      fc.asyncProperty(validResponses, async (body) => {
        server.answer(json(200, body));
        const result = await subject.getCustomer(validRequest);
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        expect(result.kind).toBe(OUTCOME_KIND_BY_STATUS_CODE[body.statusCode as StatusCode]);
        expect(result.statusCode).toBe(body.statusCode);
        // Compared with what went over the wire: JSON has no -0, for one.
        expect(result.body).toEqual(JSON.parse(JSON.stringify(body)));
      }),
      { numRuns: 300 },
    );
  });
});
