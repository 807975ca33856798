import type { OperationId } from '../../generated/examples.js';
import { REDACTED_CREDENTIAL, readBody } from './received.js';
import {
  answer,
  credentialHeaderNames,
  missingCredentials,
  operationIds,
  problem,
  Script,
  unauthorized,
  type Replies,
  type Reply,
} from './replies.js';
import { routeOf } from './routes.js';

/** A request the fake received, as a test can assert on it. */
export interface ReceivedRequest {
  /** The operation it was routed to by method and path; undefined when none matched (answered 404). */
  readonly operationId: OperationId | undefined;
  readonly method: string;
  readonly url: string;
  /** Header names in lower case; credential headers (those the contract's security schemes name) read `'***'`. */
  readonly headers: Readonly<Record<string, string>>;
  /** The body parsed as JSON, its text when it is not JSON, or undefined when there is none. */
  readonly body: unknown;
}

export interface FakeProviderOptions {
  /** What each operation answers; without one, an operation answers its default example (the mock's default). */
  readonly replies?: Replies;
  /**
   * Answer HTTP 401 when a request lacks a credential header the contract requires, as the mock
   * does. Turn it off only to test code that sends requests without the client.
   * @default true
   */
  readonly checkCredentials?: boolean;
}

/**
 * An in-process fake of the provider: a `fetch` function to hand to the client's `fetch` option.
 * No network, no server, no dependency.
 */
export interface FakeProvider {
  (input: string | URL | Request, init?: RequestInit): Promise<Response>;
  /**
   * Scripts an operation: with one reply, every call gets it; with several, one call each in
   * order, the last one repeating. Replaces the previous script of that operation.
   */
  reply<Op extends OperationId>(operationId: Op, ...replies: [Reply<Op>, ...Reply<Op>[]]): FakeProvider;
  /** Every request received so far, oldest first. */
  readonly requests: readonly ReceivedRequest[];
  /** Forgets the requests received and goes back to the replies given at creation. */
  reset(): void;
}

/** Creates a fake provider answering from the contract's named examples. */
export function createFakeProvider(options: FakeProviderOptions = {}): FakeProvider {
  const checkCredentials = options.checkCredentials ?? true;
  let scripts = new Map<OperationId, Script<OperationId>>();
  let received: ReceivedRequest[] = [];

  const setScript = <Op extends OperationId>(operationId: Op, replies: Reply<Op> | readonly Reply<Op>[] | undefined) =>
    scripts.set(operationId, new Script(operationId, replies) as unknown as Script<OperationId>);
  const reset = () => {
    scripts = new Map();
    received = [];
    for (const operationId of operationIds) setScript(operationId, options.replies?.[operationId]);
  };
  reset();

  const fake = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const request = new Request(input, init);
    const { signal } = request;
    // As fetch does: a request whose signal has already fired is never sent.
    signal.throwIfAborted();
    const url = new URL(request.url);
    const operationId = routeOf(request.method, url);
    // Checked before a reply is taken: a refused request does not use up a step of the script.
    const missing = checkCredentials && operationId !== undefined ? missingCredentials(operationId, request.headers) : undefined;
    // Taken before anything is awaited, so concurrent calls get their replies in call order.
    const reply = operationId === undefined || missing ? undefined : scripts.get(operationId)!.next();

    const headers: Record<string, string> = {};
    request.headers.forEach((value, name) => {
      headers[name] = credentialHeaderNames.has(name) ? REDACTED_CREDENTIAL : value;
    });
    received.push({ operationId, method: request.method, url: request.url, headers, body: await readBody(request) });

    signal.throwIfAborted();
    if (missing) return unauthorized(missing);
    if (operationId === undefined || reply === undefined) {
      return problem(404, 'Not found', `The contract has no operation ${request.method} ${url.pathname}.`);
    }
    const outcome = answer(operationId, reply, url);
    switch (outcome.type) {
      case 'response':
        return outcome.response;
      case 'network':
        throw outcome.error;
      case 'timeout':
        return new Promise<never>((_resolve, reject) => {
          signal.addEventListener('abort', () => reject(signal.reason), { once: true });
        });
    }
  };

  return Object.defineProperties(fake, {
    reply: {
      value<Op extends OperationId>(operationId: Op, ...replies: [Reply<Op>, ...Reply<Op>[]]) {
        setScript(operationId, replies);
        return fake as FakeProvider;
      },
    },
    requests: { get: () => [...received] },
    reset: { value: reset },
  }) as FakeProvider;
}
