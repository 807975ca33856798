// Lint rules that Redocly's configurable `rule/` syntax cannot express.
// A configurable rule's `where` chain cannot reach strings nested in request bodies (inside
// objects, array items, anyOf members, type lists): test/contract/lint-rules.test.ts shows
// this rule catching each of those.

/** Every string schema inside a request body has a maxLength, a pattern, an enum or a const. */
function RequestStringBounded() {
  let insideRequestBody = 0;
  return {
    RequestBody: {
      enter() {
        insideRequestBody++;
      },
      leave() {
        insideRequestBody--;
      },
    },
    Schema: {
      enter(schema, ctx) {
        if (insideRequestBody === 0) return;
        const types = Array.isArray(schema.type) ? schema.type : [schema.type];
        if (!types.includes('string')) return;
        if (['maxLength', 'pattern', 'enum', 'const'].some((keyword) => keyword in schema)) return;
        ctx.report({
          message: 'Every request string needs a maxLength, a pattern or an enum, so that no unbounded text reaches the provider.',
          location: ctx.location.child('type'),
        });
      },
    },
  };
}

/**
 * Every operation's 200 JSON response is a oneOf of outcome schemas with a discriminator and an
 * explicit mapping, and every outcome carries what scripts/generate-operations.mjs needs to build
 * the client from it: `x-outcome-kind` (a camelCase name, unique in the operation) and
 * `x-transient` (a boolean). A `$ref` is followed with ctx.resolve, so split files are read.
 */
function OutcomeExtensions() {
  return {
    Operation: {
      enter(operation, ctx) {
        const response = ctx.resolve(operation.responses?.['200'] ?? {}).node;
        const media = response?.content?.['application/json'];
        if (!media) return;
        const where = ctx.location.child(['responses', '200', 'content', 'application/json', 'schema']);
        const { node: schema, location } = ctx.resolve(media.schema ?? {});
        const at = location ?? where;
        const mapping = schema?.discriminator?.mapping;
        if (!Array.isArray(schema?.oneOf) || !schema.discriminator?.propertyName || !mapping) {
          ctx.report({
            message: 'The 200 response must be a oneOf of outcome schemas with a discriminator (propertyName and an explicit mapping): the client is generated from it.',
            location: at,
          });
          return;
        }
        const kinds = new Set();
        for (const [code, ref] of Object.entries(mapping)) {
          const { node: outcome, location: outcomeAt } = ctx.resolve({ $ref: ref }, at.source.absoluteRef);
          const place = outcomeAt ?? at;
          if (!outcome) {
            ctx.report({ message: `The mapping for "${code}" points at ${ref}, which does not resolve.`, location: place });
            continue;
          }
          const kind = outcome['x-outcome-kind'];
          if (typeof kind !== 'string' || !/^[a-z][A-Za-z0-9]*$/.test(kind)) {
            ctx.report({ message: `The outcome for "${code}" needs x-outcome-kind: the camelCase name the client gives it.`, location: place });
          } else if (kinds.has(kind)) {
            ctx.report({ message: `Two outcomes of this operation share x-outcome-kind "${kind}".`, location: place.child('x-outcome-kind') });
          }
          kinds.add(kind);
          if (typeof outcome['x-transient'] !== 'boolean') {
            ctx.report({ message: `The outcome for "${code}" needs x-transient: true when the client should retry it, false otherwise.`, location: place });
          }
        }
      },
    },
  };
}

export default function dmtPlugin() {
  return {
    id: 'dmt',
    rules: { oas3: { 'request-string-bounded': RequestStringBounded, 'outcome-extensions': OutcomeExtensions } },
  };
}
