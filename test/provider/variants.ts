// Drifted variants of the local provider: each breaks the contract in one realistic way, and
// names the checks of the live suite that must catch it (exactly those, so a right failure for
// a wrong reason shows). Two variants differ from the conforming provider only in ways the
// contract allows; the suite must pass them.
import type { Check } from '../live/report.js';
import type { Answer, Handler, ProviderRequest, Seed, Variant } from './provider.js';

export interface VariantCase extends Variant {
  name: string;
  /** What the variant does differently, in a sentence. */
  drift: string;
  /** The checks that must fail, and no other; empty for a variant the contract allows. */
  fails: Check[];
  /** Extra environment for the live suite. */
  env?: Record<string, string>;
}

type Body = Record<string, unknown>;

function parse(request: ProviderRequest): Body {
  try {
    return JSON.parse(request.body) as Body;
  } catch {
    return {};
  }
}

/** Edits the JSON body of every HTTP 200 answer that `when` selects. */
const editBody =
  (edit: (body: Body, request: ProviderRequest) => unknown, when: (body: Body) => boolean = () => true) =>
  (conforming: Handler): Handler =>
  (request) => {
    const answer = conforming(request);
    if (answer.status !== 200) return answer;
    const body = JSON.parse(answer.body) as Body;
    if (!when(body)) return answer;
    return { ...answer, body: JSON.stringify(edit(body, request)) };
  };

/** Rewrites the request before the conforming provider sees it (a check the variant skips). */
const rewriteRequest =
  (rewrite: (request: ProviderRequest, body: Body, seed: Seed) => ProviderRequest | undefined) =>
  (conforming: Handler, seed: Seed): Handler =>
  (request) =>
    conforming(rewrite(request, parse(request), seed) ?? request);

const withBody = (request: ProviderRequest, body: Body): ProviderRequest => ({ ...request, body: JSON.stringify(body) });
const isCustomer = (body: Body) => ['0', '1', '2', '3'].includes(body['statusCode'] as string);
const isRefused = (body: Body) => body['statusCode'] === '-1';
/** Whether the conforming provider would refuse the request as invalid ("-1" other than the agent). */
const invalidInput = (conforming: Handler, request: ProviderRequest) => {
  const answer = conforming(request);
  if (answer.status !== 200) return false;
  const body = JSON.parse(answer.body) as Body;
  return isRefused(body) && body['statusDesc'] !== 'User not onboarded';
};
const replaceAnswer =
  (answer: Answer, when: (conforming: Handler, request: ProviderRequest) => boolean = () => true) =>
  (conforming: Handler): Handler =>
  (request) =>
    when(conforming, request) ? answer : conforming(request);

/** Edits the JSON body of a 200 answer to a request body this server has seen before (a stale cache, say). */
const onRepeat =
  (edit: (body: Body) => Body) =>
  (conforming: Handler): Handler => {
    const seen = new Set<string>();
    return (request) => {
      const answer = conforming(request);
      const repeated = seen.has(request.body);
      seen.add(request.body);
      if (!repeated || answer.status !== 200) return answer;
      return { ...answer, body: JSON.stringify(edit(JSON.parse(answer.body) as Body)) };
    };
  };

const HTML = '<!DOCTYPE html><html><head><title>Maintenance</title></head><body><h1>We will be back soon</h1></body></html>';

export const DRIFTS: VariantCase[] = [
  {
    name: 'echo-other-number',
    drift: 'customer outcomes carry another mobileNumber than the one asked for (another person\'s record)',
    fails: ['echo'],
    handler: editBody((body) => ({ ...body, mobileNumber: '9999999999' }), isCustomer),
  },
  {
    name: 'kyc-false-on-2',
    drift: 'KYCTypeFlag is false on a "2" (verified with OVD)',
    fails: ['pairing'],
    handler: editBody((body) => ({ ...body, KYCTypeFlag: false }), (body) => body['statusCode'] === '2'),
  },
  {
    name: 'success-on-minus-1',
    drift: 'status is "SUCCESS" on a "-1"',
    fails: ['pairing'],
    handler: editBody((body) => ({ ...body, status: 'SUCCESS' }), isRefused),
  },
  {
    name: 'failed-on-2',
    drift: 'status is "FAILED" on a "2"',
    fails: ['pairing'],
    handler: editBody((body) => ({ ...body, status: 'FAILED' }), (body) => body['statusCode'] === '2'),
  },
  {
    name: 'failed-misspelt',
    drift: 'status spells FAILED as "FAILURE"',
    fails: ['schema'],
    handler: editBody((body) => ({ ...body, status: 'FAILURE' }), (body) => body['status'] === 'FAILED'),
  },
  {
    name: 'data-without-secret',
    drift: 'a call without client_secret is served like any other',
    fails: ['refusal'],
    handler: rewriteRequest((request, _body, seed) =>
      request.headers['client_secret'] === undefined ? { ...request, headers: { ...request.headers, client_secret: seed.clientSecret } } : undefined,
    ),
  },
  {
    name: 'wrong-secret-accepted',
    drift: 'client_secret is only checked for presence, not value',
    fails: ['refusal'],
    handler: rewriteRequest((request, _body, seed) =>
      request.headers['client_secret'] !== undefined ? { ...request, headers: { ...request.headers, client_secret: seed.clientSecret } } : undefined,
    ),
  },
  {
    name: 'data-for-blank-username',
    drift: 'a blank or white-space username is served as the first onboarded agent',
    fails: ['refusal'],
    handler: rewriteRequest((request, body, seed) =>
      typeof body['username'] === 'string' && body['username'].trim() === '' ? withBody(request, { ...body, username: seed.agents[0] }) : undefined,
    ),
  },
  {
    name: 'data-for-unknown-agent',
    drift: 'agents are not checked: an unknown username gets customer data',
    fails: ['refusal'],
    handler: rewriteRequest((request, body, seed) =>
      typeof body['username'] === 'string' && body['username'].trim() !== '' && !seed.agents.includes(body['username'])
        ? withBody(request, { ...body, username: seed.agents[0] })
        : undefined,
    ),
  },
  {
    name: 'ipv6-refused',
    drift: 'a valid request with an IPv6 publicIP gets "-1"',
    fails: ['consistency', 'ip-forms'],
    handler: (conforming) => (request) => {
      const publicIP = parse(request)['publicIP'];
      const answer = conforming(request);
      if (typeof publicIP !== 'string' || !publicIP.includes(':') || answer.status !== 200) return answer;
      const body = JSON.parse(answer.body) as Body;
      return { ...answer, body: JSON.stringify({ status: 'FAILED', mobileNumber: body['mobileNumber'], statusCode: '-1', statusDesc: 'Invalid public IP', KYCTypeFlag: false }) };
    },
  },
  {
    name: 'name-in-refusal',
    drift: 'a "-1" for a well-formed number still carries that customer\'s name',
    fails: ['refusal'],
    handler: (conforming, seed) => (request) => {
      const answer = conforming(request);
      const mobileNumber = parse(request)['mobileNumber'];
      const customer = typeof mobileNumber === 'string' ? seed.customers[mobileNumber] : undefined;
      if (answer.status !== 200 || !customer) return answer;
      const body = JSON.parse(answer.body) as Body;
      return isRefused(body) ? { ...answer, body: JSON.stringify({ name: customer.name, ...body }) } : answer;
    },
  },
  {
    name: 'mandatory-fields-not-checked',
    drift: 'a request without latlong or publicIP is served (both are mandatory)',
    fails: ['refusal'],
    handler: rewriteRequest((request, body) =>
      body['latlong'] === undefined || body['publicIP'] === undefined ? withBody(request, { latlong: '0,0', publicIP: '127.0.0.1', ...body }) : undefined,
    ),
  },
  {
    name: 'any-number-served',
    drift: 'a number no customer has gets the first customer\'s record (with the number echoed)',
    fails: ['unknown-customer'],
    handler: (conforming, seed) => (request) => {
      const answer = conforming(request);
      const body = answer.status === 200 ? (JSON.parse(answer.body) as Body) : {};
      if (body['statusCode'] !== '0') return answer;
      const [number] = Object.keys(seed.customers);
      const served = JSON.parse(conforming(withBody(request, { ...parse(request), mobileNumber: number })).body) as Body;
      return { ...answer, body: JSON.stringify({ ...served, mobileNumber: body['mobileNumber'] }) };
    },
  },
  {
    name: 'secret-echoed',
    drift: 'a debug field echoes the request headers, client_secret included',
    fails: ['secret-leak'],
    handler: (conforming) => (request) => {
      const answer = conforming(request);
      if (answer.status !== 200) return answer;
      return { ...answer, body: JSON.stringify({ ...(JSON.parse(answer.body) as Body), debug: { headers: request.headers } }) };
    },
  },
  {
    name: 'http-500-on-invalid-input',
    drift: 'invalid input gets HTTP 500 with a stack trace',
    fails: ['refusal'],
    handler: replaceAnswer({ status: 500, headers: { 'content-type': 'text/plain' }, body: 'TypeError: Cannot read properties of undefined\n    at validate (/srv/app.js:42:7)' }, invalidInput),
  },
  {
    name: 'http-400-on-invalid-input',
    drift: 'invalid input gets HTTP 400 with a JSON error instead of HTTP 200 "-1"',
    fails: ['refusal'],
    handler: replaceAnswer({ status: 400, headers: { 'content-type': 'application/json' }, body: '{"error":"Bad Request"}' }, invalidInput),
  },
  {
    name: 'mock-style-422',
    drift: 'invalid input gets a Prism-style HTTP 422 problem document',
    fails: ['refusal'],
    handler: replaceAnswer(
      { status: 422, headers: { 'content-type': 'application/problem+json' }, body: '{"type":"https://stoplight.io/prism/errors#UNPROCESSABLE_ENTITY","title":"Invalid request","status":422}' },
      invalidInput,
    ),
  },
  {
    name: 'invalid-mobile-accepted',
    drift: 'a mobile number that is not 10 digits is looked up anyway (and not found)',
    fails: ['refusal'],
    handler: (conforming) => (request) => {
      const mobileNumber = parse(request)['mobileNumber'];
      const answer = conforming(request);
      if (answer.status !== 200 || (JSON.parse(answer.body) as Body)['statusDesc'] !== 'Invalid mobile number') return answer;
      return { ...answer, body: JSON.stringify({ status: 'SUCCESS', mobileNumber, statusCode: '0', statusDesc: 'customer Not Exits,kindly onboard', KYCTypeFlag: false }) };
    },
  },
  {
    name: 'status-code-number',
    drift: 'statusCode is sent as a number',
    fails: ['status-code'],
    handler: editBody((body) => ({ ...body, statusCode: Number(body['statusCode']) })),
  },
  {
    name: 'undocumented-status-code',
    drift: 'a new statusCode "5" replaces "2"',
    fails: ['status-code'],
    handler: editBody((body) => ({ ...body, statusCode: '5' }), (body) => body['statusCode'] === '2'),
  },
  {
    name: 'kyc-flag-renamed',
    drift: 'KYCTypeFlag is spelt kycTypeFlag',
    fails: ['schema'],
    handler: editBody(({ KYCTypeFlag, ...rest }) => ({ ...rest, kycTypeFlag: KYCTypeFlag })),
  },
  {
    name: 'kyc-flag-string',
    drift: 'KYCTypeFlag is the string "true" or "false"',
    fails: ['schema'],
    handler: editBody((body) => ({ ...body, KYCTypeFlag: String(body['KYCTypeFlag']) })),
  },
  {
    name: 'status-desc-missing',
    drift: 'statusDesc is left out',
    fails: ['schema'],
    handler: editBody(({ statusDesc: _dropped, ...rest }) => rest),
  },
  {
    name: 'mobile-number-null',
    drift: 'mobileNumber is null on refusals',
    fails: ['schema'],
    handler: editBody((body) => ({ ...body, mobileNumber: null }), isRefused),
  },
  {
    name: 'body-wrapped',
    drift: 'the outcome is wrapped in {"data": ...}',
    fails: ['status-code'],
    handler: editBody((body) => ({ data: body })),
  },
  {
    name: 'http-201',
    drift: 'outcomes come with HTTP 201',
    fails: ['http-status', 'refusal'],
    handler: (conforming) => (request) => {
      const answer = conforming(request);
      return answer.status === 200 ? { ...answer, status: 201 } : answer;
    },
  },
  {
    name: 'redirect-to-login',
    drift: 'every call is redirected to a login page',
    fails: ['http-status', 'refusal'],
    handler: () => () => ({ status: 302, headers: { location: 'https://login.invalid/', 'content-type': 'text/html' }, body: HTML }),
  },
  {
    name: 'text-plain',
    drift: 'JSON bodies are declared as text/plain',
    fails: ['content-type'],
    handler: (conforming) => (request) => {
      const answer = conforming(request);
      return answer.status === 200 ? { ...answer, headers: { 'content-type': 'text/plain' } } : answer;
    },
  },
  {
    name: 'html-maintenance-page',
    drift: 'a maintenance page (HTML) with HTTP 200',
    fails: ['content-type'],
    handler: () => () => ({ status: 200, headers: { 'content-type': 'text/html; charset=utf-8' }, body: HTML }),
  },
  {
    name: 'empty-body',
    drift: 'HTTP 200 with an empty JSON body',
    fails: ['json'],
    handler: (conforming) => (request) => {
      const answer = conforming(request);
      return answer.status === 200 ? { ...answer, body: '' } : answer;
    },
  },
  {
    name: 'truncated-json',
    drift: 'bodies are cut off in the middle',
    fails: ['json'],
    handler: (conforming) => (request) => {
      const answer = conforming(request);
      return answer.status === 200 ? { ...answer, body: answer.body.slice(0, 30) } : answer;
    },
  },
  {
    name: 'slow',
    drift: 'every answer takes longer than the bound (DMT_TIMEOUT_MS)',
    fails: ['timeout'],
    delayMs: 20_000,
  },
  {
    name: 'flapping-outcome',
    drift: 'a customer verified with OVD ("2") is "3" when the same request comes again',
    fails: ['consistency'],
    handler: onRepeat((body) => (body['statusCode'] === '2' ? { ...body, statusCode: '3', KYCTypeFlag: false } : body)),
  },
  {
    name: 'name-changes',
    drift: 'the same request, sent again, comes back with another customer\'s name',
    fails: ['consistency'],
    handler: onRepeat((body) => (typeof body['name'] === 'string' ? { ...body, name: 'Someone Else' } : body)),
  },
  {
    name: 'wrong-outcome-for-customer',
    drift: 'a customer verified with OVD is reported as "3" (well-formed and consistent)',
    fails: ['expected-outcome'],
    env: { DMT_EXPECT_STATUS_CODE: '2' },
    handler: editBody((body) => ({ ...body, statusCode: '3', KYCTypeFlag: false }), (body) => body['statusCode'] === '2'),
  },
];

/** Differences the contract allows: the suite must pass these. */
export const ALLOWED: VariantCase[] = [
  {
    name: 'allowed-lean-provider',
    // status and name are optional, extra fields are tolerated, media types are case-insensitive,
    // a "-1" may echo "" (one version of the provider's text shows that), and a provider may
    // refuse bad credentials with HTTP 200 "-1" (it documents nothing but HTTP 200).
    drift: 'no status or name, extra fields, "application/JSON; charset=UTF-8", "" echoed on "-1", bad credentials refused with HTTP 200 "-1"',
    fails: [],
    handler: (conforming) => (request) => {
      const answer = conforming(request);
      const body: Body =
        answer.status === 401
          ? { mobileNumber: '', statusCode: '-1', statusDesc: 'Invalid client credentials', KYCTypeFlag: false }
          : (({ status: _status, name: _name, ...rest }: Body) => ({ ...rest, txnId: 'TXN-0001', timestamp: '2025-01-01T00:00:00Z' }))(JSON.parse(answer.body) as Body);
      if (body['statusCode'] === '-1') body['mobileNumber'] = '';
      return { status: 200, headers: { 'content-type': 'application/JSON; charset=UTF-8' }, body: JSON.stringify(body) };
    },
  },
  {
    name: 'allowed-403-and-slower',
    // 403 is an accepted auth refusal; 300 ms is well inside the bound; field order and JSON
    // layout carry no meaning.
    drift: 'HTTP 403 for bad credentials, answers after 300 ms, fields in reverse order and pretty-printed',
    fails: [],
    delayMs: 300,
    handler: (conforming) => (request) => {
      const answer = conforming(request);
      if (answer.status === 401) return { ...answer, status: 403 };
      const body = JSON.parse(answer.body) as Body;
      return { ...answer, body: JSON.stringify(Object.fromEntries(Object.entries(body).reverse()), null, 2) };
    },
  },
];
