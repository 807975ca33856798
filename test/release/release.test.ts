import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import semver from 'semver';
import { afterAll, describe, expect, it } from 'vitest';
import { RELEASE_INPUTS, addOptionalResponseField, editDescription, renameResponseField } from '../support/contract-edits.js';
import { scratchCopy } from '../support/scratch.js';
import { packageVersion, specVersion } from '../../scripts/versions.mjs';

const released: string = packageVersion();

function npm(dir: string, args: string[]): { status: number | null; output: string } {
  const run = spawnSync('npm', args, { cwd: dir, encoding: 'utf8', timeout: 120_000, env: { ...process.env, NO_COLOR: '1' } });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}
const read = (dir: string, file: string) => readFileSync(join(dir, file), 'utf8');

/** Every file under `folder`, by path relative to it, with its content. */
function tree(folder: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (path: string) => {
    for (const name of readdirSync(path)) {
      const child = join(path, name);
      if (statSync(child).isDirectory()) walk(child);
      else files[relative(folder, child)] = readFileSync(child, 'utf8');
    }
  };
  walk(folder);
  return files;
}

describe('`npm run release`', () => {
  const scratch = scratchCopy(RELEASE_INPUTS);
  afterAll(scratch.remove);
  const dir = scratch.dir;
  const minor = semver.inc(released, 'minor')!;

  it('refuses a bump smaller than the changes need, and writes nothing', () => {
    const probe = scratchCopy(RELEASE_INPUTS);
    try {
      renameResponseField(probe.dir);
      const before = { manifest: read(probe.dir, 'package.json'), changelog: read(probe.dir, 'CHANGELOG.md'), released: tree(join(probe.dir, 'released')) };
      const { status, output } = npm(probe.dir, ['run', '--silent', 'release', '--', 'minor']);
      expect(status, output).toBe(1);
      expect(output).toContain(`a minor release (${minor}) is too small for these changes: they need ${semver.inc(released, 'major')}`);
      expect(output).toContain('Property `KYCTypeFlag` was renamed to `kycTypeFlag`');
      expect({ manifest: read(probe.dir, 'package.json'), changelog: read(probe.dir, 'CHANGELOG.md'), released: tree(join(probe.dir, 'released')) }).toEqual(before);
    } finally {
      probe.remove();
    }
  });

  it('releases an addition as minor: both versions, generated code, changelog, released snapshot, docs site', () => {
    addOptionalResponseField(dir);
    editDescription(dir);
    const { status, output } = npm(dir, ['run', '--silent', 'release', '--', 'minor']);
    expect(status, output).toBe(0);

    expect(packageVersion(dir)).toBe(minor);
    expect((JSON.parse(read(dir, 'package-lock.json')) as { version: string }).version).toBe(minor);
    expect(specVersion('openapi/openapi.yaml', dir)).toBe(minor);
    const bundled = JSON.parse(read(dir, 'generated/openapi.json')) as { info: { version: string } };
    expect(bundled.info.version).toBe(minor);
    expect(read(dir, 'generated/schema.ts')).toContain('providerReference');

    const changelog = read(dir, 'CHANGELOG.md');
    const newest = changelog.slice(changelog.indexOf(`## ${minor} (`), changelog.indexOf(`## ${released} (`));
    expect(newest).toMatch(/### Additions \(minor\)\n\n- `POST \/\S+` response 200, outcome "\S+" `providerReference` added\./);
    expect(newest).toMatch(/### Other changes \(patch\)\n\n- `info` description changed\./);
    expect(changelog.indexOf(`## ${minor} (`)).toBeLessThan(changelog.indexOf(`## ${released} (`));

    expect(tree(join(dir, 'released/openapi'))).toEqual(tree(join(dir, 'openapi')));
    for (const file of ['index.html', 'changelog.html', 'openapi.json', 'openapi.yaml']) expect(existsSync(join(dir, 'dist/docs', file)), file).toBe(true);
    expect(read(dir, 'dist/docs/changelog.html')).toContain(`<h2>${minor} (`);
    expect(npm(dir, ['run', '--silent', 'check:compat']).status).toBe(0);
  });

  it('refuses `--first` once a later release exists', () => {
    const { status, output } = npm(dir, ['run', '--silent', 'release', '--', '--first']);
    expect(status, output).toBe(1);
    expect(output).toMatch(/CHANGELOG\.md already lists .*: the first release is behind you/);
  });

  it('`--first` records the contract as it stands as the one release in the changelog', () => {
    const first = scratchCopy(RELEASE_INPUTS);
    try {
      editDescription(first.dir);
      const { status, output } = npm(first.dir, ['run', '--silent', 'release', '--', '--first']);
      expect(status, output).toBe(0);
      expect(packageVersion(first.dir)).toBe(released);
      expect([...read(first.dir, 'CHANGELOG.md').matchAll(/^## /gm)]).toHaveLength(1);
      expect(read(first.dir, 'CHANGELOG.md')).toContain(`## ${released} (`);
      expect(tree(join(first.dir, 'released/openapi'))).toEqual(tree(join(first.dir, 'openapi')));
      expect(npm(first.dir, ['run', '--silent', 'check:compat']).output).toContain('0 major, 0 minor, 0 patch');
    } finally {
      first.remove();
    }
  });
});
