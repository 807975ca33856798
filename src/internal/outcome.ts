import { installLogHooks, type LogViewable } from './log-safe.js';
import { LOG_VIEW, type Redactor } from './redactor.js';
import type { ResponseInfo } from '../response-info.js';
import type { ReadOutcome } from './read-answer.js';

/** What every outcome of every operation carries; the generated types name the rest. */
export interface BuiltOutcome {
  ok: true;
  kind: string;
  attempts: number;
  body: Readonly<Record<string, unknown>>;
  response: ResponseInfo;
  [field: string]: unknown;
}

/** Builds outcomes for one client: plain data objects whose log view is redacted with its secret. */
export type OutcomeFactory = (read: ReadOutcome, attempts: number) => BuiltOutcome;

/**
 * Outcomes carry the provider's data exactly (`body`, and the fields copied from it); logging an
 * outcome whole shows it redacted. The hooks sit on one prototype per client, so building an
 * outcome costs a plain object.
 */
export function outcomeFactory(redactor: Redactor): OutcomeFactory {
  const prototype: LogViewable = {
    [LOG_VIEW](this: object) {
      return redactor.view({ ...this });
    },
  };
  installLogHooks(prototype);
  return ({ spec, body, response }, attempts) => {
    const outcome: BuiltOutcome = Object.create(prototype);
    outcome.ok = true;
    outcome.kind = spec.kind;
    for (const [from, to] of spec.fields) {
      if (body[from] !== undefined) outcome[to] = body[from];
    }
    outcome.attempts = attempts;
    outcome.body = body;
    outcome.response = response;
    return outcome;
  };
}
