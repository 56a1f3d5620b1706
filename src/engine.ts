import { readFileSync } from 'node:fs';
import { discoverFiles } from './load/discover.js';
import type { DiscoveredFile } from './load/discover.js';
import { parseYaml } from './load/parse.js';
import { buildModel } from './model/build.js';
import { classifyModel, disposeModel } from './model/facts.js';
import type { Analysable } from './model/types.js';
import { Fingerprinter } from './fingerprint.js';
import { INVALID_FILE_RULE, RULES } from './rules/index.js';
import type { Finding, Report, Rule } from './rules/types.js';
import { severityRank } from './rules/types.js';

export interface AuditError {
  file: string;
  message: string;
}

export interface InventoryEntry {
  file: string;
  kind: 'workflow' | 'action';
  name: string | null;
  events: string[];
  jobs: string[];
  findings: number;
}

export interface AuditResult {
  findings: Finding[];
  errors: AuditError[];
  inventory: InventoryEntry[];
  filesScanned: number;
}

export interface AuditOptions {
  rules?: readonly Rule[];
}

function runRules(model: Analysable, rules: readonly Rule[], fingerprints: Fingerprinter): Finding[] {
  const findings: Finding[] = [];
  const workflow = model.name ?? model.file;
  for (const rule of rules) {
    rule.check({
      file: model,
      report(report: Report) {
        findings.push({
          ruleId: rule.meta.id,
          category: report.category ?? rule.meta.category,
          severity: report.severity,
          file: model.file,
          line: report.pos.line,
          column: report.pos.column,
          endLine: report.pos.endLine,
          endColumn: report.pos.endColumn,
          message: report.message,
          workflow,
          job: report.job?.id ?? null,
          step: report.step?.label ?? null,
          fingerprint: fingerprints.fingerprint({
            ruleId: rule.meta.id,
            file: model.file,
            job: report.job?.id,
            step: report.step,
            snippet: report.snippet ?? report.message,
          }),
          new: true,
          suppressed: false,
          suppression: null,
        });
      },
    });
  }
  return findings;
}

async function auditFile(
  file: DiscoveredFile,
  rules: readonly Rule[],
  fingerprints: Fingerprinter,
): Promise<{ findings: Finding[]; model?: Analysable; error?: AuditError }> {
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
  const findings = problems.map((problem): Finding => ({
    ruleId: INVALID_FILE_RULE.id,
    category: INVALID_FILE_RULE.category,
    // GitHub refuses such a file loudly (a failed run), so it is not silent — but nothing in it is checked.
    severity: 'medium',
    file: file.relative,
    ...problem.pos,
    message: `${problem.message} — GitHub will not run this ${file.kind}, and nothing else in it was checked.`,
    workflow: model?.name ?? file.relative,
    job: null,
    step: null,
    fingerprint: fingerprints.fingerprint({
      ruleId: INVALID_FILE_RULE.id,
      file: file.relative,
      job: undefined,
      step: undefined,
      snippet: problem.message,
    }),
    new: true,
    suppressed: false,
    suppression: null,
  }));
  if (!model || problems.length > 0) return { findings, model };
  await classifyModel(model);
  try {
    return { findings: runRules(model, rules, fingerprints), model };
  } finally {
    disposeModel(model);
  }
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

/** Audits every workflow and composite action under the given paths (DESIGN §4). */
export async function audit(paths: readonly string[], options: AuditOptions = {}): Promise<AuditResult> {
  const rules = options.rules ?? RULES;
  const result: AuditResult = { findings: [], errors: [], inventory: [], filesScanned: 0 };
  for (const root of paths.length > 0 ? paths : ['.']) {
    const discovered = discoverFiles(root);
    result.errors.push(...discovered.errors);
    const fingerprints = new Fingerprinter();
    for (const file of discovered.files) {
      result.filesScanned++;
      const outcome = await auditFile(file, rules, fingerprints);
      if (outcome.error) result.errors.push(outcome.error);
      result.findings.push(...outcome.findings);
      if (!outcome.error) {
        result.inventory.push({
          file: file.relative,
          kind: file.kind,
          name: outcome.model?.name ?? null,
          events: outcome.model?.kind === 'workflow' ? outcome.model.events : [],
          jobs: outcome.model?.kind === 'workflow' ? outcome.model.jobs.map((job) => job.id) : [],
          findings: outcome.findings.length,
        });
      }
    }
  }
  result.findings.sort(compareFindings);
  return result;
}
