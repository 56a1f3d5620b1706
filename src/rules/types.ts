import type { KindBasis, StepKind } from '../model/classify/kinds.js';
import type { Analysable, Job, Position, Step } from '../model/types.js';

export const CATEGORIES = ['soft-fail', 'conditional-skip', 'retry-masking', 'scope-gap', 'informational-only', 'invalid'] as const;
export type Category = (typeof CATEGORIES)[number];

/** The five categories of the taxonomy; `invalid` is about files and suppressions the tool could not use. */
export function isSilentFailure(category: Category): boolean {
  return category !== 'invalid';
}

export const SEVERITIES = ['info', 'low', 'medium', 'high'] as const;
export type Severity = (typeof SEVERITIES)[number];

export function severityRank(severity: Severity): number {
  return SEVERITIES.indexOf(severity);
}

export function isAtLeast(severity: Severity, threshold: Severity): boolean {
  return severityRank(severity) >= severityRank(threshold);
}

/** How sure a finding is of what it says, as zizmor and CodeQL grade theirs; lowest first. */
export const CONFIDENCES = ['low', 'medium', 'high'] as const;
export type Confidence = (typeof CONFIDENCES)[number];

export function isConfidentAtLeast(confidence: Confidence, threshold: Confidence): boolean {
  return CONFIDENCES.indexOf(confidence) >= CONFIDENCES.indexOf(threshold);
}

export interface Suppression {
  kind: 'inline' | 'config';
  reason: string;
}

/**
 * What the repository's real runs on its default branch showed about a finding (`--evidence`):
 * how many runs were examined, in how many the masked step or job actually failed, and the last one.
 */
export interface Evidence {
  runs: number;
  failures: number;
  lastFailure: { url: string; at: string } | null;
}

/** The one finding type every reporter consumes (the JSON contract of DESIGN §5). */
export interface Finding {
  ruleId: string;
  category: Category;
  severity: Severity;
  /** How sure the finding is: low when what the masked step does is only guessed. */
  confidence: Confidence;
  /** Why it has this severity, factor by factor (the severity model of docs/rules/README.md). */
  severityReasons: string[];
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  message: string;
  workflow: string | null;
  job: string | null;
  step: string | null;
  fingerprint: string;
  new: boolean;
  suppressed: boolean;
  suppression: Suppression | null;
  /** Only with `--evidence`, on the findings the runs could tell about. */
  evidence?: Evidence;
}

export interface RuleMeta {
  id: string;
  category: Category;
  /** One sentence: what the rule finds. */
  description: string;
}

export interface Report {
  /** What the finding hides, for the severity model to grade (src/rules/severity.ts) … */
  masked?: MaskSpec;
  /** … or a severity the rule sets itself, for a pattern that does not mask a step. */
  severity?: Severity;
  /** Default: high (a structural pattern the rule is sure of). */
  confidence?: Confidence;
  /** Why it has this severity; from `assess` or `fixedSeverity`. */
  severityReasons?: string[];
  message: string;
  pos: Position;
  job?: Job;
  step?: Step;
  /** Text that identifies the offending construct independent of its position (for fingerprints). */
  snippet?: string;
  /** Overrides the rule's category for a finding that belongs elsewhere in the taxonomy. */
  category?: Category;
}

export interface RuleContext {
  readonly file: Analysable;
  report(report: Report): void;
}

export interface Rule {
  meta: RuleMeta;
  check(ctx: RuleContext): void;
}

/** A rule's own ceiling for a construct, and why (e.g. a flag that is only set on some matrix legs). */
export interface Cap {
  severity: Severity;
  reason: string;
  /** The construct only masks on some runs: the finding is at most of medium confidence. */
  uncertain?: boolean;
}

/** What a rule says a finding hides; the severity model decides how bad that is. */
export interface MaskSpec {
  /** What the hidden failure belongs to. */
  kind: StepKind;
  noun: 'step' | 'job' | 'command';
  /** How the kind was found; default: the command's (`argv`), else the step's, else the job's. */
  basis?: KindBasis;
  /** The masked command's words, for how surely its kind is known. */
  argv?: readonly string[];
  cap?: Cap;
  /** A job-level `continue-on-error`: the job's own check stays red. */
  jobLevel?: boolean;
  /** The flag's value (`${{ matrix.experimental }}`), whose names may state intent. */
  flag?: unknown;
  /**
   * Whether the flag masks under these run-time contexts (on every leg): lets the model see a flag
   * that is only on for some events (`continue-on-error: ${{ github.event_name == 'schedule' }}`).
   */
  masksWith?: (contexts: Record<string, unknown>) => 'always' | 'never' | 'sometimes';
}
