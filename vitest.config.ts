import { defineConfig } from 'vitest/config';

// Three projects, run side by side (`npm test` runs them all):
// - unit: the client, its test kits and the contract's data, in process; many small files in parallel.
// - process: real Prism, redocly, tsc and npm processes in scratch copies, in parallel.
// - dist: the three files that build into this checkout's dist/ (build, docs, npm start), one at a time.
// The live suite has its own config (vitest.live.config.ts); test/contract/live-suite.test.ts runs it.
const dist = ['test/package/build.test.ts', 'test/package/start.test.ts', 'test/docs/redoc.test.ts'];
// browser.global.ts prints one line when the Chromium tests are skipped (no browser found).
const BROWSER_NOTICE = 'test/setup/browser.global.ts';
const process = [
  'test/package/**/*.test.ts',
  'test/docs/**/*.test.ts',
  'test/contract/lint-rules.test.ts',
  'test/contract/live-suite.test.ts',
  'test/contract/mock.test.ts',
  'test/generated/drift.test.ts',
  'test/generated/spec-drives-client.test.ts',
  'test/testing/agrees-with-mock.test.ts',
];

export default defineConfig({
  test: {
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/vitest.json' },
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: ['test/live/**', ...process],
          testTimeout: 15_000,
          typecheck: { enabled: true, include: ['test/types/**/*.test-d.ts'], tsconfig: './tsconfig.test.json' },
        },
      },
      {
        test: {
          name: 'process',
          include: process,
          exclude: dist,
          globalSetup: ['test/setup/prism.global.ts'],
          // Child processes on a loaded 2-core machine; each wait inside is bounded on its own.
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'dist',
          include: dist,
          fileParallelism: false,
          globalSetup: [BROWSER_NOTICE],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
