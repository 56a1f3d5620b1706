import { checkJobs, PULL_REQUEST_EVENTS, testsItselfOnly } from '../inventory/triggers.js';
import { fixedSeverity } from './severity.js';
import type { Rule } from './types.js';

/** Globs that only match prose and repository metadata: `**.md`, `docs/**`, `*.rst`, `LICENSE`, `.gitignore`. */
const DOCS_ONLY =
  /^(!?)(\*\*\/?)?([\w.-]*\/)*(\*+\.(md|markdown|rst|txt|adoc)|docs?\/\*\*|[\w-]*\.(md|rst|txt)|license|licen[cs]e\.\w+|authors|credits|contributors|notice|codeowners|readme|code_of_conduct|\.gitignore|\.mailmap|changelog[\w.]*|\.github\/ISSUE_TEMPLATE\/\*\*|\.github\/PULL_REQUEST_TEMPLATE[\w./*]*|\.github\/FUNDING\.yml)$/i;

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
    const mergeQueue = file.triggers.some(
      (trigger) => trigger.event === 'merge_group' && !trigger.filters.has('paths') && !trigger.filters.has('paths-ignore'),
    );
    for (const trigger of file.triggers) {
      if (!PULL_REQUEST_EVENTS.has(trigger.event)) continue;
      for (const key of ['paths', 'paths-ignore']) {
        const filter = trigger.filters.get(key);
        if (!filter) continue;
        const shown = filter.value.slice(0, 3).join(', ') + (filter.value.length > 3 ? ', …' : '');
        ctx.report({
          ...(key === 'paths-ignore' && filter.value.every((glob) => DOCS_ONLY.test(glob))
            ? fixedSeverity('info', 'it only skips documentation changes, which the checks do not read')
            : key === 'paths' && testsItselfOnly(file, trigger)
              ? fixedSeverity(
                  'info',
                  'the filter names only the workflow itself and its .github/ files: this trigger tries out edits to the workflow, which otherwise runs on its schedule, by hand or on release',
                )
              : fixedSeverity(
                  'low',
                  'pull requests outside the filter get none of its checks',
                  // Still low: a blind review rated the gap low where the filter leaves out inputs, since
                  // only a required merge queue closes it, and the workflow cannot say whether it is required.
                  mergeQueue
                    ? 'the merge_group trigger has no paths filter: a required merge queue runs every check before a change merges'
                    : 'a required check from it stays pending, it does not pass',
                )),
          message: `${trigger.event} runs this workflow only for changes ${key === 'paths' ? 'matching' : 'outside'} ${shown}: other pull requests get none of its checks, and a required check from it then stays pending ("Expected — waiting for status") instead of passing.`,
          pos: filter.span,
          snippet: `${trigger.event}:${key}`,
        });
      }
    }
  },
};
