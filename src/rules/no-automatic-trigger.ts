import { checkJobs, describeFiring, firingOf, runsAutomatically } from '../inventory/triggers.js';
import { classifyName, KIND_LABEL } from '../model/classify.js';
import type { Rule } from './types.js';

const baseName = (file: string): string => (file.split('/').pop() ?? file).replace(/\.ya?ml$/i, '').replace(/[_-]/g, ' ');

export const noAutomaticTrigger: Rule = {
  meta: {
    id: 'no-automatic-trigger',
    category: 'conditional-skip',
    description: 'A workflow with tests, builds or lint checks that only runs when someone starts it by hand.',
  },
  check(ctx) {
    const file = ctx.file;
    if (file.kind !== 'workflow' || !file.onPos) return;
    const firing = firingOf(file);
    if (runsAutomatically(firing) || firing.called) return;
    const checks = checkJobs(file);
    // A release pipeline started by hand builds in order to publish: that is the release, not a check.
    const releases =
      file.jobs.some((job) => job.kind === 'deploy') || classifyName(`${file.name ?? ''} ${baseName(file.file)}`) === 'deploy';
    if (checks.length === 0 || releases) return;
    const kinds = [...new Set(checks.map((job) => KIND_LABEL[job.kind]))].join(', ');
    ctx.report({
      severity: 'low',
      message: `This workflow runs ${kinds} jobs (${checks.map((job) => `"${job.name ?? job.id}"`).join(', ')}) but starts only on ${describeFiring(firing)}: no pull request or push runs them, so a failure shows only when someone remembers to.`,
      pos: file.onPos,
      snippet: file.events.join(','),
    });
  },
};
