import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { importsFromSource, readmeBlocks } from '../support/readme.js';

// The README's test-kit examples are a team's own test files: each one is written next to the
// tests with the package's imports pointed at the sources and imported here while vitest
// collects, so its describe/it blocks run as part of this file. (test/docs/examples.test.ts
// type-checks them with every other README block.)
const folder = fileURLToPath(new URL('../.readme-kit/', import.meta.url));
const kitExamples = readmeBlocks.filter((code) => code.includes("from 'vitest'"));
mkdirSync(folder, { recursive: true });
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('README test-kit examples', () => {
  it('exist: the fake provider and the MSW handlers', () => {
    expect(kitExamples.map((code) => code.match(/from '@dmt-lite\/get-customer\/(testing|msw)'/)?.[1])).toEqual(['testing', 'msw']);
  });
});

for (const [index, code] of kitExamples.entries()) {
  const file = `${folder}example-${index + 1}.ts`;
  writeFileSync(file, importsFromSource(code));
  await import(pathToFileURL(file).href);
}
