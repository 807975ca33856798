import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RUNTIMES } from '../../scripts/matrix/runtimes.mjs';
import { packProject } from '../support/pack.js';
import { ROOT } from '../support/scratch.js';

const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  name: string;
  exports: Record<string, unknown>;
  engines: { node: string };
  repository: { type: string; url: string };
  homepage: string;
  bugs: { url: string };
};
const bin = (name: string) => join(ROOT, 'node_modules', '.bin', name);
const run = (command: string, args: string[]) => {
  const result = spawnSync(command, args, { encoding: 'utf8', timeout: 120_000, env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' } });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
};

describe('the packed tarball, as a registry would get it', () => {
  let pack: ReturnType<typeof packProject> | undefined;
  beforeAll(() => {
    pack = packProject();
  }, 180_000);
  afterAll(() => pack?.remove());

  it('passes publint --strict (warnings count as errors)', () => {
    const result = run(bin('publint'), ['run', '--strict', pack!.tarball]);
    expect(result).toMatchObject({ status: 0, output: expect.stringContaining('All good!') });
  });

  it('passes Are the Types Wrong with the esm-only profile, for every subpath it exports', () => {
    const result = run(bin('attw'), [pack!.tarball, '--profile', 'esm-only', '--no-emoji', '--format', 'ascii']);
    expect(result, result.output).toMatchObject({ status: 0 });
    // attw found each entry point by itself: none was left out of the check.
    for (const subpath of Object.keys(manifest.exports)) expect(result.output).toContain(`"${manifest.name}${subpath.slice(1)}"`);
  });
});

describe('package.json', () => {
  it('names the Node.js floor that the runtime matrix proves', () => {
    const oldestNode = RUNTIMES.filter((runtime) => runtime.flavour === 'node')
      .map((runtime) => runtime.version)
      .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))[0];
    expect(manifest.engines.node).toBe(`>=${oldestNode}`);
  });

  it('says where the repository, its home page and its issue tracker are', () => {
    expect(manifest.repository).toEqual({ type: 'git', url: expect.stringMatching(/^git\+https:\/\/.+\.git$/) });
    const home = manifest.repository.url.replace(/^git\+/, '').replace(/\.git$/, '');
    expect(manifest.homepage).toBe(`${home}#readme`);
    expect(manifest.bugs).toEqual({ url: `${home}/issues` });
  });
});
