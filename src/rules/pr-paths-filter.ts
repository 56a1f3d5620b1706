import { checkJobs, PULL_REQUEST_EVENTS } from '../inventory/triggers.js';
import { fixedSeverity } from './severity.js';
import type { Rule } from './types.js';

/** Globs that only match prose: `**.md`, `docs/**`, `*.rst`, `LICENSE`. */
const DOCS_ONLY =
  /^(!?)(\*\*\/?)?([\w.-]*\/)*(\*+\.(md|markdown|rst|txt|adoc)|docs?\/\*\*|[\w-]*\.(md|rst|txt)|license|licen[cs]e\.\w+|authors|changelog[\w.]*|\.github\/ISSUE_TEMPLATE\/\*\*)$/i;

export const prPathsFilter: Rule = {
  meta: {
    id: 'pr-paths-filter',
    category: 'scope-gap',
    description: 'A paths or paths-ignore filter on the pull-request trigger of a workflow that tests, builds or lints.',
  },
  check(ctx) {
    const file = ctx.file;
    if (file.kind !== 'workflow' || checkJobs(file).length === 0) return;
    for (const trigger of file.triggers) {
      if (!PULL_REQUEST_EVENTS.has(trigger.event)) continue;
      for (const key of ['paths', 'paths-ignore']) {
        const filter = trigger.filters.get(key);
        if (!filter) continue;
        const shown = filter.value.slice(0, 3).join(', ') + (filter.value.length > 3 ? ', …' : '');
        ctx.report({
          ...(key === 'paths-ignore' && filter.value.every((glob) => DOCS_ONLY.test(glob))
            ? fixedSeverity('info', 'it only skips documentation changes, which the checks do not read')
            : fixedSeverity(
                'low',
                'pull requests outside the filter get none of its checks',
                'a required check from it stays pending, it does not pass',
              )),
          message: `${trigger.event} runs this workflow only for changes ${key === 'paths' ? 'matching' : 'outside'} ${shown}: other pull requests get none of its checks, and a required check from it then stays pending ("Expected — waiting for status") instead of passing.`,
          pos: filter.span,
          snippet: `${trigger.event}:${key}`,
        });
      }
    }
  },
};
