import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GENERATOR_INPUTS, ROOT, runGenerate, scratchCopy } from '../support/scratch.js';

describe('generated/', () => {
  // The real `npm run generate`, in a scratch copy so that the working tree is untouched.
  const scratch = scratchCopy(GENERATOR_INPUTS);
  afterAll(scratch.remove);
  beforeAll(() => runGenerate(scratch.dir));
  const fresh = join(scratch.dir, 'generated');
  const committed = join(ROOT, 'generated');

  it('holds exactly the files a fresh `npm run generate` writes', () => {
    expect(readdirSync(committed).sort()).toEqual(readdirSync(fresh).sort());
  });

  // One test per committed file, so a stale file is named; a missing or extra one fails above.
  it.each(readdirSync(committed))('%s matches a fresh generation (run `npm run generate` and commit)', (file) => {
    expect(readFileSync(join(committed, file), 'utf8')).toBe(readFileSync(join(fresh, file), 'utf8'));
  });
});
