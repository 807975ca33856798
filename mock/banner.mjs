// What the mock prints once it listens: each operation of the shipped contract, the example
// names `Prefer` can pick, and a curl line to try. Read from the contract, for any operation.
import { readFileSync } from 'node:fs';
import { SPEC } from './prism.mjs';

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

/** @param {string} url where the mock listens */
export function describeMock(url) {
  const spec = JSON.parse(readFileSync(SPEC, 'utf8'));
  const resolve = (node) => (node?.$ref ? node.$ref.slice(2).split('/').reduce((at, key) => at?.[key], spec) : node);
  const lines = [`Prism is mock-serving the contract on ${url}`];
  for (const [path, item] of Object.entries(spec.paths ?? {})) {
    for (const method of METHODS.filter((candidate) => item[candidate])) {
      const operation = item[method];
      const names = Object.entries(operation.responses ?? {})
        .filter(([status]) => status.startsWith('2'))
        .flatMap(([, response]) => Object.values(resolve(response).content ?? {}).flatMap((media) => Object.keys(media.examples ?? {})));
      const requestMedia = Object.entries(resolve(operation.requestBody)?.content ?? {})[0];
      const requestValue = requestMedia && resolve(Object.values(requestMedia[1].examples ?? {})[0])?.value;
      const headers = [
        ...(requestMedia ? [`Content-Type: ${requestMedia[0]}`] : []),
        ...credentialHeaders(operation.security ?? spec.security ?? [], spec).map((name) => `${name}: demo`),
        // The second example, so that trying the line shows Prefer changing the answer.
        ...(names.length > 0 ? [`Prefer: example=${names[1] ?? names[0]}`] : []),
      ];
      const curl = [
        `curl -sS -X ${method.toUpperCase()} ${quote(url + path)}`,
        ...headers.map((header) => `-H ${quote(header)}`),
        ...(requestValue === undefined ? [] : [`-d ${quote(JSON.stringify(requestValue))}`]),
      ].join(' ');
      lines.push(
        '',
        `${method.toUpperCase()} ${url}${path} (${operation.operationId})`,
        `Answers (pick one with the header "Prefer: example=<name>"; default ${names[0] ?? 'none'}): ${names.join(', ')}`,
        'Without the credential headers the mock answers 401; with a body that breaks the contract, 422.',
        'Try it:',
        curl,
      );
    }
  }
  return lines.join('\n');
}

// The first alternative of the security requirement, as headers; others are left out.
function credentialHeaders(requirements, spec) {
  return Object.keys(requirements[0] ?? {}).flatMap((name) => {
    const scheme = spec.components?.securitySchemes?.[name];
    return scheme?.type === 'apiKey' && scheme.in === 'header' ? [scheme.name] : [];
  });
}

const quote = (text) => `'${text.replaceAll("'", `'\\''`)}'`;
