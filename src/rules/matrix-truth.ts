import { evaluateTruthiness } from '../model/expression.js';
import type { Job } from '../model/types.js';

export type Truth = 'always' | 'never' | 'sometimes';

/**
 * Whether a flag such as `continue-on-error` is on, resolved against every leg of the job's matrix:
 * the same value on every leg is a constant, different values (or a runtime-only value) are "sometimes".
 */
export function truthAcrossMatrix(value: unknown, job: Job | undefined): Truth {
  const legs = job?.matrix?.legs;
  const results = legs ? legs.map((matrix) => evaluateTruthiness(value, { matrix })) : [evaluateTruthiness(value)];
  if (results.every((result) => result === true)) return 'always';
  if (results.every((result) => result === false)) return 'never';
  return 'sometimes';
}
