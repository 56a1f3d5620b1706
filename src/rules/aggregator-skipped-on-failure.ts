import { isAggregator } from './aggregator.js';
import { runsAfterDependencies } from './conditions.js';
import { fixedSeverity, gatesChanges } from './severity.js';
import { inline } from './text.js';
import type { Rule } from './types.js';

export const aggregatorSkippedOnFailure: Rule = {
  meta: {
    id: 'aggregator-skipped-on-failure',
    category: 'conditional-skip',
    description: 'An "all green" job that is skipped when a job it needs fails, and a skipped job passes a required check.',
  },
  check(ctx) {
    const file = ctx.file;
    if (file.kind !== 'workflow') return;
    for (const job of file.jobs) {
      if (!isAggregator(job) || runsAfterDependencies(job, 'failure')) continue;
      const condition = job.if ? ` (if: ${inline(job.if.value)})` : '';
      const first = job.needs[0]!;
      const last = job.needs.at(-1)!;
      ctx.report({
        ...fixedSeverity(
          gatesChanges(file) ? 'high' : 'low',
          'a skipped gate job passes the required check it stands for',
          gatesChanges(file)
            ? 'runs on pull requests or pushes'
            : 'runs only outside pull requests and pushes: no required check stands on the gate, the jobs that need it are skipped with it, and the failed job still turns the run red',
        ),
        message: `"${job.name ?? job.id}" is skipped when ${job.needs.map((n) => n.value).join(', ')} fail${condition}, and GitHub counts a skipped job as passing for a required check; run it with "if: always()" and fail on needs.*.result.`,
        pos: job.if ? job.if.span : { ...first.keyPos, endLine: last.valuePos.endLine, endColumn: last.valuePos.endColumn },
        job,
        snippet: job.needs.map((n) => n.value).join(','),
      });
    }
  },
};
