import { describe, expect, inject, it } from 'vitest';
import { operations, type OperationId } from '../../generated/examples.js';
import { createFakeProvider } from '../../src/testing/index.js';

// The fake and the Prism mock are two ways to serve the same contract: for every operation and
// every named example, both answer the same status, media type and body.
const prismUrl = inject('prismUrl');
const cases = (Object.keys(operations) as OperationId[]).flatMap((operationId) =>
  Object.keys(operations[operationId].responseExamples).map((name) => ({ operationId, name })),
);

function send(target: typeof fetch, operationId: OperationId, headers: Record<string, string>) {
  const { method, path, requestExamples } = operations[operationId];
  const request = Object.values(requestExamples)[0] as { contentType: string; value: unknown } | undefined;
  return target(`${prismUrl}${path}`, {
    method,
    headers: { client_id: 'id', client_secret: 'secret', ...(request ? { 'content-type': request.contentType } : {}), ...headers },
    ...(request ? { body: JSON.stringify(request.value) } : {}),
  });
}

const seen = async (response: Response) => ({ status: response.status, contentType: response.headers.get('content-type')?.split(';')[0], body: await response.json() });

describe('the fake provider answers as the mock does', () => {
  it.each(cases)('$operationId example $name', async ({ operationId, name }) => {
    const fake = createFakeProvider().reply(operationId, name as never);
    const mock = await seen(await send(fetch, operationId, { Prefer: `example=${name}` }));
    expect(await seen(await send(fake, operationId, {}))).toEqual(mock);
  });

  it.each(Object.keys(operations) as OperationId[])('%s without Prefer: the same default example', async (operationId) => {
    expect(await seen(await send(createFakeProvider(), operationId, {}))).toEqual(await seen(await send(fetch, operationId, {})));
  });

  it.each(Object.keys(operations) as OperationId[])('%s without credentials: 401 from both', async (operationId) => {
    const statuses = await Promise.all([fetch, createFakeProvider()].map(async (target) => (await send(target, operationId, { client_id: '', client_secret: '' })).status));
    expect(statuses).toEqual([401, 401]);
  });
});
