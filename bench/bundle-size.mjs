// Size of the client entry as a consumer's bundler would ship it: src/index.ts with its runtime
// dependencies (openapi-fetch, the generated validators), minified by esbuild, then gzipped.
// A guard, not a goal (the client holds client_secret and is for servers): the entry must stay
// at or under the 9.6 KiB min+gz it had when issue 7 was filed.
// Run: node bench/bundle-size.mjs   (exits 1 over the guard)
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

export const GUARD_BYTES = Math.round(9.6 * 1024);

/** @returns {Promise<{ minifiedBytes: number, gzippedBytes: number, guardBytes: number, withinGuard: boolean }>} */
export async function measureBundleSize() {
  const entry = fileURLToPath(new URL('../src/index.ts', import.meta.url));
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'neutral',
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0].contents;
  const gzippedBytes = gzipSync(code, { level: 9 }).length;
  return { minifiedBytes: code.length, gzippedBytes, guardBytes: GUARD_BYTES, withinGuard: gzippedBytes <= GUARD_BYTES };
}

export const describeBundleSize = ({ minifiedBytes, gzippedBytes, guardBytes, withinGuard }) =>
  `client entry: ${kib(minifiedBytes)} minified, ${kib(gzippedBytes)} minified + gzipped (${gzippedBytes} B; guard ${kib(guardBytes)} = ${guardBytes} B: ${withinGuard ? 'within' : 'OVER'})`;

const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const size = await measureBundleSize();
  console.log(describeBundleSize(size));
  if (!size.withinGuard) process.exitCode = 1;
}
