import { execFile, execFileSync, spawn } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from '../../scripts/prism.mjs';
import { ROOT } from '../support/scratch.js';
import { GET_CUSTOMER_PATH, requestExamples, responseExamples } from '../support/spec.js';

// The bin runs as a team runs it: from a scratch project whose node_modules holds the files the
// package tarball carries (npm pack's own list), with or without Prism beside it.
const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  name: string;
  bin: Record<string, string>;
  peerDependencies: Record<string, string>;
};
const [pack] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8' })) as [{ files: { path: string }[] }];
const scratch = mkdtempSync(join(tmpdir(), 'dmt-consumer-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A consumer project with the packed files installed, as npm would (bin linked and executable). */
function consumer(name: string, { withPrism }: { withPrism: boolean }): string {
  const dir = join(scratch, name);
  const installed = join(dir, 'node_modules', manifest.name);
  for (const { path } of pack.files) {
    mkdirSync(dirname(join(installed, path)), { recursive: true });
    cpSync(join(ROOT, path), join(installed, path));
  }
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name, private: true, type: 'module' }));
  mkdirSync(join(dir, 'node_modules', '.bin'));
  for (const [command, target] of Object.entries(manifest.bin)) {
    chmodSync(join(installed, target), 0o755);
    symlinkSync(join('..', manifest.name, target), join(dir, 'node_modules', '.bin', command));
  }
  if (withPrism) {
    mkdirSync(join(dir, 'node_modules', '@stoplight'));
    symlinkSync(join(ROOT, 'node_modules', '@stoplight', 'prism-cli'), join(dir, 'node_modules', '@stoplight', 'prism-cli'), 'dir');
  }
  return dir;
}
const withPrism = consumer('with-prism', { withPrism: true });
const withoutPrism = consumer('without-prism', { withPrism: false });
const bin = (dir: string) => join(dir, 'node_modules', '.bin', 'dmt-lite-mock');
// Nothing from this repository's environment may help the bin find Prism.
const env = (extra: Record<string, string> = {}) => {
  const { NODE_PATH: _nodePath, PORT: _port, ...rest } = process.env;
  return { ...rest, ...extra };
};
type Failure = { code: number; stdout: string; stderr: string };
const runToEnd = (dir: string, args: string[], extraEnv: Record<string, string> = {}) =>
  promisify(execFile)(bin(dir), args, { cwd: dir, env: env(extraEnv), timeout: 60_000 }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: Failure) => error,
  );

describe('dmt-lite-mock from an installed package', () => {
  it('--help says what it does and which options it takes, without needing Prism', async () => {
    const { code, stdout } = await runToEnd(withoutPrism, ['--help']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Usage: dmt-lite-mock \[--host <host>\] \[--port <port>\]/);
    expect(stdout).toContain('PORT environment variable');
  });

  it('without Prism in the project, says exactly what to install and exits non-zero', async () => {
    const { code, stdout, stderr } = await runToEnd(withoutPrism, ['--port', String(await freePort())]);
    expect(code).toBe(1);
    expect(stderr).toContain(`npm install --save-dev @stoplight/prism-cli@${manifest.peerDependencies['@stoplight/prism-cli']}`);
    expect(stderr).not.toMatch(/^\s+at /m);
    expect(stdout).toBe('');
  });

  it('on a port that is taken (PORT from the environment), says so and exits non-zero', async () => {
    const port = await freePort();
    const squatter = createServer((_request, response) => response.end('not prism'));
    await new Promise<void>((resolve) => squatter.listen(port, '127.0.0.1', resolve));
    try {
      const { code, stdout, stderr } = await runToEnd(withPrism, [], { PORT: String(port) });
      expect(code).toBe(1);
      expect(stderr).toContain(`port ${port} on 127.0.0.1 is already in use`);
      expect(stdout).toBe('');
    } finally {
      await new Promise((resolve) => squatter.close(resolve));
    }
  });

  it('refuses a port that is not one', async () => {
    const { code, stderr } = await runToEnd(withPrism, ['--port', '70000']);
    expect(code).toBe(2);
    expect(stderr).toContain('the port must be a whole number from 1 to 65535');
  });
});

describe('dmt-lite-mock serving the shipped contract', async () => {
  const port = await freePort();
  const child = spawn(bin(withPrism), ['--host', '127.0.0.1', '--port', String(port)], { cwd: withPrism, env: env(), stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let printed = '';
  child.stdout.on('data', (chunk: Buffer) => (printed += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (printed += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  afterAll(() => {
    // The bin runs Prism: stop the whole process group should a test have failed midway.
    if (child.exitCode === null && child.pid) process.kill(-child.pid, 'SIGKILL');
  });
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`dmt-lite-mock did not start within 60 s:\n${printed}`)), 60_000);
    child.stdout.on('data', () => printed.includes("Prism's request log follows") && (clearTimeout(timer), resolve()));
    void exited.then((code) => (clearTimeout(timer), reject(new Error(`dmt-lite-mock exited with ${code}:\n${printed}`))));
  });

  const url = `http://127.0.0.1:${port}${GET_CUSTOMER_PATH}`;
  const lookup = JSON.stringify(requestExamples.find((example) => example.name === 'Lookup')!.value);
  const credentials = { 'content-type': 'application/json', client_id: 'team-id', client_secret: 'team-secret' };

  it('answers the example Prefer names', async () => {
    const response = await fetch(url, { method: 'POST', headers: { ...credentials, Prefer: 'example=CustomerVerifiedWithOvd' }, body: lookup });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual(responseExamples.find((example) => example.name === 'CustomerVerifiedWithOvd')!.value);
  });

  it('answers 401 without the credential headers', async () => {
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: lookup });
    expect(response.status).toBe(401);
  });

  it('answers 422 to a request that breaks the contract', async () => {
    const response = await fetch(url, { method: 'POST', headers: credentials, body: JSON.stringify({ mobileNumber: '12' }) });
    expect(response.status).toBe(422);
  });

  it('prints a curl line that answers the example it names', async () => {
    const curl = printed.match(/^curl .*$/m)![0];
    const named = curl.match(/Prefer: example=(\w+)/)![1];
    const { stdout } = await promisify(execFile)('sh', ['-c', curl]);
    expect(JSON.parse(stdout)).toEqual(responseExamples.find((example) => example.name === named)!.value);
  });

  it('stops Prism and exits 0 on SIGTERM', async () => {
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    await expect(fetch(url, { method: 'POST', signal: AbortSignal.timeout(5_000) })).rejects.toThrow();
  });
});
