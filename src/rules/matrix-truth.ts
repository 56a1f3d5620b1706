import { evaluateTruthiness } from '../model/expression.js';
import type { Job } from '../model/types.js';

export type Truth = 'always' | 'never' | 'sometimes';

/**
 * `continue-on-error: 'false'` and an action input `continue_on_error: 'False'` are booleans to the
 * runner and to actions (core.getBooleanInput accepts true/True/TRUE), not non-empty strings.
 */
function asBoolean(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const trimmed = value.trim();
  if (/^(true|True|TRUE)$/.test(trimmed)) return true;
  if (/^(false|False|FALSE)$/.test(trimmed)) return false;
  return value;
}

/** The flag's truth on every leg of the job's matrix (one value without a matrix); undefined where it is a run-time value. */
function valueOnEachLeg(value: unknown, job: Job | undefined, contexts?: Record<string, unknown>): Array<boolean | undefined> {
  const flag = asBoolean(value);
  const legs = job?.matrix?.legs;
  return legs ? legs.map((matrix) => evaluateTruthiness(flag, { matrix, contexts })) : [evaluateTruthiness(flag, { contexts })];
}

/**
 * Whether a flag such as `continue-on-error` is on, resolved against every leg of the job's matrix:
 * the same value on every leg is a constant, different values (or a runtime-only value) are "sometimes".
 * `contexts` fixes some run-time contexts (the upstream repository of `upstreamContexts`).
 */
export function truthAcrossMatrix(value: unknown, job: Job | undefined, contexts?: Record<string, unknown>): Truth {
  const results = valueOnEachLeg(value, job, contexts);
  if (results.every((result) => result === true)) return 'always';
  if (results.every((result) => result === false)) return 'never';
  return 'sometimes';
}

/**
 * A flag that the matrix turns on for some legs and off for others, known on every leg
 * (`continue-on-error: ${{ matrix.os == 'windows-latest' }}`, an `include:` entry that sets it):
 * the author picked the legs that may fail.
 */
export function onForChosenLegs(value: unknown, job: Job | undefined): boolean {
  if ((job?.matrix?.legs?.length ?? 0) < 2 || typeof value !== 'string' || !/\bmatrix\./.test(value)) return false;
  const results = valueOnEachLeg(value, job);
  return results.includes(true) && results.includes(false) && !results.includes(undefined);
}
