// `npm start`: build the client and the docs, then serve the contract with Prism on
// 127.0.0.1:4010 (PORT overrides) and say how to call it.
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { OPERATION_PATH, startPrism } from './prism.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const port = Number(process.env.PORT ?? 4010);
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

for (const script of ['build', 'docs']) {
  execFileSync(npm, ['run', '--silent', script], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
}

const prism = await startPrism({ port });
const body = JSON.stringify({
  mobileNumber: '8144094480',
  username: 'isutestapi1',
  latlong: '22.8031731,88.7874172',
  publicIP: '203.0.113.10',
});
console.log(`Prism is mock-serving the contract on ${prism.url}

Try it (Prefer picks a named example; see the README for the list):
curl -sS -X POST '${prism.url}${OPERATION_PATH}' -H 'Content-Type: application/json' -H 'client_id: demo-id' -H 'client_secret: demo-secret' -H 'Prefer: example=CustomerVerifiedWithOvd' -d '${body}'

Docs (open offline): ${join(root, 'dist', 'docs', 'index.html')}
Press Ctrl+C to stop.`);

for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
  process.once(signal, () => void prism.stop().then(() => process.exit(0)));
}
