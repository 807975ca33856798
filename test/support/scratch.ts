import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** A throw-away copy of parts of the project, sharing its node_modules. */
export function scratchCopy(entries: readonly string[]): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'dmt-scratch-'));
  for (const entry of entries) cpSync(join(ROOT, entry), join(dir, entry), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** The real `npm run generate`, run in `dir`. */
export function runGenerate(dir: string): void {
  execFileSync('npm', ['run', '--silent', 'generate'], { cwd: dir, stdio: 'pipe' });
}

/** What `npm run generate` reads. */
export const GENERATOR_INPUTS = ['openapi', 'lint', 'scripts', 'redocly.yaml', 'package.json'] as const;

/** What `npm run build`, `npm run docs` and `npm start` read: a scratch copy with these can run them. */
export const PACKAGE_INPUTS = ['package.json', 'tsconfig.json', 'src', 'generated', 'openapi', 'mock', 'scripts', 'docs', 'lint', 'redocly.yaml', 'CHANGELOG.md', 'LICENSE', 'README.md'] as const;
