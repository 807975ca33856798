import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { spec } from './spec.js';

// Compiled here from the bundled contract itself, independently of generated/validators.ts,
// so that a fault in the generator cannot hide behind its own output.
const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats.default(ajv);
ajv.addSchema(spec, 'contract');

/** A validator for `#/components/schemas/<name>` of the bundled contract. */
export const oracleFor = (name: string) => ajv.getSchema(`contract#/components/schemas/${name}`)!;
/** A validator for any local `$ref` of the bundled contract. */
export const oracleForRef = (ref: string) => ajv.getSchema(`contract${ref}`)!;
