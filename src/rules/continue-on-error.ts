import { defaultInputContexts } from '../model/expression.js';
import type { Analysable, Job, Located, Step } from '../model/types.js';
import { exitsNonZero } from './conditions.js';
import { truthAcrossMatrix } from './matrix-truth.js';
import type { Truth } from './matrix-truth.js';
import { describeKind, readersByStepId } from './severity.js';
import type { Cap } from './types.js';
import type { Rule, RuleContext } from './types.js';
import { stepLists } from './walk.js';

/**
 * `continue-on-error` followed by a step that looks at `steps.<id>.outcome` and fails the job is the
 * documented way to run cleanup before failing; the failure is carried forward, not masked.
 */
function failureCarriedForward(step: Step, steps: readonly Step[]): boolean {
  const id = step.id;
  if (!id) return false;
  return (readersByStepId(steps).get(id.toLowerCase()) ?? []).some(
    ({ step: later, field }) =>
      later.index > step.index && (field === 'outcome' || field === 'conclusion') && later.commands.some(exitsNonZero),
  );
}

/** How the flag reads under given run-time contexts, on every leg of the job's matrix. */
const masksWith =
  (flag: Located, job: Job | undefined) =>
  (contexts: Record<string, unknown>): Truth =>
    truthAcrossMatrix(flag.value, job, contexts);

/** A flag that is on for some legs or runs only: at most medium, and not sure. */
const SOMETIMES: Cap = { severity: 'medium', reason: 'set per matrix leg or at run time', uncertain: true };

/**
 * `continue-on-error: ${{ inputs.x }}` is judged by the input's default: off by default, only a
 * caller that passes true masks anything (low); on by default, every caller that does not object does.
 */
function capOf(flag: Located, job: Job | undefined, file: Analysable): { cap: Cap | undefined; truth: Truth } | undefined {
  const truth = truthAcrossMatrix(flag.value, job);
  if (truth !== 'sometimes') return truth === 'never' ? undefined : { cap: undefined, truth };
  const byDefault = /\binputs\./i.test(String(flag.value))
    ? truthAcrossMatrix(flag.value, job, defaultInputContexts(file.inputDefaults))
    : 'sometimes';
  if (byDefault === 'never')
    return {
      cap: {
        severity: 'low',
        reason: 'the input that turns it on defaults to false: only callers that pass true mask a failure',
        uncertain: true,
      },
      truth,
    };
  if (byDefault === 'always') return { cap: undefined, truth: 'always' };
  return { cap: SOMETIMES, truth };
}

function checkStep(ctx: RuleContext, step: Step, steps: readonly Step[], job: Job | undefined): void {
  if (!step.continueOnError) return;
  const judged = capOf(step.continueOnError, job, ctx.file);
  if (!judged || failureCarriedForward(step, steps)) return;
  const { cap, truth } = judged;
  const what = describeKind(step.kind, 'step');
  const message =
    truth === 'always'
      ? `continue-on-error is true on ${what}: when "${step.label}" fails, the job still reports success.`
      : `continue-on-error depends on the matrix or run-time values on ${what}: on some runs a failure of "${step.label}" is reported as success.`;
  ctx.report({
    masked: { kind: step.kind, noun: 'step', cap, flag: step.continueOnError.value, masksWith: masksWith(step.continueOnError, job) },
    message,
    pos: step.continueOnError.span,
    job,
    step,
    snippet: String(step.continueOnError.value),
  });
}

function checkJob(ctx: RuleContext, job: Job): void {
  if (!job.continueOnError) return;
  const judged = capOf(job.continueOnError, job, ctx.file);
  if (!judged) return;
  const { cap, truth } = judged;
  const what = describeKind(job.kind, 'job');
  const message =
    truth === 'always'
      ? `continue-on-error is true on ${what}: when "${job.name ?? job.id}" fails, the workflow run still succeeds and jobs that need it still run.`
      : `continue-on-error depends on the matrix or run-time values on ${what}: on some legs a failure of "${job.name ?? job.id}" does not fail the workflow.`;
  ctx.report({
    masked: {
      kind: job.kind,
      noun: 'job',
      jobLevel: true,
      cap,
      flag: job.continueOnError.value,
      masksWith: masksWith(job.continueOnError, job),
    },
    message,
    pos: job.continueOnError.span,
    job,
    snippet: String(job.continueOnError.value),
  });
}

/** An input of a reusable workflow that turns continue-on-error on in the called jobs. */
const FORWARDED_FLAG = /^continue[-_]?on[-_]?error$/i;

/**
 * A caller that passes `continue-on-error: true` (or an expression) to a reusable workflow: the
 * called workflow's `continue-on-error: ${{ inputs.continue-on-error }}` is judged by its default
 * there; here, at the call, is where a caller turns it on.
 */
function checkCall(ctx: RuleContext, job: Job): void {
  if (!job.uses) return;
  for (const [name, input] of job.with) {
    if (!FORWARDED_FLAG.test(name)) continue;
    const judged = capOf(input, job, ctx.file);
    if (!judged) continue;
    const { cap, truth } = judged;
    const called = job.uses.value.split('@')[0]!;
    const what = describeKind(job.kind, 'job');
    ctx.report({
      masked: {
        kind: job.kind,
        noun: 'job',
        cap: cap ?? { severity: 'high', reason: 'passed to a reusable workflow, which applies it to its steps', uncertain: true },
        flag: input.value,
        masksWith: masksWith(input, job),
      },
      message:
        truth === 'always'
          ? `${name}: true is passed to ${called} from ${what} "${job.name ?? job.id}": the called workflow's steps that read it report success when they fail.`
          : `${name} is passed to ${called} from ${what} "${job.name ?? job.id}" as a matrix or run-time value: on some runs the called workflow's failures are reported as success.`,
      pos: input.span,
      job,
      snippet: `${called} ${name}=${String(input.value)}`,
    });
  }
}

export const continueOnError: Rule = {
  meta: {
    id: 'continue-on-error',
    category: 'soft-fail',
    description: 'A step or job with continue-on-error, so its failure is reported as success.',
  },
  check(ctx) {
    const file = ctx.file;
    for (const { job, steps } of stepLists(file)) {
      if (job) checkJob(ctx, job);
      if (job) checkCall(ctx, job);
      for (const step of steps) checkStep(ctx, step, steps, job);
    }
  },
};
