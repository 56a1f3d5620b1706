import { compileFilter } from '../inventory/path-filter.js';
import { repositoryInputs } from '../inventory/repository-inputs.js';
import type { RepositoryInput } from '../inventory/repository-inputs.js';
import { checkJobs, PULL_REQUEST_EVENTS, pushesTagsOnly, testsItselfOnly } from '../inventory/triggers.js';
import type { Trigger, Workflow } from '../model/types.js';
import { fixedSeverity } from './severity.js';
import type { Assessment } from './severity.js';
import type { Rule } from './types.js';

/** Globs that only match prose and repository metadata: `**.md`, `docs/**`, `*.rst`, `LICENSE`, `.gitignore`. */
const DOCS_ONLY =
  /^(!?)(\*\*\/?)?([\w.-]*\/)*(\*+\.(md|markdown|rst|txt|adoc)|docs?\/\*\*|[\w-]*\.(md|rst|txt)|license|licen[cs]e\.\w+|authors|credits|contributors|notice|codeowners|readme|code_of_conduct|\.gitignore|\.mailmap|changelog[\w.]*|\.github\/ISSUE_TEMPLATE\/\*\*|\.github\/PULL_REQUEST_TEMPLATE[\w./*]*|\.github\/FUNDING\.yml)$/i;

type FilterKey = 'paths' | 'paths-ignore';

const unfiltered = (trigger: Trigger): boolean => !trigger.filters.has('paths') && !trigger.filters.has('paths-ignore');

/**
 * What runs the workflow's checks on every change after all, without the filter: a push to
 * branches, the merge queue, or a schedule. Named for the reasons, or undefined.
 */
function backstopOf(workflow: Workflow): string | undefined {
  for (const trigger of workflow.triggers) {
    if (trigger.event === 'push' && unfiltered(trigger) && !pushesTagsOnly(trigger)) return 'pushes run it without the filter';
    if (trigger.event === 'merge_group' && unfiltered(trigger)) return 'the merge queue runs it without the filter';
  }
  return workflow.triggers.some((trigger) => trigger.event === 'schedule') ? 'its schedule runs it on every change' : undefined;
}

/** How directly an input is the check: the script a check step runs, an action it uses, a workflow a check job calls. */
const DIRECTNESS: Record<RepositoryInput['what'], number> = { script: 0, 'local action': 1, 'reusable workflow': 2 };

/**
 * Past this many different files, the rest are not matched: a hostile workflow with thousands of
 * scripts and a filter of thousands of patterns would otherwise take their product in matches.
 */
const MAX_INPUTS_MATCHED = 200;

/** The inputs a filter provably leaves out: a change to them alone does not start the workflow. */
function omittedBy(key: FilterKey, globs: readonly string[], inputs: readonly RepositoryInput[]): RepositoryInput[] {
  const admits = compileFilter(key, globs);
  const byPath = new Map<string, RepositoryInput>();
  for (const input of [...inputs].sort((a, b) => DIRECTNESS[a.what] - DIRECTNESS[b.what])) {
    if (byPath.size >= MAX_INPUTS_MATCHED) break;
    if (!byPath.has(input.path)) byPath.set(input.path, input);
  }
  return [...byPath.values()].filter((input) => [input.path, ...input.alternatives].every((path) => admits(path) === false));
}

function describeInput(input: RepositoryInput): string {
  const by = input.step ? `step "${input.step.label}" of job "${input.job.id}"` : `job "${input.job.id}"`;
  const verb = input.what === 'script' ? 'runs' : input.what === 'local action' ? 'uses' : 'calls';
  return `${input.what} ${input.path} (${by} ${verb} it, line ${input.pos.line})`;
}

/**
 * A filter that leaves out a file the checks read is a gap anyone can show: a pull request that
 * changes only that file runs none of them. It is still `low`: blind reviewers rated such omissions
 * low 18 times and medium 8 (docs/accuracy.md, round 7) — the check runs again on the next pull request
 * that touches the filtered paths, another workflow may run the same script on every pull request, and a
 * called reusable workflow is usually shared with callers that run it unfiltered. Where pushes, the
 * merge queue or a schedule run the workflow without the filter, the reasons say so.
 */
function omissionSeverity(omitted: readonly RepositoryInput[], backstop: string | undefined): Assessment {
  const shown = omitted.slice(0, 2).map(describeInput).join('; ') + (omitted.length > 2 ? `; and ${omitted.length - 2} more` : '');
  const reason = `the filter leaves out what the checks read: ${shown}`;
  if (backstop) return fixedSeverity('low', reason, `${backstop}, so the change is checked after it merges`);
  return omitted[0]!.what === 'reusable workflow'
    ? fixedSeverity('low', reason, 'a called reusable workflow, which other workflows may run without this filter')
    : fixedSeverity(
        'low',
        reason,
        `${omitted[0]!.what === 'script' ? 'a script a test, build or lint step runs' : 'an action a test, build or lint step uses'}: changing it alone runs none of these checks, and no other trigger runs the workflow unfiltered`,
        'not medium: the checks run again on the next pull request inside the filter, and another workflow may run it on every pull request',
      );
}

export const prPathsFilter: Rule = {
  meta: {
    id: 'pr-paths-filter',
    category: 'scope-gap',
    description: 'A paths or paths-ignore filter on the pull-request trigger of a workflow that tests, builds or lints.',
  },
  check(ctx) {
    const file = ctx.file;
    if (file.kind !== 'workflow' || checkJobs(file).length === 0) return;
    // A merge queue that runs the workflow unfiltered checks every change before it merges, when it is required.
    const mergeQueue = file.triggers.some((trigger) => trigger.event === 'merge_group' && unfiltered(trigger));
    const backstop = backstopOf(file);
    let inputs: RepositoryInput[] | undefined;
    for (const trigger of file.triggers) {
      if (!PULL_REQUEST_EVENTS.has(trigger.event)) continue;
      for (const key of ['paths', 'paths-ignore'] as const) {
        const filter = trigger.filters.get(key);
        if (!filter) continue;
        inputs ??= repositoryInputs(file);
        const omitted = omittedBy(key, filter.value, inputs);
        const shown = filter.value.slice(0, 3).join(', ') + (filter.value.length > 3 ? ', …' : '');
        const first = omitted[0];
        const selfTest = key === 'paths' && testsItselfOnly(file, trigger);
        ctx.report({
          ...(key === 'paths-ignore' && filter.value.every((glob) => DOCS_ONLY.test(glob))
            ? fixedSeverity('info', 'it only skips documentation changes, which the checks do not read')
            : selfTest
              ? fixedSeverity(
                  'info',
                  'the filter names only the workflow itself and its .github/ files: this trigger tries out edits to the workflow, which otherwise runs on its schedule, by hand or on release',
                )
              : first
                ? omissionSeverity(omitted, backstop)
                : fixedSeverity(
                    'low',
                    'pull requests outside the filter get none of its checks',
                    // Still low: a blind review rated the gap low where the filter leaves out inputs, since
                    // only a required merge queue closes it, and the workflow cannot say whether it is required.
                    mergeQueue
                      ? 'the merge_group trigger has no paths filter: a required merge queue runs every check before a change merges'
                      : 'a required check from it stays pending, it does not pass',
                  )),
          message:
            first && !selfTest
              ? `${trigger.event} runs this workflow only for changes ${key === 'paths' ? 'matching' : 'outside'} ${shown}, which leaves out the ${describeInput(first)}${omitted.length > 1 ? ` and ${omitted.length - 1} more` : ''}: a pull request that changes only that gets none of its checks.`
              : `${trigger.event} runs this workflow only for changes ${key === 'paths' ? 'matching' : 'outside'} ${shown}: other pull requests get none of its checks, and a required check from it then stays pending ("Expected — waiting for status") instead of passing.`,
          pos: filter.span,
          snippet: `${trigger.event}:${key}`,
        });
      }
    }
  },
};
