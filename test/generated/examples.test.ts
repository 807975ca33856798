import { describe, expect, it } from 'vitest';
import { operations } from '../../generated/examples.js';
import { GET_CUSTOMER_PATH, requestExamples, responseExamples, spec } from '../support/spec.js';

// generated/examples.ts is what the test kit answers with; drift.test.ts proves it is fresh,
// this proves what it holds: the contract's examples, word for word.
describe('generated/examples.ts', () => {
  it('has one entry per operation of the contract, with its method and path', () => {
    const inSpec = Object.entries(spec.paths).flatMap(([path, item]) =>
      Object.entries(item).map(([method, operation]) => ({ operationId: (operation as { operationId: string }).operationId, method: method.toUpperCase(), path })),
    );
    expect(Object.values(operations).map(({ operationId, method, path }) => ({ operationId, method, path }))).toEqual(inSpec);
    expect(operations.getCustomer.path).toBe(GET_CUSTOMER_PATH);
  });

  it('holds every named example, word for word, under its name', () => {
    const { requestExamples: requests, responseExamples: responses } = operations.getCustomer;
    expect(Object.entries(requests).map(([name, example]) => ({ name, value: example.value }))).toEqual(requestExamples);
    expect(Object.entries(responses).map(([name, example]) => ({ name, value: example.value }))).toEqual(responseExamples);
    expect(Object.values(responses).map((example) => [example.status, example.contentType])).toEqual(responseExamples.map(() => [200, 'application/json']));
  });

  it('names the credential headers the security requirement asks for', () => {
    expect(operations.getCustomer.credentialHeaders).toEqual([['client_id', 'client_secret']]);
  });
});
