import type { AuditResult } from '../engine.js';
import type { Finding, Severity } from '../rules/types.js';
import { describeEvidence, evidenceStatus, failingNow } from './evidence.js';

const COLOURS: Record<Severity, string> = { high: '\u001b[31m', medium: '\u001b[33m', low: '\u001b[36m', info: '\u001b[2m' };
const RESET = '\u001b[0m';
const BOLD = '\u001b[1m';

// Terminal escape sequences in a step name must not reach the terminal, and a line break in one must
// not start a line of its own: run in a workflow step, a line starting `::` is a workflow command.
export const stripControl = (text: string): string =>
  text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (ch) => (ch === '\n' || ch === '\r' || ch === '\t' ? ' ' : '?'));

type TextOptions = { colour: boolean; blocking: number; failOn: string };

/** Findings grouped by file, one line each, for a terminal; colour only when asked (a TTY). */
export function formatText(result: AuditResult, options: TextOptions): string {
  return [...textChunks(result, options)].join('');
}

/** Pieces of a text report this long or a line longer; each ends with a newline (see `textChunks`). */
const CHUNK = 64 * 1024;

/**
 * The text report in pieces of whole lines, about 64 KB each: 80,000 findings made one string of
 * tens of MB, and its copies, at the peak of a run (issue 16). A piece starts at the start of a line,
 * so the neutraliser of workflow commands sees every line whole.
 */
export function* textChunks(result: AuditResult, options: TextOptions): Generator<string> {
  let piece: string[] = [];
  let size = 0;
  const flush = (): string => {
    const text = `${piece.join('\n')}\n`;
    piece = [];
    size = 0;
    return text;
  };
  for (const line of textLines(result, options)) {
    piece.push(line);
    size += line.length + 1;
    if (size >= CHUNK) yield flush();
  }
  if (piece.length > 0) yield flush();
}

function* textLines(result: AuditResult, options: TextOptions): Generator<string> {
  const paint = (code: string, text: string): string => (options.colour ? `${code}${text}${RESET}` : text);
  const active = result.findings.filter((finding) => !finding.suppressed);
  // The totals follow the findings, errors and notices after a blank line, or stand alone.
  let any = false;
  for (const line of bodyLines(result, active, paint)) {
    any = true;
    yield line;
  }
  if (any) yield '';
  const counts = (['high', 'medium', 'low', 'info'] as const)
    .map((severity) => `${active.filter((f) => f.severity === severity).length} ${severity}`)
    .join(', ');
  const known = active.filter((finding) => !finding.new).length;
  const knownNote = known > 0 ? `, ${known} already known (baseline)` : '';
  const suppressed = result.findings.length - active.length;
  const suppressedNote = suppressed > 0 ? ` ${suppressed} suppressed with a reason (listed by --format json or markdown).` : '';
  yield `${active.length} finding(s) in ${result.filesScanned} file(s) (${counts}${knownNote}); ${options.blocking} new at or above --fail-on ${options.failOn}.${suppressedNote}`;
}

/** The findings failing right now, each file's findings, the errors and the evidence's notices. */
function* bodyLines(result: AuditResult, active: readonly Finding[], paint: (code: string, text: string) => string): Generator<string> {
  const branch = result.evidence?.branch;
  const failing = failingNow(result);
  if (failing.length > 0) {
    yield paint(BOLD, `Failing silently right now (${failing.length}):`);
    for (const finding of failing)
      yield `  ${stripControl(finding.file)}:${finding.line}  ${paint(COLOURS[finding.severity], finding.severity)}  ${finding.ruleId}  ${stripControl(describeEvidence(finding.evidence!, branch))}`;
    yield '';
  }
  let currentFile: string | undefined;
  for (const finding of active) {
    if (finding.file !== currentFile) {
      if (currentFile !== undefined) yield '';
      currentFile = finding.file;
      yield paint(BOLD, stripControl(finding.file));
    }
    const where = `${finding.line}:${finding.column}`.padEnd(8);
    const severity = paint(COLOURS[finding.severity], finding.severity.padEnd(6));
    const marker = finding.new ? '' : ' (known)';
    const seen = finding.evidence ? ` [${describeEvidence(finding.evidence, branch)}]` : '';
    yield `  ${where}${severity}  ${finding.ruleId}${marker}  ${stripControl(finding.message + seen)}`;
  }
  for (const error of result.errors) yield `error: ${stripControl(error.file)}: ${stripControl(error.message)}`;
  const status = evidenceStatus(result);
  if (status) yield stripControl(status);
  for (const notice of result.evidence?.notices ?? []) yield `notice: ${stripControl(notice)}`;
}
