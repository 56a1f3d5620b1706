import { firingOf } from '../inventory/triggers.js';
import type { StepKind } from '../model/classify.js';
import { KIND_LABEL } from '../model/classify.js';
import type { Analysable } from '../model/types.js';
import type { Severity } from './types.js';
import { SEVERITIES, severityRank } from './types.js';

/**
 * What it costs when a step of this kind fails unnoticed (DESIGN §2): a masked test, build or lint
 * is a check that lies; a masked upload or notification loses a report, not a verdict.
 */
const SEVERITY_BY_KIND: Record<StepKind, Severity> = {
  test: 'high',
  build: 'high',
  lint: 'high',
  deploy: 'medium',
  unknown: 'medium',
  setup: 'low',
  cleanup: 'low',
  telemetry: 'info',
};

/**
 * A workflow gates changes when it runs on pull requests (or the merge queue) or pushes. A reusable
 * workflow (`workflow_call`) and a composite action are assumed to, since their callers are not known.
 */
export function gatesChanges(file: Analysable): boolean {
  if (file.kind === 'action') return true;
  const firing = firingOf(file);
  return firing.pullRequest || firing.push || firing.called;
}

export function lowerBy(severity: Severity, steps: number): Severity {
  return SEVERITIES[Math.max(0, severityRank(severity) - steps)]!;
}

export function raiseBy(severity: Severity, steps: number): Severity {
  return SEVERITIES[Math.min(SEVERITIES.length - 1, severityRank(severity) + steps)]!;
}

export function minSeverity(a: Severity, b: Severity): Severity {
  return severityRank(a) <= severityRank(b) ? a : b;
}

/**
 * The severity of masking something of `kind` in `file`, capped at `cap`. Outside pull requests and
 * pushes (schedule, dispatch only) a masked check is seen later, so it is one level lower.
 */
export function severityForKind(kind: StepKind, file: Analysable, cap: Severity = 'high'): Severity {
  const base = minSeverity(SEVERITY_BY_KIND[kind], cap);
  return gatesChanges(file) ? base : lowerBy(base, 1);
}

/** "a test step", "a deploy/publish job", "a lint/type-check command" — for messages. */
export function describeKind(kind: StepKind, noun: 'step' | 'job' | 'command'): string {
  if (kind === 'unknown') return `a ${noun}`;
  const label = KIND_LABEL[kind];
  return `${/^[aeiou]/i.test(label) ? 'an' : 'a'} ${label} ${noun}`;
}
