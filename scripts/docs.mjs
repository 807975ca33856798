// `npm run docs`: the docs site in dist/docs/, ready for any static host as it is:
//   index.html      the Redoc reference (one self-contained file, readable offline)
//   changelog.html  CHANGELOG.md as a page, linked from the reference
//   openapi.yaml, openapi.json  the bundled contract to download
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { marked } from 'marked';
import { ROOT, redoclyOrExit } from './redocly.mjs';

const OUT = join(ROOT, 'dist', 'docs');
rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });

// 1. The reference. Redoc options (layout, code sample languages, downloads) are in redocly.yaml.
const page = join(OUT, 'index.html');
redoclyOrExit(['build-docs', 'get-customer', '--inlineBundle', '--template', 'docs/template.hbs', '--output', page], 'Building the Redoc page');

// Redoc's sidebar badge ("API docs by" + logo) loads its logo from a CDN once the page runs.
// The page's policy would block it, but the browser would still log the blocked request, and
// the badge would show empty. An inline logo keeps the credit with no request at all.
const CDN_LOGOS = ['https://cdn.redoc.ly/redoc/logo-mini-full.svg', 'https://cdn.redoc.ly/redoc/logo-mini.svg'];
const inlineLogo = (text, width) =>
  `data:image/svg+xml,${encodeURIComponent(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="14" viewBox="0 0 ${width} 14"><text x="0" y="11" font-family="sans-serif" font-size="12" font-weight="700" fill="#0044d4">${text}</text></svg>`,
  )}`;
let html = readFileSync(page, 'utf8');
for (const [index, url] of CDN_LOGOS.entries()) {
  if (!html.includes(url)) throw new Error(`Redoc no longer loads ${url}; check that the docs page makes no request (test/docs/site.test.ts) and update scripts/docs.mjs.`);
  html = html.replaceAll(url, index === 0 ? inlineLogo('Redoc', 42) : inlineLogo('R', 10));
}
writeFileSync(page, html);

// 2. The contract to download, bundled from openapi/ as the page is.
redoclyOrExit(['bundle', 'get-customer', '--ext', 'yaml', '--output', join(OUT, 'openapi.yaml')], 'Bundling openapi.yaml');
redoclyOrExit(['bundle', 'get-customer', '--ext', 'json', '--output', join(OUT, 'openapi.json')], 'Bundling openapi.json');

// 3. The changelog page, in the same offline-only policy as the reference.
const changelog = marked.parse(readFileSync(join(ROOT, 'CHANGELOG.md'), 'utf8'), { async: false });
const shell = readFileSync(join(ROOT, 'docs', 'changelog.html'), 'utf8');
if (!shell.includes('<!-- changelog -->')) throw new Error('docs/changelog.html lost its <!-- changelog --> marker.');
writeFileSync(join(OUT, 'changelog.html'), shell.replace('<!-- changelog -->', changelog));

console.log(`Docs site in ${OUT}: index.html, changelog.html, openapi.yaml, openapi.json.`);
