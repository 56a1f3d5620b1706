import { skippedJobs } from './conditions.js';
import { describeKind } from './severity.js';
import type { Rule } from './types.js';

export const skippedByNeeds: Rule = {
  meta: {
    id: 'skipped-by-needs',
    category: 'conditional-skip',
    description: 'A job that needs a disabled job, so it is skipped on every run without saying so.',
  },
  check(ctx) {
    const file = ctx.file;
    if (file.kind !== 'workflow') return;
    const jobs = new Map(file.jobs.map((job) => [job.id, job]));
    for (const [jobId, cause] of skippedJobs(file)) {
      if (!cause) continue;
      const job = jobs.get(jobId)!;
      ctx.report({
        masked: { kind: job.kind, noun: 'job', cap: { severity: 'medium', reason: 'skipped because of a disabled job it needs' } },
        message: `${describeKind(job.kind, 'job')[0]!.toUpperCase()}${describeKind(job.kind, 'job').slice(1)} "${job.name ?? job.id}" needs "${cause.value}", which never runs, so it is skipped on every run and counts as passing.`,
        pos: cause.span,
        job,
        snippet: cause.value,
      });
    }
  },
};
