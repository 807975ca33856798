// The README's TypeScript blocks and the spec's TypeScript code sample are examples readers copy,
// so they must compile: run as a script, this writes each of them under test/.readme-types/,
// with the package's own imports pointed at the sources, for `npm run typecheck` to compile with
// everything else (strict, exactOptionalPropertyTypes). test/docs/examples.test.ts runs them.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = new URL('../', import.meta.url);
const manifest = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));

/** The README's TypeScript code blocks, in order. @type {string[]} */
export const readmeBlocks = [...readFileSync(new URL('README.md', root), 'utf8').matchAll(/```ts\n([\s\S]*?)```/g)].map((match) => match[1] ?? '');

/** The spec's TypeScript code samples (x-codeSamples), as the docs show them. @returns {string[]} */
export function typescriptCodeSample() {
  const spec = JSON.parse(readFileSync(new URL('generated/openapi.json', root), 'utf8'));
  const samples = Object.values(spec.paths).flatMap((item) => Object.values(item).flatMap((operation) => operation['x-codeSamples'] ?? []));
  return samples.filter((sample) => sample.lang === 'TypeScript').map((sample) => sample.source);
}

/**
 * Points the package's own entry points (`@dmt-lite/get-customer`, `.../testing`, ...) at their
 * sources, for a file written two folders below the root (test/<folder>/).
 * @param {string} code
 */
export function importsFromSource(code) {
  return code.replace(new RegExp(`'${manifest.name.replace('/', '\\/')}(/[\\w.-]+)?'`, 'g'), (specifier, subpath = '') => {
    const target = manifest.exports[`.${subpath}`];
    if (typeof target !== 'object') return specifier;
    // ./dist/src/testing/index.d.ts -> ../../src/testing/index.js
    return `'../../${target.types.replace(/^\.\/dist\//, '').replace(/\.d\.ts$/, '.js')}'`;
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const folder = new URL('test/.readme-types/', root);
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  const examples = [...readmeBlocks.map((code, index) => [`readme-${index + 1}`, code]), ...typescriptCodeSample().map((code, index) => [`code-sample-${index + 1}`, code])];
  for (const [name, code] of examples) writeFileSync(new URL(`${name}.ts`, folder), `${importsFromSource(code)}\nexport {};\n`);
}
