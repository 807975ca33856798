// What the live suite is pointed at, read once from the environment. Request values default to
// the contract's own request examples (generated/openapi.json), never to copies of them.
import { validateGetCustomerRequest, validateStatusCode } from '../../generated/validators.js';
import { GET_CUSTOMER_PATH, requestExamples } from '../support/spec.js';

export type Target = 'provider' | 'mock';
export type RequestBody = Record<string, unknown> & { mobileNumber: string; username: string; latlong: string; publicIP: string };

export interface Settings {
  target: Target;
  /** Full URL of the operation at the target. */
  url: string;
  clientId: string;
  clientSecret: string;
  /** Bound on each HTTP exchange, from sending to the last byte of the body. */
  timeoutMs: number;
  /** The contract's request examples, by name, with the DMT_* overrides applied. */
  examples: { name: string; body: RequestBody }[];
  /** A username the provider must not know. */
  unknownUsername: string;
  /** A well-formed mobile number no customer has. */
  unknownMobileNumber: string;
  /** The statusCode QA expects for the configured customer, when they say. */
  expectedStatusCode: string | undefined;
}

/** Environment variables the suite reads, with what each one does (README "Contract tests against a live environment"). */
export const ENVIRONMENT = {
  DMT_BASE_URL: 'base URL of the environment (required)',
  DMT_CLIENT_ID: 'client_id issued by the provider (required)',
  DMT_CLIENT_SECRET: 'client_secret issued by the provider (required; never printed)',
  DMT_TARGET: '"provider" (default) or "mock": which answers to invalid requests are right',
  DMT_TIMEOUT_MS: 'bound on each request, body included (default 10000)',
  DMT_MOBILE_NUMBER: 'the customer to look up (default: the request examples\' mobileNumber)',
  DMT_USERNAME: 'the agent (default: the request examples\' username)',
  DMT_LATLONG: 'the device location (default: each request example\'s own)',
  DMT_PUBLIC_IPV4: 'replaces the IPv4 publicIP of the request examples',
  DMT_PUBLIC_IPV6: 'replaces the IPv6 publicIP of the request examples',
  DMT_UNKNOWN_USERNAME: 'an agent the provider does not know (default "dmt-live-unknown-agent")',
  DMT_UNKNOWN_MOBILE_NUMBER: 'a 10-digit number no customer has (default "5999999999": no Indian mobile number starts with 5)',
  DMT_EXPECT_STATUS_CODE: 'the statusCode the customer should get, when you know it (optional)',
  DMT_REPORT: 'also write a JSON report (vitest\'s json reporter) to this path',
} as const;

class SettingsError extends Error {
  override name = 'LiveSuiteSettingsError';
}

export function readSettings(env: NodeJS.ProcessEnv = process.env): Settings {
  const { DMT_BASE_URL, DMT_CLIENT_ID, DMT_CLIENT_SECRET } = env;
  if (!DMT_BASE_URL || !DMT_CLIENT_ID || !DMT_CLIENT_SECRET) {
    throw new SettingsError('The live contract suite needs DMT_BASE_URL, DMT_CLIENT_ID and DMT_CLIENT_SECRET (see README, "Contract tests against a live environment").');
  }
  let base: URL;
  try {
    base = new URL(DMT_BASE_URL);
  } catch {
    throw new SettingsError(`DMT_BASE_URL is not a URL: ${JSON.stringify(DMT_BASE_URL)}.`);
  }
  if (base.protocol !== 'http:' && base.protocol !== 'https:') throw new SettingsError(`DMT_BASE_URL must be http or https, not ${base.protocol}`);

  const target = env['DMT_TARGET'] || 'provider';
  if (target !== 'provider' && target !== 'mock') throw new SettingsError(`DMT_TARGET must be "provider" or "mock", not ${JSON.stringify(target)}.`);

  const timeoutMs = Number(env['DMT_TIMEOUT_MS'] || 10_000);
  if (!Number.isInteger(timeoutMs) || timeoutMs <= 0) throw new SettingsError(`DMT_TIMEOUT_MS must be a positive whole number of milliseconds, not ${JSON.stringify(env['DMT_TIMEOUT_MS'])}.`);

  const expectedStatusCode = env['DMT_EXPECT_STATUS_CODE'] || undefined;
  if (expectedStatusCode !== undefined && !validateStatusCode(expectedStatusCode)) {
    throw new SettingsError(`DMT_EXPECT_STATUS_CODE ${JSON.stringify(expectedStatusCode)} is not a statusCode the contract documents.`);
  }

  const override = (name: keyof typeof ENVIRONMENT) => env[name] || undefined;
  const examples = requestExamples.map(({ name, value }) => {
    const example = value as RequestBody;
    const ipv6 = String(example.publicIP).includes(':');
    const body: RequestBody = {
      ...example,
      mobileNumber: override('DMT_MOBILE_NUMBER') ?? example.mobileNumber,
      username: override('DMT_USERNAME') ?? example.username,
      latlong: override('DMT_LATLONG') ?? example.latlong,
      publicIP: (ipv6 ? override('DMT_PUBLIC_IPV6') : override('DMT_PUBLIC_IPV4')) ?? example.publicIP,
    };
    // A typo in an override must not be reported as the provider's fault.
    if (!validateGetCustomerRequest(body)) {
      const problems = (validateGetCustomerRequest.errors ?? []).map((issue) => `${issue.instancePath} ${issue.message}`).join('; ');
      throw new SettingsError(`Request example ${name} with the DMT_* overrides breaks the contract's request schema: ${problems}.`);
    }
    return { name, body };
  });
  if (examples.length === 0) throw new SettingsError('The contract has no request example to send.');
  const unknownMobileNumber = override('DMT_UNKNOWN_MOBILE_NUMBER') ?? '5999999999';
  if (!validateGetCustomerRequest({ ...examples[0]!.body, mobileNumber: unknownMobileNumber })) {
    throw new SettingsError(`DMT_UNKNOWN_MOBILE_NUMBER ${JSON.stringify(unknownMobileNumber)} breaks the contract's request schema.`);
  }

  return {
    target,
    url: new URL(GET_CUSTOMER_PATH.replace(/^\//, ''), base.href.endsWith('/') ? base.href : `${base.href}/`).href,
    clientId: DMT_CLIENT_ID,
    clientSecret: DMT_CLIENT_SECRET,
    timeoutMs,
    examples,
    unknownUsername: override('DMT_UNKNOWN_USERNAME') ?? 'dmt-live-unknown-agent',
    unknownMobileNumber,
    expectedStatusCode,
  };
}
