import type { Confidence, Finding, Severity } from './rules/types.js';
import { CONFIDENCES, SEVERITIES, isAtLeast, isConfidentAtLeast } from './rules/types.js';

export type FailOn = Severity | 'none';
export const FAIL_ON_VALUES: readonly FailOn[] = [...SEVERITIES, 'none'];

export function parseFailOn(value: string): FailOn | undefined {
  return (FAIL_ON_VALUES as readonly string[]).includes(value) ? (value as FailOn) : undefined;
}

/**
 * What blocks by default: a finding of at least medium confidence. A low-confidence finding is one
 * whose masked step we could only guess at (an unknown action or command); it is reported, but a
 * guess does not block somebody's merge unless the user asks for it (`--min-confidence low`).
 */
export const DEFAULT_MIN_CONFIDENCE: Confidence = 'medium';

export function parseConfidence(value: string): Confidence | undefined {
  return (CONFIDENCES as readonly string[]).includes(value) ? (value as Confidence) : undefined;
}

/** Findings that fail the run: not suppressed, new, at or above the threshold, and sure enough. */
export function blockingFindings(
  findings: readonly Finding[],
  failOn: FailOn,
  minConfidence: Confidence = DEFAULT_MIN_CONFIDENCE,
): Finding[] {
  if (failOn === 'none') return [];
  return findings.filter(
    (finding) =>
      !finding.suppressed && finding.new && isAtLeast(finding.severity, failOn) && isConfidentAtLeast(finding.confidence, minConfidence),
  );
}

/** The lowest threshold among several (configs of several PATHs): the one that blocks the most. */
export function strictest(values: ReadonlyArray<FailOn | undefined>): FailOn | undefined {
  const given = values.filter((value): value is FailOn => value !== undefined);
  if (given.length === 0) return undefined;
  return given.reduce((a, b) => (FAIL_ON_VALUES.indexOf(a) <= FAIL_ON_VALUES.indexOf(b) ? a : b));
}
