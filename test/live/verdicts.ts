// Judges exchanges. Every rule about bodies comes from the contract: the generated validators
// (which enforce each outcome schema's pinned status and KYCTypeFlag) and the discriminator
// mapping of the response schema. Nothing here restates which status goes with which code.
import { validateGetCustomerResponse, validateStatusCode, type ValidationIssue } from '../../generated/validators.js';
import { resolve, responseMedia, spec } from '../support/spec.js';
import type { Exchange } from './exchange.js';
import type { Probe } from './probes.js';
import { failure, type Check, type CheckFailure } from './report.js';
import type { Settings } from './settings.js';

interface OutcomeSchema {
  'x-outcome-kind'?: string;
  'x-transient'?: boolean;
  properties?: Record<string, { const?: unknown }>;
}
const responseSchema = resolve(responseMedia.schema) as { discriminator?: { mapping?: Record<string, string> } };
const mapping = responseSchema.discriminator?.mapping ?? {};

/** The outcome schema a documented statusCode maps to, by name. */
function outcomeSchemaOf(statusCode: string): { name: string; schema: OutcomeSchema } {
  const ref = mapping[statusCode] ?? responseMedia.schema.$ref;
  const name = ref.split('/').at(-1)!;
  return { name, schema: (spec.components.schemas[name] ?? {}) as OutcomeSchema };
}

/** A 200 answer whose JSON body carries a documented statusCode: the other checks can read it. */
export interface Outcome {
  statusCode: string;
  body: Record<string, unknown>;
  /** e.g. `statusCode "2" (CustomerVerifiedWithOvd, customerVerifiedWithOvd)`. */
  describe: string;
  /** The outcome's schema pins status to "FAILED": nobody was looked up, or the look-up failed. */
  failed: boolean;
  /** The contract marks the outcome transient (`x-transient`): asking again may give another. */
  transient: boolean;
}

export type Verdict = { outcome: Outcome; failure?: undefined } | { outcome?: undefined; failure: CheckFailure };

export class Judge {
  constructor(private readonly settings: Settings) {}

  fail(check: Check, subject: string, problem: string, details: string[], exchanges: Exchange[]): CheckFailure {
    return failure(check, subject, problem, details, exchanges, this.settings.clientSecret);
  }

  /** A valid request: HTTP 200, JSON, an object with a documented statusCode. */
  answer(probe: Probe, exchange: Exchange): Verdict {
    const broken = this.transport(probe, exchange);
    if (broken) return { failure: broken };
    const { status } = exchange.response!;
    if (status !== 200) {
      const hint = status === 422 || status === 401 ? ` HTTP ${status} is what the Prism mock answers; a provider answers every documented outcome with HTTP 200.` : '';
      return { failure: this.fail('http-status', probe.label, `answered HTTP ${status}; the contract documents only HTTP 200.${hint}`, [], [exchange]) };
    }
    return this.body(probe, exchange);
  }

  /**
   * A request the target must refuse. Passes with no outcome for an accepted auth refusal or a
   * mock's 422/401; with the outcome for a provider's HTTP 200 "-1" (whose body the schema,
   * pairing and echo checks then read).
   */
  refusal(probe: Probe, exchange: Exchange): { failure?: CheckFailure | undefined; outcome?: Outcome | undefined } {
    const broken = this.transport(probe, exchange);
    if (broken) return { failure: broken };
    const { status } = exchange.response!;
    const refuse = (problem: string, details: string[] = []) => ({ failure: this.fail('refusal', probe.label, problem, details, [exchange]) });

    if (this.settings.target === 'mock') {
      const wanted = probe.expect === 'rejected' ? 422 : 401;
      return status === wanted ? {} : refuse(`answered HTTP ${status}; the Prism mock answers HTTP ${wanted} here (DMT_TARGET=mock).`);
    }
    if (probe.expect === 'unauthenticated' && (status === 401 || status === 403)) return {};
    if (status !== 200) {
      const documented = probe.expect === 'unauthenticated' ? 'HTTP 401 or 403, or HTTP 200 with statusCode "-1"' : 'HTTP 200 with statusCode "-1"';
      const mock = status === 422 ? ' HTTP 422 is the Prism mock\'s answer, not the provider\'s (is DMT_TARGET right?).' : '';
      return refuse(`answered HTTP ${status}; a provider refuses this request with ${documented}.${mock}`);
    }
    const read = this.body(probe, exchange);
    if (read.failure) return read;
    if (read.outcome.statusCode !== '-1') {
      const data = read.outcome.failed ? '' : ' That is a look-up outcome (customer data) for a request that must be refused.';
      return { ...refuse(`answered ${read.outcome.describe} instead of refusing with statusCode "-1".${data}`), outcome: read.outcome };
    }
    // A refusal names nobody: a customer's name in it is customer data all the same.
    const name = read.outcome.body['name'];
    if (typeof name === 'string' && name.trim() !== '') {
      return { ...refuse(`refused with statusCode "-1" but sent a customer name, ${JSON.stringify(name)}: a refused request must not get customer data.`), outcome: read.outcome };
    }
    return { outcome: read.outcome };
  }

  /** Fields and types of the outcome the statusCode names: every problem but a contradicting pinned value. */
  schema(probe: Probe, exchange: Exchange, outcome: Outcome): CheckFailure | undefined {
    const { schemaIssues, pinnedAtMalformed } = this.issues(outcome);
    if (schemaIssues.length === 0) return undefined;
    const details = schemaIssues.map((issue) => describeIssue(issue, outcome.body));
    for (const issue of pinnedAtMalformed) {
      details.push(`(with statusCode "${outcome.statusCode}", ${issue.instancePath.slice(1)} must be ${JSON.stringify(issue.params['allowedValue'])})`);
    }
    return this.fail('schema', probe.label, `the body breaks the schema of ${outcome.describe}.`, details, [exchange]);
  }

  /** status and KYCTypeFlag, where well-formed, must be the values the outcome schema pins. */
  pairing(probe: Probe, exchange: Exchange, outcome: Outcome): CheckFailure | undefined {
    const { pairingIssues } = this.issues(outcome);
    if (pairingIssues.length === 0) return undefined;
    const details = pairingIssues.map(
      (issue) => `${issue.instancePath.slice(1)} is ${JSON.stringify(valueAt(outcome.body, issue.instancePath))}; with statusCode "${outcome.statusCode}" the contract requires ${JSON.stringify(issue.params['allowedValue'])}`,
    );
    return this.fail('pairing', probe.label, `the body contradicts its own statusCode: ${outcome.describe}.`, details, [exchange]);
  }

  /** mobileNumber is the one sent; an outcome that looked nobody up may send "" instead. */
  echo(probe: Probe, exchange: Exchange, outcome: Outcome): CheckFailure | undefined | 'unreadable' {
    const echoed = outcome.body['mobileNumber'];
    if (typeof echoed !== 'string') return 'unreadable';
    const sent = probe.body.mobileNumber;
    if (echoed === sent || (echoed === '' && outcome.failed)) return undefined;
    const allowed = outcome.failed ? ` (or "", as ${outcome.describe} may send)` : '';
    return this.fail('echo', probe.label, `the answer is about mobileNumber ${JSON.stringify(echoed)}, but ${JSON.stringify(sent)} was asked for${allowed}.`, [], [exchange]);
  }

  /** Whether the answer to a number no customer has is free of customer data ("0", or a "-1"/"4"). */
  unknownCustomer(probe: Probe, exchange: Exchange, outcome: Outcome): CheckFailure | undefined {
    if (outcome.statusCode === '0' || outcome.failed) return undefined;
    return this.fail('unknown-customer', probe.label, `answered ${outcome.describe}: customer data for a number no customer has (set DMT_UNKNOWN_MOBILE_NUMBER if this environment really has such a customer).`, [], [exchange]);
  }

  private transport(probe: Probe, exchange: Exchange): CheckFailure | undefined {
    if (exchange.failure) return this.fail(exchange.failure.kind, probe.label, `${exchange.failure.message}.`, [], [exchange]);
    // A gateway or debug mode that echoes request headers hands the secret to whoever reads the answer.
    const { text, contentType } = exchange.response!;
    const secret = this.settings.clientSecret;
    const leaks = [secret, JSON.stringify(secret).slice(1, -1)].some((spelling) => text.includes(spelling) || contentType?.includes(spelling));
    if (leaks) return this.fail('secret-leak', probe.label, 'the answer contains the client_secret that was sent (shown as *** below).', [], [exchange]);
    return undefined;
  }

  /** Content type, JSON, object, documented statusCode: what every other check needs. */
  private body(probe: Probe, exchange: Exchange): Verdict {
    const { contentType, text, truncated } = exchange.response!;
    const fail = (check: Check, problem: string, details: string[] = []) => ({ failure: this.fail(check, probe.label, problem, details, [exchange]) });
    if (!isJsonMediaType(contentType)) {
      return fail('content-type', `the body is declared as ${contentType === null ? 'nothing (no content-type)' : JSON.stringify(contentType)}, not as JSON (application/json).`);
    }
    if (truncated) return fail('json', 'the body is larger than 1 MiB.');
    if (text.trim() === '') return fail('json', 'the body is empty.');
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (error) {
      return fail('json', `the body is not JSON: ${(error as Error).message}.`);
    }
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
      return fail('json', `the body is JSON ${parsed === null ? 'null' : Array.isArray(parsed) ? 'array' : typeof parsed}, not an object.`);
    }
    const body = parsed as Record<string, unknown>;
    const statusCode = body['statusCode'];
    if (statusCode === undefined) {
      const keys = Object.keys(body);
      return fail('status-code', `the body has no statusCode at the top level (its fields: ${keys.length ? keys.join(', ') : 'none'}).`);
    }
    if (typeof statusCode !== 'string') {
      return fail('status-code', `statusCode is ${JSON.stringify(statusCode)} (a ${statusCode === null ? 'null' : typeof statusCode}); the contract's codes are strings.`);
    }
    if (!validateStatusCode(statusCode)) {
      return fail('status-code', `statusCode ${JSON.stringify(statusCode)} is not one the contract documents (${Object.keys(mapping).map((code) => `"${code}"`).join(', ')}).`);
    }
    const { name, schema } = outcomeSchemaOf(statusCode);
    const kind = schema['x-outcome-kind'];
    return {
      outcome: {
        statusCode,
        body,
        describe: `statusCode "${statusCode}" (${name}${kind ? `, ${kind}` : ''})`,
        failed: schema.properties?.['status']?.const === 'FAILED',
        transient: schema['x-transient'] === true,
      },
    };
  }

  private issues(outcome: Outcome): { schemaIssues: ValidationIssue[]; pairingIssues: ValidationIssue[]; pinnedAtMalformed: ValidationIssue[] } {
    if (validateGetCustomerResponse(outcome.body)) return { schemaIssues: [], pairingIssues: [], pinnedAtMalformed: [] };
    const issues = unique(validateGetCustomerResponse.errors ?? []);
    // A value of the wrong type or outside its enum is a schema problem; only a well-formed value
    // that contradicts its statusCode is a pairing problem.
    const malformed = new Set(issues.filter((issue) => issue.keyword !== 'const').map((issue) => issue.instancePath));
    return {
      schemaIssues: issues.filter((issue) => issue.keyword !== 'const'),
      pairingIssues: issues.filter((issue) => issue.keyword === 'const' && !malformed.has(issue.instancePath)),
      pinnedAtMalformed: issues.filter((issue) => issue.keyword === 'const' && malformed.has(issue.instancePath)),
    };
  }
}

/** The differences between two outcomes that must be the same. */
export function differences(a: Outcome, b: Outcome): string[] {
  const out: string[] = [];
  for (const field of ['statusCode', 'KYCTypeFlag', 'name']) {
    const [left, right] = [a.body[field], b.body[field]];
    if (field === 'name' && (left === undefined || right === undefined)) continue;
    if (JSON.stringify(left) !== JSON.stringify(right)) out.push(`${field}: ${JSON.stringify(left)} then ${JSON.stringify(right)}`);
  }
  return out;
}

function describeIssue(issue: ValidationIssue, body: Record<string, unknown>): string {
  const where = issue.instancePath.slice(1) || '(body)';
  if (issue.keyword === 'required') {
    const missing = String(issue.params['missingProperty']);
    const lookalike = Object.keys(body).find((key) => key !== missing && key.toLowerCase() === missing.toLowerCase());
    return `${missing} is missing${lookalike ? ` (the body has ${lookalike}: field names are case-sensitive)` : ''}`;
  }
  const value = valueAt(body, issue.instancePath);
  const allowed = issue.keyword === 'enum' ? ` ${JSON.stringify(issue.params['allowedValues'])}` : '';
  return `${where} ${issue.message ?? issue.keyword}${allowed}; it is ${JSON.stringify(value)}`;
}

function valueAt(body: Record<string, unknown>, pointer: string): unknown {
  return pointer
    .split('/')
    .slice(1)
    .map((part) => part.replaceAll('~1', '/').replaceAll('~0', '~'))
    .reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined), body);
}

function unique(issues: readonly ValidationIssue[]): ValidationIssue[] {
  const seen = new Set<string>();
  return issues.filter((issue) => {
    const key = `${issue.instancePath} ${issue.keyword} ${issue.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

// Media types are case-insensitive (RFC 9110); the provider writes "application/JSON".
function isJsonMediaType(contentType: string | null): boolean {
  const essence = contentType?.split(';')[0]?.trim().toLowerCase() ?? '';
  return essence === 'application/json' || essence.endsWith('+json');
}
