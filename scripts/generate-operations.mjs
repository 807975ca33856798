// Writes the operation table: for every operation of the bundled contract, what the generic
// client runtime in src/ needs to run it (method name, method, path, validators, outcomes and
// which of them are transient) and the types callers see. Nothing operation-specific is written
// by hand anywhere else: a new operation is a spec change and `npm run generate`.
//
// What it reads, per operation:
// - `operationId`: the client's method name and the prefix of the operation's type names;
// - the `application/json` request body schema, a `$ref` to a component (its validator);
// - the 200 `application/json` response schema, a `$ref` to a component that is a `oneOf` with a
//   `discriminator` (`propertyName` and an explicit `mapping`), one schema per outcome;
// - on each outcome schema, `x-outcome-kind` (the outcome's `kind`) and `x-transient` (whether
//   the client retries it); on a property, the optional `x-client-name` it is shown under.
// lint/dmt-plugin.js (rule dmt/outcome-extensions) checks all of this before it gets here.
import { readFileSync, writeFileSync } from 'node:fs';

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];
const JSON_MEDIA = 'application/json';

export function generateOperations({ specPath, outPath, tablePath }) {
  const spec = JSON.parse(readFileSync(specPath, 'utf8'));
  const operations = [];
  for (const [path, item] of Object.entries(spec.paths ?? {})) {
    for (const method of METHODS) {
      if (item[method]) operations.push(readOperation(spec, path, method, item[method]));
    }
  }
  if (operations.length === 0) throw new Error('The contract has no operation to generate a client for.');
  writeFileSync(outPath, renderTypes(operations));
  writeFileSync(tablePath, renderTable(operations));
}

function readOperation(spec, path, method, operation) {
  const where = `${method.toUpperCase()} ${path}`;
  const fail = (message) => {
    throw new Error(`${where}: ${message}`);
  };
  const { operationId } = operation;
  if (!/^[a-z][A-Za-z0-9]*$/.test(operationId ?? '')) fail('needs an operationId in camelCase: it names the client method.');

  const requestRef = resolve(spec, operation.requestBody)?.content?.[JSON_MEDIA]?.schema?.$ref;
  const responseRef = resolve(spec, operation.responses?.['200'])?.content?.[JSON_MEDIA]?.schema?.$ref;
  if (!requestRef) fail(`its ${JSON_MEDIA} request body schema must be a $ref to a component schema.`);
  if (!responseRef) fail(`its 200 ${JSON_MEDIA} response schema must be a $ref to a component schema.`);
  const response = resolve(spec, { $ref: responseRef });
  const discriminator = response.discriminator;
  if (!Array.isArray(response.oneOf) || !discriminator?.propertyName || !discriminator.mapping) {
    fail(`${componentName(responseRef, fail)} must be a oneOf with a discriminator (propertyName and an explicit mapping), one schema per outcome.`);
  }

  const outcomes = Object.entries(discriminator.mapping).map(([code, ref]) => {
    const name = componentName(ref, fail);
    const schema = resolve(spec, { $ref: ref });
    const kind = schema['x-outcome-kind'];
    const transient = schema['x-transient'];
    if (!/^[a-z][A-Za-z0-9]*$/.test(kind ?? '')) fail(`outcome ${name} needs x-outcome-kind, the camelCase name of the outcome.`);
    if (typeof transient !== 'boolean') fail(`outcome ${name} needs x-transient: true or false.`);
    return { code, name, kind, transient, description: schema.description ?? '', fields: fieldsOf(spec, schema) };
  });
  const kinds = outcomes.map((outcome) => outcome.kind);
  if (new Set(kinds).size !== kinds.length) fail(`two outcomes share an x-outcome-kind (${kinds.join(', ')}).`);

  return {
    operationId,
    typeName: operationId[0].toUpperCase() + operationId.slice(1),
    method,
    path,
    summary: operation.summary ?? '',
    request: componentName(requestRef, fail),
    response: componentName(responseRef, fail),
    discriminator: discriminator.propertyName,
    outcomes,
  };
}

/** The properties an outcome declares (its own and through allOf), with the name the client shows each under. */
function fieldsOf(spec, schema, seen = new Set()) {
  const fields = new Map();
  for (const part of schema.allOf ?? []) {
    const resolved = resolve(spec, part);
    if (seen.has(resolved)) continue;
    seen.add(resolved);
    for (const [from, to] of fieldsOf(spec, resolved, seen)) fields.set(from, to);
  }
  for (const [property, definition] of Object.entries(schema.properties ?? {})) {
    const clientName = resolve(spec, definition)?.['x-client-name'] ?? fields.get(property) ?? property;
    fields.set(property, clientName);
  }
  return [...fields];
}

function resolve(spec, node) {
  if (!node?.$ref) return node;
  if (!node.$ref.startsWith('#/')) throw new Error(`Only local references can be read here, not ${node.$ref}; bundle the spec first.`);
  return node.$ref
    .slice(2)
    .split('/')
    .map((segment) => segment.replaceAll('~1', '/').replaceAll('~0', '~'))
    .reduce((value, key) => value?.[key], spec);
}

function componentName(ref, fail) {
  const match = /^#\/components\/schemas\/([A-Za-z][A-Za-z0-9]*)$/.exec(ref);
  if (!match) fail(`${ref} is not a component schema.`);
  return match[1];
}

const literal = (value) => JSON.stringify(value).replaceAll('"', "'");
const comment = (text, indent = '') =>
  `${indent}/** ${text.replace(/\s+/g, ' ').trim().replaceAll('*/', '*\\/')} */`;
const schemaType = (name) => `components['schemas'][${literal(name)}]`;
const constantCase = (name) => name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase();

const HEADER = '// Generated by `npm run generate` from openapi/ (scripts/generate-operations.mjs). Do not edit.';

/** The public side: per operation, the types callers see and the outcome kinds; the client's interface. */
function renderTypes(operations) {
  const out = [];
  out.push(
    HEADER,
    '// For every operation of the contract: the types callers see, and the client interface with',
    '// one method per operation. To add an operation, change the spec, not this.',
    "import type { ClientFailure } from '../src/errors/client-failure.js';",
    "import type { CallOptions } from '../src/options.js';",
    "import type { Outcome } from '../src/outcome.js';",
    "import type { components } from './schema.js';",
    '',
  );

  for (const operation of operations) {
    const { typeName, operationId } = operation;
    out.push(`// ${operationId}: ${operation.method.toUpperCase()} ${operation.path}`, '');
    out.push(comment(`The request body of \`${operationId}\` (schema ${operation.request}).`), `export type ${typeName}Request = ${schemaType(operation.request)};`);
    out.push(comment(`The response body of \`${operationId}\`, any outcome (schema ${operation.response}).`), `export type ${typeName}ResponseBody = ${schemaType(operation.response)};`, '');
    for (const outcome of operation.outcomes) {
      const renames = outcome.fields.filter(([from, to]) => from !== to).map(([from, to]) => `${literal(from)}: ${literal(to)}`);
      out.push(
        comment(`${outcome.description}${outcome.transient ? ' Transient (x-transient): the client retries it.' : ''}`),
        `export type ${outcome.name} = Outcome<${literal(outcome.kind)}, ${schemaType(outcome.name)}${renames.length ? `, { ${renames.join('; ')} }` : ''}>;`,
      );
    }
    out.push(
      '',
      comment(`Every documented outcome of \`${operationId}\`; a \`switch\` over \`kind\` is checked for exhaustiveness.`),
      `export type ${typeName}Outcome =\n${operation.outcomes.map((outcome) => `  | ${outcome.name}`).join('\n')};`,
      comment(`The \`kind\` of each outcome of \`${operationId}\`.`),
      `export type ${typeName}OutcomeKind = ${typeName}Outcome['kind'];`,
      comment(`What \`${operationId}\` resolves to: a documented outcome (\`ok: true\`) or a failure (\`ok: false\`). It never rejects.`),
      `export type ${typeName}Result = ${typeName}Outcome | ClientFailure;`,
      comment(`Every way a \`${operationId}\` call can fail; switch over \`kind\`.`),
      `export type ${typeName}Error = ClientFailure;`,
      comment(`Per-call options of \`${operationId}\`.`),
      `export type ${typeName}Options = CallOptions;`,
      comment(`The outcome \`kind\` for each \`${operation.discriminator}\` of \`${operationId}\`.`),
      `export const ${constantCase(typeName)}_OUTCOME_KINDS = {\n${operation.outcomes.map((outcome) => `  ${literal(outcome.code)}: ${literal(outcome.kind)},`).join('\n')}\n} as const;`,
      '',
    );
  }

  const [first] = operations;
  out.push(
    `// Names kept from 0.x, for the contract's first operation (${first.operationId}); prefer the prefixed ones.`,
    comment(`The \`kind\` of each outcome of \`${first.operationId}\`.`),
    `export type OutcomeKind = ${first.typeName}OutcomeKind;`,
    comment(`Every \`${first.discriminator}\` of \`${first.operationId}\` the contract documents.`),
    `export type StatusCode = ${first.typeName}ResponseBody[${literal(first.discriminator)}];`,
    comment(`The outcome \`kind\` for each \`${first.discriminator}\` of \`${first.operationId}\`.`),
    `export const OUTCOME_KIND_BY_STATUS_CODE = ${constantCase(first.typeName)}_OUTCOME_KINDS;`,
    '',
    comment('A client with one method per operation of the contract. Every method resolves to an outcome or a failure; none rejects.'),
    'export interface CustomerClient {',
    ...operations.flatMap((operation) => [
      comment(`${operation.summary || operation.operationId}: \`${operation.method.toUpperCase()} ${operation.path}\`.`, '  '),
      `  ${operation.operationId}(request: ${operation.typeName}Request, options?: ${operation.typeName}Options): Promise<${operation.typeName}Result>;`,
    ]),
    '}',
    '',
  );
  return out.join('\n');
}

/** The runtime side: what the client in src/ runs each operation from. */
function renderTable(operations) {
  const validators = [...new Set(operations.flatMap((operation) => [`validate${operation.request}`, `validate${operation.response}`]))];
  const out = [
    HEADER,
    '// The operation table: for every operation of the contract, what the generic client runtime in',
    '// src/ needs to run it. Read one entry as: call `method path`, check the request with',
    '// validateRequest, check a 200 body with validateResponse, and read `discriminator` to find the',
    '// outcome: its kind, whether it is retried (transient), and the body fields copied onto it.',
    "import type { OperationSpec } from '../src/internal/operation.js';",
    "import type { CustomerClient } from './operations.js';",
    `import { ${validators.join(', ')} } from './validators.js';`,
    '',
  ];

  // Lists of fields shared by several outcomes are written once.
  const fieldLists = new Map();
  const fieldsName = (operation, fields) => {
    const key = JSON.stringify(fields);
    if (!fieldLists.has(key)) fieldLists.set(key, { name: `${operation.operationId}Fields${fieldLists.size === 0 ? '' : fieldLists.size + 1}`, fields });
    return fieldLists.get(key).name;
  };
  const table = operations.map((operation) => [
    `  ${operation.operationId}: {`,
    `    operationId: ${literal(operation.operationId)},`,
    `    method: ${literal(operation.method)},`,
    `    path: ${literal(operation.path)},`,
    `    validateRequest: validate${operation.request},`,
    `    validateResponse: validate${operation.response},`,
    `    discriminator: ${literal(operation.discriminator)},`,
    '    outcomes: new Map([',
    ...operation.outcomes.map(
      (outcome) => `      [${literal(outcome.code)}, { kind: ${literal(outcome.kind)}, transient: ${outcome.transient}, fields: ${fieldsName(operation, outcome.fields)} }],`,
    ),
    '    ]),',
    '  },',
  ]);
  out.push(comment('Body properties copied onto outcomes, as [name in the body, name on the outcome].'));
  for (const { name, fields } of fieldLists.values()) {
    out.push(`const ${name} = [${fields.map(([from, to]) => `[${literal(from)}, ${literal(to)}]`).join(', ')}] as const;`);
  }
  out.push(
    '',
    comment('What the client runtime runs each operation from: one entry per method of CustomerClient.'),
    'export const operations = {',
    ...table.flat(),
    '} as const satisfies { readonly [Method in keyof CustomerClient]: OperationSpec };',
    '',
  );
  return out.join('\n');
}
