// Reads what the scripts need from the bundled contract, so that no path or example is
// written twice.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const SPEC = join(dirname(fileURLToPath(import.meta.url)), '..', 'generated', 'openapi.json');

/** @returns {any} the bundled contract */
export const loadContract = () => JSON.parse(readFileSync(SPEC, 'utf8'));

/** The path of the POST operation with this operationId. */
export function operationPath(operationId, contract = loadContract()) {
  const entry = Object.entries(contract.paths).find(([, item]) => item.post?.operationId === operationId);
  if (!entry) throw new Error(`No POST operation ${operationId} in ${SPEC}`);
  return entry[0];
}

/** The value of a named request example of a POST operation. */
export function requestExample(operationId, name, contract = loadContract()) {
  const media = contract.paths[operationPath(operationId, contract)].post.requestBody.content['application/json'];
  const example = media.examples[name];
  const resolved = example.$ref ? example.$ref.slice(2).split('/').reduce((node, key) => node[key], contract) : example;
  return resolved.value;
}
