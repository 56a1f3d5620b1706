import { classifyName } from '../model/classify/engine.js';
import { failsOnNeedsResults } from './aggregator.js';
import { fixedSeverity, gatesChanges } from './severity.js';
import type { Job } from '../model/types.js';
import type { Rule } from './types.js';

/** What a job may do and still be informational: report, upload, notify, and the setup for it. */
const INFORMATIONAL = new Set(['telemetry', 'setup', 'cleanup']);
const CHECKS = new Set(['test', 'build', 'lint']);

const stem = (word: string): string => (word.split(/[\\/]/).pop() ?? word).replace(/\.[A-Za-z0-9]+$/, '').toLowerCase();

/**
 * "Test collect_env" running `python3 torch/utils/collect_env.py`: a job named for a check of a
 * script it runs checks that the script passes, whatever the script's own name says it does.
 */
function checksNamedScript(job: Job): boolean {
  const [lead = '', ...rest] = (job.name ?? job.id).trim().split(/\s+/);
  const target = rest.join(' ').toLowerCase();
  const claimed = classifyName(lead);
  if (target === '' || claimed === null || !CHECKS.has(claimed)) return false;
  return job.steps.some((step) => step.commands.some((argv) => argv.some((word) => stem(word) === target)));
}

/**
 * "Test upload the benchmark results" (a dry run of an upload action), "Verify the installation": a
 * step whose name starts with a test word tests what it runs, even when what it runs is a reporter.
 */
function namedTestStep(job: Job): boolean {
  return job.steps.some((step) => {
    const lead = step.name?.trim().split(/[^A-Za-z0-9]+/)[0];
    return lead !== undefined && lead !== '' && classifyName(lead) === 'test';
  });
}

export const informationalJob: Rule = {
  meta: {
    id: 'informational-job',
    category: 'informational-only',
    description: 'A job that only measures, uploads or notifies, and whose result no other job reads.',
  },
  check(ctx) {
    const file = ctx.file;
    if (file.kind !== 'workflow' || !gatesChanges(file)) return;
    const needed = new Set(file.jobs.flatMap((job) => job.needs.map((need) => need.value)));
    for (const job of file.jobs) {
      if (job.uses || needed.has(job.id) || job.steps.length === 0) continue;
      if (!job.steps.every((step) => INFORMATIONAL.has(step.kind)) || !job.steps.some((step) => step.kind === 'telemetry')) continue;
      // A guardian job that prints its dependencies' results and exits 1 on a failure is their verdict.
      if (failsOnNeedsResults(job)) continue;
      // A job named for a check that only reports is informational by accident: it shows a check mark for nothing.
      const claimed = classifyName(job.name ?? job.id);
      // A publishing job fails loudly on the push that runs it; what it does is a release, not a report.
      if (claimed === 'deploy') continue;
      const byAccident = claimed !== null && CHECKS.has(claimed);
      if (checksNamedScript(job) || namedTestStep(job)) continue;
      ctx.report({
        ...fixedSeverity(
          byAccident ? 'low' : 'info',
          byAccident ? 'named like a check but only reports' : 'informational by design: a report, not a verdict',
        ),
        message: byAccident
          ? `Job "${job.name ?? job.id}" is named like a ${claimed} but only reports, uploads or notifies, and no job needs it: its green check verifies nothing.`
          : `Job "${job.name ?? job.id}" only reports, uploads or notifies, and no job needs it: its result is informational, and a failure in it goes unread.`,
        pos: job.keyPos,
        job,
        snippet: job.id,
      });
    }
  },
};
