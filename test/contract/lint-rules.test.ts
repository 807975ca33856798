import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scratchCopy } from '../support/scratch.js';

type Case = readonly [rule: string, file: string, edit: (text: string) => string];
interface LintProblem {
  ruleId: string;
  location: { source: { ref: string } }[];
}

/**
 * Lints one scratch copy of the contract per case, each broken by its edit, in a single
 * `redocly lint` run (one process instead of one per case); returns the problems per case.
 */
function lintBroken(cases: readonly Case[]): { status: number | null; problems: LintProblem[][]; remove: () => void } {
  const scratch = scratchCopy(['openapi', 'lint', 'redocly.yaml', 'package.json']);
  const roots = cases.map(([, file, edit], index) => {
    const dir = `case${index}`;
    cpSync(join(scratch.dir, 'openapi'), join(scratch.dir, dir, 'openapi'), { recursive: true });
    const path = join(scratch.dir, dir, file);
    const before = readFileSync(path, 'utf8');
    const after = edit(before);
    if (after === before) throw new Error(`case ${index}: the edit must change ${file}`);
    writeFileSync(path, after);
    return `${dir}/openapi/openapi.yaml`;
  });
  const run = spawnSync(join(scratch.dir, 'node_modules/.bin/redocly'), ['lint', ...roots, '--format', 'json'], {
    cwd: scratch.dir,
    encoding: 'utf8',
    env: { ...process.env, REDOCLY_TELEMETRY: 'off', NO_COLOR: '1' },
    timeout: 60_000,
  });
  // One JSON report per root, printed back to back.
  const reports = run.stdout.split(/(?<=\n\})(?=\{)/).map((text) => JSON.parse(text) as { problems: LintProblem[] });
  const all = reports.flatMap((report) => report.problems);
  return {
    status: run.status,
    problems: cases.map((_case, index) => all.filter((problem) => problem.location.some((where) => where.source.ref.startsWith(`case${index}/`)))),
    remove: scratch.remove,
  };
}

const RESPONSE_FIELDS = 'openapi/components/schemas/GetCustomerOutcomeFields.yaml';
const REQUEST = 'openapi/components/schemas/GetCustomerRequest.yaml';
const PATH = 'openapi/paths/common_dmt-lite_unified_customer_get-customer.yaml';

// Each rule in redocly.yaml must catch the mistake it exists for; a rule that never fires
// would leave `npm run lint` green for the wrong reason.
const CASES: Case[] = [
  ['rule/schema-property-described', RESPONSE_FIELDS, (text: string) => text.replace(/(  statusDesc:\n    type: string\n)    description: >-\n(      .*\n)+?(?=  name:)/, '$1')],
  ['rule/media-type-has-named-examples', PATH, (text: string) => text.replace(/          examples:\n(            .*\n)+/, '')],
  ['rule/media-type-has-named-examples', PATH, (text: string) => text.replace(/        examples:\n          Lookup:\n(            .*\n|          LookupIpv6:\n)+/, '')],
  ['rule/examples-not-empty', PATH, (text: string) => text.replace(/          examples:\n(            .*\n)+/, '          examples: {}\n')],
  ['dmt/request-string-bounded', REQUEST, (text: string) => text.replace('    maxLength: 64\n    pattern: \\S\n', '')],
  ['dmt/request-string-bounded', 'openapi/components/schemas/LatLong.yaml', (text: string) => text.replace(/maxLength: 22\npattern: .*\n/, '')],
  ['dmt/request-string-bounded', 'openapi/components/schemas/PublicIp.yaml', (text: string) => text.replace('    maxLength: 15\n', '')],
  ['dmt/request-string-bounded', REQUEST, (text: string) => `${text}  note:\n    type: [string, 'null']\n    description: A nullable string with no bound at all.\n`],
  ['dmt/request-string-bounded', REQUEST, (text: string) => `${text}  tags:\n    type: array\n    maxItems: 3\n    description: A list of strings with no bound at all.\n    items:\n      type: string\n`],
  ['no-invalid-media-type-examples', 'openapi/components/examples/GetCustomerCustomerNotFound.yaml', (text: string) => text.replace('KYCTypeFlag: false', 'KYCTypeFlag: "false"')],
  // Well-typed but contradicting its statusCode: the outcome schema's pinned value catches it.
  ['no-invalid-media-type-examples', 'openapi/components/examples/GetCustomerCustomerVerifiedWithOvd.yaml', (text: string) => text.replace('KYCTypeFlag: true', 'KYCTypeFlag: false')],
  ['rule/schema-property-described', 'openapi/components/schemas/RequestRejected.yaml', (text: string) => text.replace(/(  status:\n    const: FAILED\n)    description: >-\n      .*\n/, '$1')],
  ['no-invalid-schema-examples', 'openapi/components/schemas/MobileNumber.yaml', (text: string) => text.replace("  - '8144094480'", "  - '81440'")],
  // What the client is generated from: every outcome names its kind and whether it is transient.
  ['dmt/outcome-extensions', 'openapi/components/schemas/ProviderInternalError.yaml', (text: string) => text.replace('x-transient: true\n', '')],
  ['dmt/outcome-extensions', 'openapi/components/schemas/CustomerNotVerified.yaml', (text: string) => text.replace('x-outcome-kind: customerNotVerified', 'x-outcome-kind: customerNotFound')],
];

describe('the lint rules in redocly.yaml', () => {
  let linted: ReturnType<typeof lintBroken>;
  beforeAll(() => {
    linted = lintBroken(CASES);
  });
  afterAll(() => linted?.remove());

  it('fail the lint', () => {
    expect(linted.status).not.toBe(0);
  });

  it.each(CASES.map(([rule, file], index) => [rule, file, index] as const))('%s fires when %s is broken for it', (rule, _file, index) => {
    expect(linted.problems[index]!.map((problem) => problem.ruleId)).toContain(rule);
  });
});
