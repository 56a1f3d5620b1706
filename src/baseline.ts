import type { Finding } from './rules/types.js';
import { TOOL_NAME } from './version.js';

/** One known finding. Lines are left out on purpose: they move, and a baseline should not churn when they do. */
export interface BaselineEntry {
  fingerprint: string;
  ruleId: string;
  file: string;
  job: string | null;
  step: string | null;
}

export interface Baseline {
  version: 1;
  tool: typeof TOOL_NAME;
  findings: BaselineEntry[];
}

export class BaselineError extends Error {}

const byKey = (a: BaselineEntry, b: BaselineEntry): number =>
  a.file.localeCompare(b.file) || a.ruleId.localeCompare(b.ruleId) || a.fingerprint.localeCompare(b.fingerprint);

/** The baseline of the findings that are not suppressed, sorted so that it reads well in a diff. */
export function createBaseline(findings: readonly Finding[]): Baseline {
  const entries = findings
    .filter((finding) => !finding.suppressed)
    .map(({ fingerprint, ruleId, file, job, step }) => ({ fingerprint, ruleId, file, job, step }))
    .sort(byKey);
  return { version: 1, tool: TOOL_NAME, findings: entries };
}

export function serializeBaseline(baseline: Baseline): string {
  const lines = baseline.findings.map((entry) => `    ${JSON.stringify(entry)}`);
  return `{\n  "version": 1,\n  "tool": "${TOOL_NAME}",\n  "findings": [${lines.length > 0 ? `\n${lines.join(',\n')}\n  ` : ''}]\n}\n`;
}

/** Reads a baseline file's text; a wrong shape is an error that says what is wrong. */
export function parseBaseline(text: string, source: string): Set<string> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new BaselineError(`${source}: not JSON (${(error as Error).message}); write one with --write-baseline`);
  }
  const findings = (data as { version?: unknown; findings?: unknown } | null)?.findings;
  if ((data as { version?: unknown } | null)?.version !== 1 || !Array.isArray(findings)) {
    throw new BaselineError(
      `${source}: not a version 1 baseline (expected {"version": 1, "findings": [...]}); write one with --write-baseline`,
    );
  }
  const fingerprints = new Set<string>();
  findings.forEach((entry, index) => {
    const fingerprint = (entry as { fingerprint?: unknown } | null)?.fingerprint;
    if (typeof fingerprint !== 'string') throw new BaselineError(`${source}: findings[${index}] has no "fingerprint" string`);
    fingerprints.add(fingerprint);
  });
  return fingerprints;
}

/** Marks the findings a baseline already knows as not new; only new ones can block. */
export function applyBaseline(findings: Finding[], known: ReadonlySet<string>): void {
  for (const finding of findings) finding.new = !known.has(finding.fingerprint);
}
