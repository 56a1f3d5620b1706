import { checkJobs, describeFiring, firingOf, runsAutomatically } from '../inventory/triggers.js';
import { classifyName } from '../model/classify/engine.js';
import { KIND_LABEL } from '../model/classify/kinds.js';
import { usesWithoutRef } from '../model/script-inputs.js';
import type { Job, Step } from '../model/types.js';
import { fixedSeverity } from './severity.js';
import type { Rule } from './types.js';

const baseName = (file: string): string => (file.split('/').pop() ?? file).replace(/\.ya?ml$/i, '').replace(/[_-]/g, ' ');

/** Actions that commit or open a pull request with what the job changed. */
const WRITE_BACK_ACTIONS = new Set(['peter-evans/create-pull-request', 'stefanzweifel/git-auto-commit-action', 'ad-m/github-push-action']);

/** The subcommand of `git [-C dir] [-c key=value] SUB …` or `gh SUB …`: the first word that is no option. */
function subcommands(argv: readonly string[]): string[] {
  const words: string[] = [];
  for (let i = 1; i < argv.length; i++) {
    const word = argv[i]!;
    if (word === '-C' || word === '-c') i++;
    else if (!word.startsWith('-')) words.push(word);
  }
  return words;
}

/** `git push …`, `gh pr create …` or a pull-request action: the step writes back to the repository. */
function writesBack(step: Step): boolean {
  if (step.uses && WRITE_BACK_ACTIONS.has(usesWithoutRef(step.uses.value))) return true;
  return step.commands.some((argv) => {
    const name = argv[0]?.split('/').pop();
    const [first, second] = subcommands(argv);
    return (name === 'git' && first === 'push') || (name === 'gh' && first === 'pr' && second === 'create');
  });
}

/** A job that pushes commits or opens pull requests is a bot doing maintenance, even when it also builds. */
const isWriteBackJob = (job: Job): boolean => job.steps.some(writesBack);

/** GitHub runs the `copilot-setup-steps` job of this file itself, to prepare the Copilot coding agent's environment. */
const COPILOT_SETUP = /(^|\/)\.github\/workflows\/copilot-setup-steps\.ya?ml$/;

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
    if (runsAutomatically(firing) || firing.called || COPILOT_SETUP.test(file.file)) return;
    // A maintenance bot started by hand (dependency fixes, golden-file updates) writes its result back
    // to the repository; it is automation, not a check taken out of CI.
    if (file.jobs.some(isWriteBackJob)) return;
    const checks = checkJobs(file);
    // A release pipeline started by hand builds in order to publish: that is the release, not a check.
    const named = classifyName(`${file.name ?? ''} ${baseName(file.file)}`);
    const releases = file.jobs.some((job) => job.kind === 'deploy') || named === 'deploy';
    // A workflow named for a measurement ("JMH Benchmarks", `benchmarks.yml`) builds in order to measure, not to check.
    if (checks.length === 0 || releases || named === 'telemetry') return;
    const kinds = [...new Set(checks.map((job) => KIND_LABEL[job.kind]))].join(', ');
    // Asking whoever starts it which branch or version to test makes the workflow a tool run on demand.
    const inputs = file.triggers.find((trigger) => trigger.event === 'workflow_dispatch')?.inputs ?? [];
    ctx.report({
      // A suite of known test or lint tools that nothing starts is a disabled check; a job we only guess at is a lesser claim.
      ...(inputs.length > 0
        ? fixedSeverity(
            'low',
            `the manual run asks for inputs (${inputs.slice(0, 3).join(', ')}${inputs.length > 3 ? ', …' : ''}): a suite run on demand by design, not a check taken out of CI`,
          )
        : checks.some((job) => (job.kind === 'test' || job.kind === 'lint') && job.kindBasis === 'known')
          ? fixedSeverity('medium', 'a test or lint suite that no pull request, push or schedule runs: in effect disabled')
          : fixedSeverity('low', 'checks that only run when started by hand: seen late, not hidden')),
      message: `This workflow runs ${kinds} jobs (${checks.map((job) => `"${job.name ?? job.id}"`).join(', ')}) but starts only on ${describeFiring(firing)}: no pull request or push runs them, so a failure shows only when someone remembers to.`,
      pos: file.onPos,
      snippet: file.events.join(','),
    });
  },
};
