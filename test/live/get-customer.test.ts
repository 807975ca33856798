// `npm run test:live`: what must hold for any server implementing the contract, checked
// against the one DMT_BASE_URL names. Every request is sent once, up front and bounded in time
// (a "4" is asked again once); each test then judges what came back. A test whose input is
// broken by an earlier check is skipped with a note naming that check, so each fault fails once.
import { beforeAll, describe, it, type TestContext } from 'vitest';
import { buildRequest, exchange, inPool, type Exchange } from './exchange.js';
import { buildProbes, type Probe } from './probes.js';
import type { CheckFailure } from './report.js';
import { requestExamples } from '../support/spec.js';
import { readSettings } from './settings.js';
import { differences, Judge, type Outcome } from './verdicts.js';

const settings = readSettings();
/** The mobile numbers of the contract's own request examples (what the mock's examples echo). */
const exampleNumbers = new Set(requestExamples.map(({ value }) => (value as { mobileNumber: string }).mobileNumber));
const probes = buildProbes(settings);
const judge = new Judge(settings);

/** At most this many requests in flight: enough to keep the run short, few enough for a shared QA host. */
const CONCURRENCY = 4;
/** Valid requests for the configured customer. */
const customerProbes = [...probes.examples, probes.again, ...(probes.ipv6Twin ? [probes.ipv6Twin] : [])];
const outcomeProbes = [...customerProbes, probes.unknownCustomer];
const isSent = (probe: Probe) => probe.notFor?.target !== settings.target;
// The repeat goes last, once the first answer is in: "asked twice" means one after the other.
const toSend = [...outcomeProbes, ...probes.refusals].filter((probe) => isSent(probe) && probe !== probes.again);
const exchanges = new Map<Probe, Exchange>();
const send = (probe: Probe) => exchange(buildRequest(settings, probe.body, probe.credentials), settings.timeoutMs);
// Each request may be sent twice (a "4" is asked again), each bounded by DMT_TIMEOUT_MS.
const sendingBound = (Math.ceil(toSend.length / CONCURRENCY) + 1) * (2 * settings.timeoutMs + 1_000) + 5_000;

beforeAll(async () => {
  const results = await inPool(
    toSend.map((probe) => () => send(probe)),
    CONCURRENCY,
  );
  toSend.forEach((probe, index) => exchanges.set(probe, results[index]!));
  exchanges.set(probes.again, await send(probes.again));
}, sendingBound);

const sentTo = (probe: Probe) => exchanges.get(probe)!;
const answers = new Map<Probe, ReturnType<Judge['answer']>>();
const answerOf = (probe: Probe) => answers.get(probe) ?? answers.set(probe, judge.answer(probe, sentTo(probe))).get(probe)!;
const refusals = new Map<Probe, ReturnType<Judge['refusal']>>();
const refusalOf = (probe: Probe) => refusals.get(probe) ?? refusals.set(probe, judge.refusal(probe, sentTo(probe))).get(probe)!;

type Judged = (probe: Probe) => { outcome?: Outcome | undefined; failure?: CheckFailure | undefined };

/** The outcome other checks read, or a skip naming the check that already failed. */
function outcomeOrSkip(context: TestContext, probe: Probe, of: Judged): Outcome {
  const { outcome, failure } = of(probe);
  if (outcome) return outcome;
  const status = sentTo(probe).response?.status;
  return context.skip(failure ? `no outcome to check: the ${failure.check} check of "${probe.label}" failed` : `refused without an outcome body (HTTP ${status})`);
}

/** Body checks on a probe's outcome: schema, pairing, echo. */
function bodyChecks(probe: Probe, of: Judged) {
  it('schema: the body has the fields and types of the outcome its statusCode names', (context) => {
    const problem = judge.schema(probe, sentTo(probe), outcomeOrSkip(context, probe, of));
    if (problem) throw problem;
  });
  it('pairing: status and KYCTypeFlag agree with statusCode (the outcome schema\'s pinned values)', (context) => {
    const problem = judge.pairing(probe, sentTo(probe), outcomeOrSkip(context, probe, of));
    if (problem) throw problem;
  });
  it('echo: mobileNumber is the one requested', (context) => {
    if (settings.target === 'mock' && !exampleNumbers.has(probe.body.mobileNumber)) {
      context.skip('the mock answers with the contract\'s fixed examples: it cannot echo a number they do not carry');
    }
    const problem = judge.echo(probe, sentTo(probe), outcomeOrSkip(context, probe, of));
    if (problem === 'unreadable') context.skip('mobileNumber is not a string: the schema check reports it');
    if (problem) throw problem;
  });
}

/** Two probes that must get the same outcome; a transient outcome ("4") on either side is skipped. */
function compare(context: TestContext, check: 'consistency' | 'ip-forms', subject: string, first: Probe, second: Probe, problem: (a: Outcome, b: Outcome) => string) {
  const a = outcomeOrSkip(context, first, answerOf);
  const b = outcomeOrSkip(context, second, answerOf);
  if (a.transient || b.transient) context.skip(`${a.transient ? a.describe : b.describe} is transient: nothing to compare`);
  const changed = differences(a, b);
  if (changed.length > 0) throw judge.fail(check, subject, problem(a, b), changed, [sentTo(first), sentTo(second)]);
}

describe(`get-customer at ${settings.url} (DMT_TARGET=${settings.target})`, () => {
  for (const probe of outcomeProbes) {
    describe(probe.label, () => {
      it('answer: HTTP 200 with a JSON body and a documented statusCode', () => {
        const { failure } = answerOf(probe);
        if (failure) throw failure;
      });
      bodyChecks(probe, answerOf);
    });
  }

  describe('unknown-customer: a number no customer has gets no customer data', () => {
    it(`unknown-customer: ${probes.unknownCustomer.label} gets "0" (or a "-1" or "4")`, (context) => {
      const probe = probes.unknownCustomer;
      const problem = judge.unknownCustomer(probe, sentTo(probe), outcomeOrSkip(context, probe, answerOf));
      if (problem) throw problem;
    });
  });

  describe('refusals: no customer data for a request the contract forbids', () => {
    for (const probe of probes.refusals) {
      describe(probe.label, () => {
        const expected =
          settings.target === 'mock'
            ? `the mock's HTTP ${probe.expect === 'rejected' ? 422 : 401}`
            : probe.expect === 'rejected'
              ? 'HTTP 200 with statusCode "-1"'
              : 'HTTP 401 or 403, or HTTP 200 with statusCode "-1"';
        it(`refusal: answered with ${expected}`, (context) => {
          if (!isSent(probe)) context.skip(`not sent to a ${settings.target}: ${probe.notFor!.reason}`);
          const { failure } = refusalOf(probe);
          if (failure) throw failure;
        });
        // A mock refuses without an outcome body; a provider's "-1" body is checked like any other.
        if (settings.target === 'provider') bodyChecks(probe, refusalOf);
      });
    }
  });

  describe('consistency: the same customer gets the same outcome', () => {
    const [first, ...others] = probes.examples as [Probe, ...Probe[]];
    it(`consistency: ${first.label} asked twice`, (context) => {
      compare(context, 'consistency', `${first.label} asked twice`, first, probes.again, (a, b) => `the same request got ${a.describe}, then ${b.describe}.`);
    });
    for (const other of others) {
      it(`consistency: ${other.label} and ${first.label}`, (context) => {
        if (other.body.mobileNumber !== first.body.mobileNumber || other.body.username !== first.body.username) {
          context.skip('the two examples name different customers or agents');
        }
        compare(context, 'consistency', `${other.label} and ${first.label}`, first, other, (a, b) => `the same customer got ${a.describe} through ${first.label} and ${b.describe} through ${other.label}.`);
      });
    }
  });

  describe('ip-forms: both documented publicIP forms are accepted', () => {
    it('ip-forms: the same request with an IPv4 and an IPv6 publicIP gets the same outcome', (context) => {
      const { ipv4Original, ipv6Twin } = probes;
      if (!ipv4Original || !ipv6Twin) {
        throw judge.fail('ip-forms', 'request examples', 'the contract needs a request example with an IPv4 publicIP and one with an IPv6 publicIP.', [], []);
      }
      compare(context, 'ip-forms', `${ipv4Original.label} and ${ipv6Twin.label}`, ipv4Original, ipv6Twin, (v4, v6) =>
        v6.statusCode === '-1' && v4.statusCode !== '-1'
          ? `the IPv6 publicIP was refused (${v6.describe}) where the IPv4 one got ${v4.describe}.`
          : `IPv4 got ${v4.describe}, IPv6 got ${v6.describe}.`,
      );
    });
  });

  const expected = settings.expectedStatusCode;
  if (expected !== undefined) {
    describe(`expected-outcome: DMT_EXPECT_STATUS_CODE=${expected}`, () => {
      for (const probe of customerProbes) {
        it(`expected-outcome: ${probe.label} gets statusCode "${expected}"`, (context) => {
          const outcome = outcomeOrSkip(context, probe, answerOf);
          if (outcome.statusCode !== expected) {
            throw judge.fail('expected-outcome', probe.label, `answered ${outcome.describe}; DMT_EXPECT_STATUS_CODE says "${expected}".`, [], [sentTo(probe)]);
          }
        });
      }
    });
  }
});
