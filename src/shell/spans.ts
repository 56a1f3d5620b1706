/**
 * `${{ … }}` spans in text. The runner substitutes them before a shell sees a script, so the script
 * readers mask them (commands.ts) and the expression evaluator (model/expression.ts) parses them;
 * this scanner is the one both share.
 */

export interface Span {
  start: number;
  end: number;
  inner: string;
}

/** The spans and, when a `${{` is not closed, where it starts. */
export function scanSpans(text: string): { spans: Span[]; unclosed?: number } {
  const spans: Span[] = [];
  for (let from = 0; ;) {
    const start = text.indexOf('${{', from);
    if (start < 0) return { spans };
    // Like GitHub, a `}}` inside a single-quoted string does not close the expression.
    let inString = false;
    let end = -1;
    for (let i = start + 3; i < text.length && end < 0; i++) {
      if (text[i] === "'") inString = !inString;
      else if (!inString && text[i] === '}' && text[i + 1] === '}') end = i + 2;
    }
    if (end < 0) return { spans, unclosed: start };
    spans.push({ start, end, inner: text.slice(start + 3, end - 2) });
    from = end;
  }
}

/** The `${{ … }}` spans inside a string, with offsets (for later same-length masking of scripts). Unclosed `${{` is skipped. */
export function findExpressionSpans(text: string): Span[] {
  return scanSpans(text).spans;
}
