// Starts Prism on the contract this package ships, as a real child process, and resolves once
// Prism itself says it is listening: no probe request, so its log starts with the first real
// one. Shared by the `dmt-lite-mock` bin, `npm start` and the vitest global setup, so all three
// serve the contract the same way. Ships in the package (see "files" in package.json).
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The bundled contract Prism serves. */
export const SPEC = join(root, 'generated', 'openapi.json');

const PRISM = '@stoplight/prism-cli';
/** The Prism version this package is tested with: its optional peer dependency. */
export const PRISM_VERSION = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).peerDependencies[PRISM];
/** The command that installs it. */
export const PRISM_INSTALL = `npm install --save-dev ${PRISM}@${PRISM_VERSION}`;

/** Prism is not installed where this package can see it. */
export class PrismMissingError extends Error {
  name = 'PrismMissingError';
  constructor() {
    super(`The mock needs Prism (${PRISM}), an optional peer dependency of this package, and it is not installed.\nInstall it in your project with:\n\n  ${PRISM_INSTALL}\n`);
  }
}

/** Something already listens where the mock should. */
export class PortInUseError extends Error {
  name = 'PortInUseError';
  /** @param {number} port @param {string} host */
  constructor(port, host) {
    super(`Port ${port} on ${host} is already in use; stop what holds it or pick another port.`);
    this.port = port;
    this.host = host;
  }
}

/**
 * Prism's CLI script, found as Node finds a peer dependency: from this package's own folder
 * (the consumer's node_modules), then from the current directory.
 * @returns {{ script: string, version: string }}
 */
export function findPrism() {
  for (const from of [import.meta.url, pathToFileURL(join(process.cwd(), 'package.json')).href]) {
    let manifestPath;
    try {
      manifestPath = createRequire(from).resolve(`${PRISM}/package.json`);
    } catch {
      continue;
    }
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
    return { script: join(dirname(manifestPath), manifest.bin.prism), version: manifest.version };
  }
  throw new PrismMissingError();
}

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

const LISTENING = /Prism is listening on (\S+)/;

/**
 * @param {{ port: number, host?: string, startupTimeoutMs?: number, log?: (text: string) => void }} options
 *   `log` receives Prism's output once it listens: its request log.
 * @returns {Promise<{ url: string, stop: () => Promise<void>, exited: Promise<{ code: number | null, output: string }> }>}
 * @throws {PrismMissingError | PortInUseError | Error}
 */
export async function startPrism({ port, host = '127.0.0.1', startupTimeoutMs = 30_000, log }) {
  const prism = findPrism();
  // Otherwise Prism would fail later with a stack trace, or another server would seem to be it.
  if (!(await portIsFree(port, host))) throw new PortInUseError(port, host);

  const child = spawn(process.execPath, [prism.script, 'mock', '--host', host, '--port', String(port), SPEC], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  /** @type {string[]} */
  const output = [];
  let ready = false;
  let startup = '';
  /** @type {(url: string) => void} */
  let onListening = () => {};
  const listening = new Promise((resolve) => (onListening = resolve));
  const collect = (/** @type {Buffer} */ chunk) => {
    const text = chunk.toString();
    output.push(text);
    if (output.length > 200) output.shift();
    if (ready) return log?.(text);
    // The line may arrive split across chunks.
    startup += text;
    const match = LISTENING.exec(startup);
    if (match) {
      ready = true;
      onListening(match[1]);
    }
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
  // A crashed or interrupted run must not leave the mock behind.
  process.once('exit', () => child.kill('SIGKILL'));

  let timer;
  const timedOut = new Promise((resolve) => (timer = setTimeout(resolve, startupTimeoutMs, 'timeout')));
  const first = await Promise.race([listening.then(() => 'listening'), exited.then(() => 'exited'), timedOut]);
  clearTimeout(timer);
  if (first === 'listening') return { url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`, stop, exited };
  await stop();
  const why = first === 'exited' ? `exited with code ${child.exitCode}` : `did not start listening within ${startupTimeoutMs} ms`;
  throw new Error(`Prism ${why} (port ${port} on ${host}):\n${output.join('')}`);
}
