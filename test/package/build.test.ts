import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PACKAGE_INPUTS, scratchCopy } from '../support/scratch.js';

// Built in a scratch copy, so that this file can run next to others that read dist/.
const scratch = scratchCopy(PACKAGE_INPUTS);
afterAll(scratch.remove);
const root = `${scratch.dir}/`;
const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
  exports: Record<string, { types: string; default: string } | string>;
};
const exportTargets = Object.values(manifest.exports).flatMap((target) => (typeof target === 'string' ? [target] : Object.values(target)));

describe('`npm run build`', () => {
  beforeAll(() => {
    execFileSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: 'pipe' });
  });
  const entry = manifest.exports['.'] as { types: string; default: string };

  it('emits the ES module and the type declarations that package.json exports', () => {
    expect(existsSync(new URL(entry.default, pathToFileURL(root)))).toBe(true);
    expect(existsSync(new URL(entry.types, pathToFileURL(root)))).toBe(true);
    expect(readFileSync(new URL(entry.types, pathToFileURL(root)), 'utf8')).toContain('createCustomerClient');
  });

  it('is importable as plain JavaScript, with the public API and nothing internal', async () => {
    const api = (await import(new URL(entry.default, pathToFileURL(root)).href)) as Record<string, unknown>;
    expect(Object.keys(api).sort()).toEqual(
      [
        'AbortedError',
        'ContractViolationError',
        'CustomerClientError',
        'HttpStatusError',
        'InvalidBodyError',
        'InvalidRequestError',
        'NetworkError',
        'GET_CUSTOMER_OUTCOME_KINDS',
        'OUTCOME_KIND_BY_STATUS_CODE',
        'ResponseFailure',
        'ResponseInfo',
        'TimeoutError',
        'UnknownStatusCodeError',
        'buildLatLong',
        'checkMobileNumber',
        'checkPublicIp',
        'createCustomerClient',
      ].sort(),
    );
  });

  it('packs every file package.json exports, its source maps\' sources and the licence', () => {
    const [pack] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8' })) as [{ files: { path: string }[] }];
    const packed = new Set(pack.files.map((file) => file.path));
    for (const target of exportTargets) expect(packed, target).toContain(target.replace(/^\.\//, ''));
    expect(packed).toContain('LICENSE');
    expect(packed).toContain('src/client.ts');
    expect([...packed].filter((path) => path.startsWith('test/') || path.startsWith('node_modules/'))).toEqual([]);
  });
});
