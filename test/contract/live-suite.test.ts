import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { TEST_CLIENT_ID, TEST_CLIENT_SECRET } from '../support/requests.js';
import { scratchCopy } from '../support/scratch.js';

const run = promisify(execFile);
// What `npm run test:live` reads, copied so that its runs write nothing into the worktree.
const scratch = scratchCopy(['generated', 'test/live', 'test/support', 'vitest.live.config.ts', 'package.json']);
afterAll(scratch.remove);

type Outcome = { code: number; stdout: string; stderr: string };
const liveSuite = (env: Record<string, string>, args: string[] = []): Promise<Outcome> =>
  run('npm', ['run', '--silent', 'test:live', ...(args.length ? ['--', ...args] : [])], {
    cwd: scratch.dir,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', DMT_BASE_URL: '', DMT_CLIENT_ID: '', DMT_CLIENT_SECRET: '', DMT_TARGET: '', DMT_REPORT: '', ...env },
    timeout: 120_000,
  }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: Outcome) => ({ code: error.code, stdout: error.stdout, stderr: error.stderr }),
  );
const prism = () => ({ DMT_BASE_URL: inject('prismUrl'), DMT_CLIENT_ID: TEST_CLIENT_ID, DMT_CLIENT_SECRET: TEST_CLIENT_SECRET });

// QA point `npm run test:live` at a real environment; here it runs against the mock, which
// implements the contract, to prove the suite itself works. (test/provider/ proves it against a
// local provider and its drifted variants.)
describe('`npm run test:live`', () => {
  it('passes against the Prism mock with DMT_TARGET=mock, skipping only what a mock cannot know', async () => {
    const { code, stdout } = await liveSuite({ ...prism(), DMT_TARGET: 'mock' }, ['--reporter=verbose']);
    expect(code, stdout).toBe(0);
    expect(stdout).toMatch(/Tests\s+\d+ passed \| 3 skipped/);
    expect(stdout).toContain('[not sent to a mock: the mock knows no agents');
    expect(stdout).toContain('[not sent to a mock: the mock checks that client_secret is present, not its value]');
    expect(stdout).toContain('[the mock answers with the contract\'s fixed examples: it cannot echo a number they do not carry]');
    for (const check of ['answer:', 'schema:', 'pairing:', 'echo:', 'refusal:', 'consistency:', 'ip-forms:', 'unknown-customer:']) expect(stdout).toContain(check);
  });

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
