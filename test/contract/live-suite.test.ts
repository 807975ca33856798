import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, inject, it } from 'vitest';
import { TEST_CLIENT_ID, TEST_CLIENT_SECRET } from '../support/requests.js';
import { ROOT } from '../support/scratch.js';

const run = promisify(execFile);
const liveSuite = (env: Record<string, string>) =>
  run('npm', ['run', '--silent', 'test:live'], { cwd: ROOT, env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', DMT_BASE_URL: '', DMT_CLIENT_ID: '', DMT_CLIENT_SECRET: '', ...env }, timeout: 120_000 });

// QA point `npm run test:live` at a real environment; here it runs against the mock, which
// implements the contract, to prove the suite itself works.
describe('`npm run test:live`', () => {
  it('passes against a server that implements the contract', async () => {
    const { stdout } = await liveSuite({ DMT_BASE_URL: inject('prismUrl'), DMT_CLIENT_ID: TEST_CLIENT_ID, DMT_CLIENT_SECRET: TEST_CLIENT_SECRET });
    expect(stdout).toMatch(/Tests\s+\d+ passed/);
    expect(stdout).not.toMatch(/failed|skipped/);
  });

  it('refuses to run without a target, saying what it needs', async () => {
    const failure = await liveSuite({}).then(() => undefined, (error: { code: number; stdout: string; stderr: string }) => error);
    expect(failure?.code).not.toBe(0);
    expect(`${failure?.stdout}${failure?.stderr}`).toContain('needs DMT_BASE_URL, DMT_CLIENT_ID and DMT_CLIENT_SECRET');
  });
});
