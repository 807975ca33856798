// The static checks `npm test` runs before vitest: the spec lint (with its score), the
// compatibility gate and the type-check. They are independent, so they run side by side; each
// one's output is printed whole, in this order, once it is done. Exits non-zero if any failed.
import { spawn } from 'node:child_process';

const CHECKS = ['lint', 'check:compat', 'typecheck'];
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

const runs = CHECKS.map(
  (script) =>
    new Promise((resolve) => {
      const child = spawn(npm, ['run', '--silent', script], { env: { ...process.env, REDOCLY_TELEMETRY: 'off' }, stdio: ['ignore', 'pipe', 'pipe'] });
      let output = '';
      child.stdout.on('data', (chunk) => (output += chunk));
      child.stderr.on('data', (chunk) => (output += chunk));
      child.on('close', (code) => resolve({ script, code, output }));
    }),
);

let failed = 0;
for (const run of runs) {
  const { script, code, output } = await run;
  console.log(`\n> npm run ${script}${code === 0 ? '' : `  (failed, exit code ${code})`}\n${output.trimEnd()}`);
  if (code !== 0) failed++;
}
process.exit(failed === 0 ? 0 : 1);
