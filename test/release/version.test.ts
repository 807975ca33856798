import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/scratch.js';
import { packageVersion, releasedVersion, specVersion } from '../../scripts/versions.mjs';

const version: string = packageVersion();

describe('one version', () => {
  it('package.json, openapi/openapi.yaml and the bundled contract hold the same version', () => {
    expect(specVersion()).toBe(version);
    expect((JSON.parse(readFileSync(join(ROOT, 'generated/openapi.json'), 'utf8')) as { info: { version: string } }).info.version).toBe(version);
    expect((JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as { version: string }).version).toBe(version);
  });

  it('is released: the snapshot in released/ and a CHANGELOG.md section carry it (versions change only through `npm run release`)', () => {
    expect(releasedVersion()).toBe(version);
    expect(readFileSync(join(ROOT, 'CHANGELOG.md'), 'utf8')).toMatch(new RegExp(`^## ${version.replaceAll('.', '\\.')} \\(\\d{4}-\\d{2}-\\d{2}\\)$`, 'm'));
  });
});
