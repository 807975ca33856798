import { expect, it } from 'vitest';

// The matrix names the runtime it means to test (DMT_MATRIX_RUNTIME); this proves the test
// workers, not just the launcher, run on it, at the pinned version.
function currentRuntime(): string {
  const { bun, deno, node } = process.versions as NodeJS.ProcessVersions & { bun?: string; deno?: string };
  if (bun) return `bun ${bun}`;
  if (deno) return `deno ${deno}`;
  return `node ${node}`;
}

it('runs on the runtime the matrix names', () => {
  expect(process.env.DMT_MATRIX_RUNTIME).toBeTruthy();
  expect(currentRuntime()).toBe(process.env.DMT_MATRIX_RUNTIME);
});
