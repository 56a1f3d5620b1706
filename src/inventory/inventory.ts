import path from 'node:path';
import type { StepKind } from '../model/classify/kinds.js';
import type { Analysable, Job, Position, Step, Workflow } from '../model/types.js';
import { isConstantFalseStep, skippedJobs } from '../rules/conditions.js';
import { truthAcrossMatrix } from '../rules/matrix-truth.js';
import type { Finding, RuleMeta, Severity } from '../rules/types.js';
import { isAtLeast, isSilentFailure } from '../rules/types.js';
import { describeFiring, firingOf, runsAutomatically } from './triggers.js';
import { clip, MESSAGE_LIMIT } from '../clip.js';
import type { Firing } from './triggers.js';

/** How far a workflow's or a job's green check can be trusted (issue 7's classification). */
export const SIGNALS = ['Strong', 'Weak', 'Cosmetic', 'Legacy', 'Disabled'] as const;
export type Signal = (typeof SIGNALS)[number];

export const BROKEN_LOCAL_REFERENCE_RULE: RuleMeta = {
  id: 'broken-local-reference',
  category: 'invalid',
  description: 'A local reusable workflow or composite action that does not exist, or that calls itself through a cycle.',
};

/** A `uses: ./…` reference to a file of the same repository. */
export interface LocalReference {
  /** As written. */
  uses: string;
  /** The file it resolves to, relative to the audited directory (the action.yml of a directory). */
  target: string | null;
  line: number;
  column: number;
  /** Where to report it. */
  pos: Position;
}

export interface JobInventory {
  id: string;
  /** The check name GitHub shows: the job's `name`, else its id. */
  name: string;
  kind: StepKind;
  line: number;
  /** A reusable-workflow call as written, local or remote. */
  uses: string | null;
  /** Legs of the matrix; 1 without one; null when computed at run time. */
  matrixSize: number | null;
  needs: string[];
  /** Local composite actions its steps use, resolved. */
  actions: string[];
  signal: Signal;
  reason: string;
  /** Whether branch protection requires this job's check; null when not known. */
  required: boolean | null;
  /** Findings in this job that are not suppressed. */
  findings: number;
}

export interface InventoryEntry {
  file: string;
  kind: 'workflow' | 'action';
  name: string | null;
  events: string[];
  /** "pull requests, pushes, schedule" — when it runs. */
  runsOn: string;
  firing: Firing | null;
  /** `paths`, `branches`… filters by event. */
  filters: Array<{ event: string; filter: string; values: string[] }>;
  jobs: JobInventory[];
  /** Workflows (reusable) or workflows and actions (composite) of this directory that call it. */
  calledBy: string[];
  signal: Signal;
  reason: string;
  /** Findings in this file that are not suppressed. */
  findings: number;
}

/** What the post-pass needs of a file besides its inventory entry: local references with positions. */
export interface FileSummary {
  entry: InventoryEntry;
  /** Per job id (or '' for a composite action's own steps): local reusable workflows and actions it uses. */
  references: Map<string, LocalReference[]>;
  /** Per job id: why the job is disabled or cosmetic on its own, before resolution. */
  own: Map<string, { disabled?: string; cosmetic?: string }>;
  /** Classified already (a file GitHub cannot run): resolution leaves it as it is. */
  fixed?: boolean;
}

/**
 * A finding that makes a check untrustworthy: a silent failure of medium or above (a check, a
 * deploy or a step we cannot place), not suppressed. A soft-failed monitor, upload or cleanup is
 * low or info and leaves the check Strong. An informational-only job is classified by what it does
 * (Cosmetic), not weakened by its own finding.
 */
function weakens(finding: Finding): boolean {
  return (
    !finding.suppressed &&
    isSilentFailure(finding.category) &&
    finding.category !== 'informational-only' &&
    isAtLeast(finding.severity, 'medium')
  );
}

function describeFindings(findings: readonly Finding[]): string {
  const rules = [...new Set(findings.map((finding) => finding.ruleId))];
  const lines = findings.slice(0, 3).map((finding) => finding.line);
  return `${findings.length} silent-failure finding(s) (${rules.join(', ')}; line ${lines.join(', ')}${findings.length > 3 ? ', …' : ''})`;
}

/** `./.github/workflows/x.yml` → `.github/workflows/x.yml`; `./path/to/action` → its action.yml if it exists. */
function resolveLocal(uses: string, kind: 'workflow' | 'action', exists: (file: string) => boolean): string | null {
  const relative = path.posix.normalize(uses.replace(/^\.\//, '').split('@')[0]!);
  if (relative.startsWith('..')) return null;
  if (kind === 'workflow') return exists(relative) ? relative : null;
  for (const name of ['action.yml', 'action.yaml']) {
    const candidate = path.posix.join(relative, name);
    if (exists(candidate)) return candidate;
  }
  return null;
}

function reference(
  uses: { value: string; span: Position },
  kind: 'workflow' | 'action',
  exists: (file: string) => boolean,
): LocalReference {
  return {
    uses: uses.value,
    target: resolveLocal(uses.value, kind, exists),
    line: uses.span.line,
    column: uses.span.column,
    pos: uses.span,
  };
}

const isLocal = (uses: string | undefined): uses is string => uses !== undefined && uses.startsWith('./');

/** Steps that prepare or tidy up around the work: checkout, install, cleanup. */
const PREPARES: ReadonlySet<string> = new Set(['setup', 'cleanup']);

/** Steps that cannot fail the job: masked by `continue-on-error`, never run, or only reporting. */
function cannotFail(step: Step, job: Job | undefined): boolean {
  if (step.kind === 'telemetry') return true;
  if (step.continueOnError && truthAcrossMatrix(step.continueOnError.value, job) === 'always') return true;
  return isConstantFalseStep(step.if, job);
}

function ownJobState(job: Job, disabledBy: string | undefined): { disabled?: string; cosmetic?: string } {
  if (disabledBy) return { disabled: disabledBy };
  if (job.continueOnError && truthAcrossMatrix(job.continueOnError.value, job) === 'always') {
    return { cosmetic: 'the job has continue-on-error: true, so its failure never fails the workflow' };
  }
  // A suggestion bot: it checks out and sets up, then every step that does the work (several of
  // them) is continue-on-error. One check made continue-on-error is a check that lies: Weak.
  const working = job.steps.filter((step) => !PREPARES.has(step.kind));
  const byDesign = working.length > 1 && working.every((step) => cannotFail(step, job)) && working.some((step) => step.continueOnError);
  if (!job.uses && job.steps.length > 0 && (byDesign || job.steps.every((step) => cannotFail(step, job)))) {
    return job.steps.every((step) => step.kind === 'telemetry')
      ? { cosmetic: 'it only reports, uploads or notifies' }
      : { cosmetic: 'every step that could fail is continue-on-error, never runs, or only reports' };
  }
  return {};
}

function filtersOf(workflow: Workflow): InventoryEntry['filters'] {
  return workflow.triggers.flatMap((trigger) =>
    [...trigger.filters].map(([filter, located]) => ({ event: trigger.event, filter, values: located.value })),
  );
}

const clipOrNull = (name: string | undefined): string | null => (name === undefined ? null : clip(name));

/** An entry with nothing found yet: Strong until the resolution says otherwise. */
export function inventoryEntry(
  fields: Pick<InventoryEntry, 'file' | 'kind' | 'name' | 'events' | 'runsOn'> & Partial<InventoryEntry>,
): InventoryEntry {
  return { firing: null, filters: [], jobs: [], calledBy: [], signal: 'Strong', reason: '', findings: 0, ...fields };
}

/**
 * The inventory entry of one file, from its model, before its findings are final and before
 * anything is resolved across files. `exists` says whether a path relative to the audited directory
 * is an audited file.
 */
export function summarize(model: Analysable, exists: (file: string) => boolean): FileSummary {
  const references = new Map<string, LocalReference[]>();
  const own = new Map<string, { disabled?: string; cosmetic?: string }>();
  const stepReferences = (steps: readonly Step[]): LocalReference[] =>
    steps.flatMap((step) => (step.uses && isLocal(step.uses.value) ? [reference(step.uses, 'action', exists)] : []));

  if (model.kind === 'action') {
    references.set('', stepReferences(model.steps));
    own.set('', {});
    return {
      entry: inventoryEntry({ file: model.file, kind: 'action', name: clipOrNull(model.name), events: [], runsOn: 'where it is used' }),
      references,
      own,
    };
  }

  const skipped = skippedJobs(model);
  const jobs = model.jobs.map((job): JobInventory => {
    // Job ids are clipped as findings' are (the engine's FindingFactory), so that the two still match.
    const id = clip(job.id);
    const actions = stepReferences(job.steps);
    const refs = job.uses && isLocal(job.uses.value) ? [reference(job.uses, 'workflow', exists), ...actions] : actions;
    references.set(id, refs);
    const cause = skipped.has(job.id) ? skipped.get(job.id) : null;
    const disabledBy =
      cause === undefined
        ? `its if: is always false (${clip(String(job.if?.value))})`
        : cause
          ? `it needs "${clip(cause.value)}", which never runs`
          : undefined;
    own.set(id, ownJobState(job, disabledBy));
    return {
      id,
      name: clip(job.name ?? job.id),
      kind: job.kind,
      line: job.keyPos.line,
      uses: job.uses?.value ?? null,
      matrixSize: job.matrix ? (job.matrix.legs?.length ?? null) : 1,
      needs: job.needs.map((need) => clip(need.value)),
      actions: actions.map((ref) => ref.target ?? ref.uses),
      signal: 'Strong',
      reason: '',
      required: null,
      findings: 0,
    };
  });
  const firing = firingOf(model);
  return {
    entry: inventoryEntry({
      file: model.file,
      kind: 'workflow',
      name: clipOrNull(model.name),
      events: model.events,
      runsOn: describeFiring(firing),
      firing,
      filters: filtersOf(model),
      jobs,
    }),
    references,
    own,
  };
}

/** A broken reference found while resolving: reported by the engine as a `broken-local-reference` finding. */
export interface BrokenReference {
  file: string;
  severity: Severity;
  job: string | null;
  pos: Position;
  message: string;
  snippet: string;
}

/** Job ids in the order the classification visits them; '' for a composite action's own steps. */
const jobIdsOf = (summary: FileSummary): string[] => (summary.entry.kind === 'action' ? [''] : summary.entry.jobs.map((job) => job.id));

/** A job that is skipped or cannot fail takes nothing from what it calls, so its references are not followed. */
function followsReferences(summary: FileSummary, jobId: string): boolean {
  const own = summary.own.get(jobId) ?? {};
  return !own.disabled && !own.cosmetic;
}

/**
 * Links local reusable workflows and composite actions across the files of one audited directory:
 * each callee learns its callers, and what cannot be linked is returned — targets missing from a
 * whole checkout, and calls that close a cycle (found by the same walk the classification makes).
 */
export function linkReferences(
  summaries: readonly FileSummary[],
  /** Whether the files are a whole checkout, so that a file not among them does not exist. */
  complete: boolean,
): BrokenReference[] {
  const byFile = new Map(summaries.map((summary) => [summary.entry.file, summary]));
  const broken: BrokenReference[] = [];
  for (const summary of summaries) {
    for (const [jobId, refs] of summary.references) {
      for (const ref of refs) {
        if (ref.target && byFile.has(ref.target)) {
          const callee = byFile.get(ref.target)!.entry;
          if (!callee.calledBy.includes(summary.entry.file)) callee.calledBy.push(summary.entry.file);
          continue;
        }
        // In a partial copy (no .git: a sparse or sampled set of files) absence proves nothing.
        if (!complete) continue;
        const workflow = /\.ya?ml$/i.test(ref.uses);
        const path = ref.uses.replace(/^\.\//, '');
        // A local action path is relative to the workspace, where a step may check out another
        // repository (`./test-infra/.github/actions/x`); only the repository's own .github is sure.
        if (!workflow && !path.startsWith('.github/')) continue;
        broken.push({
          file: summary.entry.file,
          job: jobId || null,
          pos: ref.pos,
          severity: workflow ? 'medium' : 'low',
          message: workflow
            ? `"${ref.uses}" does not exist in this repository: GitHub refuses to run the workflow, and nothing the reusable workflow would run is checked.`
            : `"${ref.uses}" has no action.yml or action.yaml in this repository: unless an earlier step creates it, the step fails when the job gets there, and nothing the action would run is checked.`,
          snippet: ref.uses,
        });
      }
    }
  }
  const done = new Set<string>();
  const visiting = new Set<string>();
  const walk = (summary: FileSummary): void => {
    const file = summary.entry.file;
    if (done.has(file) || summary.fixed) return;
    visiting.add(file);
    for (const jobId of jobIdsOf(summary)) {
      if (!followsReferences(summary, jobId)) continue;
      for (const ref of summary.references.get(jobId) ?? []) {
        const target = ref.target ? byFile.get(ref.target) : undefined;
        if (!target) continue;
        if (!visiting.has(target.entry.file)) {
          walk(target);
          continue;
        }
        broken.push({
          file,
          job: jobId || null,
          pos: ref.pos,
          severity: 'medium',
          message: `"${ref.uses}" calls back into a file that is already calling it (a cycle): GitHub refuses to run it.`,
          snippet: `cycle ${ref.uses}`,
        });
      }
    }
    visiting.delete(file);
    done.add(file);
  };
  for (const summary of summaries) walk(summary);
  return broken;
}

/**
 * Classifies every job and workflow of one audited directory, once `linkReferences` has linked it
 * and every suppression is applied. Findings stay in the file they were found in; a caller only
 * takes its callee's classification into its own, so a finding reached through several callers is
 * counted once.
 */
export function classifyInventory(summaries: readonly FileSummary[], findings: readonly Finding[]): InventoryEntry[] {
  const byFile = new Map(summaries.map((summary) => [summary.entry.file, summary]));
  // Findings by file and by job, so that each job's are found without going through every finding again.
  const findingsIn = new Map<string, { all: Finding[]; byJob: Map<string | null, Finding[]> }>();
  for (const finding of findings) {
    let file = findingsIn.get(finding.file);
    if (!file) findingsIn.set(finding.file, (file = { all: [], byJob: new Map() }));
    file.all.push(finding);
    const ofJob = file.byJob.get(finding.job);
    if (ofJob) ofJob.push(finding);
    else file.byJob.set(finding.job, [finding]);
  }
  /** Weakening findings of a job ('' : the whole file, for a composite action). */
  const weakIn = (file: string, jobId: string): Finding[] => {
    const found = findingsIn.get(file);
    return ((jobId === '' ? found?.all : found?.byJob.get(jobId)) ?? []).filter(weakens);
  };
  for (const summary of summaries) {
    const found = findingsIn.get(summary.entry.file);
    summary.entry.findings = (found?.all ?? []).filter((finding) => !finding.suppressed).length;
    for (const job of summary.entry.jobs) job.findings = (found?.byJob.get(job.id) ?? []).filter((finding) => !finding.suppressed).length;
  }

  // Each file's trust, with its callees' folded in; `visiting` stops at a cycle (reported by linkReferences).
  const state = new Map<string, { signal: Signal; reason: string }>();
  const visiting = new Set<string>();

  const calleeVerdict = (ref: LocalReference): { signal: Signal; reason: string } | undefined => {
    const target = ref.target && byFile.get(ref.target);
    if (!target) return undefined;
    if (visiting.has(target.entry.file)) return { signal: 'Disabled', reason: `${ref.uses} is part of a cycle of calls` };
    return classifyFile(target);
  };

  const classifyJob = (summary: FileSummary, job: JobInventory | undefined, jobId: string): { signal: Signal; reason: string } => {
    const own = summary.own.get(jobId) ?? {};
    if (own.disabled) return { signal: 'Disabled', reason: own.disabled };
    if (own.cosmetic) return { signal: 'Cosmetic', reason: own.cosmetic };
    const weak = weakIn(summary.entry.file, jobId);
    const reasons: string[] = weak.length > 0 ? [describeFindings(weak)] : [];
    let signal: Signal = weak.length > 0 ? 'Weak' : 'Strong';
    for (const ref of summary.references.get(jobId) ?? []) {
      const verdict = calleeVerdict(ref);
      if (!verdict) continue;
      const callsWorkflow = job?.uses === ref.uses;
      if (callsWorkflow && (verdict.signal === 'Disabled' || verdict.signal === 'Cosmetic') && signal === 'Strong') {
        signal = verdict.signal;
        reasons.push(`it calls ${ref.target}, which is ${verdict.signal}: ${verdict.reason}`);
      } else if (verdict.signal !== 'Strong' && verdict.signal !== 'Legacy') {
        signal = 'Weak';
        reasons.push(`it ${callsWorkflow ? 'calls' : 'uses'} ${ref.target}, which is ${verdict.signal}: ${verdict.reason}`);
      }
    }
    if (signal === 'Strong') return { signal, reason: 'any failure turns it red' };
    return { signal, reason: reasons.join('; ') };
  };

  function classifyFile(summary: FileSummary): { signal: Signal; reason: string } {
    const file = summary.entry.file;
    const known = state.get(file);
    if (known) return known;
    if (summary.fixed) return { signal: summary.entry.signal, reason: summary.entry.reason };
    visiting.add(file);
    const entry = summary.entry;
    let verdict: { signal: Signal; reason: string };
    if (entry.kind === 'action') {
      const job = classifyJob(summary, undefined, '');
      verdict = job.signal === 'Strong' ? { signal: 'Strong', reason: 'no silent failure in its steps' } : job;
    } else {
      for (const job of entry.jobs) {
        const { signal, reason } = classifyJob(summary, job, job.id);
        Object.assign(job, { signal, reason: clip(reason, MESSAGE_LIMIT) });
      }
      verdict = classifyWorkflow(entry);
    }
    // Reasons name jobs and callees: bounded, so that thousands of jobs do not make one of megabytes.
    verdict = { signal: verdict.signal, reason: clip(verdict.reason, MESSAGE_LIMIT) };
    visiting.delete(file);
    state.set(file, verdict);
    entry.signal = verdict.signal;
    entry.reason = verdict.reason;
    return verdict;
  }

  for (const summary of summaries) classifyFile(summary);
  // A reusable workflow runs when its callers do: it is Legacy when every local caller is.
  for (const summary of summaries) {
    const entry = summary.entry;
    if (entry.kind !== 'workflow' || !entry.firing?.called || runsAutomatically(entry.firing) || entry.calledBy.length === 0) continue;
    const callers = entry.calledBy.map((caller) => byFile.get(caller)!.entry);
    if (callers.every((caller) => caller.signal === 'Legacy') && entry.signal !== 'Disabled') {
      entry.signal = 'Legacy';
      entry.reason = `only called by ${callers.map((caller) => caller.file).join(', ')}, which never run on a pull request or push`;
    }
  }
  return summaries.map((summary) => summary.entry);
}

function classifyWorkflow(entry: InventoryEntry): { signal: Signal; reason: string } {
  const jobs = entry.jobs;
  const firing = entry.firing!;
  if (jobs.length === 0) return { signal: 'Disabled', reason: 'it has no jobs' };
  if (jobs.every((job) => job.signal === 'Disabled')) {
    return { signal: 'Disabled', reason: `every job is skipped: ${jobs.map((job) => `${job.id} — ${job.reason}`).join('; ')}` };
  }
  if (!firing.pullRequest && !firing.push && firing.other.length === 0 && !firing.called) {
    return {
      signal: 'Legacy',
      reason:
        firing.schedule || firing.dispatch ? `it runs only on ${entry.runsOn}, never on a pull request or push` : 'no event starts it',
    };
  }
  const active = jobs.filter((job) => job.signal !== 'Disabled');
  const name = (job: JobInventory): string => (job.name === job.id ? job.id : `${job.id} ("${job.name}")`);
  if (active.every((job) => job.signal === 'Cosmetic')) {
    return {
      signal: 'Cosmetic',
      reason: `nothing in it can fail the check: ${active.map((job) => `${name(job)} — ${job.reason}`).join('; ')}`,
    };
  }
  const untrusted = active.filter((job) => job.signal !== 'Strong');
  if (untrusted.length > 0) {
    return {
      signal: 'Weak',
      reason: `${untrusted.map((job) => `${name(job)}: ${job.signal.toLowerCase()} — ${job.reason}`).join('; ')}`,
    };
  }
  const disabled = jobs.length - active.length;
  return {
    signal: 'Strong',
    reason: `runs on ${entry.runsOn}; any failure turns it red${disabled > 0 ? ` (${disabled} job(s) disabled)` : ''}`,
  };
}
