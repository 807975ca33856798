import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { setupServer } from 'msw/node';
import { afterAll, describe, expect, it } from 'vitest';
import { generateExamples } from '../../scripts/generate-examples.mjs';
import type * as Msw from '../../src/msw/index.js';
import type * as Testing from '../../src/testing/index.js';
import { scratchCopy } from '../support/scratch.js';
import { GET_CUSTOMER_PATH, SPEC_PATH } from '../support/spec.js';

// A second operation in a scratch copy of the contract: the test kit serves it from the
// regenerated examples alone, with src/ copied unchanged.
const scratch = scratchCopy(['src', 'generated']);
afterAll(scratch.remove);
const spec = JSON.parse(readFileSync(SPEC_PATH, 'utf8'));
const example = (statusCode: string, state: string) => ({ value: { statusCode, state } });
spec.paths['/synthetic/ping/{pingId}'] = {
  get: {
    operationId: 'ping',
    security: [],
    responses: {
      '200': {
        description: 'Pong.',
        content: { 'application/json': { schema: { type: 'object' }, examples: { Pong: example('0', 'up'), Busy: example('4', 'busy') } } },
      },
    },
  },
};
const specPath = join(scratch.dir, 'generated', 'openapi.json');
writeFileSync(specPath, JSON.stringify(spec));
generateExamples({ specPath, outPath: join(scratch.dir, 'generated', 'examples.ts'), schemaModule: './schema.js' });

const load = async <T>(entry: string) => (await import(pathToFileURL(join(scratch.dir, entry)).href)) as T;
const { createFakeProvider } = await load<typeof Testing>('src/testing/index.ts');
const { createHandlers } = await load<typeof Msw>('src/msw/index.ts');
const BASE_URL = 'https://provider.test';
const credentials = { client_id: 'id', client_secret: 'secret' };

describe('a second operation added to the contract, with no edit in src/', () => {
  it('the fake routes it by method and path (parameters included), answers its examples, and leaves the first alone', async () => {
    const fake = createFakeProvider({ replies: { ping: ['Busy', 'Pong'] } as never });
    expect(await (await fake(`${BASE_URL}/synthetic/ping/42`)).json()).toEqual({ statusCode: '4', state: 'busy' });
    expect(await (await fake(`${BASE_URL}/synthetic/ping/43`)).json()).toEqual({ statusCode: '0', state: 'up' });
    expect((await fake(`${BASE_URL}/synthetic/ping/42`, { method: 'POST' })).status).toBe(404);
    const first = await fake(`${BASE_URL}${GET_CUSTOMER_PATH}`, { method: 'POST', headers: credentials });
    expect(await first.json()).toMatchObject({ statusCode: '0', statusDesc: 'customer Not Exits,kindly onboard' });
    expect(fake.requests.map((request) => request.operationId)).toEqual(['ping', 'ping', undefined, 'getCustomer']);
  });

  it('the MSW handlers cover it too', async () => {
    const server = setupServer(...createHandlers({ baseUrl: BASE_URL, replies: { ping: 'Busy' } as never }));
    server.listen({ onUnhandledRequest: 'error' });
    try {
      expect(await (await fetch(`${BASE_URL}/synthetic/ping/7`)).json()).toEqual({ statusCode: '4', state: 'busy' });
    } finally {
      server.close();
    }
  });
});
