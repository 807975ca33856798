// Puts a pinned runtime binary (see runtimes.mjs) into a cache folder outside the project, from
// the npm registry only, and reuses it on later runs while the pinned version is unchanged.
// Nothing is installed: the tarball is fetched with `npm pack` (no install scripts run), its
// integrity compared with the pin, and unpacked with tar.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const MARKER = '.pinned-integrity';

/** Where runtimes are kept between runs; DMT_RUNTIMES_DIR overrides. */
export const CACHE_DIR = process.env.DMT_RUNTIMES_DIR ?? join(tmpdir(), 'dmt-lite-runtimes');

const folderName = (/** @type {string} */ name, /** @type {string} */ version) => `${name.replace('/', '+')}@${version}`;

/**
 * @param {import('./runtimes.mjs').Runtime} runtime
 * @returns {{ binary: string, fetched: boolean }} the absolute path of the binary, and whether it was downloaded now
 */
export function fetchRuntime(runtime) {
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    throw new Error(`The runtime matrix pins linux-x64 binaries; this machine is ${process.platform}-${process.arch}.`);
  }
  mkdirSync(CACHE_DIR, { recursive: true });
  const folder = join(CACHE_DIR, folderName(runtime.package, runtime.version));
  const binary = join(folder, 'package', runtime.binary);
  if (readMarker(folder) === runtime.integrity && existsSync(binary)) {
    const now = new Date();
    utimesSync(join(folder, MARKER), now, now);
    return { binary, fetched: false };
  }

  const staging = mkdtempSync(join(CACHE_DIR, '.staging-'));
  try {
    const spec = `${runtime.package}@${runtime.version}`;
    const output = execFileSync(npm, ['pack', spec, '--json', '--ignore-scripts', '--pack-destination', staging], {
      cwd: staging,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: 300_000,
    });
    const [packed] = /** @type {{ filename: string, integrity: string }[]} */ (JSON.parse(output));
    if (!packed || packed.integrity !== runtime.integrity) {
      throw new Error(`${spec} from the registry has integrity ${packed?.integrity}, not the pinned ${runtime.integrity}.`);
    }
    const tarball = join(staging, packed.filename);
    execFileSync('tar', ['-xzf', tarball, '-C', staging], { stdio: 'pipe', timeout: 120_000 });
    rmSync(tarball);
    writeFileSync(join(staging, MARKER), runtime.integrity);
    rmSync(folder, { recursive: true, force: true });
    try {
      renameSync(staging, folder);
    } catch (error) {
      // Another run finished the same download first; its copy is as good as ours.
      if (readMarker(folder) !== runtime.integrity) throw error;
    }
    return { binary, fetched: true };
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

function readMarker(/** @type {string} */ folder) {
  try {
    return readFileSync(join(folder, MARKER), 'utf8');
  } catch {
    return undefined;
  }
}

const UNUSED_FOR_MS = 24 * 60 * 60_000;

/**
 * Removes cached versions that no runtime pins any more (a runtime is 50-200 MB unpacked), once
 * unused for a day: another checkout with other pins may share the cache and be running now.
 * @param {import('./runtimes.mjs').Runtime[]} runtimes
 */
export function pruneCache(runtimes) {
  if (!existsSync(CACHE_DIR)) return;
  const pinned = new Set(runtimes.map((runtime) => folderName(runtime.package, runtime.version)));
  const prefixes = new Set(runtimes.map((runtime) => `${runtime.package.replace('/', '+')}@`));
  for (const entry of readdirSync(CACHE_DIR)) {
    // Left behind by a run that was killed mid-download.
    if (entry.startsWith('.staging-') && Date.now() - statSync(join(CACHE_DIR, entry)).mtimeMs > UNUSED_FOR_MS) {
      rmSync(join(CACHE_DIR, entry), { recursive: true, force: true });
    }
    if (pinned.has(entry) || ![...prefixes].some((prefix) => entry.startsWith(prefix))) continue;
    const marker = join(CACHE_DIR, entry, MARKER);
    if (!existsSync(marker) || Date.now() - statSync(marker).mtimeMs > UNUSED_FOR_MS) {
      rmSync(join(CACHE_DIR, entry), { recursive: true, force: true });
    }
  }
}
