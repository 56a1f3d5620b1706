/**
 * Reading a job's log (GET /repos/{owner}/{repo}/actions/jobs/{job_id}/logs) as the runner writes it.
 *
 * Every line starts with a timestamp (`2024-05-01T10:00:00.1234567Z `). A `run:` step opens with
 * `##[group]Run <first line of the script>` — the script trimmed of leading blanks, up to its first
 * line break — then the script's lines, `shell:`, `env:`, and `##[endgroup]`; its output follows
 * (actions/runner src/Runner.Worker/Handlers/ScriptHandler.cs, PrintActionDetails). An action step
 * opens with `##[group]Run owner/name@ref`. A script that exits non-zero adds
 * `##[error]Process completed with exit code N.` (same file, RunAsync).
 */

const TIMESTAMP = /^\uFEFF?\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z ?/;
const ANSI = /\u001b\[[0-9;]*m/g;

/** One step's part of a job log: the text after `##[group]Run ` and everything up to the next step. */
export interface LogSection {
  header: string;
  text: string;
}

/** Splits a job log into the steps that printed a `Run …` group, in order; what comes before the first is left out. */
export function splitLog(log: string): LogSection[] {
  const sections: LogSection[] = [];
  let current: { header: string; lines: string[] } | undefined;
  for (const raw of log.split(/\r?\n/)) {
    const line = raw.replace(TIMESTAMP, '').replace(ANSI, '');
    const group = /^##\[group\]Run (.*)$/.exec(line);
    if (group) {
      if (current) sections.push({ header: current.header, text: current.lines.join('\n') });
      current = { header: group[1]!.trim(), lines: [] };
      continue;
    }
    current?.lines.push(line);
  }
  if (current) sections.push({ header: current.header, text: current.lines.join('\n') });
  return sections;
}

/** A test runner's own report that tests failed, and which runner said so. */
export interface FailureSummary {
  runner: string;
  line: string;
}

/**
 * The failure summaries test runners print, each anchored to its runner's own wording: pytest's
 * closing line (`==== 2 failed, 10 passed in 1.2s ====`), Jest's `Tests:` line, `cargo test`'s
 * `test result: FAILED.`, and `go test`'s `--- FAIL: TestName`.
 */
const SUMMARIES: ReadonlyArray<{ runner: string; pattern: RegExp }> = [
  { runner: 'pytest', pattern: /^=+ (?:.*, )?\d+ failed\b.*=+\s*$/m },
  { runner: 'jest', pattern: /^Tests:\s+\d+ failed\b.*$/m },
  { runner: 'cargo test', pattern: /^test result: FAILED\..*$/m },
  { runner: 'go test', pattern: /^[ \t]*--- FAIL: .*$/m },
];

export function failureSummary(text: string): FailureSummary | undefined {
  for (const { runner, pattern } of SUMMARIES) {
    const match = pattern.exec(text);
    if (match) return { runner, line: match[0].trim() };
  }
  return undefined;
}

/** The first line of a script as the runner prints it in its `Run …` header. */
export function runHeader(script: string): string {
  const trimmed = script.replace(/^[ \t\r\n]+/, '');
  return trimmed.split(/\r?\n/, 1)[0]!.trim();
}
