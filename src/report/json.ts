import { closeSync, openSync, writeFileSync } from 'node:fs';
import type { AuditResult } from '../engine.js';
import { TOOL_NAME, TOOL_VERSION } from '../version.js';

/** The versioned JSON contract of DESIGN §5. */
export function formatJson(result: AuditResult): string {
  return [...jsonChunks(result)].join('');
}

/** The characters a piece of the JSON report holds, at least (it ends at the next token). */
export const PIECE_SIZE = 1 << 16;

/**
 * The same text as `formatJson` — `JSON.stringify(document, null, 2)` and a newline — in pieces of
 * about 64 KB, so that a report of 100,000 findings is written without holding it, a copy of it and
 * its bytes in memory at once (issue 16). A piece ends between two JSON tokens. Pieces of 1 MB were
 * each a large object of their own, which stayed until a full collection: writing 55 MB that way
 * added 30 MB to the peak; a piece of 64 KB is collected young.
 */
export function* jsonChunks(result: AuditResult): Generator<string> {
  let batch: string[] = [];
  let size = 0;
  for (const piece of jsonPieces(result)) {
    batch.push(piece);
    size += piece.length;
    if (size < PIECE_SIZE) continue;
    yield batch.join('');
    batch = [];
    size = 0;
  }
  yield batch.join('');
}

/** Writes the JSON report to a file, piece by piece. */
export function writeJson(file: string, result: AuditResult): void {
  writeChunks(file, jsonChunks(result));
}

/** Writes pieces of text to a file (created or truncated) one after the other. */
export function writeChunks(file: string, pieces: Iterable<string>): void {
  const fd = openSync(file, 'w');
  try {
    for (const piece of pieces) writeFileSync(fd, piece);
  } finally {
    closeSync(fd);
  }
}

function* jsonPieces(result: AuditResult): Generator<string> {
  const document: Record<string, unknown> = {
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
  const indent = (json: string, by: string): string => json.replaceAll('\n', `\n${by}`);
  let first = true;
  yield '{';
  for (const [key, value] of Object.entries(document)) {
    if (value === undefined) continue;
    yield `${first ? '' : ','}\n  ${JSON.stringify(key)}: `;
    first = false;
    // Raw line breaks in JSON text are all between tokens (a string's are escaped), so indenting a
    // value is replacing each of them.
    if (!Array.isArray(value) || value.length === 0) {
      yield indent(JSON.stringify(value, null, 2), '  ');
      continue;
    }
    yield '[';
    for (let i = 0; i < value.length; i++) yield `${i === 0 ? '' : ','}\n    ${indent(JSON.stringify(value[i] ?? null, null, 2), '    ')}`;
    yield '\n  ]';
  }
  yield first ? '}\n' : '\n}\n';
}
