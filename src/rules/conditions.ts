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
  const others = which !== undefined && job.needs.some((need) => !which.has(need.value));
  const condition = job.if?.value;
  // Only a condition written as text reads `needs`: without one (`success()`), the context of a job
  // needing thousands of others is not built for every question asked about it (issue 16).
  const needs =
    typeof condition === 'string'
      ? Object.fromEntries(
          job.needs.map((need) => [
            need.value.toLowerCase(),
            { result: known(need.value) ? result : RUNTIME_VALUE, outputs: RUNTIME_VALUE },
          ]),
        )
      : {};
  const passes = conditionPasses(condition, {
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
  let skipped = skippedByWorkflow.get(workflow);
  if (!skipped) {
    skipped = findSkippedJobs(workflow.jobs);
    skippedByWorkflow.set(workflow, skipped);
  }
  return skipped;
}

const skippedByWorkflow = new WeakMap<Workflow, Map<string, Located<string> | undefined>>();

/**
 * The fixed point of passes over the jobs in order, each job skipped when it needs a skipped job
 * and does not run after one — computed without repeating the passes: a job is looked at again
 * only when a job it needs has just been skipped, at the moment the next pass would look at it
 * (later in the same pass if it comes after that job, else in the next pass). So the jobs, their
 * causes and the order they are found in are the passes' own. Repeating whole passes until nothing
 * changed was quadratic: a chain of 20,000 jobs listed last-first took minutes (issue 16).
 */
function findSkippedJobs(jobs: readonly Job[]): Map<string, Located<string> | undefined> {
  const skipped = new Map<string, Located<string> | undefined>();
  for (const job of jobs) if (isConstantFalseJob(job)) skipped.set(job.id, undefined);
  const dependents = new Map<string, number[]>();
  jobs.forEach((job, index) => {
    for (const need of job.needs) {
      const list = dependents.get(need.value);
      if (list) list.push(index);
      else dependents.set(need.value, [index]);
    }
  });
  // A moment of the passes is pass × jobs.length + index; `due` holds when each job is looked at next.
  const count = jobs.length;
  const due = new Map<number, number>();
  const queue = new MinQueue();
  const lookAgain = (index: number, moment: number): void => {
    const current = due.get(index);
    if (current !== undefined && current <= moment) return;
    due.set(index, moment);
    queue.push(moment, index);
  };
  for (const id of skipped.keys()) for (const index of dependents.get(id) ?? []) lookAgain(index, index);
  for (let next = queue.pop(); next; next = queue.pop()) {
    const [moment, index] = next;
    if (due.get(index) !== moment) continue;
    due.delete(index);
    const job = jobs[index]!;
    const cause = job.needs.find((need) => skipped.has(need.value));
    if (skipped.has(job.id) || !cause) continue;
    const skippedNeeds = new Set(job.needs.map((need) => need.value).filter((id) => skipped.has(id)));
    if (runsAfterDependencies(job, 'skipped', skippedNeeds)) continue;
    skipped.set(job.id, cause);
    const pass = Math.floor(moment / count);
    for (const dependent of dependents.get(job.id) ?? []) lookAgain(dependent, (dependent > index ? pass : pass + 1) * count + dependent);
  }
  return skipped;
}

/** A binary min-heap of [moment, index] pairs, by moment. */
class MinQueue {
  private readonly items: Array<[number, number]> = [];

  push(moment: number, index: number): void {
    const items = this.items;
    items.push([moment, index]);
    for (let i = items.length - 1; i > 0;) {
      const parent = (i - 1) >> 1;
      if (items[parent]![0] <= items[i]![0]) break;
      [items[parent], items[i]] = [items[i]!, items[parent]!];
      i = parent;
    }
  }

  pop(): [number, number] | undefined {
    const items = this.items;
    const top = items[0];
    const last = items.pop();
    if (items.length > 0 && last) {
      items[0] = last;
      for (let i = 0; ;) {
        const left = 2 * i + 1;
        const right = left + 1;
        let smallest = i;
        if (left < items.length && items[left]![0] < items[smallest]![0]) smallest = left;
        if (right < items.length && items[right]![0] < items[smallest]![0]) smallest = right;
        if (smallest === i) break;
        [items[smallest], items[i]] = [items[i]!, items[smallest]!];
        i = smallest;
      }
    }
    return top;
  }
}
