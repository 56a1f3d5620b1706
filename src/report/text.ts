import type { AuditResult } from '../engine.js';
import type { Severity } from '../rules/types.js';
import { describeEvidence, evidenceStatus, failingNow } from './evidence.js';

const COLOURS: Record<Severity, string> = { high: '\u001b[31m', medium: '\u001b[33m', low: '\u001b[36m', info: '\u001b[2m' };
const RESET = '\u001b[0m';
const BOLD = '\u001b[1m';

// Terminal escape sequences in a step name must not reach the terminal, and a line break in one must
// not start a line of its own: run in a workflow step, a line starting `::` is a workflow command.
export const stripControl = (text: string): string =>
  text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (ch) => (ch === '\n' || ch === '\r' || ch === '\t' ? ' ' : '?'));

/** Findings grouped by file, one line each, for a terminal; colour only when asked (a TTY). */
export function formatText(result: AuditResult, options: { colour: boolean; blocking: number; failOn: string }): string {
  const paint = (code: string, text: string): string => (options.colour ? `${code}${text}${RESET}` : text);
  const lines: string[] = [];
  const branch = result.evidence?.branch;
  const failing = failingNow(result);
  if (failing.length > 0) {
    lines.push(paint(BOLD, `Failing silently right now (${failing.length}):`));
    for (const finding of failing)
      lines.push(
        `  ${stripControl(finding.file)}:${finding.line}  ${paint(COLOURS[finding.severity], finding.severity)}  ${finding.ruleId}  ${stripControl(describeEvidence(finding.evidence!, branch))}`,
      );
    lines.push('');
  }
  let currentFile: string | undefined;
  const active = result.findings.filter((finding) => !finding.suppressed);
  for (const finding of active) {
    if (finding.file !== currentFile) {
      if (currentFile !== undefined) lines.push('');
      currentFile = finding.file;
      lines.push(paint(BOLD, stripControl(finding.file)));
    }
    const where = `${finding.line}:${finding.column}`.padEnd(8);
    const severity = paint(COLOURS[finding.severity], finding.severity.padEnd(6));
    const marker = finding.new ? '' : ' (known)';
    const seen = finding.evidence ? ` [${describeEvidence(finding.evidence, branch)}]` : '';
    lines.push(`  ${where}${severity}  ${finding.ruleId}${marker}  ${stripControl(finding.message + seen)}`);
  }
  for (const error of result.errors) lines.push(`error: ${stripControl(error.file)}: ${stripControl(error.message)}`);
  const status = evidenceStatus(result);
  if (status) lines.push(stripControl(status));
  for (const notice of result.evidence?.notices ?? []) lines.push(`notice: ${stripControl(notice)}`);
  if (lines.length > 0) lines.push('');
  const counts = (['high', 'medium', 'low', 'info'] as const)
    .map((severity) => `${active.filter((f) => f.severity === severity).length} ${severity}`)
    .join(', ');
  const known = active.filter((finding) => !finding.new).length;
  const knownNote = known > 0 ? `, ${known} already known (baseline)` : '';
  const suppressed = result.findings.length - active.length;
  const suppressedNote = suppressed > 0 ? ` ${suppressed} suppressed with a reason (listed by --format json or markdown).` : '';
  lines.push(
    `${active.length} finding(s) in ${result.filesScanned} file(s) (${counts}${knownNote}); ${options.blocking} new at or above --fail-on ${options.failOn}.${suppressedNote}`,
  );
  return `${lines.join('\n')}\n`;
}
