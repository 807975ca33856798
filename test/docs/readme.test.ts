import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, inject, it, vi } from 'vitest';
import { TEST_CLIENT_ID, TEST_CLIENT_SECRET, validRequest } from '../support/requests.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const scratch = fileURLToPath(new URL('../.readme/', import.meta.url));
const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const blocks = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((match) => match[1]!);

// The README imports the package by name; here it is the source, and the provider is the mock.
const asTest = (code: string) =>
  code
    .replaceAll("'@dmt-lite/get-customer'", "'../../src/index.js'")
    .replaceAll("'https://apidev.iserveu.online'", `'${inject('prismUrl')}'`);

mkdirSync(scratch, { recursive: true });
const files = blocks.map((code, index) => {
  const file = `${scratch}block-${index + 1}.ts`;
  writeFileSync(file, `${asTest(code)}\nexport {};\n`);
  return file;
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('README examples', () => {
  it('has TypeScript examples to check', () => {
    expect(blocks.length).toBeGreaterThan(0);
  });

  it('type-check in strict mode', () => {
    const config = `${scratch}tsconfig.json`;
    writeFileSync(config, JSON.stringify({ extends: '../../tsconfig.test.json', files, include: [], compilerOptions: { noEmit: true } }));
    try {
      execFileSync(process.execPath, [`${root}node_modules/typescript/bin/tsc`, '-p', config], { cwd: root, stdio: 'pipe' });
    } catch (error) {
      throw new Error(`The README's TypeScript does not compile:\n${(error as { stdout: Buffer }).stdout}`);
    }
  });

  it('the client example runs against the mock and handles its default outcome', async () => {
    vi.stubEnv('DMT_CLIENT_ID', TEST_CLIENT_ID);
    vi.stubEnv('DMT_CLIENT_SECRET', TEST_CLIENT_SECRET);
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    await import(pathToFileURL(files[0]!).href);
    expect(log).toHaveBeenCalledWith('Onboard the remitter.');
    log.mockRestore();
    vi.unstubAllEnvs();
  });

  it('the failure example turns an outcome and an invalid request into what it promises', async () => {
    vi.stubEnv('DMT_CLIENT_ID', TEST_CLIENT_ID);
    vi.stubEnv('DMT_CLIENT_SECRET', TEST_CLIENT_SECRET);
    const example = files.find((file) => readFileSync(file, 'utf8').includes('export async function lookUp'));
    const { lookUp } = (await import(pathToFileURL(example!).href)) as { lookUp: (request: unknown) => Promise<string> };
    expect(await lookUp(validRequest)).toBe('customerNotFound after 1 attempt(s)');
    expect(await lookUp({ ...validRequest, mobileNumber: '12' })).toMatch(/^Fix the form: \/mobileNumber /);
    vi.unstubAllEnvs();
  });
});
