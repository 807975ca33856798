// The requests the suite sends, and what the target must do with each. Everything valid comes
// from the contract's request examples (with the DMT_* overrides); each refusal changes one
// thing in the first example.
import type { Credentials } from './exchange.js';
import type { RequestBody, Settings } from './settings.js';

/**
 * `outcome`: a valid request; the answer is HTTP 200 with a documented outcome.
 * `rejected`: breaks the contract or names an unknown agent; a provider answers HTTP 200 with
 * statusCode "-1", the Prism mock its HTTP 422.
 * `unauthenticated`: a credential is missing or wrong; a provider refuses it (HTTP 401 or 403,
 * or HTTP 200 with "-1"), the Prism mock answers 401.
 */
export type Expectation = 'outcome' | 'rejected' | 'unauthenticated';

export interface Probe {
  /** Shown in test names and failure reports. */
  label: string;
  body: RequestBody;
  credentials: Credentials;
  expect: Expectation;
  /** Why the probe is not sent to this target, when it is not. */
  notFor?: { target: Settings['target']; reason: string };
}

export interface Probes {
  /** One per request example, in the contract's order. */
  examples: Probe[];
  /** The first example for a mobile number no customer has. */
  unknownCustomer: Probe;
  /** The first example, asked a second time. */
  again: Probe;
  /** The first IPv4 example with the publicIP of the first IPv6 example: only the IP form differs. */
  ipv6Twin: Probe | undefined;
  ipv4Original: Probe | undefined;
  refusals: Probe[];
}

export function buildProbes(settings: Settings): Probes {
  const examples = settings.examples.map(({ name, body }): Probe => ({ label: `example ${name}`, body, credentials: 'both', expect: 'outcome' }));
  const first = examples[0]!;
  const isIpv6 = (probe: Probe) => probe.body.publicIP.includes(':');
  const ipv4Original = examples.find((probe) => !isIpv6(probe));
  const ipv6Source = examples.find(isIpv6);
  const ipv6Twin =
    ipv4Original && ipv6Source
      ? { ...ipv4Original, label: `${ipv4Original.label} with the IPv6 publicIP of ${ipv6Source.label}`, body: { ...ipv4Original.body, publicIP: ipv6Source.body.publicIP } }
      : undefined;
  const base = first.body;
  const rejected = (label: string, change: Partial<RequestBody>, notFor?: Probe['notFor']): Probe => ({
    label,
    body: { ...base, ...change },
    credentials: 'both',
    expect: 'rejected',
    ...(notFor ? { notFor } : {}),
  });
  const unauthenticated = (label: string, credentials: Credentials, notFor?: Probe['notFor']): Probe => ({
    label,
    body: base,
    credentials,
    expect: 'unauthenticated',
    ...(notFor ? { notFor } : {}),
  });
  const without = (field: string): RequestBody => {
    const { [field]: _dropped, ...rest } = base;
    return rest as RequestBody;
  };
  return {
    examples,
    unknownCustomer: { ...first, label: `${first.label} for mobileNumber ${settings.unknownMobileNumber}, which no customer has`, body: { ...base, mobileNumber: settings.unknownMobileNumber } },
    again: { ...first, label: `${first.label}, asked again` },
    ipv6Twin,
    ipv4Original,
    refusals: [
      rejected('invalid mobileNumber (6 digits)', { mobileNumber: base.mobileNumber.slice(0, 6) }),
      rejected('invalid mobileNumber (letters)', { mobileNumber: `${base.mobileNumber.slice(0, 8)}AB` }),
      rejected('blank username', { username: '' }),
      rejected('white-space username', { username: '   ' }),
      rejected(`unknown agent (username ${JSON.stringify(settings.unknownUsername)})`, { username: settings.unknownUsername }, {
        target: 'mock',
        reason: 'the mock knows no agents: any well-formed username gets an example',
      }),
      { ...rejected('no latlong field', {}), body: without('latlong') },
      { ...rejected('no publicIP field', {}), body: without('publicIP') },
      unauthenticated('no client_secret header', 'no-secret'),
      unauthenticated('no client_id header', 'no-id'),
      unauthenticated('wrong client_secret', 'wrong-secret', { target: 'mock', reason: 'the mock checks that client_secret is present, not its value' }),
    ],
  };
}
