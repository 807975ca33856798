import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { liveSuiteRunner, prism } from '../support/live-suite.js';
import { TEST_CLIENT_SECRET } from '../support/requests.js';

const { scratch, liveSuite } = liveSuiteRunner();

// The live suite's other modes and refusals, a run each (npm run test:slow); live-suite.test.ts
// proves the mock-mode pass in `npm test`.
describe('`npm run test:live`, its modes and refusals', () => {
  it('never takes the mock\'s answers from a provider: the same mock fails with DMT_TARGET=provider', async () => {
    const { code, stdout, stderr } = await liveSuite(prism());
    const output = stdout + stderr;
    expect(code).not.toBe(0);
    expect(output).toContain('[refusal] invalid mobileNumber (6 digits): answered HTTP 422');
    expect(output).toContain("HTTP 422 is the Prism mock's answer, not the provider's");
    expect(output).toContain('client_secret: ***');
    expect(output).not.toContain(TEST_CLIENT_SECRET);
  });

  it('writes a JSON report with `--reporter=json`, failure reports included', async () => {
    const { code } = await liveSuite(prism(), ['--reporter=json']);
    expect(code).not.toBe(0);
    const report = JSON.parse(readFileSync(join(scratch.dir, 'test-results/live-report.json'), 'utf8')) as {
      testResults: { assertionResults: { status: string; failureMessages: string[] }[] }[];
    };
    const failures = report.testResults[0]!.assertionResults.filter((test) => test.status === 'failed');
    // The mock refuses the provider's way nowhere, and echoes its fixed example for any number.
    const checks = new Set(failures.map((test) => /^\[([a-z-]+)\] /.exec(test.failureMessages[0]!)?.[1]));
    expect(checks).toEqual(new Set(['refusal', 'echo']));
    expect(JSON.stringify(report)).not.toContain(TEST_CLIENT_SECRET);
  });

  it('refuses to run without a target, saying what it needs', async () => {
    const failure = await liveSuite({});
    expect(failure.code).not.toBe(0);
    expect(`${failure.stdout}${failure.stderr}`).toContain('needs DMT_BASE_URL, DMT_CLIENT_ID and DMT_CLIENT_SECRET');
  });

  it('refuses an override that breaks the request schema, naming it, before sending anything', async () => {
    const failure = await liveSuite({ ...prism(), DMT_TARGET: 'mock', DMT_MOBILE_NUMBER: '+918144094480' });
    expect(failure.code).not.toBe(0);
    expect(`${failure.stdout}${failure.stderr}`).toContain('with the DMT_* overrides breaks the contract\'s request schema: /mobileNumber must match pattern');
  });
});
