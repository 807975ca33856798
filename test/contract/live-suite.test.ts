import { describe, expect, it } from 'vitest';
import { liveSuiteRunner, prism } from '../support/live-suite.js';

const { liveSuite } = liveSuiteRunner();

// QA point `npm run test:live` at a real environment; here it runs against the mock, which
// implements the contract, to prove the suite itself works. (test/provider/ proves it against a
// local provider and its drifted variants.)
describe('`npm run test:live`', () => {
  it('passes against the Prism mock with DMT_TARGET=mock, skipping only what a mock cannot know', async () => {
    const { code, stdout } = await liveSuite({ ...prism(), DMT_TARGET: 'mock' }, ['--reporter=verbose']);
    expect(code, stdout).toBe(0);
    expect(stdout).toMatch(/Tests\s+\d+ passed \| 3 skipped/);
    expect(stdout).toContain('[not sent to a mock: the mock knows no agents');
    expect(stdout).toContain('[not sent to a mock: the mock checks that client_secret is present, not its value]');
    expect(stdout).toContain('[the mock answers with the contract\'s fixed examples: it cannot echo a number they do not carry]');
    for (const check of ['answer:', 'schema:', 'pairing:', 'echo:', 'refusal:', 'consistency:', 'ip-forms:', 'unknown-customer:']) expect(stdout).toContain(check);
  });
});
