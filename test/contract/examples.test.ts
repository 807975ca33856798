import { describe, expect, it } from 'vitest';
import { validateGetCustomerRequest, validateGetCustomerResponse } from '../../generated/validators.js';
import { OUTCOME_KIND_BY_STATUS_CODE } from '../../src/index.js';
import { oracleForRef as schemaFor } from '../support/oracle.js';
import { requestExamples, requestMedia, resolve, responseExamples, responseMedia, spec } from '../support/spec.js';

describe('named examples in the contract', () => {
  it.each(requestExamples)('request example $name validates against its schema', ({ value }) => {
    const validate = schemaFor(requestMedia.schema.$ref);
    expect(validate(value), JSON.stringify(validate.errors)).toBe(true);
    expect(validateGetCustomerRequest(value)).toBe(true);
  });

  it.each(responseExamples)('response example $name validates against its schema', ({ value }) => {
    const validate = schemaFor(responseMedia.schema.$ref);
    expect(validate(value), JSON.stringify(validate.errors)).toBe(true);
    expect(validateGetCustomerResponse(value)).toBe(true);
  });

  it('has a response example for every documented statusCode', () => {
    const documented = resolve<{ enum: string[] }>(spec.components.schemas['StatusCode'] as { enum: string[] }).enum;
    expect(new Set(responseExamples.map((example) => example.value.statusCode))).toEqual(new Set(documented));
    expect(Object.keys(OUTCOME_KIND_BY_STATUS_CODE).sort()).toEqual([...documented].sort());
  });

  it('keeps the provider wire strings verbatim, typos included', () => {
    const descriptions = responseExamples.map((example) => `${example.value.statusCode} ${example.value['statusDesc']}`);
    expect(descriptions).toEqual(
      expect.arrayContaining([
        '0 customer Not Exits,kindly onboard',
        '1 Customer created but not verified',
        '2 Customer verified successfully',
        '3 Customer verified successfully',
        '-1 Invalid mobile number',
        '-1 Username Must not be Empty',
        '-1 User not onboarded',
        '4 Internal Server Issue',
      ]),
    );
  });

  it('rejects an example that breaks its schema (the check can fail)', () => {
    const validate = schemaFor(responseMedia.schema.$ref);
    expect(validate({ ...responseExamples[0]!.value, KYCTypeFlag: 'false' })).toBe(false);
    expect(schemaFor(requestMedia.schema.$ref)({ ...(requestExamples[0]!.value as object), publicIP: '999.1.1.1' })).toBe(false);
  });
});
