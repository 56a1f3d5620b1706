import type { Job, Step } from '../model/types.js';
import { isConstantFalseJob, isConstantFalseStep } from './conditions.js';
import { isCheckKind } from '../model/classify/kinds.js';
import { describeKind } from './severity.js';
import type { Cap } from './types.js';
import { inline } from './text.js';
import type { Rule, RuleContext } from './types.js';
import { stepLists } from './walk.js';

/** A test or lint step: disabled, that check is gone from a job that still passes. */
const isTestOrLint = (step: Step): boolean => isCheckKind(step.kind) && step.kind !== 'build';

/** A disabled test or lint step is as severe as its kind; any other disabled step costs less (medium at most). */
function capOf(step: Step): Cap | undefined {
  return isTestOrLint(step) ? undefined : { severity: 'medium', reason: 'a disabled step, not a whole job' };
}

function checkSteps(ctx: RuleContext, steps: readonly Step[], job: Job | undefined): void {
  for (const step of steps) {
    if (!step.if || !isConstantFalseStep(step.if, job)) continue;
    const always = isConstantFalseStep(step.if, undefined);
    // False only because no matrix leg matches any more (`endsWith(matrix.python, '-dev')` after the
    // leg was dropped): a step other than a test or lint was written for a leg that is gone, and no
    // leg that runs loses anything — dead configuration, not a skipped check (blind reviews: none, 18 of 18).
    if (!always && !isTestOrLint(step)) continue;
    ctx.report({
      masked: { kind: step.kind, noun: 'step', cap: capOf(step) },
      message: `"if: ${inline(step.if.value)}" is ${always ? 'always false' : 'false on every leg of the matrix'}: ${describeKind(step.kind, 'step')} "${step.label}" never runs, and a skipped step counts as success.`,
      pos: step.if.span,
      job,
      step,
      snippet: String(step.if.value),
    });
  }
}

export const constantFalseCondition: Rule = {
  meta: {
    id: 'constant-false-condition',
    category: 'conditional-skip',
    description: 'A job or step whose `if:` is always false, so it never runs and its check counts as passing.',
  },
  check(ctx) {
    const file = ctx.file;
    for (const { job, steps } of stepLists(file)) {
      if (job?.if && isConstantFalseJob(job)) {
        // A disabled job is the whole check gone, so it is high unless the job only reports or cleans up.
        ctx.report({
          masked: { kind: job.kind === 'unknown' ? 'test' : job.kind, noun: 'job', basis: job.kind === 'unknown' ? 'named' : undefined },
          message: `"if: ${inline(job.if.value)}" is always false: ${describeKind(job.kind, 'job')} "${job.name ?? job.id}" never runs, and GitHub reports a skipped job as passing to branch protection.`,
          pos: job.if.span,
          job,
          snippet: String(job.if.value),
        });
        continue;
      }
      checkSteps(ctx, steps, job);
    }
  },
};
