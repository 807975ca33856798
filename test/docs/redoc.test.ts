import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const DOCS = fileURLToPath(new URL('../../dist/docs/index.html', import.meta.url));
const CHROMIUM = '/usr/bin/chromium';

let browser: Browser;
beforeAll(async () => {
  execFileSync('npm', ['run', '--silent', 'docs'], { cwd: root, stdio: 'pipe' });
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install chromium (.ci/run does this).`);
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-background-networking', '--disable-gpu', '--disable-component-update', '--no-first-run'],
  });
});
afterAll(() => browser?.close());

describe('the Redoc page built by `npm run docs`', () => {
  it('renders the contract in Chromium with no network at all', async () => {
    const context = await browser.newContext({ offline: true });
    const page = await context.newPage();
    const leftTheFile: string[] = [];
    // Every request that is not the file itself or inline data would need a network.
    await page.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith('file:') || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
      leftTheFile.push(url);
      return route.abort();
    });

    await page.setViewportSize({ width: 1400, height: 1000 });
    await page.goto(pathToFileURL(DOCS).href);
    await page.getByText('DMT Lite Customer API (1.0.0)').waitFor({ timeout: 20_000 });
    // A reader opens the operation from the page, as they would.
    await page.getByText('/common/dmt-lite/unified/customer/get-customer').first().click();
    await page.getByText('Every outcome below is HTTP 200').waitFor({ timeout: 20_000 });
    const text = await page.locator('body').innerText();

    expect(text).toContain('Get customer');
    expect(text).toContain('Every outcome below is HTTP 200');
    for (const outcome of ['Customer does not exist; onboard them.', 'Customer verified, OVD not verified.', 'Internal Server Issue']) {
      expect(text).toContain(outcome);
    }
    expect(text).toContain('ClientId and ClientSecret');
    expect(text).toMatch(/mobileNumber[\s\S]*10 ASCII digits/);
    // The 200 body is a union discriminated by statusCode: Redoc offers a selector for it.
    expect(text).toMatch(/statusCode[\s\S]*Discriminator/);

    mkdirSync(fileURLToPath(new URL('../../test-results', import.meta.url)), { recursive: true });
    await page.screenshot({ path: fileURLToPath(new URL('../../test-results/docs.png', import.meta.url)), fullPage: false });
    await context.close();
    expect(leftTheFile).toEqual([]);
  });
});
