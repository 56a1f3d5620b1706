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

export function planAnnotations(findings: readonly Finding[]): { annotations: Annotation[]; omitted: number } {
  const candidates = findings
    .filter((finding) => !finding.suppressed)
    .sort((a, b) => Number(b.new) - Number(a.new) || severityRank(b.severity) - severityRank(a.severity));
  const used: Record<AnnotationLevel, number> = { error: 0, warning: 0, notice: 0 };
  const annotations: Annotation[] = [];
  for (const finding of candidates) {
    const level = LEVEL[finding.severity];
    if (used[level] >= ANNOTATION_BUDGET) continue;
    used[level]++;
    annotations.push({ level, finding, title: `${finding.ruleId} [${finding.severity} ${finding.category}]` });
  }
  return { annotations, omitted: candidates.length - annotations.length };
}
