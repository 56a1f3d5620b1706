import type { AuditResult } from '../engine.js';
import { TOOL_NAME, TOOL_VERSION } from '../version.js';

/** The versioned JSON contract of DESIGN §5. */
export function formatJson(result: AuditResult): string {
  const document = {
    version: 1,
    tool: { name: TOOL_NAME, version: TOOL_VERSION },
    findings: result.findings,
    errors: result.errors,
    inventory: result.inventory,
    ...(result.evidence ? { evidence: result.evidence } : {}),
    ...(result.hiddenByChange
      ? {
          hiddenByChange: result.hiddenByChange.map(({ finding, how, reason }) => ({
            ruleId: finding.ruleId,
            severity: finding.severity,
            file: finding.file,
            line: finding.line,
            fingerprint: finding.fingerprint,
            how,
            reason,
          })),
        }
      : {}),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
