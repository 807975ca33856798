import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { createCustomerClient } from '../../src/index.js';
import { TEST_CLIENT_ID, TEST_CLIENT_SECRET, validRequest } from '../support/requests.js';
import { responseExamples } from '../support/spec.js';

const verified = JSON.stringify(responseExamples.find((example) => example.name === 'CustomerVerifiedWithOvd')!.value);
const nested = (levels: number) => `${'{"a":'.repeat(levels)}1${'}'.repeat(levels)}`;

describe('valid JSON is valid JSON, however deep', () => {
  it.each([1_000, 100_000])('an extra field nested %i levels deep is tolerated like any other', async (levels) => {
    const body = `${verified.slice(0, -1)},"extra":${nested(levels)}}`;
    const client = createCustomerClient({
      baseUrl: 'http://127.0.0.1:9',
      clientId: TEST_CLIENT_ID,
      clientSecret: TEST_CLIENT_SECRET,
      fetch: async () => new Response(body, { headers: { 'content-type': 'application/json' } }),
    });
    const result = await client.getCustomer(validRequest);
    expect(result).toMatchObject({ ok: true, kind: 'customerVerifiedWithOvd' });
    // Logging it whole stays possible: the log view stops at a fixed depth.
    expect(() => JSON.stringify(result)).not.toThrow();
    expect(() => inspect(result, { depth: Infinity })).not.toThrow();
  });
});
