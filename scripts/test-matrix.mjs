// `npm run test:matrix`: runs the files listed in vitest.matrix.config.ts with this project's
// vitest on every runtime pinned in scripts/matrix/runtimes.mjs, one runtime after the other.
// Runtimes come from the npm registry into a cache outside the project (fetch-runtime.mjs).
// Writes each runtime's vitest JSON report to test-results/matrix/<id>.json and the totals to
// test-results/matrix.json (.ci/run adds them to its closing line); exits 1 on any failure.
// Usage: node scripts/test-matrix.mjs [runtime id...]   (default: all)
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { classify } from './matrix/classify.mjs';
import { CACHE_DIR, fetchRuntime, pruneCache } from './matrix/fetch-runtime.mjs';
import { RUNTIMES } from './matrix/runtimes.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const VITEST = join(root, 'node_modules', 'vitest', 'vitest.mjs');
const RESULTS = join(root, 'test-results');
const PER_RUNTIME_TIMEOUT_MS = 10 * 60_000;

const wanted = process.argv.slice(2);
const unknown = wanted.filter((id) => !RUNTIMES.some((runtime) => runtime.id === id));
if (unknown.length > 0) {
  console.error(`Unknown runtime(s) ${unknown.join(', ')}; pinned: ${RUNTIMES.map((runtime) => runtime.id).join(', ')}.`);
  process.exit(2);
}
const selected = wanted.length > 0 ? RUNTIMES.filter((runtime) => wanted.includes(runtime.id)) : RUNTIMES;

/**
 * How each kind of runtime runs vitest's own CLI. Deno: npm packages from the project's
 * node_modules only, no lock file, no remote modules, its cache inside ours. Bun: `--bun` so that
 * vitest's workers run on Bun rather than a `node` found on PATH, and no auto-install.
 * @param {import('./matrix/runtimes.mjs').Runtime} runtime
 * @param {string} binary
 */
function launch(runtime, binary) {
  switch (runtime.flavour) {
    case 'node':
      // Any `node` a test spawns is this one too.
      return { args: [VITEST], env: { PATH: `${dirname(binary)}:${process.env.PATH}` } };
    case 'deno':
      return {
        args: ['run', '--allow-all', '--no-remote', '--no-lock', '--node-modules-dir=manual', VITEST],
        env: { DENO_DIR: join(CACHE_DIR, 'deno-dir'), DENO_NO_UPDATE_CHECK: '1', DENO_NO_PROMPT: '1' },
      };
    case 'bun':
      return { args: ['--bun', '--no-install', VITEST], env: { DO_NOT_TRACK: '1', BUN_RUNTIME_TRANSPILER_CACHE_PATH: '0' } };
  }
}

/** Runs vitest in its own process group, so that a timeout stops its workers too. */
function run(/** @type {string} */ command, /** @type {string[]} */ args, /** @type {NodeJS.ProcessEnv} */ env) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, env, stdio: 'inherit', detached: true });
    const timer = setTimeout(() => {
      process.kill(-(child.pid ?? 0), 'SIGKILL');
      resolve({ exitCode: null, note: `timed out after ${PER_RUNTIME_TIMEOUT_MS / 60_000} min` });
    }, PER_RUNTIME_TIMEOUT_MS);
    child.on('error', (error) => {
      clearTimeout(timer);
      resolve({ exitCode: null, note: error.message });
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ exitCode: code });
    });
  });
}

const readJson = (/** @type {string} */ file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined);

const started = Date.now();
mkdirSync(join(RESULTS, 'matrix'), { recursive: true });
rmSync(join(RESULTS, 'matrix.json'), { force: true });
pruneCache(RUNTIMES);

const rows = [];
for (const runtime of selected) {
  const name = `${runtime.label} (${runtime.package}@${runtime.version})`;
  console.log(`\n=== ${name}`);
  const report = join(RESULTS, 'matrix', `${runtime.id}.json`);
  const runEnd = join(RESULTS, 'matrix', `${runtime.id}.run-end.json`);
  rmSync(report, { force: true });
  rmSync(runEnd, { force: true });

  let binary;
  try {
    const fetchStarted = Date.now();
    const fetched = fetchRuntime(runtime);
    binary = fetched.binary;
    if (fetched.fetched) console.log(`fetched into ${dirname(binary)} in ${((Date.now() - fetchStarted) / 1000).toFixed(1)} s`);
  } catch (error) {
    const note = `could not fetch: ${error instanceof Error ? error.message : String(error)}`;
    console.error(note);
    rows.push({ runtime, seconds: 0, ...classify(undefined, [], { root, exitCode: null, note }) });
    continue;
  }

  const { args, env } = launch(runtime, binary);
  const runStarted = Date.now();
  const result = /** @type {{ exitCode: number | null, note?: string }} */ (
    await run(binary, [...args, 'run', '--config', 'vitest.matrix.config.ts', '--reporter=default', '--reporter=json', '--reporter=./scripts/matrix/run-end-reporter.mjs', `--outputFile.json=${report}`], {
      ...process.env,
      ...env,
      DMT_MATRIX_RUNTIME: `${runtime.flavour} ${runtime.version}`,
      DMT_MATRIX_RUN_END: runEnd,
    })
  );
  const counts = classify(readJson(report), runtime.knownFailures, { root, exitCode: result.exitCode, runEnd: readJson(runEnd), ...(result.note ? { note: result.note } : {}) });
  rows.push({ runtime, seconds: (Date.now() - runStarted) / 1000, ...counts });
}

const total = { passed: 0, failed: 0, skipped: 0 };
console.log('\n=== Runtime matrix (vitest.matrix.config.ts)');
for (const row of rows) {
  total.passed += row.passed;
  total.failed += row.failed;
  total.skipped += row.skipped;
  const known = row.known.length > 0 ? `, ${row.known.length} known runtime failure(s)` : '';
  console.log(`${row.failed === 0 ? 'ok  ' : 'FAIL'} ${row.runtime.label.padEnd(36)} ${row.runtime.version.padEnd(8)} ${row.passed} passed, ${row.failed} failed, ${row.skipped} skipped${known} (${row.seconds.toFixed(1)} s)`);
  for (const problem of row.problems) console.log(`       failed: ${problem}`);
  for (const known of row.known) console.log(`       known:  ${known.test}\n               ${known.why}`);
}
const seconds = (Date.now() - started) / 1000;
console.log(`${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped (known runtime failures count as skipped) in ${seconds.toFixed(0)} s`);
writeFileSync(
  join(RESULTS, 'matrix.json'),
  `${JSON.stringify({ ...total, seconds, runtimes: rows.map(({ runtime, ...row }) => ({ id: runtime.id, version: runtime.version, ...row })) }, null, 2)}\n`,
);
process.exit(total.failed === 0 && rows.length === selected.length ? 0 : 1);
