import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { cpSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join, sep } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../scripts/prism.mjs';
import { packProject } from '../support/pack.js';
import { ROOT } from '../support/scratch.js';

// The packed tarball, installed into three consumer projects as a team would install it
// (`npm install <tarball>` beside its own dev tools): ESM TypeScript, CommonJS TypeScript and a
// Vite bundle. Each type-checks against the shipped declarations, calls the mock that the
// package's own bin starts, and unit-tests its code with the shipped test kit. The projects'
// files are in test/package/consumer-projects/; the three share one npm workspace, so the dev
// tools are installed once, and each resolves the package from the tarball, not from here.
const PROJECTS = join(ROOT, 'test', 'package', 'consumer-projects');
const CONSUMERS = ['esm', 'cjs', 'bundler'] as const;
type Consumer = (typeof CONSUMERS)[number];
const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { name: string; version: string; devDependencies: Record<string, string> };
// The versions this repository pins (vite stays on 8.3.x: 8.4.0 needs a package the registry lacks).
const pinned = (names: readonly string[]) => Object.fromEntries(names.map((name) => [name, manifest.devDependencies[name]!]));
const SHARED_TOOLS = pinned(['typescript', 'vitest', 'vite', '@types/node', '@stoplight/prism-cli']);
const OWN_TOOLS: Record<Consumer, Record<string, string>> = { esm: {}, cjs: {}, bundler: pinned(['msw', 'openapi-msw']) };

// What each project prints after calling the mock: every example by `Prefer`, then a 404 and a
// request the client refuses.
const EXPECTED_RUN = [
  'CustomerNotFound -> customerNotFound: onboard',
  'CustomerNotVerified -> customerNotVerified: verify',
  'CustomerVerifiedWithOvd -> customerVerifiedWithOvd: send money',
  'CustomerVerifiedWithoutOvd -> customerVerifiedWithoutOvd: send money, ask for an OVD',
  'InvalidMobileNumber -> requestRejected: fix the form',
  'UsernameEmpty -> requestRejected: fix the form',
  'UserNotOnboarded -> requestRejected: fix the form',
  'InternalServerIssue -> providerInternalError: try again later',
  'NoSuchExample -> httpStatus: try again later (HTTP 404)',
  'bad mobile number -> invalidRequest: fix the form (/mobileNumber)',
].join('\n');

// Nothing from this repository's run may help a consumer: not its bin folder on PATH, nor npm's
// or vitest's variables of the outer run.
const env: NodeJS.ProcessEnv = {
  ...Object.fromEntries(
    Object.entries(process.env).filter(
      ([key]) => !/^(npm_|vitest|vite_)/i.test(key) && !['NODE_ENV', 'TEST', 'NODE_PATH', 'NODE_OPTIONS', 'PORT', 'INIT_CWD'].includes(key),
    ),
  ),
  PATH: (process.env.PATH ?? '')
    .split(delimiter)
    .filter((entry) => !entry.startsWith(ROOT) && !entry.includes(`${sep}node_modules${sep}.bin`))
    .join(delimiter),
  NO_COLOR: '1',
  FORCE_COLOR: '0',
};

type Run = { code: number; stdout: string; stderr: string };
function run(command: string, args: string[], cwd: string, timeout = 60_000): Promise<Run> {
  return new Promise((resolve) => {
    execFile(command, args, { cwd, env, timeout, maxBuffer: 32 * 1024 * 1024, encoding: 'utf8' }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
      resolve({ code, stdout, stderr: error?.killed ? `${stderr}\n(killed after ${timeout} ms)` : stderr });
    });
  });
}
const show = ({ code, stdout, stderr }: Run) => `exit code ${code}\n${stdout}\n${stderr}`;

const scratch = mkdtempSync(join(tmpdir(), 'dmt-consumers-'));
const workspace = join(scratch, 'workspace');
const dir = (consumer: Consumer) => join(workspace, consumer);
const tool = (name: string) => join(workspace, 'node_modules', '.bin', name);
const npmInstall = (args: string[]) =>
  // --ignore-scripts: nothing here needs its install script (esbuild runs without its own,
  // @scarf/scarf is telemetry, msw's copies a browser worker).
  run('npm', ['install', ...args, '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts'], workspace, 240_000);
let tarball: ReturnType<typeof packProject> | undefined;
let pipelines: Record<Consumer, Pipeline> | undefined;

beforeAll(async () => {
  mkdirSync(workspace);
  writeFileSync(join(workspace, 'package.json'), JSON.stringify({ name: 'consumers', private: true, workspaces: CONSUMERS, devDependencies: SHARED_TOOLS }, null, 2));
  for (const consumer of CONSUMERS) {
    cpSync(join(PROJECTS, consumer), dir(consumer), { recursive: true });
    const own = JSON.parse(readFileSync(join(dir(consumer), 'package.json'), 'utf8')) as object;
    writeFileSync(join(dir(consumer), 'package.json'), JSON.stringify({ ...own, devDependencies: OWN_TOOLS[consumer] }, null, 2));
  }
  // The bundler project bundles the very code and tests the ESM project compiles: one copy of each.
  for (const file of ['src/next-step.ts', 'test/next-step.test.ts']) cpSync(join(PROJECTS, 'esm', file), join(dir('bundler'), file));
  // The dev tools install while the package is packed, once, in a scratch copy (prepack builds
  // there, never into this worktree's dist/).
  const tools = npmInstall([]);
  try {
    tarball = packProject();
  } catch (error) {
    await tools; // not left writing into the scratch folder that afterAll removes
    throw error;
  }
  const installedTools = await tools;
  if (installedTools.code !== 0) throw new Error(`npm install of the dev tools failed:\n${show(installedTools)}`);
  // Then what a team does: `npm install ./<tarball>`, here in each of the three projects at once.
  const installed = await npmInstall([tarball.tarball, ...CONSUMERS.flatMap((consumer) => ['-w', consumer]), '--include-workspace-root']);
  if (installed.code !== 0) throw new Error(`npm install of the tarball failed:\n${show(installed)}`);
  // The three projects go through their steps side by side; each test below checks one step.
  pipelines = {
    esm: startPipeline('esm', { program: (baseUrl) => run('node', ['build/src/main.js', baseUrl], dir('esm')) }),
    cjs: startPipeline('cjs', { program: (baseUrl) => run('node', ['build/src/main.js', baseUrl], dir('cjs')) }),
    bundler: startPipeline('bundler', {
      build: () => run(tool('vite'), ['build'], dir('bundler')),
      // Run from a folder that no node_modules can be found from: everything must be in the bundle.
      program: (baseUrl) => {
        const alone = join(scratch, 'bundle-only');
        mkdirSync(alone);
        cpSync(join(dir('bundler'), 'dist', 'server.mjs'), join(alone, 'server.mjs'));
        return run('node', ['server.mjs', baseUrl], alone);
      },
    }),
  };
}, 480_000);
afterAll(async () => {
  // Whatever a failed test left running ends before the files go.
  if (pipelines) await Promise.allSettled(CONSUMERS.map((consumer) => pipelines![consumer].vitest));
  tarball?.remove();
  rmSync(scratch, { recursive: true, force: true });
}, 240_000);

type Pipeline = { typecheck: Promise<Run>; build: Promise<Run | undefined>; call: Promise<MockRun>; vitest: Promise<Run> };
type MockRun = { result: Run; stopped: boolean; url: string };

/**
 * A consumer's steps, one after the other: tsc, its build if it has one, its program against the
 * mock, its vitest suite. Each step runs whatever became of the one before, so that every test
 * reports its own step.
 */
function startPipeline(consumer: Consumer, steps: { build?: () => Promise<Run>; program: (baseUrl: string) => Promise<Run> }): Pipeline {
  const after = <T>(previous: Promise<unknown>, next: () => Promise<T>): Promise<T> => {
    const promise = previous.then(next, next);
    promise.catch(() => {}); // awaited by its test; a rejection is reported there
    return promise;
  };
  const typecheck = run(tool('tsc'), ['-p', '.'], dir(consumer));
  const build = after(typecheck, async () => steps.build?.());
  const call = after(build, () => withMock(dir(consumer), steps.program));
  const vitest = after(call, () => run(tool('vitest'), ['run', '--dir', 'test', '--reporter=json'], dir(consumer)));
  return { typecheck, build, call, vitest };
}
const pipeline = (consumer: Consumer) => {
  if (!pipelines) throw new Error('the consumer projects were not installed (see the error of beforeAll)');
  return pipelines[consumer];
};

/** Starts `npx dmt-lite-mock` in `cwd` as a team runs it, hands its URL to `use`, then stops it as Ctrl+C does. */
async function withMock<T>(cwd: string, use: (baseUrl: string) => Promise<T>): Promise<{ result: T; stopped: boolean; url: string }> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  // Its own process group (npm, the bin and Prism), so that it can be signalled as a whole.
  const child = spawn('npx', ['dmt-lite-mock', '--port', String(port)], { cwd, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let printed = '';
  // 'close' comes once every process holding the output is gone: npm and the bin, which waits for Prism.
  const closed = new Promise<void>((resolve) => child.once('close', () => resolve()));
  try {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`dmt-lite-mock did not start within 60 s:\n${printed}`)), 60_000);
      const collect = (chunk: Buffer) => {
        printed += chunk.toString();
        if (printed.includes("Prism's request log follows")) (clearTimeout(timer), resolve());
      };
      child.stdout!.on('data', collect);
      child.stderr!.on('data', collect);
      void closed.then(() => (clearTimeout(timer), reject(new Error(`dmt-lite-mock exited before it was ready:\n${printed}`))));
    });
    const result = await use(url);
    signalGroup(child, 'SIGINT');
    const stopped = await Promise.race([closed.then(() => true), delay(15_000, false)]);
    return { result, stopped, url };
  } finally {
    signalGroup(child, 'SIGKILL');
  }
}
function signalGroup(child: ChildProcess, signal: NodeJS.Signals) {
  try {
    if (child.pid) process.kill(-child.pid, signal);
  } catch {
    // The group is already gone.
  }
}

async function expectTypeChecks(consumer: Consumer) {
  const result = await pipeline(consumer).typecheck;
  expect(result, show(result)).toMatchObject({ code: 0, stdout: '' });
}

/** What the program printed against the mock, and that Ctrl+C stopped the mock, Prism included. */
async function expectCalledTheMock(consumer: Consumer) {
  const { result, stopped, url } = await pipeline(consumer).call;
  expect(result, show(result)).toMatchObject({ code: 0 });
  expect(result.stdout.trim()).toBe(EXPECTED_RUN);
  expect(stopped).toBe(true);
  await expect(fetch(url, { signal: AbortSignal.timeout(5_000) })).rejects.toThrow();
}

/** The project's own vitest suite: every test passes, and there are `count` of them (none left out). */
async function expectVitestPasses(consumer: Consumer, count: number) {
  const result = await pipeline(consumer).vitest;
  expect(result, show(result)).toMatchObject({ code: 0 });
  expect(JSON.parse(result.stdout)).toMatchObject({ numTotalTests: count, numPassedTests: count });
}

describe('the packed tarball in consumer projects', () => {
  it('is what each project resolves: unpacked from the tarball into the workspace', () => {
    const installed = join(workspace, 'node_modules', ...manifest.name.split('/'));
    expect(lstatSync(installed).isSymbolicLink()).toBe(false);
    expect(realpathSync(installed).startsWith(workspace)).toBe(true);
    expect(JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8'))).toMatchObject({ name: manifest.name, version: manifest.version });
    for (const consumer of CONSUMERS) {
      const own = JSON.parse(readFileSync(join(dir(consumer), 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
      expect(own.dependencies[manifest.name]).toMatch(/^file:.*\.tgz$/);
    }
  });

  describe('ESM TypeScript (NodeNext, strict, exactOptionalPropertyTypes, skipLibCheck off)', () => {
    it('type-checks the package, its test kit and the code using them, and compiles', () => expectTypeChecks('esm'));

    it('calls the mock started by the package bin, switching over every outcome and failure kind', () => expectCalledTheMock('esm'));

    it('unit-tests its code with the test kit in vitest: examples by name, a "4" then a "2", each failure kind', () =>
      expectVitestPasses('esm', 15));
  });

  describe('CommonJS TypeScript (module nodenext, the package through require(esm))', () => {
    it('type-checks and compiles to CommonJS that requires the package', async () => {
      await expectTypeChecks('cjs');
      const emitted = readFileSync(join(dir('cjs'), 'build', 'src', 'main.js'), 'utf8');
      expect(emitted).toContain('require("@dmt-lite/get-customer")');
      expect(emitted).not.toMatch(/^\s*(import|export)\s/m);
    });

    it('calls the mock started by the package bin, switching over every outcome and failure kind', () => expectCalledTheMock('cjs'));

    it('unit-tests its code with the test kit in vitest, the package required as in production', () => expectVitestPasses('cjs', 15));
  });

  describe('a Vite 8 server bundle (moduleResolution bundler)', () => {
    it('type-checks', () => expectTypeChecks('bundler'));

    it('bundles the client into one file that calls the mock with no node_modules beside it', async () => {
      const build = await pipeline('bundler').build;
      expect(build, build && show(build)).toMatchObject({ code: 0 });
      await expectCalledTheMock('bundler');
    });

    it('unit-tests its code with the test kit and with the MSW handlers in vitest', () => expectVitestPasses('bundler', 18));
  });
});
