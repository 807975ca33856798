import type { CauseSummary } from '../internal/cause.js';
import { installLogHooks } from '../internal/log-safe.js';
import { LOG_VIEW, type Redactor } from '../internal/redactor.js';
import type { ResponseInfo } from '../response-info.js';

/** What every failure knows about the call it ends. */
export interface FailureContext {
  /** The operation's method and URL, as in `POST https://host/path`. */
  readonly target: string;
  /** How many HTTP attempts were made (0 when nothing was sent). */
  readonly attempts: number;
  readonly redactor: Redactor;
  /** The HTTP answer, when one arrived. */
  readonly response?: ResponseInfo | undefined;
  /** Name, code and message of the error behind this one, redacted. */
  readonly cause?: CauseSummary | undefined;
}

/**
 * Base class of every failure the client returns. Carries no request, no headers it sent and
 * no foreign error objects; messages and excerpts are redacted when built, and logging the whole
 * failure (`console.error`, `util.inspect`, JSON) shows a redacted view of every field.
 */
export abstract class CustomerClientError extends Error {
  abstract readonly kind: string;
  /** Each subclass spells its own name: `new.target.name` would not survive a minifier. */
  abstract override readonly name: string;
  /** Always false: tells a failure from an outcome (`ok: true`) without `instanceof`. */
  readonly ok = false as const;
  /** How many HTTP attempts were made (0 when nothing was sent). */
  readonly attempts: number;
  readonly #redactor: Redactor;

  constructor(message: string, context: FailureContext) {
    super(message, context.cause === undefined ? undefined : { cause: context.cause });
    this.attempts = context.attempts;
    this.#redactor = context.redactor;
  }

  [LOG_VIEW](): unknown {
    const shown = Object.assign({ name: this.name, message: this.message }, this);
    return this.#redactor.view(Object.assign(shown, this.cause === undefined ? {} : { cause: this.cause }, { stack: this.stack }));
  }
}
installLogHooks(CustomerClientError.prototype);
