import type { StepKind } from '../model/classify/kinds.js';
import { classifyCommand } from '../model/classify/engine.js';
import { isCheck, scriptsIn } from './script-analysis.js';
import type { PyRange, PyStatement } from '../shell/python-script.js';
import { closing, splitArguments } from '../shell/python-script.js';
import { inline } from './text.js';
import type { Rule } from './types.js';

/**
 * `shell: python` runs `python {0}`: the step fails when the script raises, and a failing child
 * process raises only through `check=True` (or `check_call`/`check_output`). The others hand back
 * the exit status, and a statement that drops it lets the script exit 0.
 * https://docs.python.org/3/library/subprocess.html#subprocess.run
 */

type Call = 'subprocess.run' | 'subprocess.call' | 'subprocess.Popen' | 'os.system';

const SUBPROCESS_CALLS = new Map<string, Call>([
  ['run', 'subprocess.run'],
  ['call', 'subprocess.call'],
  ['Popen', 'subprocess.Popen'],
]);

function text(tokens: PyRange): string {
  const parts: string[] = [];
  for (let i = 0; i < tokens.length; i++) parts.push(tokens.text(i)!);
  return parts.join('');
}

/**
 * Whether the tokens spell `expected`, without joining them: an argument of a million tokens
 * compared with `sys.executable` was joined into a string of megabytes first (issue 16).
 */
function textIs(tokens: PyRange, expected: string): boolean {
  let at = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens.text(i)!;
    if (!expected.startsWith(token, at)) return false;
    at += token.length;
  }
  return at === expected.length;
}

/** The names under which the script can reach the calls: `subprocess.run`, `sp.run`, a `run` imported from subprocess. */
function callNames(statements: readonly PyStatement[]): Map<string, Call> {
  const names = new Map<string, Call>([
    ['subprocess.run', 'subprocess.run'],
    ['subprocess.call', 'subprocess.call'],
    ['subprocess.Popen', 'subprocess.Popen'],
    ['os.system', 'os.system'],
  ]);
  const module = (name: string, alias: string): void => {
    if (name === 'subprocess') for (const [call, full] of SUBPROCESS_CALLS) names.set(`${alias}.${call}`, full);
    if (name === 'os') names.set(`${alias}.system`, 'os.system');
  };
  for (const { tokens } of statements) {
    let first: string | undefined;
    for (let i = 0; i < tokens.length && first === undefined; i++)
      if (tokens.text(i) !== '(' && tokens.text(i) !== ')') first = tokens.text(i);
    if (first !== 'import' && first !== 'from') continue;
    const words: string[] = [];
    for (let i = 0; i < tokens.length; i++) if (tokens.text(i) !== '(' && tokens.text(i) !== ')') words.push(tokens.text(i)!);
    const from = words[0] === 'from' ? words[1] : undefined;
    if (words[0] !== 'import' && !(from && words[2] === 'import')) continue;
    for (const part of words
      .slice(from ? 3 : 1)
      .join(' ')
      .split(',')) {
      const [name, as, alias] = part.trim().split(' ');
      if (!name) continue;
      const local = as === 'as' && alias ? alias : name;
      if (!from) module(name, local);
      else if (from === 'subprocess' && SUBPROCESS_CALLS.has(name)) names.set(local, SUBPROCESS_CALLS.get(name)!);
      else if (from === 'os' && name === 'system') names.set(local, 'os.system');
    }
  }
  return names;
}

/** A statement that is nothing but one of the calls, its result dropped: `subprocess.run([...])`, `os.system("…")`. */
function droppedCall(tokens: PyRange, names: ReadonlyMap<string, Call>): { call: Call; open: number; close: number } | undefined {
  if (tokens.kind(0) !== 'name') return undefined;
  let callee = tokens.text(0)!;
  let i = 0;
  while (tokens.text(i + 1) === '.' && tokens.kind(i + 2) === 'name') {
    callee += `.${tokens.text(i + 2)!}`;
    i += 2;
  }
  const call = names.get(callee);
  if (!call || tokens.text(i + 1) !== '(') return undefined;
  const close = closing(tokens, i + 1);
  if (close === -1) return undefined;
  // A Popen is dropped when the statement only waits for it: `subprocess.Popen([...]).wait()`.
  const rest = tokens.slice(close + 1);
  if (!textIs(rest, call === 'subprocess.Popen' ? '.wait()' : '')) return undefined;
  return { call, open: i + 1, close };
}

/** The command's words when they are written out: `["pytest", "-x"]`, `"pytest -x"`, `shlex.split("…")`, `[sys.executable, "-m", "pytest"]`. */
function literalArgv(argument: PyRange): string[] | undefined {
  if (argument.length === 0) return undefined;
  if (argument.kind(0) === 'string') {
    let k = 0;
    let command = '';
    while (argument.kind(k) === 'string') command += argument.value(k++)!;
    const rest = argument.slice(k);
    return textIs(rest, '') || textIs(rest, '.split()') ? command.split(/\s+/).filter(Boolean) : undefined;
  }
  if (textIs(argument.slice(0, 4), 'shlex.split(') && argument.kind(4) === 'string') return argument.value(4)!.split(/\s+/).filter(Boolean);
  if (argument.text(0) !== '[' && argument.text(0) !== '(') return undefined;
  const words: string[] = [];
  for (const element of splitArguments(argument, 0, closing(argument, 0))) {
    if (element.length === 1 && element.kind(0) === 'string') words.push(element.value(0)!);
    else if (textIs(element, 'sys.executable')) words.push('python');
    else break;
  }
  return words.length > 0 ? words : undefined;
}

const keywordOf = (argument: PyRange): string | undefined =>
  argument.kind(0) === 'name' && argument.text(1) === '=' ? argument.text(0) : undefined;

/** What the command of a call does, read from its first argument; 'unknown' when it is not written out. */
function commandKind(tokens: PyRange, open: number, close: number): StepKind | null {
  const args = splitArguments(tokens, open, close);
  const command =
    args.find((argument) => keywordOf(argument) === undefined) ?? args.find((argument) => keywordOf(argument) === 'args')?.slice(2);
  const argv = command && literalArgv(command);
  return argv ? classifyCommand(argv) : 'unknown';
}

/** What the commands a statement runs do, wherever the calls sit in it (`check_call` and `check_output` included). */
function commandKinds(tokens: PyRange, names: ReadonlyMap<string, Call>): Array<StepKind | null> {
  const kinds: Array<StepKind | null> = [];
  for (let i = 0; i < tokens.length; i++) {
    if (tokens.kind(i) !== 'name' || tokens.text(i - 1) === '.') continue;
    let callee = tokens.text(i)!;
    let end = i;
    while (tokens.text(end + 1) === '.' && tokens.kind(end + 2) === 'name') {
      callee += `.${tokens.text(end + 2)!}`;
      end += 2;
    }
    if (tokens.text(end + 1) !== '(' || !(names.has(callee) || /\.check_(call|output)$/.test(callee))) continue;
    kinds.push(commandKind(tokens, end + 1, closing(tokens, end + 1)));
  }
  return kinds;
}

function reason(call: Call): string {
  if (call === 'subprocess.run') return 'without check=True, subprocess.run does not raise when the command fails';
  if (call === 'subprocess.Popen') return 'wait() returns the exit status and nothing reads it';
  return `${call} returns the exit status and nothing reads it`;
}

export const pythonUncheckedSubprocess: Rule = {
  meta: {
    id: 'python-unchecked-subprocess',
    category: 'soft-fail',
    description:
      'A `shell: python` script runs a command with subprocess.run (no check=True), subprocess.call or os.system and drops its exit status.',
  },
  check(ctx) {
    for (const { step, job, script } of scriptsIn(ctx.file, 'python')) {
      const statements = script.python?.statements ?? [];
      const names = callNames(statements);
      const kinds = statements.map(({ tokens }) => commandKinds(tokens, names));
      // A later command that may use what a build produced fails in its place. Known for every
      // statement from the end in one pass, not by scanning the rest of the script per statement.
      const consumes = (kind: StepKind | null): boolean => kind !== null && (isCheck(kind) || kind === 'deploy' || kind === 'unknown');
      const consumedFrom: boolean[] = new Array<boolean>(kinds.length + 1).fill(false);
      for (let i = kinds.length - 1; i >= 0; i--) consumedFrom[i] = consumedFrom[i + 1]! || kinds[i]!.some(consumes);
      const consumedAfter = (index: number): boolean => consumedFrom[index + 1]!;
      for (const [index, { tokens, start }] of statements.entries()) {
        const dropped = droppedCall(tokens, names);
        if (!dropped) continue;
        const args = splitArguments(tokens, dropped.open, dropped.close);
        // `**options` may carry check=True; an explicit check= decides for itself.
        if (args.some((argument) => argument.text(0) === '**')) continue;
        if (dropped.call === 'subprocess.run' && args.some((argument) => keywordOf(argument) === 'check')) continue;
        // The statement's first call is the dropped one: its kind is already known.
        const kind = kinds[index][0] ?? commandKind(tokens, dropped.open, dropped.close);
        if (kind === null || (kind === 'build' && consumedAfter(index))) continue;
        const newline = script.source.text.indexOf('\n', start);
        const line = script.source.text.slice(start, newline === -1 ? undefined : newline).trimEnd();
        const from = script.source.at(start);
        const to = script.source.at(start + line.length);
        ctx.report({
          masked: {
            kind,
            noun: 'command',
            basis: 'named',
            cap:
              kind === 'build'
                ? { severity: 'medium', reason: 'a failed build usually makes the next command fail in its place' }
                : undefined,
          },
          message: `"${inline(line, 80)}": ${reason(dropped.call)}, so when the command fails the script goes on and the step passes.`,
          pos: { line: from.line, column: from.column, endLine: to.line, endColumn: to.column },
          job,
          step,
          snippet: text(tokens),
        });
      }
    }
  },
};
