import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'dmt-drift-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Runs the real `npm run generate` in a scratch copy of the inputs, so the tree is untouched. */
function generateFresh(): string {
  for (const entry of ['openapi', 'scripts', 'redocly.yaml', 'package.json']) {
    cpSync(join(root, entry), join(scratch, entry), { recursive: true });
  }
  symlinkSync(join(root, 'node_modules'), join(scratch, 'node_modules'), 'dir');
  execFileSync('npm', ['run', '--silent', 'generate'], { cwd: scratch, stdio: 'pipe' });
  return join(scratch, 'generated');
}

describe('generated/', () => {
  const fresh = generateFresh();
  const committed = join(root, 'generated');

  it('holds exactly the files a fresh `npm run generate` writes', () => {
    expect(readdirSync(committed).sort()).toEqual(readdirSync(fresh).sort());
  });

  it.each(readdirSync(fresh))('%s matches a fresh generation (run `npm run generate` and commit)', (file) => {
    expect(readFileSync(join(committed, file), 'utf8')).toBe(readFileSync(join(fresh, file), 'utf8'));
  });
});
