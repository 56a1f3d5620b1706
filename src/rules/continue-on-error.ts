import { analyzeCondition } from '../model/expression.js';
import type { Analysable, Job, Step } from '../model/types.js';
import { truthAcrossMatrix } from './matrix-truth.js';
import { describeKind, severityForKind } from './severity.js';
import type { Rule, RuleContext } from './types.js';
import { stepLists } from './walk.js';

/** Whether a later step reads this step's result, in its `if:` or any expression (env, inputs, script). */
function readsOutcomeOf(later: Step, stepId: string): boolean {
  const wanted = [`steps.${stepId}.outcome`, `steps.${stepId}.conclusion`].map((path) => path.toLowerCase());
  const contexts = [
    ...(later.if ? analyzeCondition(later.if.value).contexts : []),
    ...later.expressions.flatMap((inner) => analyzeCondition(`\${{ ${inner} }}`).contexts),
  ];
  return contexts.some((context) => wanted.includes(context));
}

function exitsNonZero(step: Step): boolean {
  return step.commands.some(([command, code]) => (command === 'exit' && code !== undefined && code !== '0') || command === 'false');
}

/**
 * `continue-on-error` followed by a step that looks at `steps.<id>.outcome` and fails the job is the
 * documented way to run cleanup before failing; the failure is carried forward, not masked.
 */
function failureCarriedForward(step: Step, steps: readonly Step[]): boolean {
  const id = step.id;
  if (!id) return false;
  return steps.slice(step.index + 1).some((later) => readsOutcomeOf(later, id) && exitsNonZero(later));
}

function checkStep(ctx: RuleContext, step: Step, steps: readonly Step[], job: Job | undefined, file: Analysable): void {
  if (!step.continueOnError) return;
  const truth = truthAcrossMatrix(step.continueOnError.value, job);
  if (truth === 'never' || failureCarriedForward(step, steps)) return;
  const what = describeKind(step.kind, 'step');
  const severity = severityForKind(step.kind, file, truth === 'always' ? 'high' : 'medium');
  const message =
    truth === 'always'
      ? `continue-on-error is true on ${what}: when "${step.label}" fails, the job still reports success.`
      : `continue-on-error depends on the matrix or run-time values on ${what}: on some runs a failure of "${step.label}" is reported as success.`;
  ctx.report({ severity, message, pos: step.continueOnError.span, job, step, snippet: String(step.continueOnError.value) });
}

function checkJob(ctx: RuleContext, job: Job, file: Analysable): void {
  if (!job.continueOnError) return;
  const truth = truthAcrossMatrix(job.continueOnError.value, job);
  if (truth === 'never') return;
  const what = describeKind(job.kind, 'job');
  const severity = severityForKind(job.kind, file, truth === 'always' ? 'high' : 'medium');
  const message =
    truth === 'always'
      ? `continue-on-error is true on ${what}: when "${job.name ?? job.id}" fails, the workflow run still succeeds and jobs that need it still run.`
      : `continue-on-error depends on the matrix or run-time values on ${what}: on some legs a failure of "${job.name ?? job.id}" does not fail the workflow.`;
  ctx.report({ severity, message, pos: job.continueOnError.span, job, snippet: String(job.continueOnError.value) });
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
      if (job) checkJob(ctx, job, file);
      for (const step of steps) checkStep(ctx, step, steps, job, file);
    }
  },
};
