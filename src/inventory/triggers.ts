import { repositoryPrefix } from '../model/callers.js';
import type { Job, Trigger, Workflow } from '../model/types.js';

/** Events that run a workflow on a pull request, or on the merge queue before a merge. */
export const PULL_REQUEST_EVENTS: ReadonlySet<string> = new Set(['pull_request', 'pull_request_target', 'merge_group']);

/** Events a person or a clock starts: the workflow gates no change. */
export const MANUAL_OR_SCHEDULED_EVENTS: ReadonlySet<string> = new Set(['workflow_dispatch', 'schedule']);

/** When a workflow runs, in the words of the inventory. */
export interface Firing {
  pullRequest: boolean;
  push: boolean;
  schedule: boolean;
  dispatch: boolean;
  /** `workflow_call`: it runs when a caller does. */
  called: boolean;
  /** Other events that start it on their own (release, issues, workflow_run, repository_dispatch…). */
  other: string[];
}

export function firingOf(workflow: Workflow): Firing {
  const events = new Set(workflow.events);
  return {
    pullRequest: [...PULL_REQUEST_EVENTS].some((event) => events.has(event)),
    push: events.has('push'),
    schedule: events.has('schedule'),
    dispatch: events.has('workflow_dispatch'),
    called: events.has('workflow_call'),
    other: [...events].filter(
      (event) => !PULL_REQUEST_EVENTS.has(event) && !MANUAL_OR_SCHEDULED_EVENTS.has(event) && event !== 'push' && event !== 'workflow_call',
    ),
  };
}

/** Started by something other than a person clicking "Run workflow" (or a caller). */
export function runsAutomatically(firing: Firing): boolean {
  return firing.pullRequest || firing.push || firing.schedule || firing.other.length > 0;
}

/** "pull requests, pushes", "schedule only", "manual dispatch only", "never" — for reasons and tables. */
export function describeFiring(firing: Firing): string {
  const parts = [
    firing.pullRequest && 'pull requests',
    firing.push && 'pushes',
    firing.other.length > 0 && firing.other.join(', '),
    firing.schedule && 'schedule',
    firing.dispatch && 'manual dispatch',
    firing.called && 'calls from other workflows',
  ].filter((part): part is string => typeof part === 'string');
  return parts.length > 0 ? parts.join(', ') : 'no event';
}

const CHECK_KINDS = new Set(['test', 'build', 'lint']);

/** Jobs that test, build or lint: what a required check is for. */
export function checkJobs(workflow: Workflow): Job[] {
  return workflow.jobs.filter((job) => CHECK_KINDS.has(job.kind));
}

/** A `paths:` glob as written, without a leading `./`. */
const plainPath = (glob: string): string => glob.trim().replace(/^\.\//, '');

/**
 * A pull-request or push trigger whose `paths:` name only the workflow's own file and files under
 * `.github/` outside `.github/workflows/` (its scripts), in a workflow that also runs on a schedule, by hand, on tags or on
 * another event: that trigger tries the workflow out when someone edits it; it gates no other change.
 */
export function testsItselfOnly(workflow: Workflow, trigger: Trigger): boolean {
  const paths = trigger.filters.get('paths')?.value;
  if (!paths || paths.length === 0) return false;
  const own = workflow.file.slice(repositoryPrefix(workflow.file).length);
  if (!paths.every((glob) => plainPath(glob).startsWith('.github/'))) return false;
  if (!paths.some((glob) => plainPath(glob) === own)) return false;
  // Another workflow in the list (`test_linux_job.yml` naming `linux_job.yml`) is what this one tests: a real gate for it.
  if (paths.some((glob) => plainPath(glob) !== own && /^\.github\/workflows\/[^/]*\.(ya?ml|\*)$/.test(plainPath(glob)))) return false;
  const firing = firingOf(workflow);
  return firing.schedule || firing.dispatch || firing.called || firing.other.length > 0 || workflow.triggers.some(pushesTagsOnly);
}

/** A `push:` trigger that fires only on tags: a release, not a change being gated. */
export function pushesTagsOnly(trigger: Trigger): boolean {
  const filters = trigger.filters;
  return (
    trigger.event === 'push' &&
    (filters.has('tags') || filters.has('tags-ignore')) &&
    !filters.has('branches') &&
    !filters.has('branches-ignore')
  );
}
