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

export default function dmtPlugin() {
  return {
    id: 'dmt',
    rules: { oas3: { 'request-string-bounded': RequestStringBounded } },
  };
}
