// vitest's JSON report leaves out errors thrown outside any test (an unhandled rejection, say)
// and whether the run was interrupted; this reporter writes both where the matrix reads them.
import { writeFileSync } from 'node:fs';

export default class RunEndReporter {
  /**
   * @param {unknown} _testModules
   * @param {ReadonlyArray<unknown>} unhandledErrors
   * @param {'passed' | 'failed' | 'interrupted'} reason
   */
  onTestRunEnd(_testModules, unhandledErrors, reason) {
    const file = process.env.DMT_MATRIX_RUN_END;
    if (file) writeFileSync(file, JSON.stringify({ unhandledErrors: unhandledErrors.length, reason }));
  }
}
