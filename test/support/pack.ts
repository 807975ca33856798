import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, scratchCopy } from './scratch.js';

// What `npm pack` never needs, or must not see from the worktree: its own build output included.
const NOT_COPIED = new Set(['.git', 'node_modules', 'dist', 'test-results']);

/**
 * `npm pack` (which builds first, through `prepack`) in a scratch copy of the project, so that
 * the worktree's dist/ is never written.
 */
export function packProject(): { tarball: string; remove: () => void } {
  const scratch = scratchCopy(readdirSync(ROOT).filter((entry) => !NOT_COPIED.has(entry)));
  try {
    const output = execFileSync('npm', ['pack', '--json', '--pack-destination', scratch.dir], { cwd: scratch.dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 180_000 });
    const [packed] = JSON.parse(output) as [{ filename: string }];
    return { tarball: join(scratch.dir, packed.filename), remove: scratch.remove };
  } catch (error) {
    scratch.remove();
    throw error;
  }
}
