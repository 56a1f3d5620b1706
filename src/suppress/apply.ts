import { minimatch } from 'minimatch';
import type { Category } from '../rules/types.js';
import type { Position } from '../model/types.js';
import type { Finding, RuleMeta } from '../rules/types.js';
import { didYouMean } from '../suggest.js';
import type { Directive } from './inline.js';
import { DIRECTIVE_SYNTAX } from './inline.js';

/** A by-design soft-fail, recorded with its reason (`allow:` in the config): it behaves like an inline suppression. */
export interface AllowEntry {
  rule?: string;
  category?: Category;
  /** A minimatch glob over the file's path relative to the audited PATH. */
  path?: string;
  job?: string;
  step?: string;
  reason: string;
  /** Where the entry is written, for the report when it matches nothing. */
  line: number;
  column: number;
}

export const INVALID_SUPPRESSION_RULE: RuleMeta = {
  id: 'invalid-suppression',
  category: 'invalid',
  description: 'A suppression comment that gives no reason, names an unknown rule or category, or does not follow the syntax.',
};

export const UNUSED_SUPPRESSION_RULE: RuleMeta = {
  id: 'unused-suppression',
  category: 'invalid',
  description: 'A suppression comment or config allow entry that matches no finding, so it can be removed.',
};

/** Findings about suppressions themselves: never suppressed, so a suppression cannot hide its own staleness. */
export const SUPPRESSION_RULE_IDS: ReadonlySet<string> = new Set([INVALID_SUPPRESSION_RULE.id, UNUSED_SUPPRESSION_RULE.id]);

/** What the engine turns into an `info` finding of one of the two suppression rules. */
export interface SuppressionIssue {
  rule: RuleMeta;
  pos: Position;
  message: string;
  /** Identifies the suppression independent of its line, for fingerprints. */
  snippet: string;
}

const matches = (finding: Finding, names: ReadonlySet<string>): boolean => names.has(finding.ruleId) || names.has(finding.category);

/**
 * Applies one file's inline directives to its findings: a directive covers its own line, and the
 * next one when it stands alone on its line. Returns what is wrong with the directives.
 */
export function applyDirectives(
  findings: readonly Finding[],
  directives: readonly Directive[],
  knownNames: ReadonlySet<string>,
  isOff: (name: string) => boolean,
): SuppressionIssue[] {
  const issues: SuppressionIssue[] = [];
  for (const directive of directives) {
    const issue = (rule: RuleMeta, message: string): void => {
      issues.push({ rule, pos: directive.pos, message, snippet: `${message} ${directive.text}` });
    };
    if (directive.malformed) {
      issue(INVALID_SUPPRESSION_RULE, directive.malformed);
      continue;
    }
    const names = new Set<string>();
    for (const name of directive.names) {
      if (knownNames.has(name)) names.add(name);
      else issue(INVALID_SUPPRESSION_RULE, `suppression names "${name}", which is no rule or category${didYouMean(name, knownNames)}`);
    }
    if (directive.reason === '') {
      issue(
        INVALID_SUPPRESSION_RULE,
        `suppression of ${directive.names.join(', ')} gives no reason: say after the bracket why this failure may stay silent (\`${DIRECTIVE_SYNTAX}\`)`,
      );
    }
    const lines = directive.ownLine ? [directive.pos.line, directive.pos.line + 1] : [directive.pos.line];
    const used = new Set<string>();
    for (const finding of findings) {
      if (SUPPRESSION_RULE_IDS.has(finding.ruleId) || !lines.includes(finding.line) || !matches(finding, names)) continue;
      for (const name of [finding.ruleId, finding.category]) if (names.has(name)) used.add(name);
      if (finding.suppressed) continue;
      finding.suppressed = true;
      finding.suppression = { kind: 'inline', reason: directive.reason };
    }
    const unused = [...names].filter((name) => !used.has(name) && !isOff(name));
    if (unused.length > 0) {
      const where = directive.ownLine ? 'this line or the next' : 'this line';
      issue(
        UNUSED_SUPPRESSION_RULE,
        `suppression of ${unused.join(', ')} matches no finding on ${where}: remove it, or move it to the reported line`,
      );
    }
  }
  return issues;
}

/** Whether a config allow entry covers a finding. */
function allows(entry: AllowEntry, finding: Finding): boolean {
  if (entry.rule !== undefined && entry.rule !== finding.ruleId) return false;
  if (entry.category !== undefined && entry.category !== finding.category) return false;
  if (entry.job !== undefined && entry.job !== finding.job) return false;
  if (entry.step !== undefined && entry.step !== finding.step) return false;
  return entry.path === undefined || minimatch(finding.file, entry.path, { dot: true });
}

/** Applies config allow entries to the findings of one PATH; returns the entries that matched nothing. */
export function applyAllows(findings: readonly Finding[], entries: readonly AllowEntry[]): AllowEntry[] {
  const used = new Set<AllowEntry>();
  for (const finding of findings) {
    if (SUPPRESSION_RULE_IDS.has(finding.ruleId)) continue;
    const matching = entries.filter((candidate) => allows(candidate, finding));
    for (const entry of matching) used.add(entry);
    if (matching.length === 0 || finding.suppressed) continue;
    finding.suppressed = true;
    finding.suppression = { kind: 'config', reason: matching[0]!.reason };
  }
  return entries.filter((entry) => !used.has(entry));
}
