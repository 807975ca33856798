import { describe, expect, it } from 'vitest';
import { createCustomerClient, OUTCOME_KIND_BY_STATUS_CODE, type GetCustomerRequest, type StatusCode } from '../../src/index.js';
import { oracleForRef } from '../support/oracle.js';
import { requestExamples, responseMedia } from '../support/spec.js';

const { DMT_BASE_URL, DMT_CLIENT_ID, DMT_CLIENT_SECRET } = process.env;
if (!DMT_BASE_URL || !DMT_CLIENT_ID || !DMT_CLIENT_SECRET) {
  throw new Error('The live contract suite needs DMT_BASE_URL, DMT_CLIENT_ID and DMT_CLIENT_SECRET (see README, "Contract tests against a live environment").');
}

const client = createCustomerClient({ baseUrl: DMT_BASE_URL, clientId: DMT_CLIENT_ID, clientSecret: DMT_CLIENT_SECRET, retry: { limit: 1 } });
const matchesContract = oracleForRef(responseMedia.schema.$ref);

// Only what must hold for every server that implements the contract: no named examples,
// no mock-specific answers. Each request example is sent once.
describe(`getCustomer at ${DMT_BASE_URL}`, () => {
  it.each(requestExamples)('answers request example $name with a documented outcome', async ({ value }) => {
    const result = await client.getCustomer(value as GetCustomerRequest);
    if (!result.ok) throw new Error(`${result.kind}: ${result.message}`);
    expect(matchesContract(result.body), JSON.stringify(matchesContract.errors)).toBe(true);
    expect(result.response.status).toBe(200);
    expect(result.kind).toBe(OUTCOME_KIND_BY_STATUS_CODE[result.statusCode as StatusCode]);
  });
});
