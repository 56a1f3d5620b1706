import { analyzeCondition, conditionPasses, RUNTIME_VALUE } from '../model/expression.js';
import type { Job, Located, Workflow } from '../model/types.js';

/** `exit 1`, `exit $rc`, `false`: a command that fails the step on its own. */
export const exitsNonZero = ([command, code]: readonly string[]): boolean =>
  (command === 'exit' && code !== undefined && code !== '0') || command === 'false';

/** A job-level `if:` cannot read `matrix`, so it is analysed without one. */
export function isConstantFalseJob(job: Job): boolean {
  return job.if !== undefined && analyzeCondition(job.if.value).constant === false;
}

/** A step condition is constant-false when it is false on every leg of the job's matrix. */
export function isConstantFalseStep(condition: Located | undefined, job: Job | undefined): boolean {
  if (condition === undefined) return false;
  const legs = job?.matrix?.legs;
  if (!legs) return analyzeCondition(condition.value).constant === false;
  return legs.every((matrix) => analyzeCondition(condition.value, { matrix }).constant === false);
}

/**
 * Whether a job still runs when the jobs it needs (all of them, or only `which`) ended with
 * `result`, by evaluating its `if:` rather than pattern-matching it: after a failure, failure() is
 * true; after a skip, success() and failure() are false, so only `always()`-like conditions run —
 * and `always() && !contains(needs.*.result, 'failure')` does not run after a failure. Other
 * dependencies' results and every output stay unknown, and a condition that depends on such
 * run-time values is given the benefit of the doubt.
 */
export function runsAfterDependencies(job: Job, result: 'success' | 'failure' | 'skipped', which?: ReadonlySet<string>): boolean {
  const known = (id: string) => which === undefined || which.has(id);
  const others = job.needs.some((need) => !known(need.value));
  const needs = Object.fromEntries(
    job.needs.map((need) => [need.value.toLowerCase(), { result: known(need.value) ? result : RUNTIME_VALUE, outputs: RUNTIME_VALUE }]),
  );
  const passes = conditionPasses(job.if?.value, {
    success: result === 'success' && !others,
    failure: result === 'failure' ? true : others ? undefined : false,
    cancelled: others ? undefined : false,
    contexts: { needs },
  });
  return passes !== false;
}

/**
 * Jobs that never run: constant-false ones, and (to a fixed point) the jobs that need one of them
 * without a condition that lets them run after a skipped dependency. Maps each skipped job to the
 * `needs` entry that skips it (undefined for the constant-false roots).
 */
export function skippedJobs(workflow: Workflow): Map<string, Located<string> | undefined> {
  const skipped = new Map<string, Located<string> | undefined>();
  for (const job of workflow.jobs) if (isConstantFalseJob(job)) skipped.set(job.id, undefined);
  let changed = true;
  while (changed) {
    changed = false;
    for (const job of workflow.jobs) {
      const cause = job.needs.find((need) => skipped.has(need.value));
      if (skipped.has(job.id) || !cause) continue;
      const skippedNeeds = new Set(job.needs.map((need) => need.value).filter((id) => skipped.has(id)));
      if (!runsAfterDependencies(job, 'skipped', skippedNeeds)) {
        skipped.set(job.id, cause);
        changed = true;
      }
    }
  }
  return skipped;
}
