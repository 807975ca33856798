import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, inject } from 'vitest';
import { TEST_CLIENT_ID, TEST_CLIENT_SECRET } from './requests.js';
import { scratchCopy } from './scratch.js';

const run = promisify(execFile);

export type Outcome = { code: number; stdout: string; stderr: string };

/**
 * Runs the real `npm run test:live` in a scratch copy of what it reads, so that its runs write
 * nothing into the worktree; the copy goes when the test file ends.
 */
export function liveSuiteRunner() {
  const scratch = scratchCopy(['generated', 'test/live', 'test/support', 'vitest.live.config.ts', 'package.json']);
  afterAll(scratch.remove);
  const liveSuite = (env: Record<string, string>, args: string[] = []): Promise<Outcome> =>
    run('npm', ['run', '--silent', 'test:live', ...(args.length ? ['--', ...args] : [])], {
      cwd: scratch.dir,
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', DMT_BASE_URL: '', DMT_CLIENT_ID: '', DMT_CLIENT_SECRET: '', DMT_TARGET: '', DMT_REPORT: '', ...env },
      timeout: 120_000,
    }).then(
      ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
      (error: Outcome) => ({ code: error.code, stdout: error.stdout, stderr: error.stderr }),
    );
  return { scratch, liveSuite };
}

/** The Prism mock of this test run, with test credentials. */
export const prism = () => ({ DMT_BASE_URL: inject('prismUrl'), DMT_CLIENT_ID: TEST_CLIENT_ID, DMT_CLIENT_SECRET: TEST_CLIENT_SECRET });
