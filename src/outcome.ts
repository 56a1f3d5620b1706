import type { Finding, Severity } from './rules/types.js';
import { SEVERITIES, isAtLeast } from './rules/types.js';

export type FailOn = Severity | 'none';
export const FAIL_ON_VALUES: readonly FailOn[] = [...SEVERITIES, 'none'];

export function parseFailOn(value: string): FailOn | undefined {
  return (FAIL_ON_VALUES as readonly string[]).includes(value) ? (value as FailOn) : undefined;
}

/** Findings that fail the run: not suppressed, new, and at or above the threshold. */
export function blockingFindings(findings: readonly Finding[], failOn: FailOn): Finding[] {
  if (failOn === 'none') return [];
  return findings.filter((finding) => !finding.suppressed && finding.new && isAtLeast(finding.severity, failOn));
}

/** The lowest threshold among several (configs of several PATHs): the one that blocks the most. */
export function strictest(values: ReadonlyArray<FailOn | undefined>): FailOn | undefined {
  const given = values.filter((value): value is FailOn => value !== undefined);
  if (given.length === 0) return undefined;
  return given.reduce((a, b) => (FAIL_ON_VALUES.indexOf(a) <= FAIL_ON_VALUES.indexOf(b) ? a : b));
}
