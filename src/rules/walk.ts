import type { Analysable, Job, Step } from '../model/types.js';

/** The step lists to check: each job's of a workflow, or a composite action's own (with no job). */
export function stepLists(file: Analysable): Array<{ job: Job | undefined; steps: Step[] }> {
  return file.kind === 'action' ? [{ job: undefined, steps: file.steps }] : file.jobs.map((job) => ({ job, steps: job.steps }));
}
