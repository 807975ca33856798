import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, scratchCopy } from '../support/scratch.js';

// What `.ci/run` counts when no browser is found: skipped outside CI, failed inside it. Each
// case is a child vitest with its real reporter (npm run test:slow); browser-lookup.test.ts
// proves the lookup itself in npm test.
describe('the browser tests, run by vitest on a machine without a browser', () => {
  const scratch = scratchCopy([]);
  afterAll(scratch.remove);
  const helper = join(ROOT, 'test/support/browser.ts');

  // The real reporter decides what `.ci/run` counts, so a one-test project runs in a child vitest.
  writeFileSync(join(scratch.dir, 'vitest.config.mjs'), "export default { test: { include: ['needs-browser.test.ts'] } };\n");
  writeFileSync(
    join(scratch.dir, 'needs-browser.test.ts'),
    `import { expect, it } from 'vitest';
import { describeWithBrowser, planBrowserTests } from ${JSON.stringify(helper)};
const nowhere = { env: process.env, platform: 'linux' as const, home: '/nowhere', isFile: () => false, list: () => [] };
describeWithBrowser('needs a browser', (browser) => {
  it('renders', () => expect(browser().version()).toBeTruthy());
}, planBrowserTests(nowhere));
`,
  );

  async function runVitest(ci: string | undefined) {
    const { CI: _ours, ...inherited } = process.env;
    const env = ci === undefined ? inherited : { ...inherited, CI: ci };
    const args = [join(ROOT, 'node_modules/vitest/vitest.mjs'), 'run', '--root', scratch.dir, '--reporter=json', '--outputFile=report.json'];
    const exit = await promisify(execFile)(process.execPath, args, { cwd: scratch.dir, env, timeout: 60_000 }).then(
      () => 0,
      (error: { code: number }) => error.code,
    );
    const report = JSON.parse(readFileSync(join(scratch.dir, 'report.json'), 'utf8')) as {
      numPassedTests: number;
      numFailedTests: number;
      numPendingTests: number;
      testResults: { assertionResults: { failureMessages: string[] }[] }[];
    };
    return { exit, report, failures: report.testResults.flatMap((file) => file.assertionResults.flatMap((test) => test.failureMessages)).join('\n') };
  }

  it('are reported as skipped when no browser is found outside CI', async () => {
    const { exit, report } = await runVitest(undefined);
    expect(exit).toBe(0);
    expect(report).toMatchObject({ numPassedTests: 0, numFailedTests: 0, numPendingTests: 1 });
  });

  it('fail when no browser is found in CI', async () => {
    const { exit, report, failures } = await runVitest('true');
    expect(exit).toBe(1);
    expect(report).toMatchObject({ numPassedTests: 0, numFailedTests: 1, numPendingTests: 0 });
    expect(failures).toContain('CI must run the browser tests');
  });
});
