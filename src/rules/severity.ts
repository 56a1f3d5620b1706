import { describeFiring, firingOf, PULL_REQUEST_EVENTS, pushesTagsOnly, testsItselfOnly } from '../inventory/triggers.js';
import type { KindBasis, StepKind } from '../model/classify/kinds.js';
import { commandBasis } from '../model/classify/engine.js';
import { isCheckKind, KIND_LABEL } from '../model/classify/kinds.js';
import { analyzeCondition, conditionPasses, contextsIn, eventContexts } from '../model/expression.js';
import type { Analysable, Job, Step, Workflow } from '../model/types.js';
import { exitsNonZero } from './conditions.js';
import { onForChosenLegs, truthAcrossMatrix } from './matrix-truth.js';
import type { Confidence, MaskSpec, Severity } from './types.js';
import { CONFIDENCES, SEVERITIES, severityRank } from './types.js';

/**
 * The one severity model (docs/rules/README.md, "How severity is decided"). A finding's severity
 * follows, in this order: what is masked, how silent the failure is, where the workflow runs,
 * whether anything reads the result, and what its author said about it. Every factor that applies
 * leaves a reason on the finding, so a maintainer can see why it is high and argue with it.
 */

/** What it costs when a step of this kind fails unnoticed (DESIGN §2). */
const SEVERITY_BY_KIND: Record<StepKind, Severity> = {
  test: 'high',
  build: 'high',
  lint: 'high',
  deploy: 'medium',
  unknown: 'medium',
  setup: 'low',
  cleanup: 'low',
  telemetry: 'info',
};

/** How sure we are of what the masked thing is: a listed tool, a name's words, or nothing. */
const CONFIDENCE_BY_BASIS: Record<KindBasis, Confidence> = { known: 'high', named: 'medium', unknown: 'low' };

export interface Assessment {
  severity: Severity;
  confidence: Confidence;
  severityReasons: string[];
}

export interface Masked extends MaskSpec {
  file: Analysable;
  job?: Job;
  step?: Step;
  /** The line of the construct, for a comment on or above it that states intent. */
  line: number;
}

/** The severity of hiding a failure of this kind, before any other factor. */
export function kindSeverity(kind: StepKind): Severity {
  return SEVERITY_BY_KIND[kind];
}

export function lowerBy(severity: Severity, steps: number): Severity {
  return SEVERITIES[Math.max(0, severityRank(severity) - steps)]!;
}

export function raiseBy(severity: Severity, steps: number): Severity {
  return SEVERITIES[Math.min(SEVERITIES.length - 1, severityRank(severity) + steps)]!;
}

export function minSeverity(a: Severity, b: Severity): Severity {
  return severityRank(a) <= severityRank(b) ? a : b;
}

function minConfidence(a: Confidence, b: Confidence): Confidence {
  return CONFIDENCES.indexOf(a) <= CONFIDENCES.indexOf(b) ? a : b;
}

/**
 * The events of a workflow that gate a change: pull requests, the merge queue, pushes to branches —
 * not a push of tags only (a release), nor a trigger whose `paths:` name only the workflow itself.
 */
function gatingEvents(workflow: Workflow): string[] {
  return workflow.events.filter((event) => {
    if (event !== 'push' && !PULL_REQUEST_EVENTS.has(event)) return false;
    const triggers = workflow.triggers.filter((trigger) => trigger.event === event);
    if (triggers.length === 0) return true;
    return triggers.some((trigger) => !testsItselfOnly(workflow, trigger) && !pushesTagsOnly(trigger));
  });
}

/** Events whose trigger only runs when the workflow itself is edited. */
function selfTestEvents(workflow: Workflow): string[] {
  return workflow.triggers.filter((trigger) => testsItselfOnly(workflow, trigger)).map((trigger) => trigger.event);
}

/**
 * A workflow gates changes when it runs on pull requests, the merge queue or pushes to branches. A
 * reusable workflow (`workflow_call`) and a composite action are assumed to, since their callers are not known.
 */
export function gatesChanges(file: Analysable): boolean {
  if (file.kind === 'action') return true;
  return gatingEvents(file).length > 0 || firingOf(file).called;
}

/** Where a finding runs, and whether that is where changes are gated. */
function whereItRuns(masked: Masked): { gates: boolean; reason: string } {
  const { file, job, step } = masked;
  if (file.kind === 'action') return { gates: true, reason: 'in a composite action: runs wherever it is used' };
  const events = gatingEvents(file);
  if (events.length === 0) {
    if (firingOf(file).called) return { gates: true, reason: 'in a reusable workflow: runs wherever it is called' };
    const self = selfTestEvents(file);
    if (self.length > 0)
      return {
        gates: false,
        reason: `its ${self.join(', ')} trigger runs only when the workflow itself changes: it gates no other change`,
      };
    return { gates: false, reason: `runs only on ${describeFiring(firingOf(file))}: seen after the change merged` };
  }
  // A job or step whose `if:` is false on every gating event (`github.event_name == 'schedule'`) does not gate either.
  for (const [what, condition] of [
    ['job', job?.if?.value],
    ['step', step?.if?.value],
  ] as const) {
    // Only a condition on the event says where the job runs; `if: false` is a finding of its own.
    if (condition === undefined || !analyzeCondition(condition).contexts.includes('github.event_name')) continue;
    const runs = events.map((event) =>
      conditionPasses(condition, { success: true, failure: false, cancelled: false, contexts: eventContexts(event) }),
    );
    if (runs.every((passes) => passes === false)) return { gates: false, reason: `the ${what}'s if: skips it on ${events.join(', ')}` };
  }
  // A flag that is off on every gating event masks only runs that gate nothing.
  if (masked.masksWith && analyzeCondition(String(masked.flag)).contexts.includes('github.event_name')) {
    const masks = events.map((event) => masked.masksWith!(eventContexts(event)));
    if (masks.every((truth) => truth === 'never'))
      return { gates: false, reason: `the flag is off on ${events.join(', ')}: it masks only runs that gate no change` };
  }
  return { gates: true, reason: `runs on ${events.join(', ')}` };
}

/** Names in a flag's expression that say a leg may fail: `matrix.experimental`, `matrix.allow-failure`. */
const INTENT_FLAG = /\b(experimental|allow[-_]?fail(ure|ures)?|optional|may[-_]?fail|can[-_]?fail|unstable|nightly|flaky|soft[-_]?fail)\b/i;
/** Words in a comment or a name that say a failure here is expected and accepted. */
const INTENT_WORDS =
  /\b(optional|re-?enable (it |this |them )?(later|in the future|when|once|after)|(there are |has |have )?(some |known |current )?(problems|issues) for now|(must|should|does|do|will|shall) ?(not|n't) block|never blocks?|(known|expected) (to )?(fail|failures?|failing|broken|issues?)|allowed? to fail|allow[- ]failure|may fail|can fail|(is )?fine to fail|ok(ay)? to fail|ok if (it )?fails|best[- ]effort|non[- ]?blocking|not blocking|don'?t block|do not block|experimental|informational|advisory|warn(ing)?[- ]only|(manually|intentionally|deliberately|purposely|on purpose) (disabled?|skip(ped)?|turned off)|disabled? (it |this |them )?(on purpose|intentionally|deliberately|manually)|report[- ]only|non[- ]?fatal|soft[- ]fail|ignore (the )?(failure|errors?)|failures? (is|are) (ok|okay|fine|expected|ignored))\b/i;
/** A to-do that points at a tracked issue: the failure is known and someone is on it. */
const TRACKED_TODO = /\b(TODO|FIXME)\b.*(#\d+|\bGH-\d+|\/issues\/\d+|\/pull\/\d+)/i;
// Not "flaky": a flaky check that was switched off is exactly what this tool is for.

const indentOf = (text: string): number => text.length - text.trimStart().length;
const trailingComment = (text: string): string | undefined => {
  const hash = text.search(/\s#/);
  return hash >= 0 ? text.slice(hash + 2).trim() : undefined;
};

/**
 * The comments that belong to the construct on `line`: its own trailing comment, and the comments
 * above it within its step or job (its keys, such as `name:` or `if:`, may stand between), up to
 * and including the comment block above the `- name:` or job key that opens it.
 */
function commentsAround(file: Analysable, line: number): string[] {
  const own = file.lines[line - 1];
  if (own === undefined) return [];
  const found: string[] = [];
  const trailing = trailingComment(own);
  if (trailing !== undefined) found.push(trailing);
  const indent = indentOf(own);
  let opened = false;
  for (let i = line - 2; i >= 0 && i >= line - 16; i--) {
    const text = file.lines[i]!;
    const trimmed = text.trim();
    if (trimmed.startsWith('#')) found.push(trimmed.replace(/^#+\s*/, ''));
    else if (opened || trimmed === '') break;
    else if (indentOf(text) < indent || trimmed.startsWith('- ')) {
      // The line that opens the step or job: its trailing comment and the comments just above it count too.
      const opener = trailingComment(text);
      if (opener !== undefined) found.push(opener);
      opened = true;
    } else if (indentOf(text) > indent) {
      continue;
    }
  }
  return found;
}

/** Text that says a failure is accepted; a suppression directive gives its reason to the suppression instead. */
const states = (text: string): boolean => (INTENT_WORDS.test(text) || TRACKED_TODO.test(text)) && !text.includes('silent-failure-audit:');

/** What the author said about this construct being allowed to fail, if anything. */
function statedIntent(masked: Masked): string | undefined {
  if (typeof masked.flag === 'string') {
    const match = INTENT_FLAG.exec(masked.flag);
    if (match) return `the flag is ${masked.flag.replace(/\s+/g, ' ').trim()}`;
    if (onForChosenLegs(masked.flag, masked.job)) return 'the matrix turns it on only for the legs chosen to be allowed to fail';
  }
  // A suppression comment gives its reason to the suppression, not to the severity.
  // A step inside a job that is itself allowed to fail (`continue-on-error: ${{ matrix.allow-failure }}`).
  const jobFlag = masked.noun !== 'job' ? masked.job?.continueOnError?.value : undefined;
  if (jobFlag === true || (typeof jobFlag === 'string' && (INTENT_FLAG.test(jobFlag) || /^\s*true\s*$/i.test(jobFlag))))
    return `the job itself is allowed to fail (continue-on-error: ${String(jobFlag).replace(/\s+/g, ' ').trim()})`;
  const comment = commentsAround(masked.file, masked.line).find(states);
  if (comment !== undefined) return `a comment says "${shorten(comment)}"`;
  for (const [noun, name] of [
    ['step', masked.step?.name],
    ['job', masked.job?.name ?? masked.job?.id],
  ] as const) {
    if (name !== undefined && states(name)) return `the ${noun} is named "${shorten(name)}"`;
  }
  return undefined;
}

function shorten(text: string): string {
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}

/** Words that name a measurement: its numbers are compared or published, its exit status is not the verdict. */
const MEASUREMENT = /\b(bench(mark)?s?|conformance|coverage|perf(ormance)?|profil(e|ing)|metrics?|size[- ]report|compare|comparison)\b/i;

/** A coverage, conformance or benchmark run: a measurement reported elsewhere, not the check that gates. */
function measures(masked: Masked): string | undefined {
  // "Run tests with coverage" is a test run that also measures: only a name without a check word is a measurement.
  const names = [masked.step?.name, masked.noun === 'job' ? (masked.job?.name ?? masked.job?.id) : undefined].filter(
    (name): name is string => name !== undefined,
  );
  const named = names.map((name) => name.replace(/[_-]/g, ' ')).find((name) => MEASUREMENT.test(name) && !CHECK_WORDS.test(name));
  // `cargo coverage`, `just bench`: a subcommand or target that is the measurement (not `coverage run -m pytest`).
  const target = masked.argv ? measurementWord([masked.argv]) : masked.step ? stepMeasurementWord(masked.step.commands) : undefined;
  const match = named ?? target;
  return match === undefined
    ? undefined
    : `a measurement run ("${shorten(match)}"): its figures are reported, its exit status is not the verdict`;
}

/** The first argument word of `commands` that is a measurement by itself (`coverage`, `bench`). */
function measurementWord(commands: ReadonlyArray<readonly string[]>): string | undefined {
  for (const argv of commands) {
    for (let i = 1; i < argv.length; i++) if (MEASUREMENT.test(argv[i]!) && MEASUREMENT.exec(argv[i]!)?.[0] === argv[i]) return argv[i];
  }
  return undefined;
}

/**
 * `measurementWord` of a step's commands, once per step: a finding without its own command asks it
 * of the whole step, and a step with thousands of findings asked it thousands of times (issue 16).
 */
const stepMeasurementWords = new WeakMap<ReadonlyArray<readonly string[]>, string | null>();
function stepMeasurementWord(commands: ReadonlyArray<readonly string[]>): string | undefined {
  let word = stepMeasurementWords.get(commands);
  if (word === undefined) {
    word = measurementWord(commands) ?? null;
    stepMeasurementWords.set(commands, word);
  }
  return word ?? undefined;
}

const CHECK_WORDS = /\b(tests?|testing|unit|integration|e2e|check|checks|lint|verify|build)\b/i;

/** Events that start automation (bots, labels, triage) rather than checks of a change. */
const AUTOMATION_EVENTS = new Set([
  'pull_request_target',
  'issues',
  'issue_comment',
  'discussion',
  'discussion_comment',
  'schedule',
  'workflow_dispatch',
  'workflow_run',
  'repository_dispatch',
  'release',
]);
const AUTOMATION_NAME =
  /label|triage|stale|lock|greet|welcome|assign|auto[- ]?format|suggest|backport|\bbot\b|agentic|cleanup|sync|notif|comment/i;

/**
 * A workflow that labels, triages, comments or tidies (a labeler on pull_request_target, a stale
 * bot, an agent on a schedule) tests nothing: a masked failure in it costs a missed label, not a
 * wrong verdict on a change.
 */
function automation(file: Analysable): string | undefined {
  if (file.kind !== 'workflow' || file.jobs.some((job) => isCheckKind(job.kind) && job.kindBasis === 'known')) return undefined;
  const byEvents = file.events.length > 0 && file.events.every((event) => AUTOMATION_EVENTS.has(event));
  const byName = AUTOMATION_NAME.test(`${file.name ?? ''} ${file.file.split('/').pop() ?? ''}`);
  return byEvents || byName ? 'an automation workflow (bots, labels, triage): it checks no change' : undefined;
}

/**
 * Every step of the job that could fail is continue-on-error: the author made the whole job a
 * report by design (a suggestion bot that formats and proposes the diff), not one check slipping.
 */
function wholeJobSoftFailed(masked: Masked): string | undefined {
  const job = masked.job;
  if (!job || masked.noun !== 'step' || !masked.step?.continueOnError) return undefined;
  return allWorkingStepsSoft(job) ? 'every working step of the job is continue-on-error: a report by design' : undefined;
}

/** Per job: asked for every finding of the job, it looked at every step each time (quadratic in steps). */
const allSoft = new WeakMap<Job, boolean>();

function allWorkingStepsSoft(job: Job): boolean {
  let answer = allSoft.get(job);
  if (answer === undefined) {
    const working = job.steps.filter((step) => step.kind !== 'setup' && step.kind !== 'telemetry' && step.kind !== 'cleanup');
    // The same test as the inventory's Cosmetic job: continue-on-error true on every leg.
    const soft = (step: Step) => step.continueOnError !== undefined && truthAcrossMatrix(step.continueOnError.value, job) === 'always';
    answer = working.length >= 2 && working.every(soft);
    allSoft.set(job, answer);
  }
  return answer;
}

/** The contexts a step reads, in its `if:` or any expression (env, inputs, script): `steps.build.outcome`, … */
function contextsReadBy(step: Step): readonly string[] {
  let contexts = contextsOf.get(step);
  if (!contexts) {
    contexts = contextsIn([step.if?.value], step.expressions);
    contextsOf.set(step, contexts);
  }
  return contexts;
}

const contextsOf = new WeakMap<Step, readonly string[]>();

/** A step that reads `steps.<id>.<field>` of another (`outcome`, `conclusion`, `outputs.x`, …). */
export interface StepReader {
  step: Step;
  field: string;
}

/**
 * For each step id (lower case), the steps of a list that read one of its `steps.<id>.…` contexts,
 * in order. Built once per list of steps: asking every later step for every finding was quadratic
 * (4,000 steps with continue-on-error: a minute, issue 16).
 */
export function readersByStepId(steps: readonly Step[]): Map<string, StepReader[]> {
  let readers = readersOf.get(steps);
  if (!readers) {
    readers = new Map();
    for (const step of steps) {
      const seen = new Set<string>();
      for (const context of contextsReadBy(step)) {
        const match = /^steps\.([^.]+)\.(.+)$/.exec(context);
        // `steps.<id>.<field>` once per step, however often it is read.
        if (!match || seen.has(context)) continue;
        seen.add(context);
        const reader = { step, field: match[2]! };
        const list = readers.get(match[1]!);
        if (list) list.push(reader);
        else readers.set(match[1]!, [reader]);
      }
    }
    readersOf.set(steps, readers);
  }
  return readers;
}

const readersOf = new WeakMap<readonly Step[], Map<string, StepReader[]>>();

/** A step that can fail the job on what it reads: a check, an `exit 1`, or `core.setFailed` in a script. */
function canFailOnIt(step: Step): boolean {
  if (isCheckKind(step.kind) || step.commands.some(exitsNonZero)) return true;
  const script = step.with.get('script')?.value;
  return typeof script === 'string' && /\bcore\.setFailed\s*\(|\bprocess\.exit\s*\(\s*[1-9]|\bthrow\b/.test(script);
}

/**
 * A later step that reads this step's outputs or outcome and can fail on them carries the failure
 * forward (`git diff --exit-code || echo changed=true >> $GITHUB_OUTPUT`, then a step that fails
 * on it). A step that only skips an upload when the outcome is bad carries nothing.
 */
function readByLaterStep(masked: Masked): string | undefined {
  const step = masked.step;
  if (!step?.id || masked.noun === 'job') return undefined;
  const steps = masked.job?.steps ?? (masked.file.kind === 'action' ? masked.file.steps : []);
  const later = readersByStepId(steps)
    .get(step.id.toLowerCase())
    ?.find((reader) => reader.step.index > step.index && canFailOnIt(reader.step))?.step;
  return later ? `a later step ("${shorten(later.label)}") reads its result and can fail on it` : undefined;
}

/**
 * A job that needs this one: with job-level continue-on-error it runs as if this one had passed, so
 * a publishing dependent ships the hidden failure and any other dependent builds on it.
 */
function dependents(masked: Masked): readonly Job[] {
  const { file, job } = masked;
  if (!job || file.kind !== 'workflow') return [];
  return jobsNeeding(file, job.id);
}

/** The jobs of a workflow that need the job `id`, from a table built once per workflow. */
export function jobsNeeding(file: Workflow, id: string): readonly Job[] {
  let byId = dependentsOf.get(file);
  if (!byId) {
    byId = new Map();
    for (const other of file.jobs)
      for (const needed of new Set(other.needs.map((need) => need.value))) {
        const list = byId.get(needed);
        if (list) list.push(other);
        else byId.set(needed, [other]);
      }
    dependentsOf.set(file, byId);
  }
  return byId.get(id) ?? [];
}

/** Per workflow, the jobs that need each job: asked per finding, it was a scan of every job. */
const dependentsOf = new WeakMap<Workflow, Map<string, Job[]>>();

/** The severity, confidence and reasons of a finding that hides a failure of `masked.kind`. */
export function assess(masked: Masked): Assessment {
  const reasons: string[] = [];
  const basis =
    masked.basis ??
    (masked.argv
      ? commandBasis(masked.argv)
      : masked.noun === 'job'
        ? masked.job?.kindBasis
        : (masked.step?.kindBasis ?? masked.job?.kindBasis)) ??
    'known';
  let confidence = CONFIDENCE_BY_BASIS[basis];
  // What is masked.
  let severity = SEVERITY_BY_KIND[masked.kind];
  reasons.push(`${KIND_LABEL[masked.kind]} ${masked.noun}${basis === 'named' ? ' (by its name)' : ''}`);
  if (masked.cap) {
    if (severityRank(masked.cap.severity) < severityRank(severity)) severity = masked.cap.severity;
    reasons.push(masked.cap.reason);
    if (masked.cap.uncertain) confidence = minConfidence(confidence, 'medium');
  }
  // How silent.
  if (masked.jobLevel) {
    const needing = dependents(masked);
    const publisher = needing.find((other) => other.kind === 'deploy');
    if (publisher) reasons.push(`job-level, and job "${publisher.id}" that needs it publishes: the hidden failure ships`);
    else if (needing.length > 0) reasons.push(`job-level, and job "${needing[0]!.id}" that needs it runs as if it had passed`);
    else if (masked.file.kind === 'workflow' && masked.file.neededByCallers)
      reasons.push('job-level, and a workflow that calls this one has a job that needs the calling job: it runs as if this had passed');
    else {
      severity = lowerBy(severity, 1);
      reasons.push("job-level: the job's own check is still red; only the workflow run and needs.<id>.result turn green");
    }
  } else if (masked.noun === 'step') reasons.push('step-level: the job reports success');
  // Where it runs.
  const where = whereItRuns(masked);
  reasons.push(where.reason);
  if (!where.gates) severity = lowerBy(severity, 1);
  // Whether anything reads it.
  const reader = readByLaterStep(masked);
  if (reader) {
    severity = lowerBy(severity, 1);
    reasons.push(reader);
  }
  // What kind of workflow or job it is part of.
  const byDesign = measures(masked) ?? automation(masked.file) ?? wholeJobSoftFailed(masked);
  if (byDesign && severityRank(severity) > severityRank('low')) {
    severity = 'low';
    reasons.push(byDesign);
  }
  // Stated intent: lower, never hidden.
  const intent = statedIntent(masked);
  // Said to be allowed to fail is by design: low (the severity guide's word for it), not info, since
  // the failure still goes unseen. Three blind reviews rated every such case low, not one level lower.
  if (intent) {
    if (severityRank(severity) > severityRank('low')) severity = 'low';
    reasons.push(`stated intent: ${intent}`);
  }
  return { severity, confidence, severityReasons: reasons };
}

/** A severity a rule sets itself (a structural pattern, not a masked step), with its reason. */
export function fixedSeverity(severity: Severity, ...reasons: string[]): Assessment {
  return { severity, confidence: 'high', severityReasons: reasons };
}

/** "a test step", "a deploy/publish job", "a lint/type-check command" — for messages. */
export function describeKind(kind: StepKind, noun: 'step' | 'job' | 'command'): string {
  if (kind === 'unknown') return `a ${noun}`;
  const label = KIND_LABEL[kind];
  return `${/^[aeiou]/i.test(label) ? 'an' : 'a'} ${label} ${noun}`;
}
