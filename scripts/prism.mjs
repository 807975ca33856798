// Starts the Prism mock as a real child process on loopback and waits until it answers.
// Shared by `npm start` and the vitest global setup, so both serve the contract the same way.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { operationPath, SPEC } from './contract.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const PRISM = join(root, 'node_modules', '@stoplight', 'prism-cli', 'dist', 'index.js');

/** Resolves to whether nothing listens on `host:port` right now. */
export function portIsFree(port, host = '127.0.0.1') {
  return new Promise((resolve) => {
    const server = createServer();
    server.unref();
    server.once('error', () => resolve(false));
    server.listen(port, host, () => server.close(() => resolve(true)));
  });
}

/** Asks the kernel for a port that is free on 127.0.0.1 right now. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/**
 * @param {{ port: number, host?: string, startupTimeoutMs?: number, log?: (line: string) => void }} options
 * @returns {Promise<{ url: string, stop: () => Promise<void>, exited: Promise<{ code: number | null, output: string }> }>}
 */
export async function startPrism({ port, host = '127.0.0.1', startupTimeoutMs = 30_000, log }) {
  // Otherwise whatever already holds the port would answer the readiness check below.
  if (!(await portIsFree(port, host))) {
    throw new Error(`Port ${port} on ${host} is already in use; stop what holds it or pick another port (PORT=...).`);
  }
  const child = spawn(process.execPath, [PRISM, 'mock', '--host', host, '--port', String(port), SPEC], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  /** @type {string[]} */
  const output = [];
  const collect = (/** @type {Buffer} */ chunk) => {
    const text = chunk.toString();
    output.push(text);
    if (output.length > 200) output.shift();
    log?.(text);
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  /** @type {Promise<{ code: number | null, output: string }>} */
  const exited = new Promise((resolve) => child.once('exit', (code) => resolve({ code, output: output.join('') })));

  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
    await exited;
    clearTimeout(timer);
  };
  // A crashed or interrupted test run must not leave the mock behind.
  process.once('exit', () => child.kill('SIGKILL'));

  const url = `http://${host}:${port}`;
  const deadline = Date.now() + startupTimeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break;
    try {
      // Any HTTP answer (401 without credentials) proves a server is up; the port was free
      // before the spawn and the child still runs, so it is this one.
      await fetch(url + operationPath('getCustomer'), { method: 'POST', signal: AbortSignal.timeout(1_000) });
      if (child.exitCode === null) return { url, stop, exited };
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  await stop();
  throw new Error(`Prism did not answer on ${url} within ${startupTimeoutMs} ms:\n${output.join('')}`);
}
