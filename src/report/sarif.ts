import type { AuditResult } from '../engine.js';
import { ALL_RULE_META } from '../rules/index.js';
import type { Finding, Severity } from '../rules/types.js';
import { severityRank } from '../rules/types.js';
import { DOCS_BASE, TOOL_NAME, TOOL_VERSION } from '../version.js';
import { RULE_HELP } from './rule-help.generated.js';
import { encodePath } from './escape.js';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { high: 'error', medium: 'warning', low: 'note', info: 'note' };

/**
 * GitHub code scanning ranks results by a CVSS-like `security-severity` number
 * (https://docs.github.com/en/code-security/code-scanning/integrating-with-code-scanning/sarif-support-for-code-scanning):
 * over 7.0 is high, 4.0 to 6.9 medium, below 4.0 low.
 */
const SECURITY_SEVERITY: Record<Severity, string> = { high: '8.0', medium: '5.5', low: '3.0', info: '1.0' };

/** This project's own fingerprint key, next to GitHub's primaryLocationLineHash. */
export const FINGERPRINT_KEY = 'silentFailureAudit/v1';

function sarifResult(finding: Finding, ruleIndex: number): Record<string, unknown> {
  const sameLine = finding.line === finding.endLine;
  return {
    ruleId: finding.ruleId,
    ruleIndex,
    level: LEVEL[finding.severity],
    message: { text: finding.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: encodePath(finding.file), uriBaseId: '%SRCROOT%' },
          region: {
            startLine: finding.line,
            startColumn: finding.column,
            ...(sameLine
              ? { endLine: finding.endLine, endColumn: Math.max(finding.endColumn, finding.column + 1) }
              : { endLine: finding.endLine }),
          },
        },
      },
    ],
    // Our fingerprint ignores line numbers, so code scanning keeps tracking an alert when lines move.
    partialFingerprints: { primaryLocationLineHash: `${finding.fingerprint}:1`, [FINGERPRINT_KEY]: finding.fingerprint },
    properties: {
      category: finding.category,
      severity: finding.severity,
      severityReasons: finding.severityReasons,
      // CodeQL's word for how often a result of this kind is right; ours is per finding.
      precision: finding.confidence,
      new: finding.new,
      ...(finding.job ? { job: finding.job } : {}),
      ...(finding.step ? { step: finding.step } : {}),
      ...(finding.evidence ? { evidence: finding.evidence } : {}),
    },
    ...(finding.suppression
      ? {
          suppressions: [
            { kind: finding.suppression.kind === 'inline' ? 'inSource' : 'external', justification: finding.suppression.reason },
          ],
        }
      : {}),
  };
}

/** A SARIF 2.1.0 log that github/codeql-action/upload-sarif accepts. */
export function formatSarif(audit: AuditResult): string {
  // Code scanning reads security-severity from the rule, and only for rules tagged `security`: a
  // rule's is that of its most severe result in this run.
  const worst = new Map<string, Severity>();
  for (const finding of audit.findings) {
    const current = worst.get(finding.ruleId);
    if (!current || severityRank(finding.severity) > severityRank(current)) worst.set(finding.ruleId, finding.severity);
  }
  const rules = ALL_RULE_META.map((meta) => ({
    id: meta.id,
    name: meta.id
      .split('-')
      .map((word) => word[0]!.toUpperCase() + word.slice(1))
      .join(''),
    shortDescription: { text: meta.description },
    fullDescription: { text: meta.description },
    helpUri: `${DOCS_BASE}/${meta.id}.md`,
    help: {
      text: `${meta.description} See ${DOCS_BASE}/${meta.id}.md`,
      markdown: RULE_HELP[meta.id] ?? `${meta.description} [Documentation](${DOCS_BASE}/${meta.id}.md)`,
    },
    properties: {
      tags: ['ci', 'silent-failure', 'security', meta.category],
      precision: 'high',
      ...(worst.has(meta.id) ? { 'security-severity': SECURITY_SEVERITY[worst.get(meta.id)!] } : {}),
    },
  }));
  const indexOf = new Map(rules.map((rule, index) => [rule.id, index]));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: TOOL_NAME, version: TOOL_VERSION, semanticVersion: TOOL_VERSION, informationUri: DOCS_BASE, rules } },
        columnKind: 'utf16CodeUnits',
        results: audit.findings.map((finding) => sarifResult(finding, indexOf.get(finding.ruleId) ?? -1)),
        invocations: [
          {
            executionSuccessful: true,
            toolExecutionNotifications: audit.errors.map((error) => ({
              level: 'error',
              message: { text: error.message },
              locations: [
                {
                  physicalLocation: {
                    artifactLocation: { uri: encodePath(error.file), uriBaseId: '%SRCROOT%' },
                  },
                },
              ],
            })),
          },
        ],
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
