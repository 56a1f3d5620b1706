import type { LineCounter, Scalar } from 'yaml';

/** A script held in a YAML scalar, and where each of its characters sits in the file. */
export interface ScriptSource {
  text: string;
  /** The 1-based file line and column of a script offset. */
  at(offset: number): { line: number; column: number };
}

interface Segment {
  /** Where a source line's content starts in the scalar's value. */
  valueStart: number;
  /** Where it starts in the file. */
  sourceOffset: number;
}

/**
 * Lines up the scalar's value with its source lines. Block scalars drop their indentation, folded
 * ones join lines, CRLF becomes LF, and an indentation indicator (`|2-`) keeps extra spaces — but
 * each source line's content still appears verbatim and in order in the value, separated only by
 * white space. Lines that do not (escape sequences in a double-quoted scalar) are skipped and map
 * to the line before them.
 */
function segmentsOf(value: string, node: Scalar, source: string): Segment[] {
  const [start, end] = node.range ?? [0, 0];
  const isBlock = node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED';
  const isQuoted = node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE';
  let lineStart = start + (isQuoted ? 1 : 0);
  if (isBlock) {
    const headerEnd = source.indexOf('\n', start);
    lineStart = headerEnd === -1 || headerEnd >= end ? end : headerEnd + 1;
  }
  const segments: Segment[] = [];
  let cursor = 0;
  while (lineStart < end) {
    let lineEnd = source.indexOf('\n', lineStart);
    if (lineEnd === -1 || lineEnd > end) lineEnd = end;
    const line = source.slice(lineStart, lineEnd).replace(/\r$/, '');
    const content = line.trim();
    if (content !== '') {
      const found = value.indexOf(content, cursor);
      if (found !== -1 && value.slice(cursor, found).trim() === '') {
        segments.push({ valueStart: found, sourceOffset: lineStart + (line.length - line.trimStart().length) });
        cursor = found + content.length;
      }
    }
    lineStart = lineEnd + 1;
  }
  return segments;
}

/** Builds the offset map lazily: most scalars are never asked for a position. */
export function scriptSource(text: string, node: Scalar, source: string, lineCounter: LineCounter): ScriptSource {
  let segments: Segment[] | undefined;
  return {
    text,
    at(offset) {
      segments ??= segmentsOf(text, node, source);
      let low = 0;
      let high = segments.length - 1;
      let best = -1;
      while (low <= high) {
        const mid = (low + high) >> 1;
        if (segments[mid]!.valueStart <= offset) {
          best = mid;
          low = mid + 1;
        } else {
          high = mid - 1;
        }
      }
      const fileOffset = best === -1 ? (node.range?.[0] ?? 0) : segments[best]!.sourceOffset + (offset - segments[best]!.valueStart);
      const pos = lineCounter.linePos(fileOffset);
      return { line: pos.line, column: pos.col };
    },
  };
}
