import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as committed from '../../src/index.js';
import { json, startFaultServer, type FaultServer } from '../support/fault-server.js';
import { TEST_CLIENT_ID, TEST_CLIENT_SECRET, validRequest } from '../support/requests.js';
import { GENERATOR_INPUTS, runGenerate, scratchCopy } from '../support/scratch.js';
import { responseExamples } from '../support/spec.js';

const COMMITTED_PATTERN = '^[0-9]{10}$';
const STRICTER_PATTERN = '^[6-9][0-9]{9}$';
const example = (name: string) => responseExamples.find((candidate) => candidate.name === name)!.value;

/** Edits one file of the scratch copy's contract, checking the edit changes something. */
function edit(dir: string, file: string, from: string, to: string): void {
  const path = join(dir, 'openapi/components/schemas', file);
  const text = readFileSync(path, 'utf8');
  expect(text).toContain(from);
  writeFileSync(path, text.replace(from, to));
}

// A copy of the project whose contract changes in three ways, regenerated; src/ is copied as is.
describe('the client follows the spec, not a copy of it', () => {
  const scratch = scratchCopy([...GENERATOR_INPUTS, 'src']);
  let server: FaultServer;
  let regenerated: typeof committed;
  beforeAll(async () => {
    edit(scratch.dir, 'MobileNumber.yaml', `pattern: ${COMMITTED_PATTERN}`, `pattern: ${STRICTER_PATTERN}`);
    // An outcome renamed, and the transient one no longer transient.
    edit(scratch.dir, 'CustomerVerifiedWithOvd.yaml', 'x-outcome-kind: customerVerifiedWithOvd', 'x-outcome-kind: customerKnownWithDocument');
    edit(scratch.dir, 'ProviderInternalError.yaml', 'x-transient: true', 'x-transient: false');
    runGenerate(scratch.dir);
    regenerated = (await import(pathToFileURL(join(scratch.dir, 'src/index.ts')).href)) as typeof committed;
    server = await startFaultServer();
  });
  afterAll(async () => {
    scratch.remove();
    await server?.close();
  });

  const client = (api: typeof committed) =>
    api.createCustomerClient({ baseUrl: server.url, clientId: TEST_CLIENT_ID, clientSecret: TEST_CLIENT_SECRET, retry: { limit: 2, baseDelayMs: 1 } });
  const request = { ...validRequest, mobileNumber: '1234567890' };

  it('a number the committed contract allows is sent', async () => {
    server.answer(json(200, { statusCode: '0', statusDesc: 'x', mobileNumber: '1234567890', KYCTypeFlag: false }));
    expect(await client(committed).getCustomer(request)).toMatchObject({ ok: true, kind: 'customerNotFound' });
    expect(server.requests).toBe(1);
  });

  it('after the pattern changes and `npm run generate`, the same src/ refuses it unsent', async () => {
    server.answer(json(200, {}));
    const result = await client(regenerated).getCustomer(request);
    expect(result).toMatchObject({ ok: false, kind: 'invalidRequest', problems: [{ path: '/mobileNumber', rule: 'pattern' }] });
    expect(result.ok === false && result.message).toContain(STRICTER_PATTERN);
    expect(regenerated.checkMobileNumber('1234567890')).toHaveLength(1);
    expect(server.requests).toBe(0);
  });

  it("an outcome's kind is its x-outcome-kind", async () => {
    server.answer(json(200, example('CustomerVerifiedWithOvd')));
    expect(await client(committed).getCustomer(validRequest)).toMatchObject({ ok: true, kind: 'customerVerifiedWithOvd' });
    expect(await client(regenerated).getCustomer(validRequest)).toMatchObject({ ok: true, kind: 'customerKnownWithDocument', statusCode: '2' });
  });

  it('an outcome is retried when, and only when, it is x-transient', async () => {
    server.answer(json(200, example('InternalServerIssue')));
    expect(await client(committed).getCustomer(validRequest)).toMatchObject({ ok: true, kind: 'providerInternalError', attempts: 3 });
    server.answer(json(200, example('InternalServerIssue')));
    expect(await client(regenerated).getCustomer(validRequest)).toMatchObject({ ok: true, kind: 'providerInternalError', attempts: 1 });
    expect(server.requests).toBe(1);
  });
});
