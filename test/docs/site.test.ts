import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { freePort } from '../../scripts/prism.mjs';
import { describeWithBrowser } from '../support/browser.js';
import { ROOT, scratchCopy } from '../support/scratch.js';
import { GET_CUSTOMER_PATH, SPEC_PATH } from '../support/spec.js';

// What `npm run docs` reads; the site is built and served in a scratch copy, never in dist/.
const DOCS_INPUTS = ['openapi', 'lint', 'scripts', 'docs', 'redocly.yaml', 'package.json', 'CHANGELOG.md'];
const VERSION = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
interface Operation {
  operationId: string;
  summary: string;
  tags: string[];
  'x-codeSamples': { label: string; source: string }[];
}
const operation = (JSON.parse(readFileSync(SPEC_PATH, 'utf8')) as { paths: Record<string, { post: Operation }> }).paths[GET_CUSTOMER_PATH]!.post;
// Redoc's route to an operation: tag, then operationId, both lower-cased.
const OPERATION_ROUTE = `#/${operation.tags[0]!.toLowerCase()}/${operation.operationId.toLowerCase()}`;
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

// What shows once Redoc has rendered the overview, or the operation a route leads to.
const OVERVIEW_READY = `DMT Lite Customer API (${VERSION})`;
const OPERATION_READY = operation.summary;

/** The page once the heading `ready` shows, and every console error, page error and request that leaves the site. */
async function visit(browser: Browser, url: string, width: number, ownPrefix: string, ready: string) {
  const context = await browser.newContext({ viewport: { width, height: 900 }, offline: url.startsWith('file:') });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  // The request event also sees what a Content-Security-Policy blocks before it reaches the network.
  page.on('request', (request) => {
    const target = request.url();
    if (!target.startsWith(ownPrefix) && !target.startsWith('data:') && !target.startsWith('blob:')) problems.push(`request: ${target}`);
  });
  await context.route('**/*', (route) => (route.request().url().startsWith(ownPrefix) ? route.continue() : route.abort()));
  await page.goto(url);
  await page.getByRole('heading', { name: ready }).first().waitFor({ timeout: 20_000 });
  return { page, problems, close: () => context.close() };
}

/** Everything in the content column that sticks out of it, or scrolls or clips sideways. */
function overflowsOf(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const column = document.querySelector('[data-component-name="Layout/ThreePanelLayout"]');
    if (!column) return ['no content column ([data-component-name="Layout/ThreePanelLayout"]) on the page'];
    const box = column.getBoundingClientRect();
    const name = (element: Element) =>
      `<${element.tagName.toLowerCase()}${element.getAttribute('data-component-name') ? ` ${element.getAttribute('data-component-name')}` : ''}> "${(element.textContent ?? '').trim().slice(0, 40)}"`;
    const found: string[] = [];
    for (const element of Array.from(column.querySelectorAll('*'))) {
      const style = getComputedStyle(element);
      const rect = element.getBoundingClientRect();
      if (style.display === 'none' || style.visibility === 'hidden' || style.position === 'fixed' || rect.width === 0 || rect.height === 0) continue;
      if (rect.left < box.left - 1 || rect.right > box.right + 1) {
        found.push(`${name(element)} spans ${Math.round(rect.left)}..${Math.round(rect.right)} px, the column ${Math.round(box.left)}..${Math.round(box.right)} px`);
      }
      // Text cut short on purpose (an ellipsis) is not overflow; a table or code that scrolls is.
      const clips = ['auto', 'scroll', 'hidden', 'clip'].includes(style.overflowX) && style.textOverflow !== 'ellipsis';
      if (clips && element.scrollWidth > element.clientWidth + 1) found.push(`${name(element)} scrolls or clips sideways: ${element.scrollWidth} px in ${element.clientWidth} px`);
    }
    if (document.documentElement.scrollWidth > window.innerWidth) found.push(`the page scrolls sideways: ${document.documentElement.scrollWidth} px in ${window.innerWidth} px`);
    return found;
  });
}

describeWithBrowser('the docs site built by `npm run docs`', (browser) => {
  const scratch = scratchCopy(DOCS_INPUTS);
  const site = join(scratch.dir, 'dist', 'docs');
  let server: ChildProcess | undefined;
  let base = '';

  beforeAll(async () => {
    execFileSync('npm', ['run', '--silent', 'docs'], { cwd: scratch.dir, stdio: 'pipe' });
    // `npm run docs:serve` minus its build step, which just ran.
    const port = await freePort();
    server = spawn(process.execPath, ['scripts/docs-serve.mjs'], { cwd: scratch.dir, env: { ...process.env, PORT: String(port) }, stdio: ['ignore', 'pipe', 'pipe'] });
    base = await new Promise<string>((resolve, reject) => {
      let printed = '';
      const timer = setTimeout(() => reject(new Error(`docs:serve printed no URL within 30 s:\n${printed}`)), 30_000);
      const read = (chunk: Buffer) => {
        printed += chunk.toString();
        const url = /Docs site: (http:\/\/\S+)/.exec(printed)?.[1];
        if (!url) return;
        clearTimeout(timer);
        resolve(url);
      };
      server!.stdout!.on('data', read);
      server!.stderr!.on('data', read);
      server!.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`docs:serve exited with ${code}:\n${printed}`));
      });
    });
  });
  afterAll(() => {
    server?.kill();
    scratch.remove();
  });

  it('previews on loopback only, serving the page, the changelog and both contract files', async () => {
    expect(base).toBe(`http://127.0.0.1:${new URL(base).port}/`);
    for (const file of ['index.html', 'changelog.html', 'openapi.yaml', 'openapi.json']) {
      expect((await fetch(new URL(file, base))).status, file).toBe(200);
    }
    const json = (await (await fetch(new URL('openapi.json', base))).json()) as { info: { version: string } };
    expect(json.info.version).toBe(VERSION);
    expect(await (await fetch(new URL('openapi.yaml', base))).text()).toMatch(new RegExp(`^  version: ${VERSION.replaceAll('.', '\\.')}$`, 'm'));
  });

  // Each test opens its own browser context: they run side by side.
  it.concurrent('reads from the file with no network: no request beyond its own file, no console error', async ({ expect }) => {
    const file = pathToFileURL(join(site, 'index.html')).href;
    const { page, problems, close } = await visit(browser(), `${file}${OPERATION_ROUTE}`, 1280, 'file:', OPERATION_READY);
    await page.getByText('Every outcome below is HTTP 200').waitFor({ timeout: 20_000 });
    const text = await page.locator('body').innerText();
    expect(text).toContain('Get customer');
    for (const outcome of ['Customer does not exist; onboard them.', 'Customer verified, OVD not verified.', 'Internal Server Issue']) {
      expect(text).toContain(outcome);
    }
    expect(text).toMatch(/mobileNumber[\s\S]*10 ASCII digits/);
    await close();
    expect(problems).toEqual([]);
  });

  it.concurrent.for([1280, 390])('fits the content column at %i px: nothing overflows, nothing leaves the site', async (width, { expect }) => {
    const { page, problems, close } = await visit(browser(), `${base}${OPERATION_ROUTE}`, width, base, OPERATION_READY);
    // The response samples render last; measure once they are there.
    await page.locator('[data-component-name="JsonViewer/JsonViewer"]').first().waitFor({ timeout: 20_000 });
    expect(await overflowsOf(page)).toEqual([]);
    mkdirSync(join(ROOT, 'test-results'), { recursive: true });
    await page.screenshot({ path: join(ROOT, 'test-results', `docs-${width}.png`), fullPage: true });
    await close();
    expect(problems).toEqual([]);
  });

  it.concurrent('offers the TypeScript client sample next to curl, as the spec holds it', async ({ expect }) => {
    const { page, problems, close } = await visit(browser(), `${base}${OPERATION_ROUTE}`, 1280, base, OPERATION_READY);
    await page.getByRole('button', { name: 'curl', exact: true }).click();
    const languages = await page.locator('[data-component-name="Dropdown/DropdownMenuItem"]').allInnerTexts();
    expect(languages).toEqual(expect.arrayContaining(['curl', 'TypeScript client']));
    await page.locator('[data-component-name="Dropdown/DropdownMenuItem"]', { hasText: 'TypeScript client' }).click();
    const typescript = operation['x-codeSamples'].find((sample) => sample.label === 'TypeScript client')!.source;
    const shown = page.locator('pre', { hasText: 'createCustomerClient' });
    await shown.waitFor({ timeout: 10_000 });
    expect(squash(await shown.innerText())).toBe(squash(typescript));
    await close();
    expect(problems).toEqual([]);
  });

  it.concurrent('opens with authentication and with how to install the client, and credits Redoc without an empty badge', async ({ expect }) => {
    const { page, problems, close } = await visit(browser(), base, 1280, base, OVERVIEW_READY);
    const overview = await page.locator('body').innerText();
    expect(overview).toMatch(/Authentication[\s\S]*client_id[\s\S]*client_secret/);
    expect(overview).toContain('issued by the provider');
    expect(overview).toContain('from your own servers only');
    expect(overview).toContain('npm install @dmt-lite/get-customer');
    const badge = page.getByRole('link', { name: /API docs by/ });
    await expect.poll(() => badge.locator('img').evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth > 0 && image.src.startsWith('data:'))).toBe(true);
    await close();
    expect(problems).toEqual([]);
  });

  it.concurrent('links the reference to the changelog page, which lists this version', async ({ expect }) => {
    const { page, problems, close } = await visit(browser(), base, 1280, base, OVERVIEW_READY);
    await page.getByRole('link', { name: 'changelog', exact: true }).click();
    await page.waitForURL(/changelog\.html$/);
    await expect.poll(() => page.getByRole('heading', { level: 2 }).first().innerText()).toMatch(new RegExp(`^${VERSION.replaceAll('.', '\\.')} \\(`));
    await page.getByRole('link', { name: 'API reference' }).click();
    await page.getByRole('heading', { name: OVERVIEW_READY }).waitFor({ timeout: 20_000 });
    await close();
    expect(problems).toEqual([]);
  });
});
