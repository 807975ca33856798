// Regenerates everything under generated/ from the contract in openapi/.
// The only way generated/ may change: test/generated/drift.test.ts re-runs this
// script in a scratch copy and fails when the committed output differs.
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateExamples } from './generate-examples.mjs';
import { generateOperations } from './generate-operations.mjs';
import { generateValidators } from './generate-validators.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => join(root, 'node_modules', '.bin', name);
const run = (name, args) =>
  execFileSync(bin(name), args, {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, REDOCLY_TELEMETRY: 'off', NO_COLOR: '1' },
  });

mkdirSync(join(root, 'generated'), { recursive: true });

// 1. The single-file contract: what Prism serves and what the validators compile.
run('redocly', ['bundle', 'get-customer', '--ext', 'json', '--output', 'generated/openapi.json']);

// 2. TypeScript types; input and output come from the `apis:` entry of redocly.yaml.
run('openapi-typescript', []);

// 3. Standalone validators, one per schema in components.schemas.
await generateValidators({
  root,
  specPath: join(root, 'generated/openapi.json'),
  outPath: join(root, 'generated/validators.ts'),
  schemaModule: './schema.js',
});

// 4. Named examples per operation, for the test kit (src/testing, src/msw).
generateExamples({ specPath: join(root, 'generated/openapi.json'), outPath: join(root, 'generated/examples.ts'), schemaModule: './schema.js' });

// 5. The operation table the client runs from, and the types callers see (src/ names no operation).
generateOperations({
  specPath: join(root, 'generated/openapi.json'),
  outPath: join(root, 'generated/operations.ts'),
  tablePath: join(root, 'generated/operation-table.ts'),
});
