import { defineConfig } from 'vitest/config';

// `npm run test:live`: the contract checks that hold for any server implementing the contract,
// run against the one named by DMT_BASE_URL (a QA environment, or the mock). DMT_REPORT=path
// (or `-- --reporter=json`) also writes the results, failure reports included, as JSON.
const report = process.env['DMT_REPORT'];

export default defineConfig({
  test: {
    include: ['test/live/**/*.test.ts'],
    // Requests are bounded by DMT_TIMEOUT_MS inside the suite; the checks themselves are instant.
    testTimeout: 10_000,
    // One file, one run: no ordering cache to keep (and none shared between parallel runs).
    cache: false,
    reporters: report ? ['default', 'json'] : ['default'],
    outputFile: { json: report || 'test-results/live-report.json' },
  },
});
