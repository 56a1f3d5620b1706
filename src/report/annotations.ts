import type { Finding, Severity } from '../rules/types.js';
import { severityRank } from '../rules/types.js';

export type AnnotationLevel = 'error' | 'warning' | 'notice';

export interface Annotation {
  level: AnnotationLevel;
  finding: Finding;
  title: string;
}

const LEVEL: Record<Severity, AnnotationLevel> = { high: 'error', medium: 'warning', low: 'notice', info: 'notice' };

/**
 * GitHub shows at most 10 error, 10 warning and 10 notice annotations per step
 * (https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-commands), and drops
 * the rest silently. So the most important findings go first and the caller reports the remainder.
 */
export const ANNOTATION_BUDGET = 10;

/**
 * New findings are annotated by severity; findings that were already there (baseline, pull request
 * base) become notices, or are left out with `existing: 'none'`, so the diff shows what the change adds.
 */
export function planAnnotations(
  findings: readonly Finding[],
  existing: 'notice' | 'none' = 'notice',
  /** Slots the caller fills itself: the run's own failure message is an error annotation too. */
  reserved: Partial<Record<AnnotationLevel, number>> = {},
): { annotations: Annotation[]; omitted: number } {
  const candidates = findings
    .filter((finding) => !finding.suppressed && (finding.new || existing === 'notice'))
    .sort((a, b) => Number(b.new) - Number(a.new) || severityRank(b.severity) - severityRank(a.severity));
  const used: Record<AnnotationLevel, number> = { error: 0, warning: 0, notice: 0 };
  const annotations: Annotation[] = [];
  for (const finding of candidates) {
    const level = finding.new ? LEVEL[finding.severity] : 'notice';
    if (used[level] >= ANNOTATION_BUDGET - (reserved[level] ?? 0)) continue;
    used[level]++;
    const already = finding.new ? '' : ', already present';
    annotations.push({ level, finding, title: `${finding.ruleId} [${finding.severity} ${finding.category}${already}]` });
  }
  return { annotations, omitted: candidates.length - annotations.length };
}
