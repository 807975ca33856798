// `@dmt-lite/get-customer/testing`: test a team's own code against the contract, in process.
import type { OperationExampleTypes as Types, OperationId, RequestExampleName, ResponseExampleName } from '../../generated/examples.js';
import { operationOf } from './replies.js';

export { createFakeProvider, type FakeProvider, type FakeProviderOptions, type ReceivedRequest } from './fake-provider.js';
export type { Fault, Replies, Reply } from './replies.js';
export type { OperationExampleTypes, OperationId, RequestExampleName, ResponseExampleName } from '../../generated/examples.js';

/** A copy of a named request example of an operation, to send in a test. */
export function requestExample<Op extends OperationId>(operationId: Op, name: RequestExampleName<Op>): Types[Op]['requestBody'] {
  return copyOf(operationOf(operationId).requestExamples, name, `${operationId} request`) as Types[Op]['requestBody'];
}

/** A copy of a named response example's body, to compare with what your code did. */
export function responseExample<Op extends OperationId>(operationId: Op, name: ResponseExampleName<Op>): Types[Op]['responseBody'] {
  return copyOf(operationOf(operationId).responseExamples, name, `${operationId} response`) as Types[Op]['responseBody'];
}

function copyOf(examples: object, name: string, what: string): unknown {
  const example = (examples as Record<string, { value: unknown } | undefined>)[name];
  if (!example) throw new TypeError(`${what} example ${JSON.stringify(name)} is not in the contract; it has ${Object.keys(examples).join(', ')}.`);
  // A test that changes its copy must not change what the next one gets.
  return structuredClone(example.value);
}
