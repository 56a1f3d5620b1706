import { checkJobs, PULL_REQUEST_EVENTS } from '../inventory/triggers.js';
import type { Rule } from './types.js';

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
          severity: 'info',
          message: `${trigger.event} runs this workflow only for changes ${key === 'paths' ? 'matching' : 'outside'} ${shown}: other pull requests get none of its checks, and a required check from it then stays pending ("Expected — waiting for status") instead of passing.`,
          pos: filter.span,
          snippet: `${trigger.event}:${key}`,
        });
      }
    }
  },
};
