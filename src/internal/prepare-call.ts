import type { Problem } from '../errors/problem.js';
import { settingsFrom, type Settings } from './check-options.js';
import { describeThrown, readProperty } from './describe.js';
import { escapePointer } from './json-pointer.js';
import type { OperationSpec } from './operation.js';
import { toProblems } from './problems.js';

/** The credential headers are the client's; a call cannot replace them. */
export const CREDENTIAL_HEADERS = new Set(['client_id', 'client_secret']);

/** A call that passed every check: exactly what will be sent, and how. */
export interface PreparedCall {
  /** The JSON text sent as the body; it is what was validated. */
  readonly wire: string;
  readonly headers: Headers | undefined;
  readonly signal: AbortSignal | undefined;
  readonly settings: Settings;
}

/**
 * Checks a call before anything is sent. Plain JavaScript callers can pass anything (getters
 * that throw non-errors, revoked Proxies, look-alike signals), so every read is guarded and the
 * result is either a prepared call or the problems found; this function never throws.
 */
export function prepareCall(operation: OperationSpec, request: unknown, options: unknown, base: Settings): PreparedCall | Problem[] {
  try {
    const call = readCallOptions(options, base);
    const body = serialise(operation, request);
    if (Array.isArray(call) || Array.isArray(body)) return [...(Array.isArray(call) ? call : []), ...(Array.isArray(body) ? body : [])];
    return { ...call, wire: body };
  } catch (error) {
    return [{ path: '', rule: 'call', message: `could not be read (${describeThrown(error)})` }];
  }
}

/** The request as JSON text, validated in its wire form: JSON.stringify drops undefined, calls toJSON, ... */
function serialise(operation: OperationSpec, request: unknown): string | Problem[] {
  let wire: string | undefined;
  try {
    wire = JSON.stringify(request) as string | undefined;
  } catch (error) {
    return [{ path: '', rule: 'json', message: `must be serialisable as JSON (${describeThrown(error)})` }];
  }
  const data: unknown = wire === undefined ? undefined : JSON.parse(wire);
  if (operation.validateRequest(data)) return wire!;
  return toProblems(data, operation.validateRequest.errors ?? []);
}

type CallParts = Omit<PreparedCall, 'wire'>;

function readCallOptions(options: unknown, base: Settings): CallParts | Problem[] {
  if (options === undefined) return { headers: undefined, signal: undefined, settings: base };
  const problem = (option: string, message: string, rule = 'option'): Problem => ({ path: `(options)${option ? `/${option}` : ''}`, rule, message });
  if (options === null || typeof options !== 'object') return [problem('', 'must be an object', 'type')];

  const read: Record<string, unknown> = {};
  const problems: Problem[] = [];
  for (const key of ['signal', 'headers', 'timeoutMs', 'retry']) {
    const value = readProperty(options, key);
    if (value === undefined) problems.push(problem(key, 'could not be read'));
    else read[key] = value.value;
  }
  const signal = checkSignal(read['signal']);
  if (!signal.ok) problems.push(problem('signal', signal.problem, 'type'));
  const headers = checkHeaders(read['headers']);
  if (Array.isArray(headers)) problems.push(...headers.map(([name, message]) => problem(name ? `headers/${escapePointer(name)}` : 'headers', message)));
  const settings = safeSettings(read, base);
  if (Array.isArray(settings)) problems.push(...settings.map(({ option, message }) => problem(option.replace('.', '/'), message)));
  if (!signal.ok || Array.isArray(headers) || Array.isArray(settings) || problems.length > 0) return problems;
  return { signal: signal.value, headers, settings };
}

function safeSettings(read: Record<string, unknown>, base: Settings) {
  try {
    return settingsFrom(read, base);
  } catch {
    return [{ option: 'retry', message: 'could not be read' }];
  }
}

const abortedGetter = Object.getOwnPropertyDescriptor(AbortSignal.prototype, 'aborted')?.get;

/** A real AbortSignal, or why the value is not one. Look-alikes fail the brand check of `aborted`. */
function checkSignal(value: unknown): { ok: true; value: AbortSignal | undefined } | { ok: false; problem: string } {
  if (value === undefined) return { ok: true, value };
  try {
    if (value instanceof AbortSignal && abortedGetter) {
      abortedGetter.call(value);
      return { ok: true, value };
    }
  } catch {
    // a revoked Proxy, or an object made from AbortSignal.prototype without being one
  }
  return { ok: false, problem: 'must be an AbortSignal' };
}

/** The call's extra headers as `Headers`, or `[name, problem]` pairs. */
function checkHeaders(value: unknown): Headers | undefined | [string, string][] {
  if (value === undefined) return undefined;
  if (value === null || typeof value !== 'object') return [['', 'must be an object of header names to string values, or Headers']];
  let entries: [string, unknown][];
  try {
    entries = value instanceof Headers ? [...value] : Object.entries(value);
  } catch {
    return [['', 'could not be read']];
  }
  const headers = new Headers();
  const problems: [string, string][] = [];
  for (const [name, header] of entries) {
    if (header === undefined) continue;
    if (CREDENTIAL_HEADERS.has(name.toLowerCase())) problems.push([name, 'is set by the client from clientId and clientSecret; it cannot be set per call']);
    else if (typeof header !== 'string') problems.push([name, 'must be a string']);
    else {
      try {
        headers.append(name, header);
      } catch {
        problems.push([name, 'is not a valid header name, or its value is not a valid header value']);
      }
    }
  }
  return problems.length > 0 ? problems : headers;
}
