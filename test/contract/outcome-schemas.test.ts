import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as validators from '../../generated/validators.js';
import { oracleFor } from '../support/oracle.js';
import { generateValidators } from '../../scripts/generate-validators.mjs';
import { ROOT } from '../support/scratch.js';
import { resolve, responseExamples, responseMedia, spec } from '../support/spec.js';

interface OutcomeSchema {
  'x-outcome-kind'?: unknown;
  'x-transient'?: unknown;
  properties: Record<string, { const?: unknown }>;
}
interface UnionSchema {
  oneOf: { $ref: string }[];
  discriminator: { propertyName: string; mapping: Record<string, string> };
}

const union = resolve<UnionSchema>(responseMedia.schema as unknown as UnionSchema);
const mapping = union.discriminator.mapping;
const schemaName = (ref: string) => ref.replace('#/components/schemas/', '');
const outcomeSchema = (name: string) => spec.components.schemas[name] as OutcomeSchema;
const generated = validators as unknown as Record<string, validators.Validator<unknown>>;
/** The generated validator of the outcome schema a statusCode maps to. */
const validatorFor = (statusCode: string) => generated[`validate${schemaName(mapping[statusCode]!)}`]!;
const documentedCodes = resolve<{ enum: string[] }>(spec.components.schemas['StatusCode'] as { enum: string[] }).enum;

describe('the outcome schemas', () => {
  it('map every documented statusCode, and only those, to a schema that pins it', () => {
    expect(union.discriminator.propertyName).toBe('statusCode');
    expect(Object.keys(mapping).sort()).toEqual([...documentedCodes].sort());
    expect(union.oneOf.map((branch) => branch.$ref).sort()).toEqual(Object.values(mapping).sort());
    for (const [code, ref] of Object.entries(mapping)) {
      expect(outcomeSchema(schemaName(ref)).properties['statusCode']?.const).toBe(code);
    }
  });

  it('name each outcome for code generators, with one transient outcome ("4")', () => {
    const kinds = Object.values(mapping).map((ref) => outcomeSchema(schemaName(ref))['x-outcome-kind']);
    expect(kinds.every((kind) => typeof kind === 'string' && /^[a-z][A-Za-z]+$/.test(kind))).toBe(true);
    expect(new Set(kinds).size).toBe(kinds.length);
    const transient = Object.entries(mapping).filter(([, ref]) => outcomeSchema(schemaName(ref))['x-transient'] === true);
    expect(transient.map(([code]) => code)).toEqual(['4']);
    for (const ref of Object.values(mapping)) expect(typeof outcomeSchema(schemaName(ref))['x-transient']).toBe('boolean');
  });

  it.each(responseExamples)('example $name validates against the outcome schema its statusCode maps to, and no other', ({ value }) => {
    const own = validatorFor(value.statusCode);
    expect(own(value), JSON.stringify(own.errors)).toBe(true);
    for (const code of Object.keys(mapping).filter((other) => other !== value.statusCode)) {
      expect(validatorFor(code)(value)).toBe(false);
    }
    expect(validators.validateGetCustomerResponse(value)).toBe(true);
  });
});

const SUCCESS_CODES = ['0', '1', '2', '3'];
const base = { mobileNumber: '8144094480', statusDesc: 'text' };

describe('validateGetCustomerResponse enforces the pairing', () => {
  it.each([
    ['"SUCCESS" with "-1"', { ...base, statusCode: '-1', status: 'SUCCESS', KYCTypeFlag: false }],
    ['"SUCCESS" with "4"', { ...base, statusCode: '4', status: 'SUCCESS', KYCTypeFlag: false }],
    ['"FAILED" with "2"', { ...base, statusCode: '2', status: 'FAILED', KYCTypeFlag: true }],
    ['"FAILED" with "0"', { ...base, statusCode: '0', status: 'FAILED', KYCTypeFlag: false }],
    ['KYCTypeFlag false on "2"', { ...base, statusCode: '2', KYCTypeFlag: false }],
    ['KYCTypeFlag true on "3"', { ...base, statusCode: '3', KYCTypeFlag: true }],
    ['KYCTypeFlag true on "0"', { ...base, statusCode: '0', KYCTypeFlag: true }],
    ['KYCTypeFlag true on "-1"', { ...base, statusCode: '-1', KYCTypeFlag: true }],
  ])('rejects %s, naming the pinned field', (_, body) => {
    expect(validators.validateGetCustomerResponse(body)).toBe(false);
    expect(validators.validateGetCustomerResponse.errors).toEqual([expect.objectContaining({ keyword: 'const' })]);
  });

  it('rejects a misspelt "FAILED" as outside the status enum', () => {
    expect(validators.validateGetCustomerResponse({ ...base, statusCode: '-1', status: 'FAILURE', KYCTypeFlag: false })).toBe(false);
    expect(validators.validateGetCustomerResponse.errors?.map((error) => error.keyword)).toContain('enum');
  });

  it.each(documentedCodes)('accepts "%s" with its own status, without status, and with extra fields', (code) => {
    const body = { ...base, statusCode: code, KYCTypeFlag: code === '2' };
    expect(validators.validateGetCustomerResponse(body)).toBe(true);
    expect(validators.validateGetCustomerResponse({ ...body, status: SUCCESS_CODES.includes(code) ? 'SUCCESS' : 'FAILED', extra: { any: 1 } })).toBe(true);
  });

  it('keeps an undocumented statusCode apart from a pairing violation', () => {
    const unknown = { ...base, statusCode: '9', KYCTypeFlag: false };
    expect(validators.validateGetCustomerResponse(unknown)).toBe(false);
    expect(validators.validateStatusCode('9')).toBe(false);
    expect(validators.validateStatusCode('2')).toBe(true);
  });

  it('agrees with the contract compiled on its own (no discriminator support) on any body', () => {
    const oracle = oracleFor('GetCustomerResponse');
    const bodies = fc.record(
      {
        statusCode: fc.oneof(fc.constantFrom(...documentedCodes, '9', ''), fc.integer()),
        status: fc.constantFrom('SUCCESS', 'FAILED', 'FAILURE', 1),
        KYCTypeFlag: fc.oneof(fc.boolean(), fc.constantFrom('true', 0)),
        mobileNumber: fc.constantFrom('8144094480', '', 5),
        statusDesc: fc.string({ maxLength: 5 }),
        name: fc.string({ maxLength: 5 }),
        extra: fc.jsonValue(),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(bodies, (body) => {
        expect(validators.validateGetCustomerResponse(body)).toBe(oracle(body));
      }),
      { numRuns: 2_000 },
    );
  });
});

describe('the validator generator', () => {
  // Called on a doctored copy of the bundled contract: upstream tools may refuse such a contract
  // before the generator sees it, and the generator must not depend on that.
  async function generateFrom(edit: (contract: typeof spec) => void) {
    const dir = mkdtempSync(join(tmpdir(), 'dmt-validators-'));
    try {
      const contract = structuredClone(spec);
      edit(contract);
      writeFileSync(join(dir, 'openapi.json'), JSON.stringify(contract));
      await generateValidators({ root: ROOT, specPath: join(dir, 'openapi.json'), outPath: join(dir, 'validators.ts'), schemaModule: './schema.js' });
      return readFileSync(join(dir, 'validators.ts'), 'utf8');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  const unionOf = (contract: typeof spec) => contract.components.schemas['GetCustomerResponse'] as UnionSchema;

  it('refuses a discriminator mapping that contradicts the outcome schemas', async () => {
    await expect(
      generateFrom((contract) => {
        const { mapping: swapped } = unionOf(contract).discriminator;
        [swapped['2'], swapped['3']] = [swapped['3']!, swapped['2']!];
      }),
    ).rejects.toThrow('discriminator mapping "2" names CustomerVerifiedWithoutOvd, whose statusCode is "3"');
  });

  it('refuses a oneOf branch the mapping leaves out', async () => {
    await expect(generateFrom((contract) => delete unionOf(contract).discriminator.mapping['4'])).rejects.toThrow(
      'oneOf branches missing from the discriminator mapping: #/$defs/ProviderInternalError',
    );
  });

  it('refuses an unknown specification extension (strict mode), and writes the known ones nowhere', async () => {
    await expect(generateFrom((contract) => Object.assign(contract.components.schemas['RequestRejected'] as object, { 'x-retry': true }))).rejects.toThrow('x-retry');
    expect(await generateFrom(() => {})).not.toContain('x-outcome-kind');
  });
});
