import { describe, expect, it } from 'vitest';
import { classify } from '../../scripts/matrix/classify.mjs';

const root = '/repo';
const file = (status: string, ...tests: [string, string][]) => ({
  name: `${root}/test/a.test.ts`,
  status,
  assertionResults: tests.map(([title, testStatus]) => ({ ancestorTitles: ['suite'], title, status: testStatus })),
});
const clean = { root, exitCode: 0, runEnd: { unhandledErrors: 0, reason: 'passed' } };
const failedRun = { root, exitCode: 1, runEnd: { unhandledErrors: 0, reason: 'failed' } };
const known = [{ test: 'test/a.test.ts > suite > flaky on this runtime', why: 'its fetch differs' }];

describe('the matrix holds each runtime to its declared known failures', () => {
  it('counts passes, failures and skips from the report', () => {
    const counts = classify({ success: false, testResults: [file('failed', ['one', 'passed'], ['two', 'failed'], ['three', 'skipped'])] }, [], failedRun);
    expect(counts).toMatchObject({ passed: 1, failed: 1, skipped: 1, problems: ['test/a.test.ts > suite > two'] });
  });

  it('counts a declared failure that fails as skipped, with its reason', () => {
    const counts = classify({ success: false, testResults: [file('failed', ['flaky on this runtime', 'failed'], ['other', 'passed'])] }, known, failedRun);
    expect(counts).toEqual({ passed: 1, failed: 0, skipped: 1, known: [{ test: known[0]!.test, why: 'its fetch differs' }], problems: [] });
  });

  it('fails when a declared failure passes, so that the list cannot go stale', () => {
    const counts = classify({ success: true, testResults: [file('passed', ['flaky on this runtime', 'passed'])] }, known, clean);
    expect(counts).toMatchObject({ passed: 0, failed: 1 });
    expect(counts.problems[0]).toMatch(/declared as a known failure but passed/);
  });

  it('fails when a declared failure is not in the run at all', () => {
    const counts = classify({ success: true, testResults: [file('passed', ['renamed', 'passed'])] }, known, clean);
    expect(counts).toMatchObject({ passed: 1, failed: 1 });
    expect(counts.problems[0]).toMatch(/not in the run/);
  });

  it('fails on a file that did not load, errors outside tests, an interrupted run and a missing report', () => {
    expect(classify({ success: false, testResults: [{ ...file('failed'), message: 'Cannot find module x\nstack' }] }, [], failedRun).problems).toEqual([
      'test/a.test.ts: Cannot find module x',
    ]);
    expect(classify({ success: true, testResults: [file('passed', ['one', 'passed'])] }, [], { root, exitCode: 1, runEnd: { unhandledErrors: 2, reason: 'failed' } }).failed).toBe(1);
    expect(classify({ success: true, testResults: [] }, [], { root, exitCode: 1, runEnd: { unhandledErrors: 0, reason: 'interrupted' } }).failed).toBeGreaterThan(0);
    expect(classify(undefined, [], { root, exitCode: null, note: 'timed out' })).toMatchObject({ failed: 1, problems: ['no vitest report (timed out)'] });
  });

  it('fails when vitest exits non-zero though the report shows nothing wrong', () => {
    expect(classify({ success: true, testResults: [file('passed', ['one', 'passed'])] }, [], { ...clean, exitCode: 1 }).failed).toBe(1);
  });
});
