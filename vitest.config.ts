import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The live suite has its own config (vitest.live.config.ts); test/contract/live-suite.test.ts runs it.
    exclude: ['test/live/**', '**/node_modules/**'],
    // browser.global.ts prints one line when the Chromium tests are skipped (no browser found).
    globalSetup: ['test/setup/prism.global.ts', 'test/setup/browser.global.ts'],
    // Files run one at a time: the package tests run `npm run build`, `npm run docs` and
    // `npm start`, which write the same dist/ files, and the machine has two cores.
    fileParallelism: false,
    // Child processes (Prism, tsc, redocly, Chromium) make some tests slow on a 2-core machine.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    typecheck: {
      enabled: true,
      include: ['test/types/**/*.test-d.ts'],
      tsconfig: './tsconfig.test.json',
    },
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/vitest.json' },
  },
});
