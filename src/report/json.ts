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
  let first = true;
  yield '{';
  for (const [key, value] of Object.entries(document)) {
    if (value === undefined) continue;
    yield `${first ? '' : ','}\n  ${JSON.stringify(key)}: `;
    first = false;
    yield* valuePieces(value, '  ', true);
  }
  yield first ? '}\n' : '\n}\n';
}

/** Lists longer than this are written an element at a time, and so is an object that holds one. */
const LONG_LIST = 64;

const writable = (value: unknown): boolean => value !== undefined && typeof value !== 'function' && typeof value !== 'symbol';

/** An object JSON.stringify writes as its own enumerable properties: no toJSON, not a Map or a class instance. */
function isPlainRecord(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value) || 'toJSON' in value) return false;
  const prototype = Object.getPrototypeOf(value) as unknown;
  return prototype === Object.prototype || prototype === null;
}

/**
 * `JSON.stringify(value, null, 2)` with `by` after each of its line breaks, in pieces: a long list
 * one element at a time, and an object holding one a property at a time, so that no piece is the
 * whole of a large value (an inventory entry of 40,000 jobs is 13 MB of JSON; as one string, with
 * its indented copy, it added 60 MB to the peak of writing the report; issue 16). The text is the
 * same whichever way a value is written.
 */
function* valuePieces(value: unknown, by: string, split = false): Generator<string> {
  if (Array.isArray(value) && value.length > 0 && (split || value.length > LONG_LIST)) {
    yield '[';
    for (let i = 0; i < value.length; i++) {
      yield `${i === 0 ? '' : ','}\n${by}  `;
      // JSON.stringify writes null for what it cannot write in a list.
      const element: unknown = value[i];
      yield* valuePieces(writable(element) ? element : null, `${by}  `);
    }
    yield `\n${by}]`;
    return;
  }
  if (isPlainRecord(value) && Object.values(value).some((field) => Array.isArray(field) && field.length > LONG_LIST)) {
    let first = true;
    yield '{';
    for (const key of Object.keys(value)) {
      const field = value[key];
      if (!writable(field)) continue;
      yield `${first ? '' : ','}\n${by}  ${JSON.stringify(key)}: `;
      first = false;
      yield* valuePieces(field, `${by}  `);
    }
    yield first ? '}' : `\n${by}}`;
    return;
  }
  yield (JSON.stringify(value, null, 2) ?? 'null').replaceAll('\n', `\n${by}`);
}
