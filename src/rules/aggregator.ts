import { contextsIn } from '../model/expression.js';
import type { Job, Step, Workflow } from '../model/types.js';
import { usesWithoutRef } from '../model/script-inputs.js';
import { exitsNonZero, runsAfterDependencies } from './conditions.js';
import { gatesChanges, jobsNeeding } from './severity.js';

/** Commands that only report or decide the job's own exit: what an "all green" gate job runs. */
const GATE_COMMANDS = new Set(['echo', 'printf', 'exit', 'true', 'false', ':', '[', '[[', 'test', 'jq']);

/** Actions whose whole purpose is to turn the results of `needs` into the job's result. */
const GATE_ACTIONS = new Set(['re-actors/alls-green']);

const GATE_NAME = /\b(all|gate|status|success|required|green|ci|done|pass(ed)?|checks?|result|conclusion|final|complete)\b/i;

/**
 * An aggregator ("all green") job needs other jobs and does nothing but report on them — it exists
 * so that branch protection can require one check instead of many. A job that computes outputs
 * for later jobs, or fails by itself without looking at its dependencies ("Fail if the pull request
 * is blocked"), is something else.
 */
export function isAggregator(job: Job): boolean {
  if (job.needs.length === 0 || job.uses || job.hasOutputs || job.steps.length === 0) return false;
  const onlyGates = job.steps.every((step) => {
    if (step.uses) return GATE_ACTIONS.has(usesWithoutRef(step.uses.value));
    return step.commands.length > 0 && step.commands.every(([command]) => GATE_COMMANDS.has(command!));
  });
  if (!onlyGates) return false;
  // A gate runs when everything passed; `if: failure()` jobs are notifiers, not gates. Asked after
  // the steps, which rule out most jobs more cheaply.
  if (!runsAfterDependencies(job, 'success')) return false;
  const decidesAlone = job.steps.some((step) => step.commands.some(exitsNonZero) && !readsResults(step));
  if (decidesAlone) return false;
  const title = `${job.id} ${job.name ?? ''}`.replace(/[_-]/g, ' ');
  return job.needs.length >= 2 || GATE_NAME.test(title);
}

const isResultRead = (context: string): boolean =>
  context === 'needs' || (context.startsWith('needs.') && (context.endsWith('.result') || context.split('.').length === 2));

/** Whether a step, or the extra conditions given (its job's `if:`), reads the results of `needs`. */
const readsResults = (step: Step, ...conditions: unknown[]): boolean =>
  contextsIn([...conditions, step.if?.value], step.expressions).some(isResultRead);

/** What a gate job reads: its `if:`, its steps' `if:`, and every `${{ }}` in it. */
const gateContexts = (job: Job): string[] => contextsIn([job.if?.value, ...job.steps.map((step) => step.if?.value)], job.expressions);

/**
 * Whether the job looks at the results of its dependencies: `needs.<id>.result`, `needs.*.result`,
 * or the whole `needs` object passed on (`toJSON(needs)` to a checker such as alls-green).
 */
export function consumesNeedsResults(job: Job): boolean {
  return gateContexts(job).some(isResultRead);
}

/**
 * Whether the job fails on what its dependencies did: a step whose `if:` reads `needs.<id>.result`
 * (or `needs`) and exits non-zero ("failing…: if: needs.build.result == 'failure'; run: exit 1").
 * Such a job is a verdict on other jobs, whatever else it prints.
 */
export function failsOnNeedsResults(job: Job): boolean {
  return job.needs.length > 0 && job.steps.some((step) => step.commands.some(exitsNonZero) && readsResults(step, job.if?.value));
}

/**
 * The dependencies whose result the job never reads, when it reads some: `needs.ci.result` checked,
 * `needs.perf.result` not. Empty when it reads none (aggregator-ignores-results reports that whole)
 * or reads them all (`needs.*.result`, the whole `needs` object).
 */
export function unreadNeeds(job: Job): string[] {
  const contexts = gateContexts(job);
  const results = contexts.filter(isResultRead);
  if (results.length === 0 || results.some((context) => context === 'needs' || context.startsWith('needs.*'))) return [];
  const read = new Set(results.map((context) => context.split('.')[1]!));
  // A dependency whose outputs the gate reads is an input of the gate (change detection), not a check it summarises.
  const outputs = new Set(
    contexts
      .filter((context) => context.startsWith('needs.') && context.split('.')[2] === 'outputs')
      .map((context) => context.split('.')[1]!),
  );
  return job.needs.map((need) => need.value).filter((id) => !read.has(id.toLowerCase()) && !outputs.has(id.toLowerCase()));
}

/**
 * What a wrong verdict of a gate job costs. On pull requests and pushes (and in a reusable workflow)
 * it stands for a required check. Elsewhere — a schedule, a release — it gates nothing unless a later
 * job needs it; and the job that failed still turns the run red, so a blind review rated such gates
 * low or none.
 */
export function gateStakes(file: Workflow, gate: Job): { stakes: 'required-check' | 'downstream' | 'none'; reason: string } {
  if (gatesChanges(file)) return { stakes: 'required-check', reason: 'runs on pull requests or pushes' };
  const [downstream] = jobsNeeding(file, gate.id);
  if (downstream)
    return {
      stakes: 'downstream',
      reason: `runs only outside pull requests and pushes, but job "${downstream.id}" needs it and runs on its verdict`,
    };
  return {
    stakes: 'none',
    reason:
      'runs only outside pull requests and pushes, where the gate stands for no required check and the failed job still turns the run red',
  };
}
