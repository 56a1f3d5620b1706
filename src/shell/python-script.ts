import type { ScriptComment } from './comments.js';
import { maskExpressions } from './commands.js';

/**
 * A reader for `shell: python` scripts, deep enough to see which statements call what. It splits the
 * script into statements the way Python's tokenizer does — brackets and a trailing backslash continue
 * a line, `;` separates statements — and keeps strings (prefixed, triple-quoted, f-strings) and
 * comments out of the code: a string is one token, a comment is nothing.
 */

export interface PyToken {
  kind: 'name' | 'string' | 'number' | 'op';
  text: string;
  /** For strings: the contents between the quotes. */
  value: string;
  start: number;
  end: number;
}

export interface PyStatement {
  tokens: PyToken[];
  start: number;
  end: number;
}

const OPERATORS = [
  '**=',
  '//=',
  '>>=',
  '<<=',
  '...',
  '**',
  '//',
  '==',
  '!=',
  '<=',
  '>=',
  ':=',
  '->',
  '+=',
  '-=',
  '*=',
  '/=',
  '%=',
  '&=',
  '|=',
  '^=',
  '<<',
  '>>',
];
const STRING_PREFIX = /^(?:[rRbBuUfF]|[rR][bBfF]|[bBfF][rR])$/;

/** The end of a string whose opening quote (one or three characters) starts at `quoteStart`. */
function stringEnd(src: string, quoteStart: number): number {
  const quote = src.startsWith(src[quoteStart]!.repeat(3), quoteStart) ? src[quoteStart]!.repeat(3) : src[quoteStart]!;
  let i = quoteStart + quote.length;
  while (i < src.length) {
    if (src[i] === '\\') i += 2;
    else if (src.startsWith(quote, i)) return i + quote.length;
    else if (quote.length === 1 && src[i] === '\n') return i;
    else i++;
  }
  return src.length;
}

/** Splits a script into statements of tokens (and its `#` comments into `comments`); `${{ }}` expressions are masked so offsets stay exact. */
export function readPython(script: string, comments: ScriptComment[] = []): PyStatement[] {
  const src = maskExpressions(script);
  const statements: PyStatement[] = [];
  let tokens: PyToken[] = [];
  let depth = 0;
  const finish = (): void => {
    if (tokens.length > 0) statements.push({ tokens, start: tokens[0]!.start, end: tokens.at(-1)!.end });
    tokens = [];
  };
  const push = (kind: PyToken['kind'], start: number, end: number, value = src.slice(start, end)): void => {
    tokens.push({ kind, text: src.slice(start, end), value, start, end });
  };
  let i = 0;
  while (i < src.length) {
    const ch = src[i]!;
    if (ch === '#') {
      const end = src.indexOf('\n', i);
      comments.push({ start: i, bodyStart: i + 1, end: end === -1 ? src.length : end });
      i = end === -1 ? src.length : end;
    } else if (ch === '\\' && src[i + 1] === '\n') {
      i += 2;
    } else if (ch === '\n' || (ch === ';' && depth === 0)) {
      if (depth === 0) finish();
      i++;
    } else if (/\s/.test(ch)) {
      i++;
    } else if (/[A-Za-z_\u00c0-\uffff]/.test(ch)) {
      let end = i + 1;
      while (end < src.length && /[\w\u00c0-\uffff]/.test(src[end]!)) end++;
      const word = src.slice(i, end);
      if ((src[end] === '"' || src[end] === "'") && STRING_PREFIX.test(word)) {
        const close = stringEnd(src, end);
        const quote = src.startsWith(src[end]!.repeat(3), end) ? 3 : 1;
        push('string', i, close, src.slice(end + quote, Math.max(end + quote, close - quote)));
        i = close;
      } else {
        push('name', i, end);
        i = end;
      }
    } else if (ch === '"' || ch === "'") {
      const close = stringEnd(src, i);
      const quote = src.startsWith(ch.repeat(3), i) ? 3 : 1;
      push('string', i, close, src.slice(i + quote, Math.max(i + quote, close - quote)));
      i = close;
    } else if (/\d/.test(ch) || (ch === '.' && /\d/.test(src[i + 1] ?? ''))) {
      let end = i + 1;
      while (end < src.length && /[\w.]/.test(src[end]!)) end++;
      push('number', i, end);
      i = end;
    } else {
      const operator = OPERATORS.find((candidate) => src.startsWith(candidate, i)) ?? ch;
      if ('([{'.includes(operator)) depth++;
      else if (')]}'.includes(operator)) depth = Math.max(0, depth - 1);
      push('op', i, i + operator.length);
      i += operator.length;
    }
  }
  finish();
  return statements;
}

/** The index of the bracket closing the one at `open`, or -1. */
export function closing(tokens: readonly PyToken[], open: number): number {
  let depth = 0;
  for (let i = open; i < tokens.length; i++) {
    const text = tokens[i]!.kind === 'op' ? tokens[i]!.text : '';
    if (text === '(' || text === '[' || text === '{') depth++;
    else if ((text === ')' || text === ']' || text === '}') && --depth === 0) return i;
  }
  return -1;
}

/** The arguments between the brackets at `open` and `close`, split at top-level commas. */
export function splitArguments(tokens: readonly PyToken[], open: number, close: number): PyToken[][] {
  const parts: PyToken[][] = [];
  let current: PyToken[] = [];
  for (let i = open + 1; i < close; i++) {
    const token = tokens[i]!;
    if (token.kind === 'op' && '([{'.includes(token.text)) {
      const end = closing(tokens, i);
      const stop = end === -1 || end > close ? close - 1 : end;
      for (let k = i; k <= stop; k++) current.push(tokens[k]!);
      i = stop;
    } else if (token.kind === 'op' && token.text === ',') {
      parts.push(current);
      current = [];
    } else {
      current.push(token);
    }
  }
  if (current.length > 0) parts.push(current);
  return parts;
}
