import { operations as operationTable } from '../../generated/operation-table.js';
import {
  operations,
  type OperationExamples,
  type OperationId,
  type ResponseExampleName,
} from '../../generated/examples.js';

/**
 * A way the provider, or the network in front of it, can fail. Each one is named after the
 * failure `kind` the client reports for it.
 */
export type Fault =
  /** The connection fails: the fetch rejects as undici does, `TypeError('fetch failed')` with a `cause` carrying `code`. */
  | { readonly fault: 'network'; /** @default 'ECONNREFUSED' */ readonly code?: string }
  /** No answer until the request's signal aborts (the client's `timeoutMs`); then the fetch rejects with the signal's reason. */
  | { readonly fault: 'timeout' }
  /** An HTTP status other than the documented one, as a gateway sends it. */
  | {
      readonly fault: 'httpStatus';
      /** 200 to 599. */
      readonly status: number;
      /** @default a short HTML error page */
      readonly body?: string;
      /** @default { 'content-type': 'text/html; charset=utf-8' } */
      readonly headers?: Readonly<Record<string, string>>;
    }
  /** HTTP 200 with a body that is not JSON: by default an HTML page served as `text/html`. */
  | { readonly fault: 'invalidBody'; readonly body?: string; /** @default 'text/html; charset=utf-8' */ readonly contentType?: string }
  /** HTTP 200 with JSON that breaks the response schema: by default the default example with every field set to `null`. */
  | { readonly fault: 'contractViolation'; readonly body?: unknown }
  /** HTTP 200 with the default example, its `statusCode` replaced by one the contract does not document. */
  | { readonly fault: 'unknownStatusCode'; /** @default '99' */ readonly statusCode?: string };

/** What the fake answers to one call: a named response example of the operation, or a fault. */
export type Reply<Op extends OperationId> = ResponseExampleName<Op> | Fault;

/**
 * Replies per operation, by operationId. One reply answers every call; a list answers one call
 * each, in order, and its last entry answers every call after that.
 */
export type Replies = { readonly [Op in OperationId]?: Reply<Op> | readonly Reply<Op>[] };

/** How a reply reaches the caller: a response, or a fetch that rejects. */
export type Answer =
  | { readonly type: 'response'; readonly response: Response }
  | { readonly type: 'network'; readonly error: TypeError }
  | { readonly type: 'timeout' };

const UNDOCUMENTED_OUTCOME = '99';
const ERROR_PAGE = '<!doctype html><html><head><title>Service unavailable</title></head><body><h1>Service unavailable</h1></body></html>';
const HTML = 'text/html; charset=utf-8';

/** Every operation in the contract. */
export const operationIds = Object.keys(operations) as OperationId[];

/** The generated table entry of an operation, seen without its literal example names. */
export function operationOf(operationId: OperationId): OperationExamples<OperationId> {
  const operation = (operations as Record<string, OperationExamples<OperationId> | undefined>)[operationId];
  if (!operation) throw new TypeError(`The contract has no operation ${JSON.stringify(operationId)}; it has ${operationIds.join(', ')}.`);
  return operation;
}

/** A scripted sequence of replies for one operation: one per call, the last one repeating. */
export class Script<Op extends OperationId> {
  private readonly replies: readonly Reply<Op>[];
  private calls = 0;

  constructor(operationId: Op, replies: Reply<Op> | readonly Reply<Op>[] | undefined) {
    const operation = operationOf(operationId);
    const list = replies === undefined ? [operation.defaultResponseExample] : Array.isArray(replies) ? replies : [replies as Reply<Op>];
    if (list.length === 0) throw new TypeError(`${operationId}: give at least one reply.`);
    // A typo from plain JavaScript, or a bad status, shows up where the script is written.
    for (const reply of list) checkReply(operation, reply);
    this.replies = list;
  }

  next(): Reply<Op> {
    const reply = this.replies[Math.min(this.calls, this.replies.length - 1)]!;
    this.calls += 1;
    return reply;
  }
}

function checkReply(operation: OperationExamples<OperationId>, reply: unknown): void {
  if (typeof reply === 'string') {
    if (!Object.hasOwn(operation.responseExamples, reply)) {
      throw new TypeError(
        `${operation.operationId} has no response example ${JSON.stringify(reply)}; it has ${Object.keys(operation.responseExamples).join(', ')}.`,
      );
    }
    return;
  }
  const fault = (reply as { fault?: unknown } | null)?.fault;
  if (!['network', 'timeout', 'httpStatus', 'invalidBody', 'contractViolation', 'unknownStatusCode'].includes(fault as string)) {
    throw new TypeError(`${operation.operationId}: a reply is a response example name or { fault: ... }, got ${JSON.stringify(reply)}.`);
  }
  if (fault === 'httpStatus') {
    const { status } = reply as { status: unknown };
    if (!(Number.isInteger(status) && (status as number) >= 200 && (status as number) <= 599)) {
      throw new TypeError(`${operation.operationId}: an httpStatus fault needs a status from 200 to 599, got ${JSON.stringify(status)}.`);
    }
  }
}

/** Turns a reply into what the caller sees. */
export function answer<Op extends OperationId>(operationId: Op, reply: Reply<Op>, url: URL): Answer {
  const operation = operationOf(operationId);
  if (typeof reply === 'string') {
    const example = (operation.responseExamples as Record<string, { status: number; contentType: string; value: unknown }>)[reply]!;
    const body = typeof example.value === 'string' && !isJson(example.contentType) ? example.value : JSON.stringify(example.value);
    return respond(body, example.status, { 'content-type': example.contentType });
  }
  const fallback = (operation.responseExamples as Record<string, { value: unknown }>)[operation.defaultResponseExample]!.value;
  switch (reply.fault) {
    case 'network':
      return { type: 'network', error: networkError(reply.code ?? 'ECONNREFUSED', url) };
    case 'timeout':
      return { type: 'timeout' };
    case 'httpStatus':
      return respond(reply.body ?? ERROR_PAGE, reply.status, reply.headers ?? { 'content-type': HTML });
    case 'invalidBody':
      return respond(reply.body ?? ERROR_PAGE, 200, { 'content-type': reply.contentType ?? HTML });
    case 'contractViolation':
      return respond(JSON.stringify('body' in reply ? reply.body : nulled(fallback)), 200, { 'content-type': 'application/json' });
    case 'unknownStatusCode':
      // The body field that names the outcome is the one the client reads: the discriminator of the operation table.
      return respond(JSON.stringify({ ...asObject(fallback), [operationTable[operationId].discriminator]: reply.statusCode ?? UNDOCUMENTED_OUTCOME }), 200, {
        'content-type': 'application/json',
      });
  }
}

/**
 * Header sets missing from a request when the operation's security requirement is not met,
 * or undefined when it is (any one alternative, every header in it present and non-empty).
 */
export function missingCredentials(operationId: OperationId, headers: Headers): string[] | undefined {
  const alternatives = operationOf(operationId).credentialHeaders;
  if (alternatives.length === 0) return undefined;
  const missing = alternatives.map((names) => names.filter((name) => !headers.get(name)));
  if (missing.some((names) => names.length === 0)) return undefined;
  return missing[0];
}

/** The answer the mock (Prism) gives without credentials: 401, a problem document naming what is missing. */
export function unauthorized(missing: readonly string[]): Response {
  return problem(401, 'Invalid security scheme used', `Missing credential header(s): ${missing.join(', ')}.`);
}

export function problem(status: number, title: string, detail: string): Response {
  return new Response(JSON.stringify({ title, status, detail }), { status, headers: { 'content-type': 'application/problem+json' } });
}

/** Every header name a security scheme of the contract names: their values are never recorded. */
export const credentialHeaderNames: ReadonlySet<string> = new Set(
  operationIds.flatMap((operationId) => operationOf(operationId).credentialHeaders.flat()),
);

function respond(body: string, status: number, headers: Readonly<Record<string, string>>): Answer {
  // Statuses such as 204 and 304 cannot carry a body.
  const empty = [204, 205, 304].includes(status);
  return { type: 'response', response: new Response(empty ? null : body, { status, headers }) };
}

function networkError(code: string, url: URL): TypeError {
  const syscall = ['ENOTFOUND', 'EAI_AGAIN'].includes(code) ? 'getaddrinfo' : ['ECONNRESET', 'EPIPE'].includes(code) ? 'read' : 'connect';
  const cause = Object.assign(new Error(`${syscall} ${code} ${url.host}`), { code, syscall });
  return new TypeError('fetch failed', { cause });
}

const isJson = (contentType: string) => /^application\/(?:[\w.+-]+\+)?json\b/i.test(contentType);
const asObject = (value: unknown): Record<string, unknown> =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
const nulled = (value: unknown) => Object.fromEntries(Object.keys(asObject(value)).map((name) => [name, null]));
