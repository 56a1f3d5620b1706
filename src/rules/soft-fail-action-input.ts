import type { StepKind } from '../model/classify/kinds.js';
import { usesWithoutRef } from '../model/script-inputs.js';
import type { Job, Step } from '../model/types.js';
import { upstreamContexts } from '../model/expression.js';
import { truthAcrossMatrix } from './matrix-truth.js';
import type { Truth } from './matrix-truth.js';
import { describeKind } from './severity.js';
import { inline } from './text.js';
import type { Category, Rule, RuleContext } from './types.js';
import { stepLists } from './walk.js';

interface SoftFailInput {
  uses: string;
  input: string;
  /** The input value that makes the action swallow failures. */
  masksWhen: boolean;
  /** What the action's failure would have reported; 'script' means the script the action runs. */
  kind: StepKind | 'script';
  why: string;
  /** A retry that swallows its last failure is retry masking (DESIGN §1); the rest are soft fails. */
  category?: Category;
}

/**
 * Inputs of well-known actions that turn a failure into success. Only explicit values are
 * reported: a default that is already soft (codecov's fail_ci_if_error) is a choice nobody made here.
 */
const SOFT_FAIL_INPUTS: readonly SoftFailInput[] = [
  ...['nick-fields/retry', 'nick-invalid/retry', 'step-security/retry'].map((uses) => ({
    uses,
    input: 'continue_on_error',
    masksWhen: true,
    kind: 'script' as const,
    why: 'the step succeeds even when the last attempt fails',
    category: 'retry-masking' as const,
  })),
  {
    uses: 'codecov/codecov-action',
    input: 'fail_ci_if_error',
    masksWhen: false,
    kind: 'telemetry',
    why: 'a failed coverage upload is ignored',
  },
  {
    uses: 'coverallsapp/github-action',
    input: 'fail-on-error',
    masksWhen: false,
    kind: 'telemetry',
    why: 'a failed coverage upload is ignored',
  },
  {
    uses: 'dorny/test-reporter',
    input: 'fail-on-error',
    masksWhen: false,
    kind: 'telemetry',
    why: 'failed tests in the report do not fail the check',
  },
  {
    uses: 'mikepenz/action-junit-report',
    input: 'fail_on_failure',
    masksWhen: false,
    kind: 'telemetry',
    why: 'failed tests in the report do not fail the check',
  },
];

/** Whether the input's value makes the action swallow failures, on every leg of the matrix. */
function masking(entry: SoftFailInput, value: unknown, job: Job | undefined, contexts?: Record<string, unknown>): Truth {
  const truth = truthAcrossMatrix(value, job, contexts);
  if (entry.masksWhen) return truth;
  return truth === 'always' ? 'never' : truth === 'never' ? 'always' : truth;
}

function checkStep(ctx: RuleContext, step: Step, job: Job | undefined): void {
  if (!step.uses) return;
  const target = usesWithoutRef(step.uses.value);
  for (const entry of SOFT_FAIL_INPUTS) {
    if (entry.uses !== target) continue;
    const input = step.with.get(entry.input);
    if (!input) continue;
    const masks = masking(entry, input.value, job);
    if (masks === 'never') continue;
    // A value written for the upstream repository (`… || github.repository_owner == 'org'`) that does
    // not soften it there softens forks only: the upstream's own runs still fail.
    if (masks === 'sometimes' && upstreamContexts(input.value).some((contexts) => masking(entry, input.value, job, contexts) === 'never'))
      continue;
    // The classifier already read the retried command (and the step's name) into step.kind.
    const kind = entry.kind === 'script' ? step.kind : entry.kind;
    const what = `${describeKind(kind, 'step')} "${step.label}"`;
    ctx.report({
      masked: {
        kind,
        noun: 'step',
        flag: input.value,
        masksWith: (contexts) => masking(entry, input.value, job, contexts),
        cap: masks === 'always' ? undefined : { severity: 'medium', reason: 'set per matrix leg or at run time', uncertain: true },
      },
      message:
        masks === 'always'
          ? `${entry.input}: ${inline(input.value)} on ${what}: ${entry.why}.`
          : `${entry.input}: ${inline(input.value)} depends on the matrix or run-time values on ${what}: on some runs ${entry.why}.`,
      pos: input.span,
      job,
      step,
      snippet: `${entry.input}=${String(input.value)}`,
      category: entry.category,
    });
  }
}

export const softFailActionInput: Rule = {
  meta: {
    id: 'soft-fail-action-input',
    category: 'soft-fail',
    description: 'An input of a well-known action that makes it succeed when what it runs fails (retry actions: retry-masking).',
  },
  check(ctx) {
    const file = ctx.file;
    for (const { job, steps } of stepLists(file)) for (const step of steps) checkStep(ctx, step, job);
  },
};
