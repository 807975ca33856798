/** What a failed call can be; switch over `error.kind`. */
export type FailureKind =
  | 'invalidRequest'
  | 'timeout'
  | 'aborted'
  | 'network'
  | 'httpStatus'
  | 'invalidBody'
  | 'contractViolation'
  | 'unknownStatusCode';

export interface FailureContext {
  /** How many HTTP attempts were made before giving up (0 when nothing was sent). */
  attempts: number;
  cause?: unknown;
}

/**
 * Base class of every failure the client returns. Carries no request headers and no
 * credentials, so it is safe to log, serialise and inspect.
 */
export abstract class CustomerClientError extends Error {
  abstract readonly kind: FailureKind;
  /** Each subclass spells its own name: `new.target.name` would not survive a minifier. */
  abstract override readonly name: string;
  /** Always false: tells a failure from an outcome (`ok: true`) without `instanceof`. */
  readonly ok = false as const;
  readonly attempts: number;

  constructor(message: string, context: FailureContext) {
    super(message, context.cause === undefined ? undefined : { cause: context.cause });
    this.attempts = context.attempts;
  }

  /** A plain, log-friendly form: `name`, `kind`, `message`, `attempts` and the subclass's fields. */
  toJSON(): Record<string, unknown> {
    return { ...(this as object), name: this.name, message: this.message };
  }
}
