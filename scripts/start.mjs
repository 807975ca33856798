// `npm start`: build the client and the docs, then serve the contract with Prism on
// 127.0.0.1:4010 (PORT overrides) and say how to call it. The launcher and the banner are the
// ones the package's `dmt-lite-mock` bin uses.
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describeMock } from '../mock/banner.mjs';
import { portIsFree } from '../mock/prism.mjs';
import { serveMock } from '../mock/serve.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const port = Number(process.env.PORT ?? 4010);
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

if (!(await portIsFree(port))) {
  console.error(`Port ${port} on 127.0.0.1 is already in use; stop what holds it or run PORT=<other port> npm start.`);
  process.exit(1);
}

for (const script of ['build', 'docs']) {
  try {
    // Quiet unless it fails: Redocly CLI prints banners on every run.
    execFileSync(npm, ['run', '--silent', script], { cwd: root, stdio: 'pipe' });
  } catch (error) {
    const { stdout = '', stderr = '' } = /** @type {{ stdout?: Buffer, stderr?: Buffer }} */ (error);
    console.error(`npm run ${script} failed:\n${stdout}${stderr}`);
    process.exit(1);
  }
}

try {
  // Ready when Prism says it listens: no probe request, so its log starts with the first real one.
  await serveMock({
    port,
    banner: (url) => `${describeMock(url)}\n\nDocs (open offline): ${join(root, 'dist', 'docs', 'index.html')}\nPress Ctrl+C to stop. Prism's request log follows.\n`,
    fail: (message) => {
      console.error(message);
      process.exit(1);
    },
  });
} catch (error) {
  console.error(String(/** @type {Error} */ (error).message));
  process.exit(1);
}
