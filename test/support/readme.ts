import { readFileSync } from 'node:fs';

const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
  name: string;
  exports: Record<string, string | { types: string }>;
};

/** The README's TypeScript code blocks, in order. */
export const readmeBlocks: readonly string[] = [
  ...readFileSync(new URL('../../README.md', import.meta.url), 'utf8').matchAll(/```ts\n([\s\S]*?)```/g),
].map((match) => match[1]!);

/**
 * Points the package's own entry points (`@dmt-lite/get-customer`, `.../testing`, ...) at their
 * sources, for a file written two folders below the root (test/<folder>/).
 */
export function importsFromSource(code: string): string {
  return code.replace(new RegExp(`'${manifest.name.replace('/', '\\/')}(/[\\w.-]+)?'`, 'g'), (specifier, subpath = '') => {
    const target = manifest.exports[`.${subpath}`];
    if (typeof target !== 'object') return specifier;
    // ./dist/src/testing/index.d.ts -> ../../src/testing/index.js
    return `'../../${target.types.replace(/^\.\/dist\//, '').replace(/\.d\.ts$/, '.js')}'`;
  });
}
