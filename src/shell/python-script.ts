import type { ScriptComment } from './comments.js';
import { maskExpressions } from './commands.js';

/**
 * A reader for `shell: python` scripts, deep enough to see which statements call what. It splits the
 * script into statements the way Python's tokenizer does — brackets and a trailing backslash continue
 * a line, `;` separates statements — and keeps strings (prefixed, triple-quoted, f-strings) and
 * comments out of the code: a string is one token, a comment is nothing.
 */

export type PyKind = 'name' | 'string' | 'number' | 'op';

const KINDS: readonly PyKind[] = ['name', 'string', 'number', 'op'];
const STRING = 1;

/**
 * The tokens of one script, kept as numbers in typed arrays rather than an object per token: a
 * nested list of a million arguments is millions of tokens, and as objects with their strings they
 * took 80 bytes each (issue 16). A token's text is sliced from the script when asked for.
 */
export class PyTokens {
  constructor(
    /** The script with its `${{ }}` expressions masked, which the offsets index. */
    readonly source: string,
    private readonly kinds: Uint8Array,
    private readonly starts: Int32Array,
    private readonly ends: Int32Array,
  ) {}

  get length(): number {
    return this.kinds.length;
  }

  kind(index: number): PyKind {
    return KINDS[this.kinds[index]!]!;
  }

  start(index: number): number {
    return this.starts[index]!;
  }

  end(index: number): number {
    return this.ends[index]!;
  }

  text(index: number): string {
    return this.source.slice(this.starts[index], this.ends[index]);
  }

  /** For strings: the contents between the quotes (after any prefix); for the others, the text. */
  value(index: number): string {
    const start = this.starts[index]!;
    const end = this.ends[index]!;
    if (this.kinds[index] !== STRING) return this.source.slice(start, end);
    let open = start;
    while (this.source[open] !== '"' && this.source[open] !== "'") open++;
    const quote = this.source.startsWith(this.source[open]!.repeat(3), open) ? 3 : 1;
    return this.source.slice(open + quote, Math.max(open + quote, end - quote));
  }
}

/**
 * A run of a script's tokens, `from` (included) to `to` (excluded): a statement, an argument of a
 * call. Indexes are relative to `from`; past either end, `kind` and `text` are undefined.
 */
export class PyRange {
  constructor(
    readonly all: PyTokens,
    readonly from: number,
    readonly to: number,
  ) {}

  get length(): number {
    return this.to - this.from;
  }

  kind(index: number): PyKind | undefined {
    return index >= 0 && index < this.to - this.from ? this.all.kind(this.from + index) : undefined;
  }

  text(index: number): string | undefined {
    return index >= 0 && index < this.to - this.from ? this.all.text(this.from + index) : undefined;
  }

  /** See PyTokens.value; undefined past either end. */
  value(index: number): string | undefined {
    return index >= 0 && index < this.to - this.from ? this.all.value(this.from + index) : undefined;
  }

  /** Whether the token at `index` is the operator `op`. */
  isOp(index: number, op: string): boolean {
    return this.kind(index) === 'op' && this.text(index) === op;
  }

  /** Tokens `start` to `end` (excluded) of this range, clamped to it, like Array.prototype.slice with non-negative indexes. */
  slice(start: number, end: number = this.length): PyRange {
    const from = this.from + Math.min(Math.max(0, start), this.length);
    return new PyRange(this.all, from, Math.max(from, this.from + Math.min(Math.max(0, end), this.length)));
  }
}

export interface PyStatement {
  tokens: PyRange;
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

/** A script's tokens as they are read: typed arrays grown by doubling, trimmed to length at the end. */
class TokenBuffer {
  kinds = new Uint8Array(64);
  starts = new Int32Array(64);
  ends = new Int32Array(64);
  length = 0;

  push(kind: PyKind, start: number, end: number): void {
    if (this.length === this.kinds.length) {
      const grow = <T extends Uint8Array | Int32Array>(array: T, make: (size: number) => T): T => {
        const larger = make(array.length * 2);
        larger.set(array);
        return larger;
      };
      this.kinds = grow(this.kinds, (size) => new Uint8Array(size));
      this.starts = grow(this.starts, (size) => new Int32Array(size));
      this.ends = grow(this.ends, (size) => new Int32Array(size));
    }
    this.kinds[this.length] = KINDS.indexOf(kind);
    this.starts[this.length] = start;
    this.ends[this.length] = end;
    this.length++;
  }

  done(source: string): PyTokens {
    return new PyTokens(source, this.kinds.slice(0, this.length), this.starts.slice(0, this.length), this.ends.slice(0, this.length));
  }
}

/** A script read into tokens, split into statements. */
export interface PyScript {
  tokens: PyTokens;
  statements: PyStatement[];
}

/** Splits a script into statements of tokens (and its `#` comments into `comments`); `${{ }}` expressions are masked so offsets stay exact. */
export function readPython(script: string, comments: ScriptComment[] = []): PyScript {
  const src = maskExpressions(script);
  const buffer = new TokenBuffer();
  // The statements' token ranges, made into PyRanges once the tokens are final.
  const bounds: Array<{ first: number; last: number; start: number; end: number }> = [];
  let first = 0;
  let depth = 0;
  const finish = (): void => {
    if (buffer.length > first)
      bounds.push({ first, last: buffer.length, start: buffer.starts[first]!, end: buffer.ends[buffer.length - 1]! });
    first = buffer.length;
  };
  const push = (kind: PyKind, start: number, end: number): void => buffer.push(kind, start, end);
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
        push('string', i, close);
        i = close;
      } else {
        push('name', i, end);
        i = end;
      }
    } else if (ch === '"' || ch === "'") {
      const close = stringEnd(src, i);
      push('string', i, close);
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
  const tokens = buffer.done(src);
  return { tokens, statements: bounds.map(({ first, last, start, end }) => ({ tokens: new PyRange(tokens, first, last), start, end })) };
}

/** The index of the bracket closing the one at `open`, or -1. */
export function closing(tokens: PyRange, open: number): number {
  let depth = 0;
  for (let i = open; i < tokens.length; i++) {
    const text = tokens.kind(i) === 'op' ? tokens.text(i) : '';
    if (text === '(' || text === '[' || text === '{') depth++;
    else if ((text === ')' || text === ']' || text === '}') && --depth === 0) return i;
  }
  return -1;
}

/**
 * The arguments between the brackets at `open` and `close`, split at top-level commas: each a range
 * of `tokens` (an argument is the tokens between two commas, so it is one run of them).
 */
export function splitArguments(tokens: PyRange, open: number, close: number): PyRange[] {
  const parts: PyRange[] = [];
  let first = open + 1;
  let i = open + 1;
  for (; i < close; i++) {
    const kind = tokens.kind(i);
    const text = kind === 'op' ? tokens.text(i)! : '';
    if (text === '(' || text === '[' || text === '{') {
      const end = closing(tokens, i);
      i = end === -1 || end > close ? close - 1 : end;
    } else if (text === ',') {
      parts.push(tokens.slice(first, i));
      first = i + 1;
    }
  }
  if (i > first) parts.push(tokens.slice(first, i));
  return parts;
}
