import { isCheckKind } from '../model/classify/kinds.js';
import type { Position } from '../model/types.js';
import type { Confidence, Evidence, Finding, RuleMeta, Severity } from '../rules/types.js';
import { severityRank } from '../rules/types.js';
import type { JobLayout, StepLayout, WorkflowLayout } from './layout.js';
import { failureSummary, runHeader, splitLog } from './log.js';
import type { ApiJob, ApiStep, RunObservation, WorkflowObservation } from './types.js';

export const OBSERVED_MASKED_FAILURE_RULE: RuleMeta = {
  id: 'observed-masked-failure',
  category: 'soft-fail',
  description:
    'Evidence from real runs: a step or job failed on the default branch and the run still passed, where the workflow shows no soft-fail.',
};

export const NEVER_RUNS_RULE: RuleMeta = {
  id: 'never-runs',
  category: 'conditional-skip',
  description: 'Evidence from real runs: a job was skipped in every run examined on the default branch.',
};

export const EVIDENCE_RULES: readonly RuleMeta[] = [OBSERVED_MASKED_FAILURE_RULE, NEVER_RUNS_RULE];

/** Their ids: findings of these rules come from the runs of the default branch, not from the files. */
export const EVIDENCE_RULE_IDS: ReadonlySet<string> = new Set(EVIDENCE_RULES.map((rule) => rule.id));

/** "Process completed with exit code N." — what the runner writes when a script step exits non-zero (see log.ts). */
const EXIT_CODE_ANNOTATION = /^Process completed with exit code \d+\.?$/;

/** What the evidence adds to a finding the static analysis made. */
export interface Attachment {
  finding: Finding;
  evidence: Evidence;
  /** Raise the severity to this (unless the config set the rule's severity). */
  raiseTo?: Severity;
  reason: string;
}

/** A finding only the evidence could make. */
export interface EvidenceReport {
  rule: RuleMeta;
  severity: Severity;
  confidence: Confidence;
  severityReasons: string[];
  file: string;
  pos: Position;
  message: string;
  workflow: string;
  job: { id: string };
  step?: StepLayout;
  snippet: string;
  evidence: Evidence;
}

export interface Analysis {
  attachments: Attachment[];
  reports: EvidenceReport[];
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A name as written, `${{ }}` expressions standing for anything they may evaluate to. */
function namePattern(name: string): RegExp {
  const parts = name.split(/\$\{\{[\s\S]*?\}\}/);
  return new RegExp(`^${parts.map(escapeRegExp).join('.*?')}`);
}

/**
 * Whether a job of the API is (a leg of) a job of the workflow: GitHub names it by `name:` (its
 * expressions evaluated) or by its id, a matrix leg `<name> (<values>)`, a job of a called
 * reusable workflow `<name> / <called job>`.
 */
export function jobMatches(job: JobLayout, apiName: string): boolean {
  const display = job.name ?? job.id;
  if (display.includes('${{')) {
    const pattern = namePattern(display);
    return pattern.test(apiName);
  }
  return apiName === display || apiName.startsWith(`${display} (`) || apiName.startsWith(`${display} / `);
}

/** The name the API gives a step: its `name:`, else `Run <first line of the script>` or `Run <uses>`. */
function apiStepName(step: StepLayout): string {
  if (step.name !== undefined) return step.name;
  if (step.run) return `Run ${runHeader(step.run.text)}`;
  if (step.uses) return `Run ${step.uses.value}`;
  return step.label;
}

/** The API's record of a workflow step in a job: by name, else by its place (step 1 is "Set up job"). */
function apiStepOf(step: StepLayout, job: JobLayout, apiJob: ApiJob): ApiStep | undefined {
  const steps = apiJob.steps ?? [];
  const name = apiStepName(step);
  const pattern = name.includes('${{') ? namePattern(name) : undefined;
  const byName = steps.filter((candidate) => (pattern ? pattern.test(candidate.name) : candidate.name === name));
  if (byName.length === 1) return byName[0];
  const number = step.index + 2 + (job.container ? 1 : 0);
  const byNumber = steps.find((candidate) => candidate.number === number);
  return byNumber && (byName.length === 0 || byName.includes(byNumber)) ? byNumber : byName[0];
}

/**
 * Which workflow step printed each `Run …` section of a job's log, in order; the sections no step
 * could be matched to (a header an expression changed beyond recognition) under `null`.
 */
function sectionsByStep(log: string, job: JobLayout): Map<StepLayout | null, string> {
  const sections = new Map<StepLayout | null, string>();
  const add = (step: StepLayout | null, text: string): void => void sections.set(step, `${sections.get(step) ?? ''}${text}\n`);
  let next = 0;
  for (const section of splitLog(log)) {
    let placed = false;
    for (let i = next; i < job.steps.length; i++) {
      const step = job.steps[i]!;
      const header = step.run ? runHeader(step.run.text) : step.uses?.value;
      if (header === undefined) continue;
      const matches = header.includes('${{') ? namePattern(header).test(section.header) : section.header === header;
      if (!matches) continue;
      add(step, section.text);
      next = i + 1;
      placed = true;
      break;
    }
    if (!placed) add(null, section.text);
  }
  return sections;
}

const within = (line: number, pos: Position): boolean => line >= pos.line && line <= pos.endLine;

const ran = (job: ApiJob): boolean => job.conclusion === 'success' || job.conclusion === 'failure';

/** Counts, per target, the runs examined and those in which it failed, remembering the last failure. */
class Tally {
  runs = 0;
  failures = 0;
  last: RunObservation | undefined;
  notes = new Set<string>();

  see(observation: RunObservation, failed: boolean, note?: string): void {
    this.runs++;
    if (!failed) return;
    this.failures++;
    if (note) this.notes.add(note);
    if (!this.last || observation.run.created_at > this.last.run.created_at) this.last = observation;
  }

  evidence(): Evidence {
    return {
      runs: this.runs,
      failures: this.failures,
      lastFailure: this.last ? { url: this.last.run.html_url, at: this.last.run.created_at } : null,
    };
  }
}

const inRuns = (tally: Tally, branch: string): string => `${tally.failures} of ${tally.runs} run(s) on ${branch}`;

/** Whether an `if:` depends on the event or the ref, so that runs of the default branch alone cannot say it never runs. */
const dependsOnEvent = (condition: string | undefined): boolean =>
  condition !== undefined && /github\.(event_name|event\.|ref\b|ref_name|head_ref|base_ref)|inputs\.|vars\./.test(condition);

/**
 * Reads what the runs of each workflow say about its findings (pure: the observations were read
 * before). A finding a run failed through gains evidence and, when it masks a check, severity high;
 * failures nothing static explains, and jobs that never run, become findings of their own.
 */
export function analyseEvidence(
  layouts: readonly WorkflowLayout[],
  findings: readonly Finding[],
  observations: readonly WorkflowObservation[],
  branch: string,
): Analysis {
  const attachments: Attachment[] = [];
  const reports: EvidenceReport[] = [];
  for (const observation of observations) {
    const layout = layouts.find((candidate) => candidate.file === observation.file);
    if (!layout || observation.runs.length === 0) continue;
    const inFile = findings.filter(
      (finding) =>
        finding.file === layout.file && finding.job !== null && (finding.category === 'soft-fail' || finding.category === 'retry-masking'),
    );
    for (const job of layout.jobs) analyseJob(layout, job, inFile, findings, observation.runs, branch, attachments, reports);
  }
  return { attachments, reports };
}

function analyseJob(
  layout: WorkflowLayout,
  job: JobLayout,
  softFails: readonly Finding[],
  allFindings: readonly Finding[],
  runs: readonly RunObservation[],
  branch: string,
  attachments: Attachment[],
  reports: EvidenceReport[],
): void {
  const ofJob = softFails.filter((finding) => finding.job === job.id);
  const jobLevel = ofJob.filter((finding) => finding.step === null && finding.ruleId === 'continue-on-error');
  const stepOf = (finding: Finding): StepLayout | undefined =>
    finding.step === null ? undefined : job.steps.find((step) => step.label === finding.step && within(finding.line, step.pos));
  const stepLevel = ofJob.map((finding) => ({ finding, step: stepOf(finding) })).filter((entry) => entry.step !== undefined);
  const stepContinueOnError = stepLevel.filter((entry) => entry.finding.ruleId === 'continue-on-error');

  const tallies = new Map<Finding, Tally>(
    [...jobLevel, ...stepLevel.map((entry) => entry.finding)].map((finding) => [finding, new Tally()]),
  );
  const unexplainedJob = new Tally();
  const unexplainedSteps = new Map<StepLayout, Tally>();
  let appeared = 0;
  let skippedEverywhere = true;

  for (const observation of runs) {
    const apiJobs = (observation.jobs ?? []).filter((candidate) => jobMatches(job, candidate.name));
    if (!observation.jobs || apiJobs.length === 0) continue;
    appeared++;
    if (apiJobs.some((candidate) => candidate.conclusion !== 'skipped')) skippedEverywhere = false;
    const ranJobs = apiJobs.filter(ran);
    if (ranJobs.length === 0) continue;
    const runPassed = observation.run.conclusion === 'success';

    // Job-level continue-on-error: the job failed and the run passed.
    const jobFailedInGreenRun = runPassed && ranJobs.some((candidate) => candidate.conclusion === 'failure');
    for (const finding of jobLevel) tallies.get(finding)!.see(observation, jobFailedInGreenRun);

    const greenJobs = ranJobs.filter((candidate) => candidate.conclusion === 'success');
    const logSections = greenJobs.flatMap((candidate) => {
      const log = observation.logs.get(candidate.id);
      return log === undefined ? [] : [sectionsByStep(log, job)];
    });
    const logsRead = greenJobs.length > 0 && logSections.length === greenJobs.length;
    const exitAnnotations = greenJobs.filter((candidate) =>
      (observation.annotations.get(candidate.id) ?? []).some(
        (annotation) => annotation.annotation_level === 'failure' && EXIT_CODE_ANNOTATION.test((annotation.message ?? '').trim()),
      ),
    ).length;

    for (const { finding, step } of stepLevel) {
      const tally = tallies.get(finding)!;
      const stepFailed = greenJobs.some((candidate) => apiStepOf(step!, job, candidate)?.conclusion === 'failure');
      const summary = logSections.map((sections) => failureSummary(sections.get(step!) ?? '')).find(Boolean);
      if (finding.ruleId === 'continue-on-error') {
        // The steps list may show the step's outcome; else a failure annotation in a green job comes from a continue-on-error step.
        tally.see(observation, greenJobs.length > 0 && (stepFailed || exitAnnotations > 0 || summary !== undefined));
      } else if (logsRead || stepFailed) {
        tally.see(observation, stepFailed || summary !== undefined, summary ? `${summary.runner}: "${summary.line}"` : undefined);
      }
    }
    if (!job.calls) {
      const jobUnexplained = jobLevel.length === 0 && jobFailedInGreenRun;
      const annotationUnexplained = stepContinueOnError.length === 0 && exitAnnotations > 0;
      // A failure summary in a part of the log no step of the workflow could be matched to.
      const unplaced = logSections.map((sections) => failureSummary(sections.get(null) ?? '')).find(Boolean);
      unexplainedJob.see(
        observation,
        jobUnexplained || annotationUnexplained || unplaced !== undefined,
        jobUnexplained
          ? 'the job failed in a run that passed'
          : annotationUnexplained
            ? 'a failure annotation ("Process completed with exit code N.") in a job that passed'
            : unplaced
              ? `${unplaced.runner} reported "${unplaced.line}" in a step that passed`
              : undefined,
      );
    }

    // A test runner's failure summary in a green step that no static finding explains.
    if (logsRead) {
      const explained = new Set(stepLevel.map((entry) => entry.step!));
      for (const step of job.steps) {
        if (explained.has(step) || !step.run) continue;
        const summary = logSections.map((sections) => failureSummary(sections.get(step) ?? '')).find(Boolean);
        const tally = unexplainedSteps.get(step) ?? new Tally();
        if (!unexplainedSteps.has(step)) unexplainedSteps.set(step, tally);
        tally.see(observation, summary !== undefined, summary ? `${summary.runner} reported "${summary.line}"` : undefined);
      }
    }
  }

  for (const [finding, tally] of tallies) {
    if (tally.runs === 0) continue;
    const step = stepOf(finding);
    const check = isCheckKind(step ? step.kind : job.kind);
    if (tally.failures > 0) {
      const raise = check && severityRank(finding.severity) < severityRank('high');
      const note = tally.notes.size > 0 ? ` (${[...tally.notes].join('; ')})` : '';
      attachments.push({
        finding,
        evidence: tally.evidence(),
        ...(raise ? { raiseTo: 'high' as const } : {}),
        reason: `failed silently in ${inRuns(tally, branch)}${note}`,
      });
    } else {
      attachments.push({ finding, evidence: tally.evidence(), reason: `did not fail in the last ${tally.runs} run(s) on ${branch}` });
    }
  }

  for (const [step, tally] of unexplainedSteps) {
    if (tally.failures === 0) continue;
    const notes = [...tally.notes];
    reports.push({
      rule: OBSERVED_MASKED_FAILURE_RULE,
      severity: 'high',
      confidence: 'high',
      severityReasons: [`a test runner reported failures in a step that passed, in ${inRuns(tally, branch)}`],
      file: layout.file,
      pos: step.pos,
      message: `Step "${step.label}" passed while ${notes[0] ?? 'its test runner reported failures'} — in ${inRuns(tally, branch)}: something in what it runs (a script file the workflow calls, say) swallows the failure.`,
      workflow: layout.workflow,
      job: { id: job.id },
      step,
      snippet: `observed masked failure in step ${step.label}`,
      evidence: tally.evidence(),
    });
  }
  if (unexplainedJob.failures > 0) {
    const check = isCheckKind(job.kind);
    const notes = [...unexplainedJob.notes];
    reports.push({
      rule: OBSERVED_MASKED_FAILURE_RULE,
      severity: check ? 'high' : 'medium',
      confidence: 'high',
      severityReasons: [
        `failed silently in ${inRuns(unexplainedJob, branch)}`,
        check ? 'the job runs checks' : 'what the job does is not a check, or could not be told',
      ],
      file: layout.file,
      pos: job.pos,
      message: `Job "${job.name ?? job.id}" failed while its run passed — ${notes[0] ?? 'a failure the run did not report'} — in ${inRuns(unexplainedJob, branch)}, and nothing in the workflow says why.`,
      workflow: layout.workflow,
      job: { id: job.id },
      snippet: `observed masked failure in job ${job.id}`,
      evidence: unexplainedJob.evidence(),
    });
  }

  // A job a static rule already reports as skipped: the runs confirm it, and that finding says why.
  const staticSkip = allFindings.find(
    (finding) => finding.file === layout.file && finding.job === job.id && finding.step === null && finding.category === 'conditional-skip',
  );
  if (appeared >= 2 && skippedEverywhere) {
    const eventBound = dependsOnEvent(job.condition);
    reports.push({
      rule: NEVER_RUNS_RULE,
      severity: staticSkip ? 'info' : eventBound ? 'low' : 'medium',
      confidence: eventBound && !staticSkip ? 'low' : 'medium',
      severityReasons: [
        `skipped in all ${appeared} run(s) examined on ${branch}`,
        ...(staticSkip ? [`${staticSkip.ruleId} already reports why, at line ${staticSkip.line}`] : []),
        ...(eventBound && !staticSkip ? [`its if: depends on the event or the ref, and only runs on ${branch} were examined`] : []),
      ],
      file: layout.file,
      pos: job.pos,
      message: `Job "${job.name ?? job.id}" was skipped in all ${appeared} run(s) examined on ${branch}: whatever it checks is not checked, and a skipped job passes a required check.`,
      workflow: layout.workflow,
      job: { id: job.id },
      snippet: `never runs ${job.id}`,
      evidence: { runs: appeared, failures: 0, lastFailure: null },
    });
  }
}
