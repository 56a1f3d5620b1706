import type { ScriptComment } from './comments.js';
import { maskExpressions } from './commands.js';
import { MAX_SCRIPT_NESTING, ScriptNestingError } from './nesting.js';

/**
 * A reader for PowerShell scripts, just deep enough to follow native commands and `$LASTEXITCODE`
 * through a script. No maintained PowerShell parser runs in JavaScript, so this tokenises the script
 * itself — strings, here-strings and comments are opaque data — and keeps the block structure that
 * decides what runs after what: if/elseif/else and switch branches, loops, try/catch/finally,
 * function definitions and script blocks.
 */

type TokenKind =
  | 'word'
  | 'variable'
  | 'string'
  | 'type'
  | 'newline'
  | 'semicolon'
  | 'pipe'
  | 'and'
  | 'or'
  | 'amp'
  | 'open'
  | 'close'
  | 'assign'
  | 'redirect'
  | 'comma';

interface Token {
  kind: TokenKind;
  /** The text as written; for `open` one of `(`, `$(`, `@(`, `{`, `@{`. */
  text: string;
  /** Words and strings without their quotes and escapes. */
  value: string;
  start: number;
  end: number;
}

/** Where a statement sits, which decides whether it runs after another one. */
export type FrameKind =
  /** A branch of an `if`/`elseif`/`else` chain or a `switch` clause. */
  | 'branch'
  /** A loop body, including the script block of `ForEach-Object`. */
  | 'loop'
  | 'try'
  /** Runs only when something throws — a failing native command does not. */
  | 'catch'
  | 'finally'
  /** A function, filter, trap or class body: it runs when called, not where it is written. */
  | 'definition'
  /** A script block passed to a command (`Invoke-Command { … }`, `& { … }`). */
  | 'scriptblock'
  /** `( … )`, `$( … )`, `@( … )`: a value computed in place. */
  | 'group'
  /** A block that runs in place: `else`, `do`, `begin`/`process`/`end`. */
  | 'body';

export interface Frame {
  kind: FrameKind;
  start: number;
  end: number;
  /** The `if` or `switch` a branch belongs to: branches of one chain exclude each other. */
  chain?: number;
  /** For loops: the loop condition reads `$LASTEXITCODE` or `$?` again after every pass. */
  conditionReadsStatus?: boolean;
}

interface Placed {
  start: number;
  end: number;
  /** Enclosing frames, outermost first. */
  frames: readonly Frame[];
  /** The pipeline chain (`a && b || c`) the event belongs to, its link, and the operator before that link. */
  chain: number;
  link: number;
  op?: '&&' | '||';
}

export interface PwshCommand extends Placed {
  type: 'command';
  /** The command's words without quotes; for `& $exe …` the first word is the expression called. */
  argv: string[];
  /** A native program (or a `.ps1` script): it reports failure only through `$LASTEXITCODE`. */
  native: boolean;
  /** Its output is a value: inside `( … )`, `$( … )` or on the right of an assignment. */
  captured: boolean;
  /** First in its pipeline: its exit status is the pipeline's `$LASTEXITCODE` when the rest are cmdlets. */
  leads: boolean;
}

export type PwshEvent =
  | PwshCommand
  /** `$LASTEXITCODE` or `$?` read in code (not inside a string). */
  | (Placed & { type: 'status-read' })
  /** `$LASTEXITCODE = …`. */
  | (Placed & { type: 'status-write' })
  /** `exit N` (`success` for a literal 0, `none` without a code) or `return`. */
  | (Placed & { type: 'exit'; code: 'success' | 'failure' | 'none' })
  | (Placed & { type: 'throw' })
  /** `$PSNativeCommandUseErrorActionPreference` (`native`) or `$ErrorActionPreference` (`action`) assigned. */
  | (Placed & { type: 'preference'; name: 'native' | 'action'; stops: boolean });

export interface PwshScript {
  /** Everything the script does that matters to exit statuses, in source order. */
  events: PwshEvent[];
  /** `#` and `<# … #>` comments, in source order. */
  comments: ScriptComment[];
}

const STATUS_VARIABLE = /^\$\{?(?:global:|script:)?(?:lastexitcode|\?)\}?$/i;
const LASTEXITCODE = /^\$\{?(?:global:|script:)?lastexitcode\}?$/i;
const NATIVE_PREFERENCE = /^\$\{?(?:global:)?psnativecommanduseerroractionpreference\}?$/i;
const ACTION_PREFERENCE = /^\$\{?(?:global:)?erroractionpreference\}?$/i;

/**
 * PowerShell's approved verbs (`Get-Verb`) and the unapproved ones of built-in cmdlets: a
 * `Verb-Noun` word is a cmdlet or function, never a native program. Other hyphenated words
 * (`clang-format`, `pre-commit`, `git-lfs`) are programs.
 */
const VERBS = new Set(
  [
    'add clear close copy enter exit find format get hide join lock move new open optimize pop push redo remove rename reset resize',
    'search select set show skip split step switch undo unlock watch connect disconnect read receive send write backup checkpoint',
    'compare compress convert convertfrom convertto dismount edit expand export group import initialize limit merge mount out',
    'publish restore save sync unpublish update debug measure ping repair resolve test trace approve assert build complete confirm',
    'deny deploy disable enable install invoke register request restart resume start stop submit suspend uninstall unregister wait',
    'block grant protect revoke unblock unprotect use foreach where sort tee',
  ]
    .join(' ')
    .split(' '),
);

/**
 * Aliases of cmdlets and built-in functions. The last line exists only on Windows (elsewhere `ls`,
 * `cat` or `tee` are programs); counting them as cmdlets everywhere errs towards fewer findings.
 */
const ALIASES = new Set(
  [
    '% ? cd chdir clc clear clhy cli clp cls clv cnsn compare copy cpi cpp cvpa dbp del diff dir echo epal epcsv erase etsn exsn',
    'fc fhx fl foreach ft fw gal gbp gc gcb gci gcm gcs gdr ghy gi gjb gl gm gmo gp gps gpv group gsn gsv gu gv h help history',
    'icm iex ihy ii ipal ipcsv ipmo irm iwr md measure mi mkdir move mp nal ndr ni nmo nsn nv ogv oh popd pushd pwd r rbp rcjb',
    'rcsn rd rdr ren ri rjb rmdir rmo rni rnp rp rsn rv rvpa sajb sal saps sasv sbp scb select set shcm si sl sls sp spjb spps',
    'spsv start sv type where wjb write',
    // A name that is no command gets `Get-` put in front of it: `command bash` is Get-Command, `date` Get-Date.
    'command date childitem content location process service item variable',
    'ac cat cp kill ls man mount mv ps rm sleep sort tee',
  ]
    .join(' ')
    .split(' '),
);

/** Keywords that continue a statement; met on their own they are never a program. */
const CLAUSE_KEYWORDS = new Set(['else', 'elseif', 'catch', 'finally', 'until', 'in']);

/** Commands whose script block runs once per input object. */
const LOOPING_COMMANDS = new Set(['foreach-object', '%', 'foreach', 'where-object', '?', 'where']);

const KEYWORD_STATEMENTS = new Set([
  'if',
  'switch',
  'foreach',
  'for',
  'while',
  'do',
  'try',
  'function',
  'filter',
  'workflow',
  'configuration',
  'trap',
  'class',
  'enum',
  'param',
  'begin',
  'process',
  'end',
  'clean',
  'dynamicparam',
  'exit',
  'return',
  'throw',
  'break',
  'continue',
]);

// ---------------------------------------------------------------------------------------------
// Tokens

const isSpace = (ch: string | undefined): boolean =>
  ch === ' ' || ch === '\t' || ch === '\r' || ch === '\f' || ch === '\v' || ch === '\u00a0';
const WORD_STOP = /[\s;|&(){},<>]/;
const VARIABLE_CHAR = /[\w:]/;

/**
 * The end of the quoted string (`'…'`, `"…"`) or bracketed group (`( … )`, `[ … ]`, `{ … }`) that
 * starts at `start`. A `"…"` string may hold `$( … )` with more strings in it, to any depth: the
 * nesting is kept on an explicit stack, so no input depth can overflow the call stack.
 */
function scanEnd(src: string, start: number): number {
  type Open = { quote: string } | { opening: string; closing: string; depth: number };
  const group = (opening: string): Open => ({ opening, closing: opening === '(' ? ')' : opening === '[' ? ']' : '}', depth: 0 });
  const first = src[start]!;
  const stack: Open[] = [first === "'" || first === '"' ? { quote: first } : group(first)];
  let i = 'quote' in stack[0]! ? start + 1 : start;
  while (i < src.length) {
    const top = stack.at(-1)!;
    const ch = src[i];
    if ('quote' in top) {
      if (top.quote === '"' && ch === '`') {
        i += 2;
      } else if (ch === top.quote) {
        if (src[i + 1] === top.quote) {
          i += 2;
          continue;
        }
        stack.pop();
        i++;
        if (stack.length === 0) return i;
      } else if (top.quote === '"' && ch === '$' && src[i + 1] === '(') {
        stack.push(group('('));
        i++;
      } else {
        i++;
      }
      continue;
    }
    if (ch === "'" || ch === '"') {
      stack.push({ quote: ch });
      i++;
      continue;
    }
    if (ch === top.opening) top.depth++;
    else if (ch === top.closing && --top.depth === 0) {
      stack.pop();
      if (stack.length === 0) return i + 1;
    }
    i++;
  }
  return src.length;
}

/** A here-string (`@'` or `@"` ending its line) runs to a line that starts with the quote and `@`. */
function hereStringEnd(src: string, start: number): number | undefined {
  const quote = src[start + 1];
  let i = start + 2;
  while (isSpace(src[i])) i++;
  if (i < src.length && src[i] !== '\n') return undefined;
  while (i < src.length) {
    const lineStart = i + 1;
    let j = lineStart;
    while (isSpace(src[j])) j++;
    if (src[j] === quote && src[j + 1] === '@') return j + 2;
    const next = src.indexOf('\n', lineStart);
    if (next === -1) break;
    i = next;
  }
  return src.length;
}

function unquote(text: string): string {
  if (text.startsWith("'")) return text.slice(1, text.endsWith("'") && text.length > 1 ? -1 : undefined).replace(/''/g, "'");
  return text
    .slice(1, text.endsWith('"') && text.length > 1 ? -1 : undefined)
    .replace(/`(.)/g, '$1')
    .replace(/""/g, '"');
}

function tokenize(src: string, comments: ScriptComment[]): Token[] {
  const tokens: Token[] = [];
  const push = (kind: TokenKind, start: number, end: number, value = src.slice(start, end)): void => {
    tokens.push({ kind, text: src.slice(start, end), value, start, end });
  };
  let i = 0;
  while (i < src.length) {
    const ch = src[i]!;
    const next = src[i + 1];
    if (ch === '\n') {
      push('newline', i, i + 1);
      i++;
    } else if (isSpace(ch)) {
      i++;
    } else if (ch === '`' && (next === '\n' || (next === '\r' && src[i + 2] === '\n'))) {
      // A backtick at the end of a line continues the statement on the next one.
      i += next === '\n' ? 2 : 3;
    } else if (ch === '#') {
      const end = src.indexOf('\n', i);
      comments.push({ start: i, bodyStart: i + 1, end: end === -1 ? src.length : end });
      i = end === -1 ? src.length : end;
    } else if (ch === '<' && next === '#') {
      const end = src.indexOf('#>', i + 2);
      comments.push({ start: i, bodyStart: i + 2, end: end === -1 ? src.length : end });
      i = end === -1 ? src.length : end + 2;
    } else if (ch === '@' && (next === '"' || next === "'") && hereStringEnd(src, i) !== undefined) {
      const end = hereStringEnd(src, i)!;
      push('string', i, end, '');
      i = end;
    } else if (ch === "'" || ch === '"') {
      const end = scanEnd(src, i);
      push('string', i, end, unquote(src.slice(i, end)));
      i = end;
    } else if (ch === '$' && next === '(') {
      push('open', i, i + 2);
      i += 2;
    } else if (ch === '$' && next === '{') {
      const end = src.indexOf('}', i);
      const stop = end === -1 ? src.length : end + 1;
      push('variable', i, stop);
      i = stop;
    } else if (ch === '$' && next !== undefined && (VARIABLE_CHAR.test(next) || next === '?' || next === '$' || next === '^')) {
      let end = i + 2;
      if (VARIABLE_CHAR.test(next)) while (end < src.length && VARIABLE_CHAR.test(src[end]!)) end++;
      push('variable', i, end);
      i = end;
    } else if (ch === '@' && (next === '(' || next === '{')) {
      push('open', i, i + 2);
      i += 2;
    } else if (ch === '(' || ch === '{') {
      push('open', i, i + 1);
      i++;
    } else if (ch === ')' || ch === '}') {
      push('close', i, i + 1);
      i++;
    } else if (ch === '[') {
      const end = scanEnd(src, i);
      push('type', i, end);
      i = end;
    } else if (ch === ';') {
      push('semicolon', i, i + 1);
      i++;
    } else if (ch === '|') {
      const double = next === '|';
      push(double ? 'or' : 'pipe', i, i + (double ? 2 : 1));
      i += double ? 2 : 1;
    } else if (ch === '&') {
      const double = next === '&';
      push(double ? 'and' : 'amp', i, i + (double ? 2 : 1));
      i += double ? 2 : 1;
    } else if (ch === ',') {
      push('comma', i, i + 1);
      i++;
    } else if (ch === '=' || (/[+\-*/%]/.test(ch) && next === '=')) {
      const end = ch === '=' ? i + 1 : i + 2;
      push('assign', i, end);
      i = end;
    } else if (ch === '>' || ch === '<' || (/[\d*]/.test(ch) && next === '>')) {
      // `>`, `>>`, `2>`, `2>&1`, `*>&1`
      let end = i + (ch === '>' || ch === '<' ? 1 : 2);
      if (src[end] === '>') end++;
      if (src[end] === '&' && /\d/.test(src[end + 1] ?? '')) end += 2;
      push('redirect', i, end);
      i = end;
    } else {
      let value = '';
      let end = i;
      while (end < src.length) {
        const c = src[end]!;
        if (c === '`') {
          if (src[end + 1] === undefined || src[end + 1] === '\n' || src[end + 1] === '\r') break;
          value += src[end + 1];
          end += 2;
        } else if (c === "'" || c === '"') {
          const close = scanEnd(src, end);
          value += unquote(src.slice(end, close));
          end = close;
        } else if (WORD_STOP.test(c) || (c === '$' && end > i && /[\w?{(:]/.test(src[end + 1] ?? ''))) {
          break;
        } else {
          value += c;
          end++;
        }
      }
      if (end === i) end++;
      push('word', i, end, value);
      i = end;
    }
  }
  return tokens;
}

// ---------------------------------------------------------------------------------------------
// Statements

const isTerminator = (token: Token | undefined): boolean =>
  !token || token.kind === 'newline' || token.kind === 'semicolon' || token.kind === 'close';
const ends = (token: Token | undefined): boolean =>
  isTerminator(token) || token!.kind === 'pipe' || token!.kind === 'and' || token!.kind === 'or';
const isOpen = (token: Token | undefined, text: string): boolean => token?.kind === 'open' && token.text === text;

class Reader {
  readonly events: PwshEvent[] = [];
  private i = 0;
  private frames: Frame[] = [];
  private chains = 0;
  /** `$a = $b = …`: assignments whose value is another assignment, which the reader follows by recursion. */
  private assignments = 0;
  private position = { chain: 0, link: 0, op: undefined as '&&' | '||' | undefined };

  constructor(
    private readonly tokens: Token[],
    private readonly functions: ReadonlySet<string>,
  ) {}

  script(): void {
    while (this.i < this.tokens.length) {
      const token = this.tokens[this.i]!;
      // A stray closing bracket at top level: step over it rather than stop reading.
      if (token.kind === 'newline' || token.kind === 'semicolon' || token.kind === 'close') this.i++;
      else this.progress();
    }
  }

  /** Reads a statement, and makes sure it consumed something, so malformed input cannot stall the reader. */
  private progress(): void {
    const before = this.i;
    this.statement();
    if (this.i === before) this.i++;
  }

  private peek(offset = 0): Token | undefined {
    return this.tokens[this.i + offset];
  }

  private keywordAt(offset = 0): string {
    const token = this.peek(offset);
    return token?.kind === 'word' ? token.value.toLowerCase() : '';
  }

  private lastEnd(): number {
    return this.tokens[this.i - 1]?.end ?? 0;
  }

  private place(start: number, end: number): Placed {
    return { start, end, frames: [...this.frames], ...this.position };
  }

  private emit(event: PwshEvent): void {
    this.events.push(event);
  }

  private skipNewlines(): void {
    while (this.peek()?.kind === 'newline') this.i++;
  }

  /** Statements up to the closing bracket of the block just opened (consumed). */
  private block(): void {
    for (;;) {
      const token = this.peek();
      if (!token) return;
      if (token.kind === 'close') {
        this.i++;
        return;
      }
      if (token.kind === 'newline' || token.kind === 'semicolon') this.i++;
      else this.progress();
    }
  }

  /** Every recursion of the reader goes through a frame or an assignment: bounding both bounds its depth. */
  private checkNesting(): void {
    if (this.frames.length + this.assignments >= MAX_SCRIPT_NESTING) throw new ScriptNestingError('blocks');
  }

  private inFrame(kind: FrameKind, start: number, body: () => void, extra: Partial<Frame> = {}): void {
    this.checkNesting();
    const frame: Frame = { kind, start, end: start, ...extra };
    this.frames.push(frame);
    const saved = this.position;
    body();
    this.position = saved;
    this.frames.pop();
    frame.end = this.lastEnd();
  }

  /** A `{ … }` block in a frame of its own, if one follows. */
  private braces(kind: FrameKind, extra: Partial<Frame> = {}): void {
    this.skipNewlines();
    const open = this.peek();
    if (!isOpen(open, '{')) return;
    this.inFrame(
      kind,
      open!.start,
      () => {
        this.i++;
        this.block();
      },
      extra,
    );
  }

  /** A `( … )` group (a condition, a loop header, a subexpression), run in place. */
  private parens(): void {
    const open = this.peek();
    if (open?.kind !== 'open' || open.text.endsWith('{')) return;
    this.inFrame('group', open.start, () => {
      this.i++;
      this.block();
    });
  }

  /** Steps over a bracketed group without reading it: hashtables and `param( … )` hold data. */
  private skipGroup(): void {
    let depth = 0;
    do {
      const token = this.peek();
      if (!token) return;
      if (token.kind === 'open') depth++;
      else if (token.kind === 'close') depth--;
      this.i++;
    } while (depth > 0);
  }

  private statement(): void {
    const keyword = this.keywordAt();
    const start = this.peek()!.start;
    if (KEYWORD_STATEMENTS.has(keyword)) {
      switch (keyword) {
        case 'if':
          return this.ifStatement();
        case 'switch':
          return this.switchStatement();
        case 'foreach':
        case 'for':
        case 'while':
          if (isOpen(this.peek(1), '(')) return this.loop();
          break;
        case 'do':
          if (isOpen(this.peek(1), '{')) return this.doLoop();
          break;
        case 'try':
          return this.tryStatement();
        case 'function':
        case 'filter':
        case 'workflow':
        case 'configuration':
        case 'trap':
        case 'class':
        case 'enum':
          return this.definition();
        case 'param':
          this.i++;
          if (this.peek()?.kind === 'open') this.skipGroup();
          return;
        case 'begin':
        case 'process':
        case 'end':
        case 'clean':
        case 'dynamicparam':
          if (!isOpen(this.peek(1), '{')) break;
          this.i++;
          this.braces('body');
          return;
        case 'exit':
        case 'return':
          return this.exit(keyword, start);
        case 'throw':
          this.i++;
          this.emit({ type: 'throw', ...this.place(start, this.lastEnd()) });
          this.arguments(undefined);
          return;
        case 'break':
        case 'continue':
          this.i++;
          this.arguments(undefined);
          return;
      }
    }
    this.chain(false);
  }

  private ifStatement(): void {
    const chain = ++this.chains;
    this.i++;
    this.parens();
    this.braces('branch', { chain });
    for (;;) {
      const saved = this.i;
      this.skipNewlines();
      const keyword = this.keywordAt();
      if (keyword !== 'elseif' && keyword !== 'else') {
        this.i = saved;
        return;
      }
      // An `elseif` condition is evaluated only when the branches before it were not taken.
      this.inFrame(
        'branch',
        this.peek()!.start,
        () => {
          this.i++;
          if (keyword === 'elseif') this.parens();
          this.braces('body');
        },
        { chain },
      );
    }
  }

  private switchStatement(): void {
    const chain = ++this.chains;
    this.i++;
    // Options (-Regex, -File path) and the value, up to the clauses.
    while (this.peek() && !isOpen(this.peek(), '{') && this.peek()!.kind !== 'newline') {
      if (isOpen(this.peek(), '(') || isOpen(this.peek(), '$(')) this.parens();
      else this.i++;
    }
    this.skipNewlines();
    if (!isOpen(this.peek(), '{')) return;
    this.i++;
    for (;;) {
      const token = this.peek();
      if (!token) return;
      if (token.kind === 'close') {
        this.i++;
        return;
      }
      if (isOpen(token, '{')) this.braces('branch', { chain });
      else if (token.kind === 'open') this.parens();
      else this.i++; // a pattern: 'text', 42, default
    }
  }

  private loop(): void {
    this.i++;
    const before = this.events.length;
    this.parens();
    // while/for re-evaluate their header after every pass: a status read there checks the body.
    const conditionReadsStatus = this.events.slice(before).some((event) => event.type === 'status-read');
    this.braces('loop', { conditionReadsStatus });
  }

  private doLoop(): void {
    this.inFrame('loop', this.peek()!.start, () => {
      this.i++;
      this.braces('body');
      this.skipNewlines();
      const keyword = this.keywordAt();
      if (keyword === 'while' || keyword === 'until') {
        this.i++;
        this.parens();
      }
    });
  }

  private tryStatement(): void {
    this.i++;
    this.braces('try');
    for (;;) {
      const saved = this.i;
      this.skipNewlines();
      const keyword = this.keywordAt();
      if (keyword === 'catch') {
        this.i++;
        while (this.peek()?.kind === 'type' || this.peek()?.kind === 'comma') this.i++;
        this.braces('catch');
      } else if (keyword === 'finally') {
        this.i++;
        this.braces('finally');
      } else {
        this.i = saved;
        return;
      }
    }
  }

  private definition(): void {
    this.i++;
    // The name, parameters or base class, up to the body.
    while (this.peek() && !isOpen(this.peek(), '{') && this.peek()!.kind !== 'newline') {
      if (this.peek()!.kind === 'open') this.skipGroup();
      else this.i++;
    }
    this.braces('definition');
  }

  private exit(keyword: string, start: number): void {
    this.i++;
    const value = this.peek();
    let code: 'success' | 'failure' | 'none' = 'failure';
    // `return` hands back output, not an exit code.
    if (keyword === 'return' || ends(value)) code = 'none';
    else if (value!.kind === 'word' && value!.value === '0' && ends(this.peek(1))) code = 'success';
    this.emit({ type: 'exit', code, ...this.place(start, value && !ends(value) ? value.end : this.lastEnd()) });
    this.arguments(undefined);
  }

  /** `a && b || c`: pipelines joined by PowerShell 7's chain operators. */
  private chain(captured: boolean): void {
    const saved = this.position;
    this.position = { chain: ++this.chains, link: 0, op: undefined };
    for (;;) {
      this.pipeline(captured);
      const token = this.peek();
      if (token?.kind !== 'and' && token?.kind !== 'or') break;
      this.i++;
      this.skipNewlines();
      this.position = { ...this.position, link: this.position.link + 1, op: token.kind === 'and' ? '&&' : '||' };
    }
    // A trailing `&` runs the pipeline as a background job.
    if (this.peek()?.kind === 'amp') this.i++;
    this.position = saved;
  }

  private pipeline(captured: boolean): void {
    let leads = true;
    for (;;) {
      this.element(captured, leads);
      leads = false;
      if (this.peek()?.kind === 'pipe') {
        this.i++;
        this.skipNewlines();
        continue;
      }
      // A line that starts with `|` continues the pipeline (PowerShell 7.2+).
      let k = 0;
      while (this.peek(k)?.kind === 'newline') k++;
      if (k > 0 && this.peek(k)?.kind === 'pipe') {
        this.i += k + 1;
        this.skipNewlines();
        continue;
      }
      return;
    }
  }

  /** Whether the tokens ahead are an assignment target (`$x`, `$env:X`, `[int]$x`, `$a.B`, `$a, $b`) and `=`. */
  private assignmentAhead(): number | undefined {
    let k = 0;
    let sawVariable = false;
    for (;;) {
      const token = this.peek(k);
      if (!token) return undefined;
      if (token.kind === 'variable') sawVariable = true;
      else if (token.kind === 'assign') return sawVariable ? k : undefined;
      else if (!(token.kind === 'type' || token.kind === 'comma' || (token.kind === 'word' && token.value.startsWith('.'))))
        return undefined;
      k++;
    }
  }

  private element(captured: boolean, leads: boolean): void {
    const token = this.peek();
    if (!token || ends(token)) return;
    // `cmd || exit 1`, `cmd || throw "failed"`: the statements PowerShell 7 allows in a chain.
    const keyword = this.keywordAt();
    if (keyword === 'exit' || keyword === 'return' || keyword === 'throw') return this.statement();
    const assign = this.assignmentAhead();
    if (assign !== undefined) return this.assignment(assign);
    if (token.kind === 'amp') {
      // The call operator runs what follows: a program path, a variable holding one, or a script block.
      this.i++;
      const target = this.peek();
      if (isOpen(target, '{')) {
        this.braces('scriptblock');
        this.arguments(undefined);
      } else if (target && !ends(target)) {
        this.command(target, true, captured, leads, token.start);
      }
      return;
    }
    if (token.kind === 'word' && this.isCommandName(token.value)) {
      // Dot-sourcing runs a script in the current scope; it is PowerShell code, not a native program.
      const dotSourced = token.value === '.';
      const name = dotSourced ? this.peek(1) : token;
      if (dotSourced) this.i++;
      if (!name || ends(name)) return;
      this.command(name, !dotSourced && this.isNative(name.value), captured, leads, token.start);
      return;
    }
    this.arguments(undefined);
  }

  private assignment(assignAt: number): void {
    const target = this.tokens.slice(this.i, this.i + assignAt).find((token) => token.kind === 'variable')!;
    const value = this.peek(assignAt + 1);
    const place = this.place(target.start, value?.end ?? target.end);
    if (LASTEXITCODE.test(target.text)) this.emit({ type: 'status-write', ...place });
    if (NATIVE_PREFERENCE.test(target.text))
      this.emit({ type: 'preference', name: 'native', stops: /^\$true$|^1$/i.test(value?.text ?? ''), ...place });
    if (ACTION_PREFERENCE.test(target.text))
      this.emit({
        type: 'preference',
        name: 'action',
        stops: /stop/i.test(value?.text ?? '') && !/continue/i.test(value?.text ?? ''),
        ...place,
      });
    for (let k = 0; k < assignAt; k++) {
      this.readVariable(this.peek()!);
      this.i++;
    }
    this.i++;
    this.skipNewlines();
    // `$x = if (…) { … }`: the value of a statement.
    this.checkNesting();
    this.assignments++;
    if (KEYWORD_STATEMENTS.has(this.keywordAt()) && this.keywordAt() !== 'param') this.statement();
    else this.pipeline(true);
    this.assignments--;
  }

  private command(name: Token, native: boolean, captured: boolean, leads: boolean, start = name.start): void {
    const inGroup = this.frames.some((frame) => frame.kind === 'group');
    const event: PwshCommand = {
      type: 'command',
      argv: [name.value],
      native,
      captured: captured || inGroup,
      leads,
      ...this.place(start, name.end),
    };
    this.emit(event);
    // `& (Join-Path $dir tool.exe) …`: the program is computed by the group.
    if (name.kind === 'open') {
      this.parens();
    } else {
      this.readVariable(name);
      this.i++;
    }
    this.arguments(event, name.value.toLowerCase());
    event.end = Math.max(event.end, this.lastEnd());
  }

  /** The rest of a pipeline element: arguments, redirections, nested groups and script blocks. */
  private arguments(command: PwshCommand | undefined, name = ''): void {
    for (;;) {
      const token = this.peek();
      if (!token || ends(token) || token.kind === 'amp') return;
      if (token.kind === 'open') {
        if (token.text === '@{') this.skipGroup();
        else if (token.text === '{') this.braces(LOOPING_COMMANDS.has(name) ? 'loop' : 'scriptblock');
        else this.parens();
        continue;
      }
      if (token.kind === 'redirect') {
        this.i++;
        if (!token.text.includes('&') && !ends(this.peek()) && this.peek()!.kind !== 'open') this.i++;
        continue;
      }
      this.readVariable(token);
      if (command && (token.kind === 'word' || token.kind === 'string' || token.kind === 'variable')) command.argv.push(token.value);
      this.i++;
    }
  }

  private readVariable(token: Token): void {
    if (token.kind === 'variable' && STATUS_VARIABLE.test(token.text))
      this.emit({ type: 'status-read', ...this.place(token.start, token.end) });
  }

  /** A word in command position names a command unless it is a number, an operator or a parameter. */
  private isCommandName(word: string): boolean {
    return word === '.' || (/^[\w.~\\/]/.test(word) && !/^[\d.]+$/.test(word) && !/^\d+\.\.\d+$/.test(word));
  }

  private isNative(word: string): boolean {
    const name = word.toLowerCase();
    if (KEYWORD_STATEMENTS.has(name) || CLAUSE_KEYWORDS.has(name) || ALIASES.has(name) || this.functions.has(name)) return false;
    if (/[\\/]/.test(name) || /\.(exe|com|cmd|bat|ps1)$/.test(name)) return true;
    const verb = /^([a-z]+)-[a-z]/.exec(name)?.[1];
    return !(verb && VERBS.has(verb));
  }
}

/** Names of the functions and filters a script defines: calling them runs PowerShell, not a program. */
function definedFunctions(tokens: Token[]): Set<string> {
  const names = new Set<string>();
  tokens.forEach((token, i) => {
    const next = tokens[i + 1];
    if (token.kind === 'word' && /^(function|filter)$/i.test(token.value) && next?.kind === 'word') names.add(next.value.toLowerCase());
  });
  return names;
}

/** Reads a PowerShell script; `${{ }}` expressions are masked first so offsets stay exact. */
export function readPowerShell(script: string): PwshScript {
  const comments: ScriptComment[] = [];
  const tokens = tokenize(maskExpressions(script), comments);
  const reader = new Reader(tokens, definedFunctions(tokens));
  reader.script();
  return { events: reader.events.sort((a, b) => a.start - b.start), comments };
}

/** The text of an event as one line: backtick continuations joined, blanks collapsed. */
export function commandText(script: string, event: PwshEvent): string {
  return script
    .slice(event.start, event.end)
    .replace(/`\r?\n/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Where the first line of an event ends: findings point at that line. */
export function lineEnd(script: string, event: PwshEvent): number {
  const newline = script.indexOf('\n', event.start);
  return Math.min(event.end, newline === -1 ? script.length : newline);
}
