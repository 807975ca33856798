// Runs the project's Redocly CLI with telemetry off, and without repeating its Node 20 banner.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const BIN = join(ROOT, 'node_modules', '.bin', 'redocly');

/**
 * Redocly CLI 2.x draws a boxed "Node.js 20 support is ending" notice on every run under Node 20
 * (README, "Output that is not an error"). `npm run lint` shows it once; later runs in the same
 * `npm test` drop it, so that it does not bury what they report.
 */
export function withoutBanner(text) {
  return text.replace(/^\n*(?:[ \t]*[╔║╚].*\n)+\n*/m, '');
}

/** Runs `redocly ...args` in `cwd`; returns its exit status and output (banner removed unless `banner`). */
export function redocly(args, { cwd = ROOT, banner = false } = {}) {
  const run = spawnSync(BIN, args, {
    cwd,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, REDOCLY_TELEMETRY: 'off', NO_COLOR: '1' },
  });
  if (run.error) throw run.error;
  const clean = banner ? (text) => text : withoutBanner;
  return { status: run.status ?? 1, stdout: clean(run.stdout), stderr: clean(run.stderr) };
}

/** Like `redocly`, but prints its output and exits on failure, naming the step. */
export function redoclyOrExit(args, what, options) {
  const result = redocly(args, options);
  if (result.status !== 0) {
    process.stdout.write(result.stdout);
    process.stderr.write(result.stderr);
    console.error(`\n${what} failed (redocly ${args.join(' ')}).`);
    process.exit(1);
  }
  return result;
}
