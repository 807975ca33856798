import { defineConfig } from 'vitest/config';

// `npm run test:matrix` runs these files on every runtime in scripts/matrix/runtimes.mjs. They
// need no Prism, browser or build: the client against real local HTTP servers. Add a file or
// glob here to put it under the matrix.
export default defineConfig({
  test: {
    include: ['test/matrix/*.check.ts', 'test/faults/**/*.test.ts', 'test/client/**/*.test.ts'],
    // Slow runtimes on a loaded 2-core machine; no test relies on these values.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
