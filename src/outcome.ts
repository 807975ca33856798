import type { ResponseInfo } from './response-info.js';

/** The body's fields as the outcome shows them: under their own name, or the one `x-client-name` gives. */
type Lifted<Body, Renames extends Record<string, string>> = {
  readonly [Key in keyof Body as Key extends keyof Renames ? Renames[Key] : Key]: Body[Key];
};

/**
 * One documented outcome of an operation, as the client resolves it: `kind` (the outcome
 * schema's `x-outcome-kind`), the fields of the body the schema declares, and the body itself
 * exactly as the provider sent it. The generated operation table names one such type per
 * outcome schema; a `switch` over `kind` is checked for exhaustiveness.
 */
export type Outcome<Kind extends string, Body, Renames extends Record<string, string> = {}> = {
  readonly ok: true;
  readonly kind: Kind;
  /** How many HTTP attempts this call made. */
  readonly attempts: number;
  /** The parsed body exactly as the provider sent it, validated against the contract, including any fields it does not list. */
  readonly body: Body;
  /** The HTTP status, headers (redacted), URL and request id; the body is in `body`. */
  readonly response: ResponseInfo;
} & Lifted<Body, Renames>;
