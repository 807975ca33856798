import { defineConfig } from 'vitest/config';

// Three projects. `npm test` runs unit and process side by side, the quick full check;
// `npm run test:slow` runs slow, the proofs that pack, release or run the live suite dozens of times.
// - unit: the client, its test kits and the contract's data, in process; many small files in parallel.
// - process: real Prism, redocly, tsc, npm and Chromium processes, each file in its own scratch
//   copy when it writes anything (the build, the docs, `npm start`), in parallel.
// - slow: the live suite against 40-odd drifted providers, releases end to end, the packed
//   tarball (publint, attw, the mock bin installed, three consumer projects), a second operation
//   added to the spec.
// The live suite has its own config (vitest.live.config.ts); test/contract/live-suite.test.ts runs it.
// The consumer projects' own files, run by their own vitest inside test/package/consumers.test.ts.
const consumerProjects = 'test/package/consumer-projects/**';
const slow = [
  'test/provider/live-suite-drift.test.ts',
  'test/release/release.test.ts',
  'test/release/compat.test.ts',
  'test/contract/live-suite-modes.test.ts',
  'test/package/publish-checks.test.ts',
  'test/package/mock-bin.test.ts',
  'test/package/consumers.test.ts',
  'test/generated/second-operation.test.ts',
  'test/generated/spec-drives-client.test.ts',
  'test/docs/browser-reporting.test.ts',
];
// Files that talk to the Prism mock of the run (test/setup/prism.global.ts provides its URL).
const withPrism = ['test/contract/live-suite.test.ts', 'test/contract/mock.test.ts', 'test/docs/examples.test.ts', 'test/testing/agrees-with-mock.test.ts'];
const process = [
  ...withPrism,
  'test/docs/**/*.test.ts',
  'test/package/start.test.ts',
  'test/contract/lint-rules.test.ts',
  'test/generated/drift.test.ts',
  'test/release/compat.test.ts',
  'test/release/release.test.ts',
];
// browser.global.ts prints one line when the Chromium tests are skipped (no browser found).
const BROWSER_NOTICE = 'test/setup/browser.global.ts';
const PRISM = 'test/setup/prism.global.ts';

export default defineConfig({
  test: {
    // Vitest's default on a 2-core machine is one worker; most files here wait on child processes
    // (Prism, redocly, tsc, Chromium) or sockets, so more workers than cores keep both busy.
    maxWorkers: 4,
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/vitest.json' },
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          // In-process tests that leave no global behind: one module graph per worker, not per file,
          // in worker threads (cheaper to start than processes).
          isolate: false,
          pool: 'threads',
          exclude: ['test/live/**', consumerProjects, ...process, ...slow],
          testTimeout: 15_000,
          // The type tests (test/types/*.test-d.ts) are compiled by `npm run typecheck`, which
          // npm test runs first: an assertion that does not hold is a compile error there.
        },
      },
      {
        test: {
          name: 'process',
          include: process,
          exclude: [...slow, ...withPrism],
          globalSetup: [BROWSER_NOTICE],
          // Child processes on a loaded 2-core machine; each wait inside is bounded on its own.
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        // The same kind of files, against one real Prism started for them (no waiting for it elsewhere).
        test: { name: 'mock', include: withPrism, globalSetup: [PRISM], testTimeout: 60_000, hookTimeout: 60_000 },
      },
      {
        test: { name: 'slow', include: slow, globalSetup: [PRISM], testTimeout: 120_000, hookTimeout: 120_000 },
      },
    ],
  },
});
