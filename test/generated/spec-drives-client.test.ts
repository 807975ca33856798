import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import * as committed from '../../src/index.js';
import { json, startFaultServer } from '../support/fault-server.js';
import { TEST_CLIENT_ID, TEST_CLIENT_SECRET, validRequest } from '../support/requests.js';
import { GENERATOR_INPUTS, runGenerate, scratchCopy } from '../support/scratch.js';

const COMMITTED_PATTERN = '^[0-9]{10}$';
const STRICTER_PATTERN = '^[6-9][0-9]{9}$';

describe('the client follows the spec, not a copy of it', async () => {
  // A copy of the project whose spec only changes the mobile-number pattern; src/ is copied as is.
  const scratch = scratchCopy([...GENERATOR_INPUTS, 'src']);
  const server = await startFaultServer();
  afterAll(async () => {
    scratch.remove();
    await server.close();
  });
  const schemaFile = join(scratch.dir, 'openapi/components/schemas/MobileNumber.yaml');
  const original = readFileSync(schemaFile, 'utf8');
  expect(original).toContain(`pattern: ${COMMITTED_PATTERN}`);
  writeFileSync(schemaFile, original.replace(`pattern: ${COMMITTED_PATTERN}`, `pattern: ${STRICTER_PATTERN}`));
  runGenerate(scratch.dir);
  const regenerated = (await import(pathToFileURL(join(scratch.dir, 'src/index.ts')).href)) as typeof committed;

  const request = { ...validRequest, mobileNumber: '1234567890' };
  const call = (api: typeof committed) =>
    api.createCustomerClient({ baseUrl: server.url, clientId: TEST_CLIENT_ID, clientSecret: TEST_CLIENT_SECRET, retry: { limit: 0 } }).getCustomer(request);

  it('a number the committed contract allows is sent', async () => {
    server.answer(json(200, { statusCode: '0', statusDesc: 'x', mobileNumber: '1234567890', KYCTypeFlag: false }));
    expect(await call(committed)).toMatchObject({ ok: true, kind: 'customerNotFound' });
    expect(server.requests).toBe(1);
  });

  it('after the pattern changes and `npm run generate`, the same src/ refuses it unsent', async () => {
    server.answer(json(200, {}));
    const result = await call(regenerated);
    expect(result).toMatchObject({ ok: false, kind: 'invalidRequest', problems: [{ path: '/mobileNumber', rule: 'pattern' }] });
    expect(result.ok === false && result.message).toContain(STRICTER_PATTERN);
    expect(regenerated.checkMobileNumber('1234567890')).toHaveLength(1);
    expect(server.requests).toBe(0);
  });
});
