import { execFile, execFileSync, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../scripts/prism.mjs';
import { PACKAGE_INPUTS, scratchCopy } from '../support/scratch.js';
import { responseExamples } from '../support/spec.js';

// The real `npm start`, in a scratch copy: it builds into dist/, which other files read.
const scratch = scratchCopy(PACKAGE_INPUTS);
afterAll(scratch.remove);
const root = scratch.dir;
const run = promisify(execFile);
const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
  exports: Record<string, { types: string; default: string } | string>;
};
const exportTargets = Object.values(manifest.exports).flatMap((target) => (typeof target === 'string' ? [target] : Object.values(target)));


describe('`npm start`', () => {
  let port: number;
  let printed = '';
  let errors = '';
  let child: ReturnType<typeof spawn> | undefined;
  beforeAll(async () => {
    port = await freePort();
    const started = spawn('npm', ['start'], { cwd: root, env: { ...process.env, PORT: String(port) }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    child = started;
    started.stdout.on('data', (chunk: Buffer) => (printed += chunk.toString()));
    started.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`npm start printed no curl line within 90 s:\n${printed}`)), 90_000);
      started.stdout.on('data', () => {
        if (/^curl .*$/m.test(printed)) {
          clearTimeout(timer);
          resolve();
        }
      });
      started.once('exit', (code) => reject(new Error(`npm start exited with ${code}:\n${printed}`)));
    });
  });
  afterAll(() => {
    // npm runs node runs Prism: stop the whole process group.
    if (child?.pid) process.kill(-child.pid, 'SIGTERM');
  });

  it('prints a curl line with both credentials and a Prefer header, and that line answers', async () => {
    const curl = printed.match(/^curl .*$/m)![0];
    expect(curl).toContain(`127.0.0.1:${port}`);
    expect(curl).toMatch(/client_id: /);
    expect(curl).toMatch(/client_secret: /);
    expect(curl).toMatch(/Prefer: example=\w+/);

    const named = curl.match(/Prefer: example=(\w+)/)![1];
    const { stdout } = await run('sh', ['-c', curl]);
    expect(JSON.parse(stdout)).toEqual(responseExamples.find((example) => example.name === named)!.value);
  });

  it("starts Prism's log with the first real request: no readiness probe, no error line of its own", async () => {
    const log = () => printed.slice(printed.indexOf("Prism's request log follows."));
    // The previous test sent one valid request; wait until Prism has logged its answer.
    await expect.poll(log, { timeout: 10_000 }).toMatch(/Responding with "200"/);
    const lines = log().split('\n');
    // Between the banner's last line and the first request's log line: nothing.
    expect(lines.slice(1, lines.findIndex((line) => line.includes('Request received'))).join('').trim()).toBe('');
    expect(log().match(/Request received/g)).toHaveLength(1);
    expect(printed).not.toMatch(/✖|\berror\b/);
    expect(errors).toBe('');
  });

  it('says where the offline docs are', () => {
    expect(printed).toMatch(/Docs \(open offline\): .*dist\/docs\/index\.html/);
  });
});

describe('`npm start` on a port that is taken', () => {
  it('fails with a message that says so, instead of pretending to serve', async () => {
    const port = await freePort();
    const squatter = createServer((_request, response) => response.end('not prism'));
    await new Promise<void>((resolve) => squatter.listen(port, '127.0.0.1', resolve));
    try {
      const failure = await run('npm', ['start', '--silent'], { cwd: root, env: { ...process.env, PORT: String(port) }, timeout: 60_000 }).then(
        () => undefined,
        (error: { code: number; stdout: string; stderr: string }) => error,
      );
      expect(failure?.code).toBe(1);
      expect(failure?.stderr).toContain(`Port ${port} on 127.0.0.1 is already in use`);
      expect(failure?.stdout).not.toContain('curl ');
    } finally {
      await new Promise((resolve) => squatter.close(resolve));
    }
  });
});

// `npm start` ran `npm run build` in the scratch copy above: what it wrote is what a package ships.
describe('`npm run build`, as `npm start` ran it', () => {
  const entry = manifest.exports['.'] as { types: string; default: string };

  it('emits the ES module and the type declarations that package.json exports', () => {
    expect(existsSync(new URL(entry.default, pathToFileURL(`${root}/`)))).toBe(true);
    expect(existsSync(new URL(entry.types, pathToFileURL(`${root}/`)))).toBe(true);
    expect(readFileSync(new URL(entry.types, pathToFileURL(`${root}/`)), 'utf8')).toContain('createCustomerClient');
  });

  it('is importable as plain JavaScript, with the public API and nothing internal', async () => {
    const api = (await import(new URL(entry.default, pathToFileURL(`${root}/`)).href)) as Record<string, unknown>;
    expect(Object.keys(api).sort()).toEqual(
      [
        'AbortedError',
        'ContractViolationError',
        'CustomerClientError',
        'HttpStatusError',
        'InvalidBodyError',
        'InvalidRequestError',
        'NetworkError',
        'GET_CUSTOMER_OUTCOME_KINDS',
        'OUTCOME_KIND_BY_STATUS_CODE',
        'ResponseFailure',
        'ResponseInfo',
        'TimeoutError',
        'UnknownStatusCodeError',
        'buildLatLong',
        'checkMobileNumber',
        'checkPublicIp',
        'createCustomerClient',
      ].sort(),
    );
  });

  it('packs every file package.json exports, its source maps\' sources and the licence', () => {
    const [pack] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8' })) as [{ files: { path: string }[] }];
    const packed = new Set(pack.files.map((file) => file.path));
    for (const target of exportTargets) expect(packed, target).toContain(target.replace(/^\.\//, ''));
    expect(packed).toContain('LICENSE');
    expect(packed).toContain('CHANGELOG.md');
    expect(packed).toContain('src/client.ts');
    expect([...packed].filter((path) => path.startsWith('test/') || path.startsWith('node_modules/'))).toEqual([]);
  });
});
