// Where our client's CPU goes: profiles bench/profile-loop.mjs (stubbed fetch, so library CPU
// only) with `node --cpu-prof` and prints the functions with the most self time, mapped back to
// src/*.ts through the build's source maps. The profile goes to a temporary directory, never the
// repository; pass --keep to keep it and print its path (open it in Chrome DevTools).
// Run: npm run bench:profile   (builds dist/ first; same env as profile-loop.mjs)
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const { values: args } = parseArgs({ options: { keep: { type: 'boolean', default: false }, top: { type: 'string', default: '15' } } });
const TOP = Number(args.top);
const root = fileURLToPath(new URL('..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'get-customer-profile-'));

const run = spawnSync(process.execPath, ['--cpu-prof', `--cpu-prof-dir=${dir}`, fileURLToPath(new URL('profile-loop.mjs', import.meta.url))], {
  stdio: ['ignore', 'pipe', 'inherit'],
  encoding: 'utf8',
  timeout: 120_000,
});
if (run.status !== 0) throw new Error(`profile run failed: ${run.error ?? `exit ${run.status}`}`);
const { calls } = JSON.parse(run.stdout.trim().split('\n').pop());
const file = join(dir, readdirSync(dir).find((name) => name.endsWith('.cpuprofile')));
const profile = JSON.parse(readFileSync(file, 'utf8'));

// Self time per node: each sample's time delta belongs to the node on top of the stack.
const nodes = new Map(profile.nodes.map((node) => [node.id, { ...node, selfUs: 0 }]));
const parentOf = new Map();
for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
const onTopUs = new Map();
profile.samples.forEach((id, index) => onTopUs.set(id, (onTopUs.get(id) ?? 0) + (profile.timeDeltas[index] ?? 0)));
const totalUs = [...onTopUs.values()].reduce((sum, value) => sum + value, 0);

const maps = new Map();
/** `dist/src/x.js:line` back to `src/x.ts:line` (profile positions are 0-based). */
function where({ url, lineNumber, columnNumber }) {
  if (!url) return '';
  if (url.startsWith('node:')) return url;
  const path = url.startsWith('file://') ? fileURLToPath(url) : url;
  const rel = relative(root, path);
  if (isOurs(url)) {
    if (!maps.has(path)) maps.set(path, new SourceMap(JSON.parse(readFileSync(`${path}.map`, 'utf8'))));
    const entry = maps.get(path).findEntry(lineNumber, columnNumber);
    if (entry.originalSource) return `${relative(root, fileURLToPath(new URL(entry.originalSource, url)))}:${entry.originalLine + 1}`;
  }
  return `${rel}:${lineNumber + 1}`;
}
const ours = ['dist/src/', 'dist/generated/'].map((dir) => pathToFileURL(join(root, dir)).href);
const isOurs = (url) => ours.some((prefix) => url.startsWith(prefix));
const category = ({ url, functionName }) => {
  if (!url) return /^\(.*\)$/.test(functionName) ? functionName : 'builtins (JSON, RegExp, ...)';
  if (isOurs(url)) return 'ours';
  if (url.startsWith('node:')) return 'node';
  const pkg = url.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
  return pkg ? pkg[1] : 'bench';
};

/** `name file:line` of a frame; a RegExp's name is its source, so it is cut short. */
const label = (frame) => {
  const name = frame.functionName || '(anonymous)';
  return `${name.length > 60 ? `${name.slice(0, 57)}...` : name} ${where(frame)}`.trim();
};
const add = (table, key, us) => table.set(key, (table.get(key) ?? 0) + us);
const tally = (table, frame, us) => add(table, label(frame), us);
const selfByFunction = new Map();
const ourSelf = new Map();
// A sample inside Node or a library, called from our code, is charged to the nearest of our frames.
const ourInclusive = new Map();
// ... and to the call that left our code: `attempt -> timeout` says what a line of ours costs.
const byBoundary = new Map();
const byCategory = new Map();
// The hottest functions outside src/ with the stack that led there from our code.
const byPath = new Map();
for (const [id, us] of onTopUs) {
  const { callFrame } = nodes.get(id);
  tally(selfByFunction, callFrame, us);
  byCategory.set(category(callFrame), (byCategory.get(category(callFrame)) ?? 0) + us);
  if (isOurs(callFrame.url)) tally(ourSelf, callFrame, us);
  let callee;
  const path = [];
  for (let at = id; at !== undefined; at = parentOf.get(at)) {
    const frame = nodes.get(at).callFrame;
    path.push(label({ functionName: frame.functionName }));
    if (isOurs(frame.url)) {
      tally(ourInclusive, frame, us);
      add(byBoundary, `${label(frame)} -> ${callee ? label(callee) : '(self)'}`, us);
      if (callee) add(byPath, path.reverse().join(' > '), us);
      break;
    }
    callee = frame;
  }
}

const pct = (us) => `${((100 * us) / totalUs).toFixed(1).padStart(5)}% ${(us / calls).toFixed(2).padStart(6)} µs/call`;
const print = (title, table) => {
  console.log(`\n${title}`);
  for (const [key, us] of [...table].sort((a, b) => b[1] - a[1]).slice(0, TOP)) console.log(`  ${pct(us)}  ${key}`);
};
console.log(
  `profile of ${process.env.PROFILE_SIDE || 'client'} on a stubbed fetch: ${(totalUs / 1e6).toFixed(2)} s sampled over ${calls} calls ` +
    `(${(totalUs / calls).toFixed(1)} µs/call, start-up included; the profiler slows everything alike)`,
);
print('self time by origin', byCategory);
print('self time, all functions', selfByFunction);
print('self time in src/', ourSelf);
print('src/ functions charged with what they call outside src/ (node, openapi-fetch, builtins)', ourInclusive);
print('calls out of src/, with everything under them', byBoundary);
print('stacks from src/ to the hottest functions outside it', byPath);
if (args.keep) console.log(`\nprofile kept: ${file}`);
else rmSync(dir, { recursive: true, force: true });
