import { existsSync, statSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { calleeKindFor, calleeKinds, workflowsNeededByCallers } from './model/callers.js';
import type { CalledKind, CalleeKinds, ReadAhead } from './model/callers.js';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { minimatch } from 'minimatch';
import { findConfig, loadConfig } from './config.js';
import type { AllowEntry, Config } from './config.js';
import { discoverFiles, isAuditedPath } from './load/discover.js';
import type { DiscoveredFile } from './load/discover.js';
import { parseYaml } from './load/parse.js';
import type { ParsedYaml, Problem } from './load/parse.js';
import type { LineCounter } from 'yaml';
import { InputFileError, readInputFile } from './load/read.js';
import { buildModel } from './model/build.js';
import { classifyModel, disposeModel } from './model/facts.js';
import type { Analysable, Job, Position } from './model/types.js';
import { Fingerprinter } from './fingerprint.js';
import type { StepIdentity } from './fingerprint.js';
import { workflowLayout } from './evidence/layout.js';
import type { WorkflowLayout } from './evidence/layout.js';
import { EVIDENCE_RULE_IDS } from './evidence/analyse.js';
import type { Analysis } from './evidence/analyse.js';
import { ALL_RULE_META, INVALID_FILE_RULE, RULES } from './rules/index.js';
import type { Category, Confidence, Finding, Report, Rule, RuleMeta, Severity } from './rules/types.js';
import { CATEGORIES, severityRank } from './rules/types.js';
import { assess } from './rules/severity.js';
import { applyAllows, applyDirectives, UNUSED_SUPPRESSION_RULE } from './suppress/apply.js';
import { collectDirectives } from './suppress/inline.js';
import type { Directive } from './suppress/inline.js';
import { BROKEN_LOCAL_REFERENCE_RULE, classifyInventory, inventoryEntry, linkReferences, summarize } from './inventory/inventory.js';
import type { FileSummary, InventoryEntry } from './inventory/inventory.js';
import { pushAll } from './arrays.js';
import { workerThreads } from './builtins.js';
import { clip, MESSAGE_LIMIT } from './clip.js';

export interface AuditError {
  file: string;
  message: string;
  /** The analysis itself failed on the file (not its reading): nothing in it was checked, so a gate must not pass. */
  internal?: boolean;
}

/** A finding the change hides: it is new, and a suppression, ignore, allow or `off` the change adds keeps it quiet. */
export interface HiddenFinding {
  finding: Finding;
  /** How it is hidden, for the summary: "inline suppression", "config ignore", … */
  how: string;
  reason: string | null;
}

export interface AuditResult {
  findings: Finding[];
  /** On a change compared with its base: the findings that the change itself hides (Action only). */
  hiddenByChange?: HiddenFinding[];
  errors: AuditError[];
  inventory: InventoryEntry[];
  filesScanned: number;
  /**
   * The PATHs in which no file was audited although nothing failed to be read: no workflow or action
   * file there, or the config's `paths`/`ignore` left none. What that means (an error, or an empty
   * tree that is expected) is the caller's to say.
   */
  emptyPaths?: Array<{ path: string; discovered: number }>;
  /** The config files that applied, one per PATH that had one. */
  configs: Config[];
  /** With `--evidence`: what was read of the repository's runs, and whether that is all of it. */
  evidence?: EvidenceSummary;
}

/** The top-level `evidence` of the JSON report (docs/evidence.md). */
export interface EvidenceSummary {
  repository: string;
  branch: string;
  /** Completed runs asked for per workflow (`--runs`). */
  runsPerWorkflow: number;
  /** Workflows whose runs were read. */
  workflows: number;
  /** HTTP requests sent to the API and the log storage, and the budget (`--max-requests`). */
  requests: number;
  maxRequests: number;
  /** Whether something was left unread (the budget, a refusal, an error): then `reason` says what. */
  partial: boolean;
  reason: string | null;
  /** What could not be read and why (a 403 without `actions: read`, …). */
  notices: string[];
}

/**
 * Reads the repository's runs for one PATH, given its static findings (before suppression) and the
 * layout of its workflows, and says what they show (src/evidence/).
 */
export type EvidenceSource = (input: {
  root: string;
  findings: readonly Finding[];
  layouts: readonly WorkflowLayout[];
}) => Promise<{ analysis: Analysis; summary: EvidenceSummary }>;

export interface AuditOptions {
  rules?: readonly Rule[];
  /**
   * The config for every PATH; `null` for none. When not given, each directory PATH's own
   * `.github/silent-failure-audit.yml` is read (a `ConfigError` is thrown when it is invalid).
   */
  config?: Config | null;
  /**
   * Whether each PATH holds a whole repository, so that a local reusable workflow or action that
   * is not there is missing. Default: the PATH has a `.git`. Given when auditing a copy of a commit.
   */
  complete?: boolean;
  /** Worker threads to audit files in, for 64 files or more (default: one per core, at most 4; 1: this thread). */
  jobs?: number;
  /**
   * Paths (relative to the PATH) that exist though they are not there to audit — the unchanged files
   * of a partial checkout of a base commit — so that local references to them still resolve.
   */
  present?: ReadonlySet<string>;
  /** Reads the repository's runs and attaches what they show (`--evidence`); one PATH only. */
  evidence?: EvidenceSource;
}

/** What every finding is made of, whichever part of the engine found it. */
interface FindingSource {
  rule: RuleMeta;
  severity: Severity;
  confidence?: Confidence;
  severityReasons?: string[];
  category?: Category;
  file: string;
  pos: Position;
  message: string;
  workflow: string | null;
  job?: Pick<Job, 'id'>;
  step?: StepIdentity & { label: string };
  snippet: string;
}

/**
 * A string made of pieces (`${a} ${b}`) is a tree of them until something reads it whole: V8 then
 * copies it into one run of characters, and the collector drops the pieces. A finding's message is
 * read only when the report is written, so 80,000 findings kept 80,000 trees of 5–8 pieces (about
 * twice the message's size) through the audit (issue 16). Reading one character flattens it now.
 */
function flattened(text: string): string {
  text.charCodeAt(0);
  return text;
}

/** Severity reasons kept once each, at most this many distinct ones (they name jobs, so they are not a fixed set). */
const SHARED_REASONS = 10_000;

/** Applies a PATH's config to what the rules and the loader report: `off` rules, severity overrides. */
class FindingFactory {
  readonly fingerprints = new Fingerprinter();
  /** Reasons repeat across findings ("test command", "runs on pull_request"): one string for each. */
  private readonly reasons = new Map<string, string>();

  constructor(private readonly config: Config | null) {}

  private shared(reason: string): string {
    const known = this.reasons.get(reason);
    if (known !== undefined) return known;
    if (this.reasons.size < SHARED_REASONS) this.reasons.set(reason, flattened(reason));
    return reason;
  }

  isOff(ruleId: string): boolean {
    return this.config?.rules.get(ruleId) === 'off';
  }

  make(source: FindingSource): Finding | undefined {
    const level = this.config?.rules.get(source.rule.id);
    if (level === 'off') return undefined;
    return {
      ruleId: source.rule.id,
      category: source.category ?? source.rule.category,
      severity: level ?? source.severity,
      confidence: source.confidence ?? 'high',
      severityReasons: [...(source.severityReasons ?? []), ...(level ? [`set to ${level} by the config`] : [])].map((reason) =>
        this.shared(reason),
      ),
      file: source.file,
      line: source.pos.line,
      column: source.pos.column,
      endLine: source.pos.endLine,
      endColumn: source.pos.endColumn,
      // Names and messages carry user-controlled text (a 1 MB workflow name, copied into every finding): bounded.
      message: flattened(clip(source.message, MESSAGE_LIMIT)),
      workflow: source.workflow === null ? null : clip(source.workflow),
      job: source.job ? clip(source.job.id) : null,
      step: source.step ? clip(source.step.label) : null,
      fingerprint: this.fingerprints.fingerprint({
        ruleId: source.rule.id,
        file: source.file,
        job: source.job?.id,
        step: source.step,
        snippet: source.snippet,
      }),
      new: true,
      suppressed: false,
      suppression: null,
    };
  }
}

function runRules(model: Analysable, rules: readonly Rule[], factory: FindingFactory): Finding[] {
  const findings: Finding[] = [];
  const workflow = model.name ?? model.file;
  for (const rule of rules) {
    if (factory.isOff(rule.meta.id)) continue;
    rule.check({
      file: model,
      report(report: Report) {
        const graded = report.masked
          ? assess({ ...report.masked, file: model, job: report.job, step: report.step, line: report.pos.line })
          : { severity: report.severity ?? 'medium', confidence: report.confidence, severityReasons: report.severityReasons };
        const finding = factory.make({
          rule: rule.meta,
          ...graded,
          category: report.category,
          file: model.file,
          pos: report.pos,
          message: report.message,
          workflow,
          job: report.job,
          step: report.step,
          snippet: report.snippet ?? report.message,
        });
        if (finding) findings.push(finding);
      },
    });
  }
  return findings;
}

/** Rule ids and categories: what a suppression may name. */
const SUPPRESSIBLE_NAMES: ReadonlySet<string> = new Set([...ALL_RULE_META.map((meta) => meta.id), ...CATEGORIES]);

/** What auditing one file yields; plain data, so that a worker thread can send it back. */
interface FileOutcome {
  findings: Finding[];
  /** Its suppression comments, applied once the findings across files are known. */
  directives: Directive[];
  /** The name findings in it carry. */
  workflow: string;
  /** The model's name and events, for the inventory entry of a file that cannot run. */
  name?: string;
  events?: string[];
  error?: AuditError;
  /** The file's part of the inventory, for files that could be analysed. */
  summary?: FileSummary;
  /** Why GitHub cannot run the file, for files that could not. */
  problem?: string;
  /** A workflow's jobs and steps, for the evidence. */
  layout?: WorkflowLayout;
}

/**
 * Audits one file; an unexpected exception in the analysis becomes an error naming the file, so one
 * file the tool cannot handle never costs the audit of the others.
 */
async function auditFileSafely(
  file: DiscoveredFile,
  rules: readonly Rule[],
  factory: FindingFactory,
  others: OtherFiles,
): Promise<FileOutcome> {
  try {
    return await auditFile(file, rules, factory, others);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      findings: [],
      directives: [],
      workflow: file.relative,
      error: { file: file.relative, message: clip(`internal error while analysing this file: ${message}`, MESSAGE_LIMIT), internal: true },
    };
  }
}

/** What the audit of one file may know of the others: which exist, and which callers need (model/callers.ts). */
interface OtherFiles {
  exists: (file: string) => boolean;
  neededByCallers: ReadonlySet<string>;
  /** What the local reusable workflows that their names do not explain do (model/callers.ts). */
  calleeKinds: CalleeKinds;
  /** What the look-ahead already read and parsed (this thread only); an entry is taken when its file is audited. */
  readAhead?: Map<DiscoveredFile, ReadAhead>;
  /** Whether evidence is read, which needs each workflow's layout (src/evidence/layout.ts). */
  layouts: boolean;
}

/**
 * Files from this size on get a full garbage collection after their YAML is parsed and again once
 * the document is dropped. yaml's syntax tree of a 3 MB file is hundreds of MB that are garbage
 * as soon as the document is composed, and the document is garbage once the model is built; V8
 * collects them only when the heap reaches a limit it set while they were alive, so the next
 * phases ran in a heap of that size: `needs-chain` at 8× (3.3 MB) peaked at 650–790 MB RSS
 * without these two collections and 465 MB with them (issue 16). Each takes 0.1–0.3 s on such a
 * file; no real workflow comes near this size, so the corpus never pays it.
 */
const COLLECT_AFTER_BYTES = 1024 * 1024;

let fullCollection: (() => void) | null | undefined;

/**
 * A full garbage collection after a phase of a file of COLLECT_AFTER_BYTES or more; nothing for a
 * smaller one. Node offers `gc()` only under `--expose-gc`; a context created after the flag is set
 * has it (the way jest's leak detector gets it). Where that does not work, nothing is collected: it
 * only lowers the peak.
 */
function collectAfterLargeFile(bytes: Buffer): void {
  if (bytes.length < COLLECT_AFTER_BYTES) return;
  if (fullCollection === undefined) {
    try {
      setFlagsFromString('--expose-gc');
      const gc: unknown = runInNewContext('typeof gc === "function" ? gc : null');
      fullCollection = typeof gc === 'function' ? (gc as () => void) : null;
    } catch {
      fullCollection = null;
    }
  }
  fullCollection?.();
}

/**
 * Parses a file and builds its model. The YAML document is dropped when this returns: the model
 * holds what the rules need, and keeping the document through the rules doubled what a large
 * workflow held in memory (issue 16).
 */
function parseAndBuild(
  file: DiscoveredFile,
  bytes: Buffer,
  parsedAhead: ParsedYaml | undefined,
): { text: string; lineCounter: LineCounter; problems: Problem[]; model: Analysable | undefined } {
  const parsed = parsedAhead ?? parseYaml(bytes);
  collectAfterLargeFile(bytes);
  if (!parsed.doc || parsed.problems.length > 0)
    return { text: parsed.text, lineCounter: parsed.lineCounter, problems: parsed.problems, model: undefined };
  const built = buildModel(file.relative, file.kind, parsed.doc, parsed.lineCounter, parsed.text);
  return { text: parsed.text, lineCounter: parsed.lineCounter, problems: built.problems, model: built.model };
}

async function auditFile(file: DiscoveredFile, rules: readonly Rule[], factory: FindingFactory, others: OtherFiles): Promise<FileOutcome> {
  const ahead = others.readAhead?.get(file);
  others.readAhead?.delete(file);
  let bytes: Buffer;
  try {
    bytes = ahead?.bytes ?? readInputFile(file.bytes ?? file.absolute);
  } catch (error) {
    const why = error instanceof InputFileError ? (error.code ?? error.message) : (error as Error).message;
    return { findings: [], directives: [], workflow: file.relative, error: { file: file.relative, message: `cannot read file: ${why}` } };
  }
  const { text, lineCounter, problems, model } = parseAndBuild(file, bytes, ahead?.parsed);
  collectAfterLargeFile(bytes);
  if (model?.kind === 'workflow') model.neededByCallers = others.neededByCallers.has(file.relative);
  const workflow = model?.name ?? file.relative;
  const findings = problems.flatMap((problem) => {
    // GitHub refuses such a file loudly (a failed run), so it is not silent — but nothing in it is
    // checked. Where the tool stopped on its own bounds (aliases expanded past them), GitHub may run
    // the file unchecked: that blocks, like a script the readers could not read.
    const finding = factory.make({
      rule: INVALID_FILE_RULE,
      severity: problem.unanalysed ? 'high' : 'medium',
      severityReasons: [
        problem.unanalysed
          ? 'the audit stopped at its own bounds: GitHub may run this file, and nothing in it was checked'
          : 'GitHub refuses the file with a failed run, but nothing in it is checked',
      ],
      file: file.relative,
      pos: problem.pos,
      message: problem.unanalysed
        ? `${problem.message} — the audit does not expand it further, so nothing else in this ${file.kind} was checked; GitHub may still run it.`
        : `${problem.message} — GitHub will not run this ${file.kind}, and nothing else in it was checked.`,
      workflow,
      snippet: problem.message,
    });
    return finding ? [finding] : [];
  });
  const analysed = model && problems.length === 0 ? model : undefined;
  let summary: FileSummary | undefined;
  let directives: Directive[] = [];
  let layout: WorkflowLayout | undefined;
  try {
    if (analysed) {
      await classifyModel(analysed, others.calleeKinds.size > 0 ? calleeKindFor(others.calleeKinds, file.relative) : undefined);
      pushAll(findings, runRules(analysed, rules, factory));
      summary = summarize(analysed, others.exists);
      if (others.layouts && analysed.kind === 'workflow') layout = workflowLayout(analysed);
    }
    directives = collectDirectives(text, lineCounter, analysed);
  } finally {
    if (analysed) disposeModel(analysed);
  }
  // The tree and model of a large file are garbage now; collect them before the next file and the report.
  collectAfterLargeFile(bytes);
  return {
    findings,
    directives,
    workflow,
    name: model?.name,
    events: model?.kind === 'workflow' ? model.events : undefined,
    summary,
    problem: problems[0]?.message,
    ...(layout ? { layout } : {}),
  };
}

/**
 * Whether the entry point turned V8's optimising compiler (TurboFan) off. On a short run its
 * background compiles cost more than they save: without it, a push on PyTorch (61 files) takes
 * 0.86 s of CPU instead of 1.30 s on Node 20 and 0.82 s instead of 0.94 s on Node 24, and the CLI
 * on the largest corpus repository (158 files, 0.6 MB) 2.3 s instead of 3.7 s. On the whole corpus
 * (6 MB) it pays off again (docs/performance.md), so a large input turns it back on.
 */
let optimiserOff = false;

/**
 * Input past which the optimising compiler is turned back on: in all, more than any one real
 * repository's workflows; or one file larger than all but one of the corpus's 1,325 (a long script,
 * whose per-line work it repays: 4,000 `run:` lines took 4.8 s without it, 3.0 s with it).
 */
const LONG_RUN_BYTES = 2 * 1024 * 1024;
const LONG_FILE_BYTES = 128 * 1024;

/** For the entry points (never a library user's process): starts without the optimising compiler. */
export function preferQuickStart(): void {
  setFlagsFromString('--no-turbofan');
  optimiserOff = true;
}

/** Turns the optimising compiler back on when the files to audit are large enough to repay it. */
function expectLongRun(files: readonly DiscoveredFile[]): void {
  if (!optimiserOff) return;
  let bytes = 0;
  for (const file of files) {
    let size = 0;
    try {
      size = statSync(file.bytes ? Buffer.from(file.bytes) : file.absolute).size;
    } catch {
      // unreadable: reported by the audit
    }
    bytes += size;
    if (bytes > LONG_RUN_BYTES || size > LONG_FILE_BYTES) {
      setFlagsFromString('--turbofan');
      optimiserOff = false;
      return;
    }
  }
}

const WORKER_TAG = 'silent-failure-audit:audit-worker';

/** Below this many files, starting worker threads costs more than it saves. */
const PARALLEL_THRESHOLD = 64;

/** Files a worker is sent at a time: small enough to balance, large enough not to chatter. */
const WORKER_BATCH = 16;

/**
 * Worker threads unless --jobs says otherwise: one per core, at most 4. Each compiles the bundle and
 * the grammar cold (about 1 s of CPU on the corpus, docs/performance.md), which pays off only on
 * large inputs: hence PARALLEL_THRESHOLD.
 */
const DEFAULT_JOBS = Math.min(availableParallelism(), 4);

function workerCount(options: AuditOptions, files: number): number {
  // Custom rules cannot be sent to a worker; from TypeScript sources (the tests) there is no bundle to start.
  if (options.rules || files < PARALLEL_THRESHOLD || !import.meta.url.endsWith('.js')) return 1;
  const requested = options.jobs ?? DEFAULT_JOBS;
  return Math.max(1, Math.min(requested, Math.ceil(files / WORKER_BATCH)));
}

/**
 * Audits files in worker threads that run this same bundle, each with its own parser; outcomes come
 * back in file order, so the result is the one a single thread gives. Fingerprints do not depend on
 * which thread made them: their occurrence counters are per file.
 */
async function auditInWorkers(
  files: readonly DiscoveredFile[],
  config: Config | null,
  audited: string[],
  shared: { neededByCallers: string[]; calleeKinds: Array<[string, CalledKind]>; layouts: boolean },
  count: number,
): Promise<FileOutcome[]> {
  const outcomes: FileOutcome[] = new Array<FileOutcome>(files.length);
  let next = 0;
  const run = (): Promise<void> =>
    new Promise((resolve, reject) => {
      const worker = new (workerThreads().Worker)(new URL(import.meta.url), {
        // The tag tells the worker what it is before `node:worker_threads` is loaded (builtins.ts).
        argv: [WORKER_TAG],
        workerData: { config, audited, ...shared },
      });
      const send = (): void => {
        if (next >= files.length) {
          void worker.terminate().then(() => resolve(), reject);
          return;
        }
        const start = next;
        next = Math.min(files.length, next + WORKER_BATCH);
        worker.postMessage({ start, files: files.slice(start, next) });
      };
      worker.on('message', (message: { start: number; outcomes: FileOutcome[] }) => {
        message.outcomes.forEach((outcome, i) => (outcomes[message.start + i] = outcome));
        send();
      });
      worker.on('error', reject);
      send();
    });
  await Promise.all(Array.from({ length: count }, run));
  return outcomes;
}

/**
 * In a worker thread started by `auditInWorkers`, serves audit requests and returns true; the entry
 * points call it first and do nothing else when it does. Elsewhere returns false.
 */
export function serveAuditWorker(): boolean {
  if (!process.argv.includes(WORKER_TAG)) return false;
  const { isMainThread, parentPort, workerData } = workerThreads();
  const data = workerData as
    | {
        config: Config | null;
        audited: string[];
        neededByCallers: string[];
        calleeKinds: Array<[string, CalledKind]>;
        layouts: boolean;
      }
    | undefined;
  if (isMainThread || !parentPort || !data) return false;
  const port = parentPort;
  const factory = new FindingFactory(data.config);
  const audited = new Set(data.audited);
  const others: OtherFiles = {
    exists: (relative) => audited.has(relative),
    neededByCallers: new Set(data.neededByCallers),
    calleeKinds: new Map(data.calleeKinds),
    layouts: data.layouts,
  };
  port.on('message', async (message: { start: number; files: DiscoveredFile[] }) => {
    const outcomes: FileOutcome[] = [];
    for (const file of message.files) outcomes.push(await auditFileSafely(file, RULES, factory, others));
    port.postMessage({ start: message.start, outcomes });
  });
  return true;
}

/** Applies each file's suppression comments to its findings, and reports the comments that are wrong or unused. */
function applyInline(
  findings: readonly Finding[],
  files: ReadonlyMap<string, FileOutcome>,
  factory: FindingFactory,
  /** Rules this run could not have reported (see `unreadRule` in audit): a suppression of one is not unused. */
  unread: (rule: string) => boolean,
): Finding[] {
  if (files.size === 0) return [];
  const byFile = new Map<string, Finding[]>();
  for (const finding of findings) {
    if (!files.has(finding.file)) continue;
    const list = byFile.get(finding.file);
    if (list) list.push(finding);
    else byFile.set(finding.file, [finding]);
  }
  const issues: Finding[] = [];
  for (const [file, outcome] of files) {
    for (const issue of applyDirectives(
      byFile.get(file) ?? [],
      outcome.directives,
      SUPPRESSIBLE_NAMES,
      (name) => factory.isOff(name) || unread(name),
    )) {
      const finding = factory.make({
        ...issue,
        severity: 'info',
        severityReasons: ['a suppression comment, not a silent failure'],
        file,
        workflow: outcome.workflow,
      });
      if (finding) issues.push(finding);
    }
  }
  return issues;
}

/** The config of one PATH: the one given for all, else the PATH's own file, else none. */
function configFor(root: string, options: AuditOptions): Config | null {
  if (options.config !== undefined) return options.config;
  const file = findConfig(root);
  return file ? loadConfig(file, { within: root }) : null;
}

/** `paths` and `ignore` of the config, over paths relative to a directory PATH. */
function selected(relative: string, config: Config | null): boolean {
  if (!config) return true;
  const match = (glob: string): boolean => minimatch(relative, glob, { dot: true });
  if (config.paths && !config.paths.some(match)) return false;
  return !config.ignore?.some(match);
}

/** The inventory entry of a file GitHub cannot run: it is Disabled, whatever it says. */
function unrunnable(file: DiscoveredFile, outcome: FileOutcome): FileSummary {
  return {
    entry: inventoryEntry({
      file: file.relative,
      kind: file.kind,
      name: outcome.name ?? null,
      events: outcome.events ?? [],
      runsOn: 'never: GitHub cannot run it',
      signal: 'Disabled',
      reason: `GitHub cannot run it: ${outcome.problem ?? 'invalid file'}`,
    }),
    references: new Map(),
    own: new Map(),
    fixed: true,
  };
}

/** Config allow entries that matched nothing are reported at their line in the config file. */
function unusedAllowFindings(root: string, config: Config, unused: readonly AllowEntry[], factory: FindingFactory): Finding[] {
  const file = path.relative(path.resolve(root), config.absolute).split(path.sep).join('/');
  return unused.flatMap((entry) => {
    const what = [entry.rule, entry.category, entry.path, entry.job, entry.step].filter((part) => part !== undefined).join(' / ');
    const message = `allow entry (${what}) matches no finding: remove it, or correct its rule, path, job or step`;
    const finding = factory.make({
      rule: UNUSED_SUPPRESSION_RULE,
      severity: 'info',
      severityReasons: ['a config entry, not a silent failure'],
      file,
      pos: { line: entry.line, column: entry.column, endLine: entry.line, endColumn: entry.column },
      message,
      workflow: null,
      snippet: `${message} ${entry.reason}`,
    });
    return finding ? [finding] : [];
  });
}

/**
 * Attaches what the runs showed to the static findings — raising a check's observed masked failure
 * to high unless the config set the rule's severity — and makes the findings only the runs show.
 */
function applyEvidence(analysis: Analysis, factory: FindingFactory, config: Config | null): Finding[] {
  for (const { finding, evidence, raiseTo, reason } of analysis.attachments) {
    finding.evidence = evidence;
    if (raiseTo && !config?.rules.has(finding.ruleId) && severityRank(raiseTo) > severityRank(finding.severity)) finding.severity = raiseTo;
    finding.severityReasons.push(reason);
  }
  return analysis.reports.flatMap(({ evidence, ...report }) => {
    const finding = factory.make(report);
    return finding ? [{ ...finding, evidence }] : [];
  });
}

const compareFindings = (a: Finding, b: Finding): number =>
  a.file < b.file
    ? -1
    : a.file > b.file
      ? 1
      : a.line - b.line ||
        a.column - b.column ||
        severityRank(b.severity) - severityRank(a.severity) ||
        (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0);

/**
 * Audits every workflow and composite action under the given paths (DESIGN §4), with each PATH's
 * config applied: severities, `off` rules, `paths`/`ignore`, allow entries and inline suppressions.
 */
export async function audit(paths: readonly string[], options: AuditOptions = {}): Promise<AuditResult> {
  const rules = options.rules ?? RULES;
  // An evidence rule reports only from runs: a suppression or allow entry naming one cannot be used
  // on a run that read none, so it is not unused.
  const unreadRule = (rule: string): boolean => options.evidence === undefined && EVIDENCE_RULE_IDS.has(rule);
  const result: AuditResult = { findings: [], errors: [], inventory: [], filesScanned: 0, emptyPaths: [], configs: [] };
  for (const root of paths.length > 0 ? paths : ['.']) {
    const config = configFor(root, options);
    if (config && !result.configs.includes(config)) result.configs.push(config);
    const discovered = discoverFiles(root);
    // A file the config leaves out is not audited, so it cannot fail to be read either.
    for (const error of discovered.errors) if (!isAuditedPath(error.file) || selected(error.file, config)) result.errors.push(error);
    const factory = new FindingFactory(config);
    const rootFindings: Finding[] = [];
    const summaries: FileSummary[] = [];
    const files = discovered.files.filter((file) => discovered.single || selected(file.relative, config));
    if (files.length === 0 && discovered.errors.length === 0) result.emptyPaths!.push({ path: root, discovered: discovered.files.length });
    const audited = new Set(files.map((file) => file.relative));
    const exists = (relative: string): boolean => audited.has(relative) || (options.present?.has(relative) ?? false);
    const directivesByFile = new Map<string, FileOutcome>();
    expectLongRun(files);
    const workers = workerCount(options, files.length);
    // In this thread, the audit takes what the look-ahead read and parsed instead of doing it again.
    const lookAhead = workflowsNeededByCallers(files, { keep: workers === 1 });
    const { needed: neededByCallers, read: readAhead } = lookAhead;
    const callees = await calleeKinds(lookAhead);
    const others: OtherFiles = { exists, neededByCallers, calleeKinds: callees, readAhead, layouts: options.evidence !== undefined };
    const layouts: WorkflowLayout[] = [];
    const outcomes =
      workers > 1
        ? await auditInWorkers(
            files,
            config,
            [...audited],
            { neededByCallers: [...neededByCallers], calleeKinds: [...callees], layouts: others.layouts },
            workers,
          )
        : undefined;
    for (const [index, file] of files.entries()) {
      result.filesScanned++;
      const outcome = outcomes?.[index] ?? (await auditFileSafely(file, rules, factory, others));
      if (outcome.directives.length > 0) directivesByFile.set(file.relative, outcome);
      if (outcome.error) result.errors.push(outcome.error);
      pushAll(rootFindings, outcome.findings);
      if (outcome.layout) layouts.push(outcome.layout);
      if (outcome.summary) summaries.push(outcome.summary);
      else if (!outcome.error) summaries.push(unrunnable(file, outcome));
    }
    const complete = options.complete ?? (!discovered.single && existsSync(path.join(root, '.git')));
    // Broken references are findings that comments and allow entries may suppress; the classification
    // comes after every suppression is applied.
    const broken = linkReferences(summaries, complete);
    const brokenFindings = broken.flatMap((reference) => {
      const finding = factory.make({
        rule: BROKEN_LOCAL_REFERENCE_RULE,
        workflow: null,
        ...reference,
        severityReasons: [
          reference.severity === 'medium'
            ? 'GitHub refuses to run the workflow'
            : 'the step fails loudly when it gets there, unless an earlier step makes the action',
        ],
        job: undefined,
      });
      return finding ? [{ ...finding, job: reference.job === null ? null : clip(reference.job) }] : [];
    });
    pushAll(rootFindings, brokenFindings);
    if (options.evidence) {
      const { analysis, summary } = await options.evidence({ root, findings: rootFindings, layouts });
      pushAll(rootFindings, applyEvidence(analysis, factory, config));
      result.evidence = summary;
    }
    pushAll(rootFindings, applyInline(rootFindings, directivesByFile, factory, unreadRule));
    if (config && config.allow.length > 0)
      pushAll(
        rootFindings,
        unusedAllowFindings(
          root,
          config,
          applyAllows(rootFindings, config.allow).filter((entry) => entry.rule === undefined || !unreadRule(entry.rule)),
          factory,
        ),
      );
    pushAll(result.inventory, classifyInventory(summaries, rootFindings));
    pushAll(result.findings, rootFindings);
  }
  result.findings.sort(compareFindings);
  return result;
}
