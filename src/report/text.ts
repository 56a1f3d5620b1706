import type { AuditResult } from '../engine.js';
import type { Severity } from '../rules/types.js';

const COLOURS: Record<Severity, string> = { high: '\u001b[31m', medium: '\u001b[33m', low: '\u001b[36m', info: '\u001b[2m' };
const RESET = '\u001b[0m';
const BOLD = '\u001b[1m';

// Terminal escape sequences in a step name must not reach the terminal.
const stripControl = (text: string): string => text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '?');

/** Findings grouped by file, one line each, for a terminal; colour only when asked (a TTY). */
export function formatText(result: AuditResult, options: { colour: boolean; blocking: number; failOn: string }): string {
  const paint = (code: string, text: string): string => (options.colour ? `${code}${text}${RESET}` : text);
  const lines: string[] = [];
  let currentFile: string | undefined;
  for (const finding of result.findings) {
    if (finding.file !== currentFile) {
      if (currentFile !== undefined) lines.push('');
      currentFile = finding.file;
      lines.push(paint(BOLD, stripControl(finding.file)));
    }
    const where = `${finding.line}:${finding.column}`.padEnd(8);
    const severity = paint(COLOURS[finding.severity], finding.severity.padEnd(6));
    const marker = finding.suppressed ? ' (suppressed)' : finding.new ? '' : ' (known)';
    lines.push(`  ${where}${severity}  ${finding.ruleId}${marker}  ${stripControl(finding.message)}`);
  }
  for (const error of result.errors) lines.push(`error: ${stripControl(error.file)}: ${stripControl(error.message)}`);
  if (lines.length > 0) lines.push('');
  const counts = (['high', 'medium', 'low', 'info'] as const)
    .map((severity) => `${result.findings.filter((f) => f.severity === severity).length} ${severity}`)
    .join(', ');
  const known = result.findings.filter((finding) => !finding.new).length;
  const knownNote = known > 0 ? `, ${known} already known (baseline)` : '';
  lines.push(
    `${result.findings.length} finding(s) in ${result.filesScanned} file(s) (${counts}${knownNote}); ${options.blocking} new at or above --fail-on ${options.failOn}.`,
  );
  return `${lines.join('\n')}\n`;
}
