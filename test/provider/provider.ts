// A local stand-in for the provider's "get customer" endpoint, written from the provider's own
// text (shared/provider-docs/get-customer.txt), not from this package's contract or client: the
// live suite is proven against it, and against drifted variants of it (variants.ts).
//
// What the provider's text says, and how it is read here:
// - POST {EndPoint}/common/dmt-lite/unified/customer/get-customer, JSON in and out, with the
//   headers client_id and client_secret ("to be shared during integration").
// - Request: mobileNumber ("10 digit mobile number"), username, latlong ("123,234"), publicIP,
//   all mandatory.
// - Every answer in the "Response Codes" table is HTTP 200, with status SUCCESS for "0".."3" and
//   FAILED for "-1" and "4"; KYCTypeFlag true means an OVD is present.
// Where the text is silent, this provider makes the choice a real one plausibly makes: bad
// credentials get HTTP 401; any invalid field gets "-1"; an unknown customer gets "0" with no
// name.
import { createServer, type IncomingHttpHeaders } from 'node:http';
import { isIP, type AddressInfo, type Socket } from 'node:net';

export const PROVIDER_PATH = '/common/dmt-lite/unified/customer/get-customer';

/** What a customer record says, in the provider's terms (the "Response Codes" table). */
export type CustomerState = 'createdNotVerified' | 'verifiedWithOvd' | 'verifiedWithoutOvd' | 'lookupFails';

export interface Seed {
  clientId: string;
  clientSecret: string;
  /** Agents (usernames) onboarded with the provider. */
  agents: string[];
  customers: Record<string, { name: string; state: CustomerState }>;
}

/** Agents and customers that give every outcome the provider documents. */
export const SEED: Seed = {
  clientId: 'local-client-id',
  clientSecret: 'local-secret-3b1f9e', // distinctive, so that a leak into a report is easy to find
  // isutestapi1 and 8144094480 are the provider's own samples.
  agents: ['isutestapi1', 'agent-two'],
  customers: {
    '8144094480': { name: 'Chandan Pradhan', state: 'verifiedWithOvd' },
    '9000000001': { name: 'Asha Rao', state: 'createdNotVerified' },
    '9000000003': { name: 'Vikram Shah', state: 'verifiedWithoutOvd' },
    '9000000004': { name: 'Meena Das', state: 'lookupFails' },
  },
};

/** One answer, before it is written: a status, headers and a body sent as it is. */
export interface Answer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

export interface ProviderRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
  /** How many requests this server had received before this one. */
  index: number;
}

export type Handler = (request: ProviderRequest) => Answer;

/** Adjusts what the provider does: a drift (or an allowed variation) of the conforming one. */
export interface Variant {
  /** Wraps the conforming handler; `seed` is what the provider was started with. */
  handler?: (conforming: Handler, seed: Seed) => Handler;
  /** Answers only after this long (the client may give up first). */
  delayMs?: number;
}

const json = (status: number, body: unknown): Answer => ({ status, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

/** The provider's text sends the fields in this order; `status` is in its parameter table. */
function outcome(statusCode: string, statusDesc: string, mobileNumber: string, extra: { name?: string; KYCTypeFlag?: boolean } = {}): Answer {
  const status = ['0', '1', '2', '3'].includes(statusCode) ? 'SUCCESS' : 'FAILED';
  return json(200, {
    status,
    ...(extra.name === undefined ? {} : { name: extra.name }),
    mobileNumber,
    statusCode,
    statusDesc,
    KYCTypeFlag: extra.KYCTypeFlag ?? false,
  });
}

const rejected = (statusDesc: string, mobileNumber: string) => outcome('-1', statusDesc, mobileNumber);

/** The conforming provider. */
export function conformingHandler(seed: Seed): Handler {
  return ({ method, path, headers, body }) => {
    if (path !== PROVIDER_PATH) return json(404, { status: 'FAILED', statusDesc: 'Not Found' });
    if (method !== 'POST') return json(405, { status: 'FAILED', statusDesc: 'Method Not Allowed' });
    if (headers['client_id'] !== seed.clientId || headers['client_secret'] !== seed.clientSecret) {
      return json(401, { status: 'FAILED', statusDesc: 'Unauthorized' });
    }
    let request: Record<string, unknown>;
    try {
      const parsed: unknown = JSON.parse(body);
      if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) throw new TypeError('not an object');
      request = parsed as Record<string, unknown>;
    } catch {
      return rejected('Invalid request', '');
    }
    const { mobileNumber, username, latlong, publicIP } = request;
    const echo = typeof mobileNumber === 'string' ? mobileNumber : '';
    if (typeof mobileNumber !== 'string' || !/^[0-9]{10}$/.test(mobileNumber)) return rejected('Invalid mobile number', echo);
    if (typeof username !== 'string' || username.trim() === '') return rejected('Username Must not be Empty', echo);
    if (typeof latlong !== 'string' || !/^-?[0-9]+(\.[0-9]+)?,-?[0-9]+(\.[0-9]+)?$/.test(latlong)) return rejected('Invalid latlong', echo);
    if (typeof publicIP !== 'string' || isIP(publicIP) === 0) return rejected('Invalid public IP', echo);
    if (!seed.agents.includes(username)) return rejected('User not onboarded', echo);

    const customer = seed.customers[mobileNumber];
    if (!customer) return outcome('0', 'customer Not Exits,kindly onboard', mobileNumber);
    switch (customer.state) {
      case 'createdNotVerified':
        return outcome('1', 'Customer created but not verified', mobileNumber, { name: customer.name });
      case 'verifiedWithOvd':
        return outcome('2', 'Customer verified successfully', mobileNumber, { name: customer.name, KYCTypeFlag: true });
      case 'verifiedWithoutOvd':
        return outcome('3', 'Customer verified successfully', mobileNumber, { name: customer.name });
      case 'lookupFails':
        return outcome('4', 'Internal Server Issue', mobileNumber);
    }
  };
}

export interface RunningProvider {
  url: string;
  /** Requests received so far. */
  readonly requests: number;
  close(): Promise<void>;
}

/** Starts the provider (or a variant of it) as a real node:http server on 127.0.0.1 and a free port. */
export async function startProvider(variant: Variant = {}, seed: Seed = SEED): Promise<RunningProvider> {
  const handle = variant.handler ? variant.handler(conformingHandler(seed), seed) : conformingHandler(seed);
  let requests = 0;
  const sockets = new Set<Socket>();
  const server = createServer((incoming, response) => {
    const chunks: Buffer[] = [];
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
    incoming.on('end', () => {
      const index = requests++;
      const answer = handle({
        method: incoming.method ?? 'GET',
        path: new URL(incoming.url ?? '/', 'http://provider.invalid').pathname,
        headers: incoming.headers,
        body: Buffer.concat(chunks).toString('utf8'),
        index,
      });
      const write = () => {
        response.writeHead(answer.status, answer.headers);
        response.end(answer.body);
      };
      if (!variant.delayMs) return write();
      const timer = setTimeout(write, variant.delayMs);
      response.on('close', () => clearTimeout(timer));
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    get requests() {
      return requests;
    },
    close() {
      for (const socket of sockets) socket.destroy();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
