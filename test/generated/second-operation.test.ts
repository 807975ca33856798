import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type * as Committed from '../../src/index.js';
import { json, raw, startFaultServer, type FaultServer } from '../support/fault-server.js';
import { TEST_CLIENT_ID, TEST_CLIENT_SECRET } from '../support/requests.js';
import { GENERATOR_INPUTS, runGenerate, scratchCopy } from '../support/scratch.js';

// A second, synthetic operation added the way the README says: one path file with its request
// schema, two outcome schemas (one transient) and named examples; then `npm run generate` and
// the build. src/ is copied as it is and never edited.
const PATH = '/common/dmt-lite/unified/customer/send-otp';
const PATH_FILE = 'openapi/paths/common_dmt-lite_unified_customer_send-otp.yaml';
const outcome = (code: string, kind: string, transient: boolean, what: string) => `
type: object
description: >-
  statusCode "${code}": ${what}
x-outcome-kind: ${kind}
x-transient: ${transient}
required: [statusCode, statusDesc]
properties:
  statusCode:
    type: string
    const: '${code}'
    description: Always "${code}" in this outcome.
  statusDesc:
    type: string
    description: The provider's text, to show and log.
`;
const FILES: Record<string, string> = {
  [PATH_FILE]: `
post:
  operationId: sendOtp
  tags: [Customer]
  summary: Send OTP
  description: Sends a one-time password to the remitter's mobile number.
  requestBody:
    required: true
    description: Whom to send the password to.
    content:
      application/json:
        schema:
          $ref: ../components/schemas/SendOtpRequest.yaml
        examples:
          Send:
            summary: A remitter's number.
            value: { mobileNumber: '8144094480' }
  responses:
    '200':
      description: The outcome, in statusCode.
      content:
        application/json:
          schema:
            $ref: ../components/schemas/SendOtpResponse.yaml
          examples:
            OtpSent:
              summary: Sent.
              value: { statusCode: '0', statusDesc: 'OTP sent' }
            OtpServiceBusy:
              summary: Busy; try again.
              value: { statusCode: '4', statusDesc: 'OTP service busy' }
`,
  'openapi/components/schemas/SendOtpRequest.yaml': `
type: object
description: Whom to send the one-time password to.
additionalProperties: false
required: [mobileNumber]
properties:
  mobileNumber:
    $ref: ./MobileNumber.yaml
`,
  'openapi/components/schemas/SendOtpResponse.yaml': `
type: object
description: Send-OTP outcome.
oneOf:
  - $ref: ./OtpSent.yaml
  - $ref: ./OtpServiceBusy.yaml
discriminator:
  propertyName: statusCode
  mapping:
    '0': ./OtpSent.yaml
    '4': ./OtpServiceBusy.yaml
`,
  'openapi/components/schemas/OtpSent.yaml': outcome('0', 'otpSent', false, 'the password is on its way.'),
  'openapi/components/schemas/OtpServiceBusy.yaml': outcome('4', 'otpServiceBusy', true, 'a passing fault; try again.'),
};

/** A caller's code in the scratch copy: an exhaustive switch over the new operation's outcomes. */
const callerCode = (cases: string) => `
import { createCustomerClient, type SendOtpOutcome } from './src/index.js';
export function describeOtp(outcome: SendOtpOutcome): string {
  switch (outcome.kind) {
${cases}
    default: {
      const unhandled: never = outcome;
      return unhandled;
    }
  }
}
const client = createCustomerClient({ baseUrl: 'http://127.0.0.1:9', clientId: 'id', clientSecret: 'secret' });
export const pending: Promise<string> = client.sendOtp({ mobileNumber: '8144094480' }).then((result) => (result.ok ? describeOtp(result) : result.kind));
`;
const BOTH_CASES = "    case 'otpSent':\n      return outcome.statusDesc;\n    case 'otpServiceBusy':\n      return 'later';";

describe('a second operation is a spec change and nothing else', () => {
  const scratch = scratchCopy([...GENERATOR_INPUTS, 'src', 'mock', 'tsconfig.json']);
  // The scratch copy's client has a method this checkout's types do not know of; its own types are checked by tsc below.
  let api: { createCustomerClient: (options: Committed.ClientOptions) => Record<string, (request: unknown, options?: unknown) => Promise<unknown>> };
  let server: FaultServer;
  const typecheck = (cases: string) => {
    writeFileSync(join(scratch.dir, 'caller.ts'), callerCode(cases));
    return spawnSync(join(scratch.dir, 'node_modules/.bin/tsc'), ['--noEmit', '-p', 'tsconfig.caller.json'], { cwd: scratch.dir, encoding: 'utf8' });
  };

  beforeAll(async () => {
    for (const [file, text] of Object.entries(FILES)) writeFileSync(join(scratch.dir, file), text.trimStart());
    const root = join(scratch.dir, 'openapi/openapi.yaml');
    writeFileSync(root, readFileSync(root, 'utf8').replace(/^paths:\n/m, `paths:\n  ${PATH}:\n    $ref: ${PATH_FILE.replace('openapi/', '')}\n`));
    const lint = spawnSync(join(scratch.dir, 'node_modules/.bin/redocly'), ['lint'], { cwd: scratch.dir, encoding: 'utf8', env: { ...process.env, REDOCLY_TELEMETRY: 'off', NO_COLOR: '1' } });
    if (lint.status !== 0) throw new Error(`the synthetic operation must pass the lint:\n${lint.stdout}${lint.stderr}`);
    runGenerate(scratch.dir);
    execFileSync(join(scratch.dir, 'node_modules/.bin/tsc'), ['-p', 'tsconfig.json'], { cwd: scratch.dir, stdio: 'pipe' });
    writeFileSync(
      join(scratch.dir, 'tsconfig.caller.json'),
      JSON.stringify({ extends: './tsconfig.json', compilerOptions: { noEmit: true, declaration: false, declarationMap: false }, include: ['caller.ts'] }),
    );
    api = await import(pathToFileURL(join(scratch.dir, 'src/index.ts')).href);
    server = await startFaultServer();
  });
  afterAll(async () => {
    await server?.close();
    scratch.remove();
  });

  it('leaves src/ untouched: the method comes from the generated table', () => {
    expect(readFileSync(join(scratch.dir, 'generated/operation-table.ts'), 'utf8')).toContain(`path: '${PATH}'`);
    expect(spawnSync('diff', ['-r', join(scratch.dir, 'src'), 'src'], { encoding: 'utf8' }).status).toBe(0);
    const client = api.createCustomerClient({ baseUrl: server.url, clientId: TEST_CLIENT_ID, clientSecret: TEST_CLIENT_SECRET });
    expect(Object.keys(client).sort()).toEqual(['getCustomer', 'sendOtp']);
  });

  it('is fully typed: an exhaustive switch over its outcomes compiles, and a missing case does not', () => {
    const complete = typecheck(BOTH_CASES);
    expect(complete.stdout + complete.stderr).toBe('');
    expect(complete.status).toBe(0);
    const missing = typecheck("    case 'otpSent':\n      return outcome.statusDesc;");
    expect(missing.status).not.toBe(0);
    expect(missing.stdout).toMatch(/caller\.ts.*not assignable to type 'never'/);
  });

  it('retries its transient outcome, and not the other', async () => {
    server.answer(json(200, { statusCode: '4', statusDesc: 'OTP service busy' }), json(200, { statusCode: '0', statusDesc: 'OTP sent' }));
    const client = api.createCustomerClient({ baseUrl: server.url, clientId: TEST_CLIENT_ID, clientSecret: TEST_CLIENT_SECRET, retry: { baseDelayMs: 1 } });
    expect(await client['sendOtp']!({ mobileNumber: '8144094480' })).toMatchObject({ ok: true, kind: 'otpSent', statusCode: '0', attempts: 2 });
    expect(server.requests).toBe(2);
    expect(JSON.parse(server.bodies[0]!)).toEqual({ mobileNumber: '8144094480' });
  });

  it('refuses invalid input before the wire', async () => {
    server.answer(raw(500, 'must not be reached'));
    const client = api.createCustomerClient({ baseUrl: server.url, clientId: TEST_CLIENT_ID, clientSecret: TEST_CLIENT_SECRET });
    expect(await client['sendOtp']!({ mobileNumber: '12345', extra: true })).toMatchObject({ ok: false, kind: 'invalidRequest', attempts: 0 });
    expect(server.requests).toBe(0);
  });

  it('is served by Prism from the regenerated contract, by example name', async () => {
    const { freePort, startPrism } = await import(pathToFileURL(join(scratch.dir, 'mock/prism.mjs')).href);
    const prism = await startPrism({ port: await freePort() });
    try {
      const client = api.createCustomerClient({ baseUrl: prism.url, clientId: TEST_CLIENT_ID, clientSecret: TEST_CLIENT_SECRET, retry: { limit: 0 } });
      const call = client['sendOtp']!;
      expect(await call({ mobileNumber: '8144094480' }, { headers: { Prefer: 'example=OtpSent' } })).toMatchObject({ ok: true, kind: 'otpSent' });
      expect(await call({ mobileNumber: '8144094480' }, { headers: { Prefer: 'example=OtpServiceBusy' } })).toMatchObject({ ok: true, kind: 'otpServiceBusy' });
    } finally {
      await prism.stop();
    }
  });
});
