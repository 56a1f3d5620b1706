import type { AuditResult } from '../engine.js';
import type { Evidence, Finding } from '../rules/types.js';
import { severityRank } from '../rules/types.js';

/** The active findings the runs saw fail, most failures first: what the report opens with. */
export function failingNow(result: AuditResult): Finding[] {
  return result.findings
    .filter((finding) => !finding.suppressed && (finding.evidence?.failures ?? 0) > 0)
    .sort(
      (a, b) =>
        b.evidence!.failures - a.evidence!.failures ||
        severityRank(b.severity) - severityRank(a.severity) ||
        (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line),
    );
}

/** "failed silently in 3 of 5 runs on main" — or that it did not. */
export function describeEvidence(evidence: Evidence, branch: string | undefined): string {
  const on = branch ? ` on ${branch}` : '';
  if (evidence.failures === 0) return `did not fail in the last ${evidence.runs} run(s)${on}`;
  const last = evidence.lastFailure ? ` (last: ${evidence.lastFailure.url}, ${evidence.lastFailure.at})` : '';
  return `failed silently in ${evidence.failures} of ${evidence.runs} run(s)${on}${last}`;
}

/** One line on what the evidence read and whether it is complete. */
export function evidenceStatus(result: AuditResult): string | undefined {
  const summary = result.evidence;
  if (!summary) return undefined;
  const read = `Evidence: the last ${summary.runsPerWorkflow} completed run(s) of ${summary.workflows} workflow(s) on ${summary.branch || 'the default branch'} of ${summary.repository}, ${summary.requests} of at most ${summary.maxRequests} request(s)`;
  return summary.partial ? `${read} — partial: ${summary.reason}.` : `${read}.`;
}
