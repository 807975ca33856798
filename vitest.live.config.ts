import { defineConfig } from 'vitest/config';

// `npm run test:live`: the contract checks that hold for any server implementing the contract,
// run against the one named by DMT_BASE_URL (a QA environment, or the mock).
export default defineConfig({
  test: {
    include: ['test/live/**/*.test.ts'],
    testTimeout: 60_000,
  },
});
