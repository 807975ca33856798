import { LOG_VIEW } from './redactor.js';

const NODE_INSPECT = Symbol.for('nodejs.util.inspect.custom');
const DENO_INSPECT = Symbol.for('Deno.customInspect');

type Inspect = (value: unknown, options?: unknown) => string;

/** Something that can show itself to a person: a plain, redacted copy of what it holds. */
export interface LogViewable {
  [LOG_VIEW](): unknown;
}

/**
 * Makes the objects built on `prototype` safe to log whole: `console.log`, `util.inspect`
 * (Node, Bun), Deno's inspector, JSON and test snapshots show the object's `[LOG_VIEW]()`,
 * while its properties keep the exact data. Installed once per prototype, so it costs nothing
 * per call; the view is built only when something is logged.
 */
export function installLogHooks(prototype: LogViewable): void {
  Object.defineProperties(prototype, {
    toJSON: {
      value(this: LogViewable) {
        return this[LOG_VIEW]();
      },
      writable: true,
      configurable: true,
    },
    [NODE_INSPECT]: {
      value(this: LogViewable, _depth: number, options: unknown, inspect?: Inspect) {
        const shown = this[LOG_VIEW]();
        return inspect ? inspect(shown, options) : shown;
      },
    },
    [DENO_INSPECT]: {
      value(this: LogViewable, inspect?: Inspect, options?: unknown) {
        const shown = this[LOG_VIEW]();
        return inspect ? inspect(shown, options) : JSON.stringify(shown);
      },
    },
  });
}
