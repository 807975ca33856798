import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import semver from 'semver';
import { afterEach, describe, expect, it } from 'vitest';
import { COMPAT_INPUTS, addOptionalResponseField, editDescription, renameResponseField, setVersion } from '../support/contract-edits.js';
import { scratchCopy } from '../support/scratch.js';
import { packageVersion } from '../../scripts/versions.mjs';

const released: string = packageVersion();
const bumped = (level: 'major' | 'minor' | 'patch') => semver.inc(released, level)!;
const scratches: { remove: () => void }[] = [];
afterEach(() => scratches.splice(0).forEach((scratch) => scratch.remove()));

/** `npm run check:compat` in a scratch copy after `edit`. */
function checkCompat(edit: (dir: string) => void = () => {}): { status: number | null; output: string } {
  const scratch = scratchCopy(COMPAT_INPUTS);
  scratches.push(scratch);
  edit(scratch.dir);
  const run = spawnSync('npm', ['run', '--silent', 'check:compat'], { cwd: scratch.dir, encoding: 'utf8', timeout: 60_000 });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

describe('`npm run check:compat`', () => {
  it('passes the released contract itself', () => {
    const { status, output } = checkCompat((dir) => {
      rmSync(join(dir, 'openapi'), { recursive: true });
      cpSync(join(dir, 'released/openapi'), join(dir, 'openapi'), { recursive: true });
    });
    expect(output).toContain('0 major, 0 minor, 0 patch');
    expect(status, output).toBe(0);
  });

  it('fails a renamed response field without a major bump, naming the change, its impact, its file and line', () => {
    const { status, output } = checkCompat(renameResponseField);
    expect(status, output).toBe(1);
    expect(output).toMatch(/major .*\n.*Property `KYCTypeFlag` was renamed to `kycTypeFlag`/);
    expect(output).toMatch(/at openapi\/components\/schemas\/\S+\.yaml:\d+:\d+/);
    expect(output).toContain('npm run release -- major');
  });

  it('fails the renamed field with a minor bump too, and passes it with a major one', () => {
    const minor = checkCompat((dir) => {
      renameResponseField(dir);
      setVersion(dir, bumped('minor'));
    });
    expect(minor.status, minor.output).toBe(1);
    expect(minor.output).toContain(`require a major bump (${bumped('major')})`);

    const major = checkCompat((dir) => {
      renameResponseField(dir);
      setVersion(dir, bumped('major'));
    });
    expect(major.status, major.output).toBe(0);
  });

  it('passes an added optional response field with a minor bump', () => {
    const { status, output } = checkCompat((dir) => {
      addOptionalResponseField(dir);
      setVersion(dir, bumped('minor'));
    });
    expect(output).toMatch(/minor +added .*providerReference/);
    expect(status, output).toBe(0);
  });

  it('passes a description edit', () => {
    const { status, output } = checkCompat(editDescription);
    expect(output).toMatch(/^info\n +· patch +modified +description\n +at openapi\/openapi\.yaml:\d+:\d+$/m);
    expect(status, output).toBe(0);
  });

  it('fails when package.json and the spec hold different versions', () => {
    const { status, output } = checkCompat((dir) => {
      const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as Record<string, unknown>;
      writeFileSync(join(dir, 'package.json'), JSON.stringify({ ...manifest, version: bumped('patch') }));
    });
    expect(status, output).toBe(1);
    expect(output).toContain(`package.json says ${bumped('patch')}, openapi/openapi.yaml says ${released}`);
  });
});
