// `npm run bench`: the client's cost next to bare openapi-fetch, raw fetch, ky and axios, and
// the entry's bundle size, as one Markdown report. Nothing here is a test: no figure fails the
// run except the bundle-size guard.
//
// Tune with env (defaults keep a run near 30-60 s on a busy 2-core machine):
//   BENCH_ROUNDS=21              interleaved rounds per scenario (odd keeps the median a sample)
//   BENCH_STUBBED_CALLS=1000     calls per side per round, stubbed fetch
//   BENCH_LOOPBACK_CALLS=150     calls per side per round, loopback HTTP
//   BENCH_SCENARIOS=stubbed,loopback
//   BENCH_OUT=file.md            also write the report there (or: npm run bench -- --out file.md);
//                                in a file with <!-- bench:start --> ... <!-- bench:end --> only
//                                that part is replaced, so BENCHMARKS.md keeps its prose
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { describeBundleSize, measureBundleSize } from './bundle-size.mjs';
import { goals, runClientOverhead } from './client-overhead.mjs';
import { machine, toMarkdown } from './lib/report.mjs';

const START = '<!-- bench:start -->';
const END = '<!-- bench:end -->';
/** The file's text with the report between the markers, or the report alone. */
function withReport(existing, report) {
  const start = existing?.indexOf(START) ?? -1;
  const end = existing?.indexOf(END) ?? -1;
  if (start < 0 || end < start) return report;
  return `${existing.slice(0, start + START.length)}\n${report}\n${existing.slice(end)}`;
}

const positiveInt = (name, fallback) => {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a positive integer, got ${raw}`);
  return value;
};

const { values: args } = parseArgs({ options: { out: { type: 'string' } } });
const out = args.out ?? process.env.BENCH_OUT;
const calls = { stubbed: positiveInt('BENCH_STUBBED_CALLS', 1000), loopback: positiveInt('BENCH_LOOPBACK_CALLS', 150) };
const plan = {
  scenarios: (process.env.BENCH_SCENARIOS || 'stubbed,loopback').split(',').map((name) => name.trim()),
  rounds: positiveInt('BENCH_ROUNDS', 21),
  calls,
  // Two blocks per side before timing: enough for the JIT to settle on every side's hot path.
  warmup: { stubbed: 2 * calls.stubbed, loopback: 2 * calls.loopback },
};

const box = machine();
const started = performance.now();
const reports = await runClientOverhead(plan, (line) => console.error(line));
const size = await measureBundleSize();
const markdown = toMarkdown({
  reports,
  goals: goals(reports),
  bundle: describeBundleSize(size),
  machine: box,
  // The variables that changed the plan are part of the command that reproduces it.
  command: [...Object.keys(process.env).filter((name) => name.startsWith('BENCH_') && name !== 'BENCH_OUT').sort().map((name) => `${name}=${process.env[name]}`), 'npm run bench'].join(' '),
  seconds: (performance.now() - started) / 1000,
});
console.log(markdown);
if (out) {
  writeFileSync(out, withReport(existsSync(out) ? readFileSync(out, 'utf8') : undefined, markdown));
  console.error(`written to ${out}`);
}
if (!size.withinGuard) process.exitCode = 1;
