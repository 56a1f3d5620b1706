import { isCheckKind } from '../model/classify/kinds.js';
import { consumesNeedsResults, gateStakes, isAggregator, unreadNeeds } from './aggregator.js';
import { runsAfterDependencies } from './conditions.js';
import { fixedSeverity } from './severity.js';
import { inline } from './text.js';
import type { Rule } from './types.js';

export const aggregatorIgnoresResults: Rule = {
  meta: {
    id: 'aggregator-ignores-results',
    category: 'soft-fail',
    description: 'An "all green" job that runs with always() but never looks at the results of the jobs it needs, or of some of them.',
  },
  check(ctx) {
    const file = ctx.file;
    if (file.kind !== 'workflow') return;
    for (const job of file.jobs) {
      if (!job.if || !isAggregator(job) || !runsAfterDependencies(job, 'failure')) continue;
      const { stakes, reason } = gateStakes(file, job);
      if (consumesNeedsResults(job)) {
        // It reads some results: a test, build or lint job whose result it never reads passes through it.
        // An unread job we cannot classify (a call of a reusable workflow named for nothing) may be a check: medium.
        const kindOf = (id: string) => file.jobs.find((other) => other.id === id)?.kind;
        // A root that a read dependency needs is covered: its failure skips that one, whose result is read.
        const notRead = unreadNeeds(job);
        const readIds = job.needs.map((need) => need.value).filter((id) => !notRead.includes(id));
        const coveredRoot = (id: string) =>
          readIds.some((other) => file.jobs.find((candidate) => candidate.id === other)?.needs.some((need) => need.value === id));
        const unread = notRead.filter((id) => (isCheckKind(kindOf(id)) || kindOf(id) === 'unknown') && !coveredRoot(id));
        if (unread.length === 0) continue;
        const check = unread.some((id) => isCheckKind(kindOf(id)));
        ctx.report({
          ...fixedSeverity(
            stakes === 'required-check' ? (check ? 'high' : 'medium') : stakes === 'downstream' ? 'medium' : 'low',
            `a gate job that reads some of its needs but not ${unread.join(', ')}, ${check ? 'a check' : 'a job that may be a check'}`,
            reason,
          ),
          message: `"${job.name ?? job.id}" runs after its dependencies whatever their result (if: ${inline(job.if.value)}) and reads the results of some, but never needs.${unread[0]}.result: it passes when ${unread.join(', ')} fail${unread.length === 1 ? 's' : ''}.`,
          pos: job.if.span,
          job,
          snippet: `unread:${unread.join(',')}`,
        });
        continue;
      }
      ctx.report({
        ...fixedSeverity(
          stakes === 'required-check' ? 'high' : stakes === 'downstream' ? 'medium' : 'low',
          'a gate job that never reads its needs: every failure it summarises passes',
          reason,
        ),
        message: `"${job.name ?? job.id}" runs after its dependencies whatever their result (if: ${inline(job.if.value)}) and never reads needs.<job>.result, so it passes when ${job.needs.map((n) => n.value).join(', ')} fail.`,
        pos: job.if.span,
        job,
        snippet: job.needs.map((n) => n.value).join(','),
      });
    }
  },
};
