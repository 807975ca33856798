// Writes every operation's named request and response examples, and the credential headers
// its security requirement names, from the bundled contract into one typed module. The test
// kit (src/testing, src/msw) answers with these values, so no example is ever copied by hand.
import { readFileSync, writeFileSync } from 'node:fs';

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

export function generateExamples({ specPath, outPath, schemaModule }) {
  const spec = JSON.parse(readFileSync(specPath, 'utf8'));
  const resolve = (node) => (node?.$ref ? pointer(spec, node.$ref) : node);

  const operations = [];
  for (const [path, item] of Object.entries(spec.paths ?? {})) {
    for (const method of METHODS) {
      const operation = item[method];
      if (!operation) continue;
      const where = `${method.toUpperCase()} ${path}`;
      if (!operation.operationId) throw new Error(`${where} has no operationId; the test kit keys operations by it.`);
      operations.push({
        operationId: operation.operationId,
        method: method.toUpperCase(),
        path,
        pathType: `paths[${literal(path)}][${literal(method)}]`,
        credentialHeaders: credentialHeaders(operation.security ?? spec.security ?? [], spec, where),
        requestExamples: requestExamples(resolve(operation.requestBody), resolve, where),
        responseExamples: responseExamples(operation.responses ?? {}, resolve, where),
      });
    }
  }

  writeFileSync(outPath, render(operations, schemaModule));
}

/** Header names that satisfy the security requirement: any one alternative, every header in it. */
function credentialHeaders(requirements, spec, where) {
  return requirements.map((requirement) =>
    Object.keys(requirement).flatMap((name) => {
      const scheme = spec.components?.securitySchemes?.[name];
      if (!scheme) throw new Error(`${where}: security scheme ${name} is not defined.`);
      if (scheme.type === 'apiKey' && scheme.in === 'header') return [scheme.name.toLowerCase()];
      if (scheme.type === 'http') return ['authorization'];
      // Query, cookie and OAuth credentials are not checked by the test kit; it stays lenient.
      return [];
    }),
  );
}

function requestExamples(requestBody, resolve, where) {
  const examples = [];
  for (const [contentType, media] of Object.entries(requestBody?.content ?? {})) {
    for (const [name, example] of Object.entries(media.examples ?? {})) {
      examples.push({ name, contentType, ...valueOf(resolve(example), `${where} request example ${name}`) });
    }
  }
  return unique(examples, where, 'request');
}

function responseExamples(responses, resolve, where) {
  const examples = [];
  // Prism answers without Prefer from the lowest 2xx response that has examples, first example first.
  const statuses = Object.keys(responses)
    .filter((status) => /^\d{3}$/.test(status))
    .sort((a, b) => rank(a) - rank(b));
  for (const status of statuses) {
    for (const [contentType, media] of Object.entries(resolve(responses[status]).content ?? {})) {
      for (const [name, example] of Object.entries(media.examples ?? {})) {
        examples.push({ name, status: Number(status), contentType, ...valueOf(resolve(example), `${where} response example ${name}`) });
      }
    }
  }
  return unique(examples, where, 'response');
}

// 2xx first, in order, then the rest in order.
const rank = (status) => (status.startsWith('2') ? 0 : 1000) + Number(status);

function valueOf(example, what) {
  if (!example || !('value' in example)) throw new Error(`${what} has no inline value (externalValue is not supported).`);
  return { ...(example.summary ? { summary: example.summary } : {}), value: example.value };
}

// One name picks one answer, as it does for Prism's `Prefer: example=`.
function unique(examples, where, role) {
  const seen = new Set();
  for (const { name } of examples) {
    if (seen.has(name)) throw new Error(`${where}: the ${role} example name ${name} is used twice; names must be unique per operation.`);
    seen.add(name);
  }
  return examples;
}

function pointer(spec, ref) {
  if (!ref.startsWith('#/')) throw new Error(`Only local references are expected in the bundled contract, got ${ref}.`);
  return ref
    .slice(2)
    .split('/')
    .map((part) => part.replaceAll('~1', '/').replaceAll('~0', '~'))
    .reduce((node, key) => node?.[key], spec);
}

const literal = (value) => `'${String(value).replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'`;
const union = (names) => (names.length === 0 ? 'never' : names.map(literal).join(' | '));
const json = (value, indent) => JSON.stringify(value, null, 2).replaceAll('\n', `\n${indent}`);
const key = (name) => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : literal(name));

function render(operations, schemaModule) {
  const types = operations
    .map((operation) => {
      const requestTypes = [...new Set(operation.requestExamples.map((example) => bodyType(operation, example)))];
      const responseTypes = [...new Set(operation.responseExamples.map((example) => bodyType(operation, example)))];
      return [
        `  ${key(operation.operationId)}: {`,
        `    requestExample: ${union(operation.requestExamples.map((example) => example.name))};`,
        `    responseExample: ${union(operation.responseExamples.map((example) => example.name))};`,
        `    requestBody: ${requestTypes.join(' | ') || 'never'};`,
        `    responseBody: ${responseTypes.join(' | ') || 'never'};`,
        '  };',
      ].join('\n');
    })
    .join('\n');

  const table = operations
    .map((operation) => {
      const fallback = operation.responseExamples[0]?.name;
      if (fallback === undefined) throw new Error(`${operation.method} ${operation.path} has no named response example.`);
      const examples = (list, extra) =>
        list
          .map((example) =>
            [
              `      ${key(example.name)}: {`,
              ...(example.summary ? [`        summary: ${literal(example.summary)},`] : []),
              ...extra(example),
              `        contentType: ${literal(example.contentType)},`,
              `        value: ${json(example.value, '        ')},`,
              '      },',
            ].join('\n'),
          )
          .join('\n');
      return [
        `  ${key(operation.operationId)}: {`,
        `    operationId: ${literal(operation.operationId)},`,
        `    method: ${literal(operation.method)},`,
        `    path: ${literal(operation.path)},`,
        `    credentialHeaders: ${JSON.stringify(operation.credentialHeaders).replaceAll('"', "'").replaceAll(',', ', ')},`,
        `    defaultResponseExample: ${literal(fallback)},`,
        '    requestExamples: {',
        examples(operation.requestExamples, () => []),
        '    },',
        '    responseExamples: {',
        examples(operation.responseExamples, (example) => [`        status: ${example.status},`]),
        '    },',
        '  },',
      ]
        .filter((line) => line !== '')
        .join('\n');
    })
    .join('\n');

  return `// Generated by \`npm run generate\` from openapi/ (scripts/generate-examples.mjs). Do not edit.
// Every operation's named examples, word for word from the contract: the test kit answers with
// these. The table's type checks each value against the types generated from the same contract.
import type { paths } from '${schemaModule}';

/** An HTTP method, upper case. */
export type HttpMethod = 'GET' | 'PUT' | 'POST' | 'DELETE' | 'OPTIONS' | 'HEAD' | 'PATCH' | 'TRACE';

/** Per operation (by operationId): its example names, and the body types they are checked against. */
export interface OperationExampleTypes {
${types}
}

/** The operationId of every operation in the contract. */
export type OperationId = keyof OperationExampleTypes;
/** The names of an operation's request examples. */
export type RequestExampleName<Op extends OperationId> = OperationExampleTypes[Op]['requestExample'];
/** The names of an operation's response examples (what \`Prefer: example=\` picks in the mock). */
export type ResponseExampleName<Op extends OperationId> = OperationExampleTypes[Op]['responseExample'];

export interface RequestExample<Body> {
  readonly summary?: string;
  readonly contentType: string;
  readonly value: Body;
}

export interface ResponseExample<Body> extends RequestExample<Body> {
  /** The HTTP status of the response the example belongs to. */
  readonly status: number;
}

export interface OperationExamples<Op extends OperationId> {
  readonly operationId: Op;
  readonly method: HttpMethod;
  /** As the contract writes it, path parameters in braces. */
  readonly path: string;
  /** Lower-case header names that satisfy the security requirement: all of one set; empty when none is required. */
  readonly credentialHeaders: readonly (readonly string[])[];
  /** What the mock answers without \`Prefer\`: the first example of the lowest 2xx response. */
  readonly defaultResponseExample: ResponseExampleName<Op>;
  readonly requestExamples: { readonly [Name in RequestExampleName<Op>]: RequestExample<OperationExampleTypes[Op]['requestBody']> };
  readonly responseExamples: { readonly [Name in ResponseExampleName<Op>]: ResponseExample<OperationExampleTypes[Op]['responseBody']> };
}

/** Every operation of the contract with its named examples, by operationId. */
export const operations: { readonly [Op in OperationId]: OperationExamples<Op> } = {
${table}
};
`;
}

function bodyType(operation, example) {
  const content = `['content'][${literal(example.contentType)}]`;
  return 'status' in example
    ? `${operation.pathType}['responses'][${example.status}]${content}`
    : `NonNullable<${operation.pathType}['requestBody']>${content}`;
}
