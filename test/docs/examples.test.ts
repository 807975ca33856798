import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, inject, it, vi } from 'vitest';
import { importsFromSource, readmeBlocks } from '../support/readme.js';
import { TEST_CLIENT_ID, TEST_CLIENT_SECRET, validRequest } from '../support/requests.js';
import { GET_CUSTOMER_PATH, spec } from '../support/spec.js';

// Examples readers copy must compile and do what they say, so they run here: the package name
// points at the source and the provider's UAT host at the Prism mock.
const root = fileURLToPath(new URL('../..', import.meta.url));
const scratch = fileURLToPath(new URL('../.readme/', import.meta.url));
const prismUrl = inject('prismUrl');
const PROVIDER = 'https://apidev.iserveu.online';
const asTest = (code: string) => importsFromSource(code).replaceAll(PROVIDER, prismUrl);
const codeSamples = spec.paths[GET_CUSTOMER_PATH]!.post['x-codeSamples'];
const sampleIn = (lang: string) => codeSamples.find((sample) => sample.lang === lang)!.source;

mkdirSync(scratch, { recursive: true });
const write = (name: string, code: string) => {
  const file = `${scratch}${name}.ts`;
  writeFileSync(file, `${asTest(code)}\nexport {};\n`);
  return file;
};
const readmeFiles = readmeBlocks.map((code, index) => write(`readme-${index + 1}`, code));
const sampleFile = write('code-sample', sampleIn('TypeScript'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function withCredentials<T>(run: () => Promise<T>): Promise<T> {
  vi.stubEnv('DMT_CLIENT_ID', TEST_CLIENT_ID);
  vi.stubEnv('DMT_CLIENT_SECRET', TEST_CLIENT_SECRET);
  return run().finally(() => vi.unstubAllEnvs());
}

async function logsOf(file: string): Promise<unknown[][]> {
  const log = vi.spyOn(console, 'log').mockImplementation(() => {});
  try {
    await withCredentials(() => import(pathToFileURL(file).href));
    return log.mock.calls;
  } finally {
    log.mockRestore();
  }
}

describe('README and spec code samples', () => {
  it('exist: TypeScript blocks in the README, curl and TypeScript samples in the spec', () => {
    expect(readmeBlocks.length).toBeGreaterThanOrEqual(3);
    expect(codeSamples.map((sample) => sample.lang)).toEqual(['Shell', 'TypeScript']);
  });


  it('the README client example handles the mock default outcome', async () => {
    expect(await logsOf(readmeFiles[0]!)).toContainEqual(['Onboard the remitter.']);
  });

  it('the README failure example turns an outcome and an invalid request into what it promises', async () => {
    const file = readmeFiles.find((candidate) => readFileSync(candidate, 'utf8').includes('export async function lookUp'))!;
    const { lookUp } = (await withCredentials(() => import(pathToFileURL(file).href))) as { lookUp: (request: unknown) => Promise<string> };
    await withCredentials(async () => {
      expect(await lookUp(validRequest)).toBe('customerNotFound after 1 attempt(s)');
      expect(await lookUp({ ...validRequest, mobileNumber: '12' })).toMatch(/^Fix the form: \/mobileNumber /);
    });
  });

  it('the TypeScript code sample in the docs prints the outcome', async () => {
    expect(await logsOf(sampleFile)).toContainEqual(['customerNotFound: customer Not Exits,kindly onboard']);
  });

  it('the curl code sample in the docs answers', async () => {
    const { stdout } = await promisify(execFile)('sh', ['-c', asTest(sampleIn('Shell'))], {
      env: { ...process.env, DMT_CLIENT_ID: TEST_CLIENT_ID, DMT_CLIENT_SECRET: TEST_CLIENT_SECRET },
    });
    expect(JSON.parse(stdout)).toMatchObject({ statusCode: '0' });
  });
});
