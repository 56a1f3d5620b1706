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

/**
 * Whether a flag such as `continue-on-error` is on, resolved against every leg of the job's matrix:
 * the same value on every leg is a constant, different values (or a runtime-only value) are "sometimes".
 */
export function truthAcrossMatrix(value: unknown, job: Job | undefined): Truth {
  const legs = job?.matrix?.legs;
  const flag = asBoolean(value);
  const results = legs ? legs.map((matrix) => evaluateTruthiness(flag, { matrix })) : [evaluateTruthiness(flag)];
  if (results.every((result) => result === true)) return 'always';
  if (results.every((result) => result === false)) return 'never';
  return 'sometimes';
}
