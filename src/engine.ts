import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { minimatch } from 'minimatch';
import { findConfig, loadConfig } from './config.js';
import type { AllowEntry, Config } from './config.js';
import { discoverFiles } from './load/discover.js';
import type { DiscoveredFile } from './load/discover.js';
import { parseYaml } from './load/parse.js';
import { buildModel } from './model/build.js';
import { classifyModel, disposeModel } from './model/facts.js';
import type { Analysable, Job, Position, Step } from './model/types.js';
import { Fingerprinter } from './fingerprint.js';
import { ALL_RULE_META, INVALID_FILE_RULE, RULES } from './rules/index.js';
import type { Category, Finding, Report, Rule, RuleMeta, Severity } from './rules/types.js';
import { CATEGORIES, severityRank } from './rules/types.js';
import { applyAllows, applyDirectives, UNUSED_SUPPRESSION_RULE } from './suppress/apply.js';
import { collectDirectives } from './suppress/inline.js';
import { BROKEN_LOCAL_REFERENCE_RULE, resolveInventory, summarize } from './inventory/inventory.js';
import type { FileSummary, InventoryEntry } from './inventory/inventory.js';

export interface AuditError {
  file: string;
  message: string;
}

export interface AuditResult {
  findings: Finding[];
  errors: AuditError[];
  inventory: InventoryEntry[];
  filesScanned: number;
  /** The config files that applied, one per PATH that had one. */
  configs: Config[];
}

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
}

/** What every finding is made of, whichever part of the engine found it. */
interface FindingSource {
  rule: RuleMeta;
  severity: Severity;
  category?: Category;
  file: string;
  pos: Position;
  message: string;
  workflow: string | null;
  job?: Job;
  step?: Step;
  snippet: string;
}

/** Applies a PATH's config to what the rules and the loader report: `off` rules, severity overrides. */
class FindingFactory {
  readonly fingerprints = new Fingerprinter();

  constructor(private readonly config: Config | null) {}

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
      file: source.file,
      line: source.pos.line,
      column: source.pos.column,
      endLine: source.pos.endLine,
      endColumn: source.pos.endColumn,
      message: source.message,
      workflow: source.workflow,
      job: source.job?.id ?? null,
      step: source.step?.label ?? null,
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
        const finding = factory.make({
          rule: rule.meta,
          severity: report.severity,
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

interface FileOutcome {
  findings: Finding[];
  model?: Analysable;
  error?: AuditError;
  /** The file's part of the inventory, for files that could be analysed. */
  summary?: FileSummary;
  /** Why GitHub cannot run the file, for files that could not. */
  problem?: string;
}

async function auditFile(
  file: DiscoveredFile,
  rules: readonly Rule[],
  factory: FindingFactory,
  exists: (file: string) => boolean,
): Promise<FileOutcome> {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file.absolute);
  } catch (error) {
    return {
      findings: [],
      error: { file: file.relative, message: `cannot read file: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}` },
    };
  }
  const parsed = parseYaml(bytes);
  let problems = parsed.problems;
  let model: Analysable | undefined;
  if (parsed.doc && problems.length === 0) {
    const built = buildModel(file.relative, file.kind, parsed.doc, parsed.lineCounter, parsed.text);
    problems = built.problems;
    model = built.model;
  }
  const workflow = model?.name ?? file.relative;
  const findings = problems.flatMap((problem) => {
    const finding = factory.make({
      rule: INVALID_FILE_RULE,
      // GitHub refuses such a file loudly (a failed run), so it is not silent — but nothing in it is checked.
      severity: 'medium',
      file: file.relative,
      pos: problem.pos,
      message: `${problem.message} — GitHub will not run this ${file.kind}, and nothing else in it was checked.`,
      workflow,
      snippet: problem.message,
    });
    return finding ? [finding] : [];
  });
  const analysed = model && problems.length === 0 ? model : undefined;
  let summary: FileSummary | undefined;
  try {
    if (analysed) {
      await classifyModel(analysed);
      findings.push(...runRules(analysed, rules, factory));
      summary = summarize(analysed, exists);
    }
    const directives = collectDirectives(parsed.text, parsed.lineCounter, analysed);
    for (const issue of applyDirectives(findings, directives, SUPPRESSIBLE_NAMES, (name) => factory.isOff(name))) {
      const finding = factory.make({ ...issue, severity: 'info', file: file.relative, workflow });
      if (finding) findings.push(finding);
    }
  } finally {
    if (analysed) disposeModel(analysed);
  }
  return { findings, model, summary, problem: problems[0]?.message };
}

/** The config of one PATH: the one given for all, else the PATH's own file, else none. */
function configFor(root: string, options: AuditOptions): Config | null {
  if (options.config !== undefined) return options.config;
  const file = findConfig(root);
  return file ? loadConfig(file) : null;
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
    entry: {
      file: file.relative,
      kind: file.kind,
      name: outcome.model?.name ?? null,
      events: outcome.model?.kind === 'workflow' ? outcome.model.events : [],
      runsOn: 'never: GitHub cannot run it',
      firing: null,
      filters: [],
      jobs: [],
      calledBy: [],
      signal: 'Disabled',
      reason: `GitHub cannot run it: ${outcome.problem ?? 'invalid file'}`,
      findings: 0,
    },
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
      file,
      pos: { line: entry.line, column: entry.column, endLine: entry.line, endColumn: entry.column },
      message,
      workflow: null,
      snippet: `${message} ${entry.reason}`,
    });
    return finding ? [finding] : [];
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
  const result: AuditResult = { findings: [], errors: [], inventory: [], filesScanned: 0, configs: [] };
  for (const root of paths.length > 0 ? paths : ['.']) {
    const config = configFor(root, options);
    if (config && !result.configs.includes(config)) result.configs.push(config);
    const discovered = discoverFiles(root);
    result.errors.push(...discovered.errors);
    const factory = new FindingFactory(config);
    const rootFindings: Finding[] = [];
    const summaries: FileSummary[] = [];
    const files = discovered.files.filter((file) => discovered.single || selected(file.relative, config));
    const audited = new Set(files.map((file) => file.relative));
    const exists = (relative: string): boolean => audited.has(relative);
    for (const file of files) {
      result.filesScanned++;
      const outcome = await auditFile(file, rules, factory, exists);
      if (outcome.error) result.errors.push(outcome.error);
      rootFindings.push(...outcome.findings);
      if (outcome.summary) summaries.push(outcome.summary);
      else if (!outcome.error) summaries.push(unrunnable(file, outcome));
    }
    const unused = config && config.allow.length > 0 ? applyAllows(rootFindings, config.allow) : [];
    const complete = options.complete ?? (!discovered.single && existsSync(path.join(root, '.git')));
    const { inventory, broken } = resolveInventory(summaries, rootFindings, complete);
    const brokenFindings = broken.flatMap((reference) => {
      const finding = factory.make({ rule: BROKEN_LOCAL_REFERENCE_RULE, workflow: null, ...reference, job: undefined });
      return finding ? [{ ...finding, job: reference.job }] : [];
    });
    rootFindings.push(...brokenFindings);
    if (config && config.allow.length > 0) {
      const stillUnused = new Set(applyAllows(brokenFindings, config.allow));
      rootFindings.push(
        ...unusedAllowFindings(
          root,
          config,
          unused.filter((entry) => stillUnused.has(entry)),
          factory,
        ),
      );
    }
    result.inventory.push(...inventory);
    result.findings.push(...rootFindings);
  }
  result.findings.sort(compareFindings);
  return result;
}
