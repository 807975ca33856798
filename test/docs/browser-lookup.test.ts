import { execFile } from 'node:child_process';
import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { ENABLE_HINT, findBrowser, launchBrowser, planBrowserTests, thisMachine, type BrowserSearch } from '../support/browser.js';
import { ROOT, scratchCopy } from '../support/scratch.js';

/** A machine with exactly these files (and directories listing them), nothing else. */
function machine(files: readonly string[], overrides: Partial<BrowserSearch> = {}): BrowserSearch {
  const separator = overrides.platform === 'win32' ? '\\' : '/';
  return {
    env: {},
    platform: 'linux',
    home: '/home/dev',
    isFile: (path) => files.includes(path),
    list: (directory) => [...new Set(files.filter((file) => file.startsWith(directory + separator)).map((file) => file.slice(directory.length + 1).split(separator)[0]!))],
    ...overrides,
  };
}

describe('browser lookup', () => {
  it('uses the browser CHROME_PATH names, even with another one installed', () => {
    const search = machine(['/usr/bin/chromium', '/opt/my/chrome'], { env: { CHROME_PATH: '/opt/my/chrome' } });
    expect(planBrowserTests(search)).toEqual({ run: '/opt/my/chrome' });
  });

  it('refuses a CHROME_PATH that names no file instead of falling back, in CI or not', () => {
    for (const env of [{ CHROME_PATH: '/opt/typo/chrome' }, { CHROME_PATH: '/opt/typo/chrome', CI: 'true' }]) {
      const plan = planBrowserTests(machine(['/usr/bin/chromium'], { env }));
      expect(plan).toEqual({ fail: 'CHROME_PATH=/opt/typo/chrome is not a file; fix it or unset it.' });
    }
  });

  it('finds system installs on Linux, macOS and Windows', () => {
    expect(findBrowser(machine(['/usr/bin/google-chrome-stable']))).toEqual({ found: '/usr/bin/google-chrome-stable' });
    expect(findBrowser(machine(['/snap/bin/chromium']))).toEqual({ found: '/snap/bin/chromium' });
    expect(findBrowser(machine(['/home/dev/.nix-profile/bin/chromium'], { env: { PATH: '/usr/local/bin:/home/dev/.nix-profile/bin' } }))).toEqual({
      found: '/home/dev/.nix-profile/bin/chromium',
    });
    const mac = '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome';
    expect(findBrowser(machine([mac], { platform: 'darwin', home: '/Users/dev' }))).toEqual({ found: mac });
    const windows = 'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe';
    expect(findBrowser(machine([windows], { platform: 'win32', env: { PROGRAMFILES: 'C:\\Program Files' } }))).toEqual({ found: windows });
  });

  it("finds Playwright's browser cache, newest build first, wherever PLAYWRIGHT_BROWSERS_PATH puts it", () => {
    const linux = ['/home/dev/.cache/ms-playwright/chromium-1200/chrome-linux/chrome', '/home/dev/.cache/ms-playwright/chromium-1255/chrome-linux64/chrome'];
    expect(findBrowser(machine(linux))).toEqual({ found: linux[1] });
    expect(findBrowser(machine(['/srv/pw/chromium-1255/chrome-linux64/chrome'], { env: { PLAYWRIGHT_BROWSERS_PATH: '/srv/pw' } }))).toEqual({
      found: '/srv/pw/chromium-1255/chrome-linux64/chrome',
    });
    const mac = '/Users/dev/Library/Caches/ms-playwright/chromium-1255/chrome-mac-arm64/Google Chrome for Testing.app/Contents/MacOS/Google Chrome for Testing';
    expect(findBrowser(machine([mac], { platform: 'darwin', home: '/Users/dev' }))).toEqual({ found: mac });
    const windows = 'C:\\Users\\dev\\AppData\\Local\\ms-playwright\\chromium-1255\\chrome-win64\\chrome.exe';
    expect(findBrowser(machine([windows], { platform: 'win32', env: { LOCALAPPDATA: 'C:\\Users\\dev\\AppData\\Local' } }))).toEqual({ found: windows });
  });

  it('with no browser anywhere: skip with a hint outside CI, fail inside it', () => {
    expect(planBrowserTests(machine([]))).toEqual({ skip: `Browser tests skipped: no Chrome or Chromium found; ${ENABLE_HINT}.` });
    expect(planBrowserTests(machine([], { env: { CI: 'false' } }))).toHaveProperty('skip');
    expect(planBrowserTests(machine([], { env: { CI: 'true' } }))).toEqual({
      fail: `CI=true and no Chrome or Chromium found: CI must run the browser tests; ${ENABLE_HINT}.`,
    });
    expect(planBrowserTests(machine([], { env: { CI: '1' } }))).toHaveProperty('fail');
  });
});

describe('the browser tests, run by vitest', () => {
  const scratch = scratchCopy([]);
  afterAll(scratch.remove);
  const helper = join(ROOT, 'test/support/browser.ts');

  it.skipIf(process.platform === 'win32')('launch the executable CHROME_PATH names', async () => {
    // A stand-in that records how it was started and then dies: launching fails, but it ran.
    const fake = join(scratch.dir, 'fake-chrome');
    const record = join(scratch.dir, 'fake-chrome.args');
    writeFileSync(fake, `#!/bin/sh\necho "$@" > '${record}'\nexit 1\n`);
    chmodSync(fake, 0o755);
    const plan = planBrowserTests({ ...thisMachine(), env: { CHROME_PATH: fake } });
    expect(plan).toEqual({ run: fake });
    await expect(launchBrowser(fake)).rejects.toThrow();
    expect(readFileSync(record, 'utf8')).toContain('--disable-background-networking');
  });
});
