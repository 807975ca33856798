// What every side of the bench sends and gets back, read from the bundled contract so that no
// path, request or answer is written twice.
import { loadContract, operationPath, requestExample } from '../../scripts/contract.mjs';

const contract = loadContract();

export const OPERATION_ID = 'getCustomer';
export const path = operationPath(OPERATION_ID, contract);
export const request = requestExample(OPERATION_ID, 'Lookup', contract);
export const credentials = { client_id: 'bench-client-id', client_secret: 'bench-client-secret' };
export const credentialOptions = { clientId: credentials.client_id, clientSecret: credentials.client_secret };

/** The contract's 200 example whose statusCode is `statusCode` (a "2" is the happy path). */
function answerExample(statusCode) {
  const examples = contract.paths[path].post.responses['200'].content['application/json'].examples;
  for (const example of Object.values(examples)) {
    const resolved = example.$ref ? example.$ref.slice(2).split('/').reduce((node, key) => node[key], contract) : example;
    if (resolved.value?.statusCode === statusCode) return resolved.value;
  }
  throw new Error(`No 200 example with statusCode "${statusCode}" for ${OPERATION_ID}`);
}

export const EXPECTED_STATUS_CODE = '2';
export const answerText = JSON.stringify(answerExample(EXPECTED_STATUS_CODE));
// The provider's spelling; every library must accept it as JSON.
export const answerHeaders = { 'content-type': 'application/JSON' };

/** Throws unless a side read the "2" answer back; the same cheap check on every side. */
export function expectAnswer(body) {
  if (body?.statusCode !== EXPECTED_STATUS_CODE) throw new Error(`unexpected answer: ${JSON.stringify(body)}`);
}
