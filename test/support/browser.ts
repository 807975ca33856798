import { existsSync, readdirSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { posix, win32 } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';

/**
 * Finds a Chrome or Chromium for the browser tests, the way people have one:
 * 1. `CHROME_PATH`, when set, and nothing else (a path to a missing file is an error, so a typo
 *    never falls back to another browser silently);
 * 2. the usual system installs (Debian and other Linux paths, snap, `PATH`; Google Chrome and
 *    Chromium on macOS and Windows);
 * 3. Playwright's browser cache (`npx playwright-core install chromium`), honouring
 *    `PLAYWRIGHT_BROWSERS_PATH`.
 * Without one, the browser tests are skipped on a developer's machine and fail in CI (`CI` set).
 */

/** Where and how to look; tests pass their own so that they never depend on this machine. */
export interface BrowserSearch {
  env: Readonly<Record<string, string | undefined>>;
  platform: NodeJS.Platform;
  home: string;
  isFile: (path: string) => boolean;
  /** Entry names of a directory; empty when it does not exist. */
  list: (directory: string) => string[];
}

export function thisMachine(): BrowserSearch {
  return {
    env: process.env,
    platform: process.platform,
    home: homedir(),
    isFile: (path) => {
      try {
        return statSync(path).isFile();
      } catch {
        return false;
      }
    },
    list: (directory) => (existsSync(directory) ? readdirSync(directory) : []),
  };
}

export const ENABLE_HINT = 'enable them with `npx playwright-core install chromium`, or point CHROME_PATH at a Chrome or Chromium executable';

/** Executable names a system install puts on PATH. */
const PATH_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

function systemPaths({ env, platform, home }: BrowserSearch): string[] {
  if (platform === 'win32') {
    const roots = [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA].filter((root): root is string => Boolean(root));
    return roots.flatMap((root) => [
      win32.join(root, 'Google', 'Chrome', 'Application', 'chrome.exe'),
      win32.join(root, 'Chromium', 'Application', 'chrome.exe'),
    ]);
  }
  if (platform === 'darwin') {
    const apps = ['/Applications', posix.join(home, 'Applications')];
    return apps.flatMap((apps) => [
      posix.join(apps, 'Google Chrome.app/Contents/MacOS/Google Chrome'),
      posix.join(apps, 'Chromium.app/Contents/MacOS/Chromium'),
      posix.join(apps, 'Google Chrome for Testing.app/Contents/MacOS/Google Chrome for Testing'),
    ]);
  }
  const onPath = (env.PATH ?? '').split(':').filter(Boolean).flatMap((directory) => PATH_NAMES.map((name) => posix.join(directory, name)));
  return [
    ...PATH_NAMES.map((name) => `/usr/bin/${name}`),
    '/snap/bin/chromium',
    '/var/lib/snapd/snap/bin/chromium',
    '/opt/google/chrome/chrome',
    ...onPath,
  ];
}

/** Playwright's cache folder, as playwright-core computes it. */
function playwrightCache({ env, platform, home }: BrowserSearch): string | undefined {
  const path = platform === 'win32' ? win32 : posix;
  const configured = env.PLAYWRIGHT_BROWSERS_PATH;
  // "0" means "next to playwright-core", which is where `npx playwright-core install` put it.
  if (configured === '0') return undefined;
  if (configured) return configured;
  if (platform === 'win32') return path.join(env.LOCALAPPDATA ?? path.join(home, 'AppData', 'Local'), 'ms-playwright');
  if (platform === 'darwin') return path.join(home, 'Library', 'Caches', 'ms-playwright');
  return path.join(env.XDG_CACHE_HOME ?? path.join(home, '.cache'), 'ms-playwright');
}

/** Inside `chromium-<revision>/`: today's Chrome for Testing layout, then the older Chromium one. */
const PLAYWRIGHT_LAYOUTS: Partial<Record<NodeJS.Platform, string[][]>> = {
  linux: [['chrome-linux64', 'chrome'], ['chrome-linux-arm64', 'chrome'], ['chrome-linux', 'chrome']],
  darwin: [
    ['chrome-mac-arm64', 'Google Chrome for Testing.app', 'Contents', 'MacOS', 'Google Chrome for Testing'],
    ['chrome-mac-x64', 'Google Chrome for Testing.app', 'Contents', 'MacOS', 'Google Chrome for Testing'],
    ['chrome-mac', 'Chromium.app', 'Contents', 'MacOS', 'Chromium'],
  ],
  win32: [['chrome-win64', 'chrome.exe'], ['chrome-win', 'chrome.exe']],
};

function playwrightPaths(search: BrowserSearch): string[] {
  const cache = playwrightCache(search);
  const layouts = PLAYWRIGHT_LAYOUTS[search.platform];
  if (!cache || !layouts) return [];
  const path = search.platform === 'win32' ? win32 : posix;
  const revision = (name: string) => Number(name.slice('chromium-'.length));
  // Any revision will do (the path is given explicitly); the newest first.
  const builds = search
    .list(cache)
    .filter((name) => /^chromium-\d+$/.test(name))
    .sort((a, b) => revision(b) - revision(a));
  return builds.flatMap((build) => layouts.map((layout) => path.join(cache, build, ...layout)));
}

/** Every place looked at, in order. */
export function candidatePaths(search: BrowserSearch): string[] {
  return [...systemPaths(search), ...playwrightPaths(search)];
}

export type BrowserLookup = { found: string } | { missing: string } | { error: string };

export function findBrowser(search: BrowserSearch = thisMachine()): BrowserLookup {
  const explicit = search.env.CHROME_PATH;
  if (explicit) {
    return search.isFile(explicit) ? { found: explicit } : { error: `CHROME_PATH=${explicit} is not a file; fix it or unset it.` };
  }
  const found = candidatePaths(search).find((path) => search.isFile(path));
  return found ? { found } : { missing: 'no Chrome or Chromium found' };
}

/** What the browser tests do on this machine: run with a browser, be skipped, or fail. */
export type BrowserPlan = { run: string } | { skip: string } | { fail: string };

export function isCI(env: BrowserSearch['env']): boolean {
  const value = env.CI?.trim().toLowerCase();
  return Boolean(value) && value !== 'false' && value !== '0';
}

export function planBrowserTests(search: BrowserSearch = thisMachine()): BrowserPlan {
  const lookup = findBrowser(search);
  if ('found' in lookup) return { run: lookup.found };
  if ('error' in lookup) return { fail: lookup.error };
  if (isCI(search.env)) return { fail: `CI=${search.env.CI} and ${lookup.missing}: CI must run the browser tests; ${ENABLE_HINT}.` };
  return { skip: `Browser tests skipped: ${lookup.missing}; ${ENABLE_HINT}.` };
}

export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-background-networking', '--disable-gpu', '--disable-component-update', '--no-first-run'];

/** Launches the planned browser; bounded, so a broken executable fails instead of hanging. */
export function launchBrowser(executablePath: string): Promise<Browser> {
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS, timeout: 30_000 });
}

/**
 * `describe` for tests that need Chromium. With a browser, `body` gets it (launched before and
 * closed after the suite). Without one, the suite is skipped (outside CI) or replaced by one
 * failing test that says why (in CI, or when CHROME_PATH is wrong).
 */
export function describeWithBrowser(name: string, body: (browser: () => Browser) => void, plan: BrowserPlan = planBrowserTests()): void {
  if ('skip' in plan) {
    describe.skip(name, () => body(() => {
      throw new Error(plan.skip);
    }));
    return;
  }
  if ('fail' in plan) {
    describe(name, () => {
      it('has a browser to run in', () => {
        throw new Error(plan.fail);
      });
    });
    return;
  }
  describe(name, () => {
    let browser: Browser | undefined;
    beforeAll(async () => {
      browser = await launchBrowser(plan.run);
    });
    afterAll(() => browser?.close());
    body(() => {
      if (!browser) throw new Error('The browser is not launched yet: use it inside a test or hook.');
      return browser;
    });
  });
}
