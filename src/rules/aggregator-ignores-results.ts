import { consumesNeedsResults, isAggregator } from './aggregator.js';
import { runsAfterDependencies } from './conditions.js';
import { fixedSeverity, gatesChanges } from './severity.js';
import { inline } from './text.js';
import type { Rule } from './types.js';

export const aggregatorIgnoresResults: Rule = {
  meta: {
    id: 'aggregator-ignores-results',
    category: 'soft-fail',
    description: 'An "all green" job that runs with always() but never looks at the results of the jobs it needs.',
  },
  check(ctx) {
    const file = ctx.file;
    if (file.kind !== 'workflow') return;
    for (const job of file.jobs) {
      if (!job.if || !isAggregator(job) || !runsAfterDependencies(job, 'failure') || consumesNeedsResults(job)) continue;
      ctx.report({
        ...fixedSeverity(
          gatesChanges(file) ? 'high' : 'medium',
          'a gate job that never reads its needs: every failure it summarises passes',
          gatesChanges(file) ? 'runs on pull requests or pushes' : 'runs only outside pull requests and pushes',
        ),
        message: `"${job.name ?? job.id}" runs after its dependencies whatever their result (if: ${inline(job.if.value)}) and never reads needs.<job>.result, so it passes when ${job.needs.map((n) => n.value).join(', ')} fail.`,
        pos: job.if.span,
        job,
        snippet: job.needs.map((n) => n.value).join(','),
      });
    }
  },
};
