// Turns one runtime's vitest JSON report into counts, holding the runtime to its declared known
// failures (runtimes.mjs) both ways: an undeclared failure fails the matrix, and so does a
// declared one that passes or no longer exists, so the list cannot go stale.
import { relative } from 'node:path';

/**
 * @typedef {{ ancestorTitles: string[], title: string, status: string }} Assertion
 * @typedef {{ name: string, status: string, message?: string, assertionResults: Assertion[] }} FileResult
 * @typedef {{ success: boolean, testResults: FileResult[] }} VitestReport
 * @typedef {{ passed: number, failed: number, skipped: number, known: { test: string, why: string }[], problems: string[] }} Counts
 */

/**
 * @param {VitestReport | undefined} report vitest's JSON report, undefined when the run wrote none
 * @param {import('./runtimes.mjs').KnownFailure[]} knownFailures
 * @param {{ root: string, exitCode: number | null, runEnd?: { unhandledErrors: number, reason: string }, note?: string }} run
 *   runEnd is what run-end-reporter.mjs wrote
 * @returns {Counts}
 */
export function classify(report, knownFailures, { root, exitCode, runEnd, note }) {
  /** @type {Counts} */
  const counts = { passed: 0, failed: 0, skipped: 0, known: [], problems: [] };
  const fail = (/** @type {string} */ problem) => {
    counts.failed++;
    counts.problems.push(problem);
  };
  if (!report || !runEnd) {
    fail(`no vitest report (${note ?? `exit code ${exitCode}`})`);
    return counts;
  }
  if (runEnd.unhandledErrors > 0) fail(`${runEnd.unhandledErrors} error(s) outside any test (see vitest's output above)`);
  if (runEnd.reason === 'interrupted') fail('the run was interrupted');

  const known = new Map(knownFailures.map((entry) => [entry.test, entry.why]));
  const seen = new Set();
  for (const file of report.testResults) {
    const path = relative(root, file.name);
    let fileFailures = 0;
    for (const assertion of file.assertionResults) {
      const name = [path, ...assertion.ancestorTitles, assertion.title].join(' > ');
      seen.add(name);
      const why = known.get(name);
      if (assertion.status === 'passed') {
        if (why) fail(`${name}: declared as a known failure but passed; remove it from scripts/matrix/runtimes.mjs`);
        else counts.passed++;
      } else if (assertion.status === 'failed') {
        fileFailures++;
        if (why) {
          counts.skipped++;
          counts.known.push({ test: name, why });
        } else fail(name);
      } else counts.skipped++;
    }
    // A file that fails to load has no assertions to blame.
    if (file.status === 'failed' && fileFailures === 0) fail(`${path}: ${(file.message ?? 'failed outside any test').split('\n')[0]}`);
  }
  for (const name of known.keys()) {
    if (!seen.has(name)) fail(`${name}: declared as a known failure but not in the run; update scripts/matrix/runtimes.mjs`);
  }
  if (counts.failed === 0 && exitCode !== 0 && counts.known.length === 0) fail(`vitest exited with code ${exitCode}`);
  return counts;
}
