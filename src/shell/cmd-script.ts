import type { ScriptComment } from './comments.js';
import { maskExpressions } from './commands.js';
import { pushAll } from '../arrays.js';
import { MAX_SCRIPT_NESTING, ScriptNestingError } from './nesting.js';

/**
 * A reader for `shell: cmd` scripts. The runner writes the script to a `.cmd` file after an
 * `@echo off` line and runs `cmd /D /E:ON /V:OFF /S /C "CALL "{0}""` (ScriptHandlerHelpers.cs in
 * actions/runner). There is no cmd parser for JavaScript, so this follows cmd's own reading closely
 * enough for exit statuses: `^` escapes and line continuations, `"…"` quoting, `rem` and `::`
 * comments, labels, `&`/`&&`/`||`/`|`, `( … )` blocks, `if … else` and `for … do`.
 */

export type CmdFrameKind = 'branch' | 'loop' | 'group';

export interface CmdFrame {
  kind: CmdFrameKind;
  start: number;
  end: number;
  /** The `if` a branch belongs to: its two branches exclude each other. */
  chain?: number;
}

/** A link of a command chain (`a & b && c || d`). */
export interface ChainLink {
  chain: number;
  link: number;
}

interface Placed {
  start: number;
  end: number;
  /** Enclosing blocks, outermost first. */
  frames: readonly CmdFrame[];
  /** The chains the event sits in, outermost first. */
  path: readonly ChainLink[];
  /**
   * The top-level line or block the event belongs to. cmd reads a whole line or parenthesised
   * block, expanding `%VAR%`, before it runs any of it.
   */
  statement: number;
}

export interface CmdCommand extends Placed {
  type: 'command';
  /** The words without quotes and carets; a leading `call` is in `called`, not here. */
  argv: string[];
  called: boolean;
  /** `left` when its output is piped into another command, whose status then is the pipeline's. */
  piped?: 'left' | 'right';
}

/** `if errorlevel N`, `%errorlevel%`, `!errorlevel!`; `runtime` is false for `%errorlevel%`, expanded when its line is read. */
export type CmdStatusRead = Placed & { type: 'status-read'; runtime: boolean };

export type CmdEvent = CmdCommand | CmdStatusRead;

export type ChainOperator = '&' | '&&' | '||';

export interface CmdScript {
  /** Commands and errorlevel reads in source order. */
  events: CmdEvent[];
  /** `rem` and `::` comments, in source order. */
  comments: ScriptComment[];
  /** The operator before each link of each chain (`undefined` for the first link). */
  operators: ReadonlyMap<number, ReadonlyArray<ChainOperator | undefined>>;
}

interface Word {
  /** As written, quotes included. */
  raw: string;
  value: string;
  start: number;
  end: number;
}

const isBlank = (ch: string | undefined): boolean => ch === ' ' || ch === '\t' || ch === '\r' || ch === '\f' || ch === '\v';

class CmdReader {
  readonly events: CmdEvent[] = [];
  readonly comments: ScriptComment[] = [];
  readonly operators = new Map<number, Array<ChainOperator | undefined>>();
  private i = 0;
  private depth = 0;
  private frames: CmdFrame[] = [];
  private path: ChainLink[] = [];
  private statement = 0;
  private chains = 0;
  private branches = 0;
  private last: CmdCommand | undefined;
  private pipedIn = false;

  constructor(private readonly src: string) {}

  script(): void {
    while (this.i < this.src.length) {
      this.skipBlank(true);
      if (this.i >= this.src.length) return;
      // A stray `)` at top level is an ordinary character to cmd; step over it.
      if (this.src[this.i] === ')') {
        this.i++;
        continue;
      }
      this.statement++;
      this.progress(() => this.chain());
    }
  }

  /** Runs `read` and makes sure it consumed something, so malformed input cannot stall the reader. */
  private progress(read: () => void): void {
    const before = this.i;
    read();
    if (this.i === before) this.i++;
  }

  private skipBlank(newlines: boolean): void {
    for (;;) {
      const ch = this.src[this.i];
      if (isBlank(ch) || (newlines && ch === '\n')) this.i++;
      // `^` at the end of a line continues the command on the next one.
      else if (ch === '^' && this.src[this.i + 1] === '\n') this.i += 2;
      else if (ch === '^' && this.src[this.i + 1] === '\r' && this.src[this.i + 2] === '\n') this.i += 3;
      else return;
    }
  }

  /** Skips the rest of the line, recording it as a comment when its marker is `marker` characters long. */
  private comment(marker: number | undefined): void {
    const start = this.i;
    this.skipLine();
    if (marker !== undefined) this.comments.push({ start, bodyStart: Math.min(start + marker, this.i), end: this.i });
  }

  private skipLine(): void {
    const end = this.src.indexOf('\n', this.i);
    this.i = end === -1 ? this.src.length : end;
  }

  private atCommandEnd(): boolean {
    const ch = this.src[this.i];
    return ch === undefined || ch === '\n' || ch === '&' || ch === '|' || (ch === ')' && this.depth > 0);
  }

  private word(): Word | undefined {
    this.skipBlank(false);
    const start = this.i;
    let value = '';
    let quoted = false;
    while (this.i < this.src.length) {
      const ch = this.src[this.i]!;
      if (ch === '"') {
        quoted = !quoted;
        this.i++;
        continue;
      }
      if (quoted) {
        if (ch === '\n') break;
        value += ch;
        this.i++;
        continue;
      }
      if (ch === '^') {
        const next = this.src[this.i + 1];
        if (next === '\n') this.i += 2;
        else if (next === '\r' && this.src[this.i + 2] === '\n') this.i += 3;
        else {
          value += next ?? '';
          // A `^` that ends the script escapes nothing: stepping over two characters put the word's
          // end past the script (a command at offsets 0–2 of the script `^`).
          this.i += next === undefined ? 1 : 2;
        }
        continue;
      }
      if (isBlank(ch) || ch === '\n' || ch === '&' || ch === '|' || ch === '<' || ch === '>' || (ch === ')' && this.depth > 0)) break;
      value += ch;
      this.i++;
    }
    return this.i > start ? { raw: this.src.slice(start, this.i), value, start, end: this.i } : undefined;
  }

  private peekWord(): string {
    const saved = this.i;
    const word = this.word();
    this.i = saved;
    return word?.value.toLowerCase() ?? '';
  }

  /** `>`, `>>`, `<`, `2>`, `2>&1` and the file they name. */
  private redirection(): boolean {
    const match = /^\d?(?:>>?|<)(&\d)?/.exec(this.src.slice(this.i, this.i + 6));
    if (!match) return false;
    this.i += match[0].length;
    if (!match[1]) this.word();
    return true;
  }

  private redirections(): void {
    for (;;) {
      this.skipBlank(false);
      if (!this.redirection()) return;
    }
  }

  private place(start: number, end: number): Placed {
    return { start, end, frames: [...this.frames], path: this.path.map((link) => ({ ...link })), statement: this.statement };
  }

  /** Every recursion of the reader (a `( … )` block, the command of an `if` or a `for`) goes through a frame. */
  private inFrame(kind: CmdFrameKind, read: () => void, chain?: number): void {
    if (this.frames.length >= MAX_SCRIPT_NESTING) throw new ScriptNestingError('blocks');
    const frame: CmdFrame = { kind, start: this.i, end: this.i, chain };
    this.frames.push(frame);
    read();
    this.frames.pop();
    frame.end = this.i;
  }

  /** `( … )`: lines up to the matching parenthesis. */
  private block(kind: CmdFrameKind, chain?: number): void {
    this.inFrame(
      kind,
      () => {
        this.i++;
        this.depth++;
        for (;;) {
          this.skipBlank(true);
          if (this.i >= this.src.length) break;
          if (this.src[this.i] === ')') {
            this.i++;
            break;
          }
          this.progress(() => this.chain());
        }
        this.depth--;
      },
      chain,
    );
  }

  /** Commands joined by `&`, `&&`, `||` and `|`, up to the end of the line (or of the block). */
  private chain(): void {
    const chain = ++this.chains;
    const operators: Array<ChainOperator | undefined> = [undefined];
    this.operators.set(chain, operators);
    this.path.push({ chain, link: 0 });
    for (;;) {
      this.unit();
      this.skipBlank(false);
      const ch = this.src[this.i];
      const next = this.src[this.i + 1];
      if (ch === '|' && next !== '|') {
        if (this.last) this.last.piped = 'left';
        this.pipedIn = true;
        this.i++;
        continue;
      }
      const operator: ChainOperator | undefined = ch === '&' ? (next === '&' ? '&&' : '&') : ch === '|' ? '||' : undefined;
      if (!operator) break;
      this.i += operator.length;
      operators.push(operator);
      this.path[this.path.length - 1]!.link++;
    }
    this.path.pop();
  }

  private unit(): void {
    this.skipBlank(false);
    while (this.src[this.i] === '@') {
      this.i++;
      this.skipBlank(false);
    }
    if (this.atCommandEnd()) return;
    const ch = this.src[this.i];
    if (ch === '(') {
      this.block('group');
      this.redirections();
      return;
    }
    // A label (`:build`) or the `::` comment idiom.
    if (ch === ':') return this.comment(this.src[this.i + 1] === ':' ? 2 : undefined);
    const name = this.peekWord();
    // `rem` hides the rest of the line, `&` and `|` included.
    if (name === 'rem' || /^rem[.:/\\(]/.test(name)) return this.comment(3);
    if (name === 'if') return this.ifCommand();
    if (name === 'for') return this.forCommand();
    this.simple();
  }

  private ifCommand(): void {
    this.word();
    let word = this.word();
    while (word && /^(\/i|not)$/i.test(word.value)) word = this.word();
    if (!word) return;
    const condition = [word];
    const keyword = word.value.toLowerCase();
    if (keyword === 'errorlevel') {
      this.events.push({ type: 'status-read', runtime: true, ...this.place(word.start, word.end) });
      pushAll(condition, this.words(1));
    } else if (keyword === 'exist' || keyword === 'defined' || keyword === 'cmdextversion') {
      pushAll(condition, this.words(1));
    } else if (word.raw.endsWith('==')) {
      pushAll(condition, this.words(1));
    } else if (!word.raw.includes('==')) {
      const operator = this.word();
      if (operator) {
        condition.push(operator);
        if (operator.raw === '==' || /^(equ|neq|lss|leq|gtr|geq)$/i.test(operator.raw)) pushAll(condition, this.words(1));
      }
    }
    for (const part of condition) this.expansions(part);
    const chain = ++this.branches;
    this.clause(chain);
    // `else` follows the closing parenthesis of the first branch, on the same line.
    const saved = this.i;
    this.skipBlank(false);
    if (this.peekWord() === 'else') {
      this.word();
      this.clause(chain);
    } else {
      this.i = saved;
    }
  }

  private words(count: number): Word[] {
    const found: Word[] = [];
    for (let k = 0; k < count; k++) {
      const word = this.word();
      if (word) found.push(word);
    }
    return found;
  }

  /** The command an `if` runs: a block, or the rest of the line. */
  private clause(chain: number): void {
    this.skipBlank(false);
    if (this.src[this.i] === '(') {
      this.block('branch', chain);
      this.redirections();
    } else {
      this.inFrame('branch', () => this.chain(), chain);
    }
  }

  private forCommand(): void {
    this.word();
    // Options, the variable and `in`; the set in parentheses runs (for /f) in a child cmd, not here.
    for (let k = 0; k < 6; k++) {
      const word = this.word();
      if (!word || word.value.toLowerCase() === 'in') break;
    }
    this.skipBlank(false);
    if (this.src[this.i] === '(') this.skipSet();
    if (this.peekWord() !== 'do') return;
    this.word();
    this.skipBlank(false);
    if (this.src[this.i] === '(') this.block('loop');
    else this.inFrame('loop', () => this.chain());
  }

  private skipSet(): void {
    let quoted = false;
    for (this.i++; this.i < this.src.length; this.i++) {
      const ch = this.src[this.i];
      if (ch === '"') quoted = !quoted;
      else if (ch === ')' && !quoted) {
        this.i++;
        return;
      }
    }
  }

  private simple(): void {
    const words: Word[] = [];
    for (;;) {
      this.skipBlank(false);
      if (this.atCommandEnd()) break;
      if (this.redirection()) continue;
      const word = this.word();
      if (word) words.push(word);
      else this.i++;
    }
    const [first] = words;
    if (!first) return;
    let argv = words.map((word) => word.value);
    const called = argv[0]!.toLowerCase() === 'call';
    if (called) argv = argv.slice(1);
    // `#` starts no comment in cmd: such a line fails as an unknown command, which keeps a failure failing.
    if (argv.length === 0 || argv[0]!.startsWith('#')) return;
    // The words are expanded before the command runs (`set RC=%ERRORLEVEL%` reads, then sets).
    // What echo prints is text, not a check of the status.
    if (!isEcho(argv[0]!)) for (const word of words) this.expansions(word, first.start);
    const command: CmdCommand = { type: 'command', argv, called, ...this.place(first.start, words.at(-1)!.end) };
    if (this.pipedIn) command.piped = 'right';
    this.pipedIn = false;
    this.events.push(command);
    this.last = command;
  }

  private expansions(word: Word, at = word.start): void {
    if (/%errorlevel%/i.test(word.raw)) this.events.push({ type: 'status-read', runtime: false, ...this.place(at, word.end) });
    if (/!errorlevel!/i.test(word.raw)) this.events.push({ type: 'status-read', runtime: true, ...this.place(at, word.end) });
  }
}

/** `echo`, `echo.`, `echo:` — cmd reads all of them as echo. */
const isEcho = (word: string): boolean => /^echo($|[.:(/\\,;=+[\]])/i.test(word);

/** Reads a cmd script; `${{ }}` expressions are masked first so offsets stay exact. */
export function readCmd(script: string): CmdScript {
  const reader = new CmdReader(maskExpressions(script));
  reader.script();
  return { events: reader.events.sort((a, b) => a.start - b.start), operators: reader.operators, comments: reader.comments };
}

/**
 * Internal commands that leave ERRORLEVEL as it was, so a failure before them still fails the
 * script (https://stackoverflow.com/a/34968021). Every other command sets it: programs always,
 * and in a `.cmd` file also `set`, `cd`, `copy`, `del`, `md`, `pushd`, `type`…
 */
const KEEPS_ERRORLEVEL = new Set([
  'break',
  'cls',
  'endlocal',
  'goto',
  'keys',
  'pause',
  'popd',
  'rd',
  'rem',
  'rmdir',
  'shift',
  'start',
  'title',
]);

export function keepsErrorlevel(command: CmdCommand): boolean {
  const name = command.argv[0]!;
  return !command.called && (isEcho(name) || KEEPS_ERRORLEVEL.has(name.toLowerCase()));
}

/** `exit N` / `exit /b N`: `success` for 0, `none` without a code (ERRORLEVEL stays), else `failure`. */
export function exitCode(command: CmdCommand): 'success' | 'failure' | 'none' | undefined {
  const [name, ...args] = command.argv;
  if (command.called || name!.toLowerCase() !== 'exit') return undefined;
  const code = args.find((arg) => arg.toLowerCase() !== '/b');
  if (code === undefined) return 'none';
  return code === '0' ? 'success' : 'failure';
}

/**
 * Programs that are batch files on GitHub's Windows runners: Node's package managers install
 * `npm.cmd`, `npx.cmd`, `yarn.cmd`, `pnpm.cmd`; Maven, Gradle, Ant and sbt ship `mvn.cmd`,
 * `gradle.bat`, `gradlew.bat`, `ant.bat`, `sbt.bat`; conda, the Azure CLI, the Google Cloud SDK
 * and Flutter put `conda.bat`, `az.cmd`, `gcloud.cmd`, `gsutil.cmd`, `flutter.bat` on the PATH.
 */
const BATCH_PROGRAMS = new Set([
  'npm',
  'npx',
  'yarn',
  'yarnpkg',
  'pnpm',
  'pnpx',
  'corepack',
  'mvn',
  'mvnw',
  'gradle',
  'gradlew',
  'ant',
  'sbt',
  'conda',
  'az',
  'gcloud',
  'gsutil',
  'flutter',
]);

/** Whether running `program` runs a batch file: a known shim, anything ending in .cmd or .bat, or a node_modules/.bin tool. */
export function isBatchFile(program: string): boolean {
  const lower = program.toLowerCase();
  if (/\.(cmd|bat)$/.test(lower) || /node_modules[\\/]\.bin[\\/]/.test(lower)) return true;
  return BATCH_PROGRAMS.has(lower.split(/[\\/]/).pop()!);
}

/**
 * Whether `event` runs only when `command` succeeded: a later link of its chain reached through
 * `&&` alone (`cmd && next`). A `&` or `||` on the way makes it run after a failure too.
 */
export function onlyAfterSuccess(event: CmdEvent, command: CmdCommand, operators: CmdScript['operators']): boolean {
  const own = command.path.at(-1);
  const at = own && event.path.find((link) => link.chain === own.chain);
  if (!own || !at || at.link <= own.link) return false;
  return operators
    .get(own.chain)!
    .slice(own.link + 1, at.link + 1)
    .every((operator) => operator === '&&');
}

/** The text of a command as one line: `^` continuations joined, blanks collapsed. */
export function commandText(script: string, command: CmdCommand): string {
  return script
    .slice(command.start, command.end)
    .replace(/\^\r?\n/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Where the first line of a command ends: findings point at that line. */
export function lineEnd(script: string, command: CmdCommand): number {
  const newline = script.indexOf('\n', command.start);
  return Math.min(command.end, newline === -1 ? script.length : newline);
}
