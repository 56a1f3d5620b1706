import { pushAll } from '../../arrays.js';
import { mostSevereKind } from './kinds.js';
import type { StepKind } from './kinds.js';

/**
 * The building blocks of the command rules in the tables beside this module (commands.ts and the
 * modules it joins). A rule that runs another command or reads a name's words asks the engine it
 * is given, so that no table imports the engine that reads the tables.
 */

/** A command's kind, or null when the command says nothing about what the step is for. */
export type Verdict = StepKind | null;
/** Classifies a command from the words after its name. */
export type CommandRule = (args: readonly string[], engine: Engine) => Verdict;
export type Rule = Verdict | CommandRule;
/** The options of a command that take the following word as their value. */
export type ValueOptions = readonly string[] | RegExp;

/** What a rule may ask of the engine that applies it (engine.ts). */
export interface Engine {
  classifyArgv(argv: readonly string[], script: boolean): Verdict;
  classifyCommand(argv: readonly string[]): StepKind | null;
  scriptKind(text: string): Verdict;
}

/** A long list of options or names, written space-separated so that it stays readable. */
export function list(...lines: string[]): readonly string[] {
  return lines.join(' ').split(' ');
}

export function own<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}

export function apply(rule: Rule, args: readonly string[], engine: Engine): Verdict {
  return typeof rule === 'function' ? rule(args, engine) : rule;
}

function isOption(word: string): boolean {
  return word.length > 1 && word.startsWith('-');
}

function takesValue(option: string, values: ValueOptions): boolean {
  return values instanceof RegExp ? values.test(option) : values.includes(option);
}

/** Index of the first word after the leading options and `skip` positional words; `--` ends the options. */
export function commandStart(args: readonly string[], values: ValueOptions = [], skip = 0): number {
  let remaining = skip;
  for (let i = 0; i < args.length; i++) {
    const word = args[i]!;
    if (word === '--') return Math.min(i + 1 + remaining, args.length);
    if (isOption(word)) {
      if (takesValue(word, values)) i++;
    } else if (remaining-- === 0) {
      return i;
    }
  }
  return args.length;
}

export function positionals(args: readonly string[], values: ValueOptions = []): string[] {
  const found: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const word = args[i]!;
    if (word === '--') return [...found, ...args.slice(i + 1)];
    if (!isOption(word)) found.push(word);
    else if (takesValue(word, values)) i++;
  }
  return found;
}

/** Words after any of `flags` up to the next option, split on commas: `tox -e py,lint`, `nox -s lint tests`. */
export function optionValues(args: readonly string[], flags: readonly string[]): string[] {
  const values: string[] = [];
  let collecting = false;
  for (const word of args) {
    if (isOption(word)) collecting = flags.includes(word);
    else if (collecting) pushAll(values, word.split(',').filter(Boolean));
  }
  return values;
}

interface SubcommandOptions {
  /** Options before the subcommand that take a value (`git -C dir`, `pnpm --filter pkg`). */
  values?: ValueOptions;
  /** Rule for a subcommand missing from the table, given the words from that subcommand on. */
  otherwise?: Rule;
  /** Rule when there is no subcommand at all, given all the arguments. */
  bare?: Rule;
}

/** A command whose first positional word picks what it does: `cargo test`, `docker push`. */
export function sub(
  table: Record<string, Rule>,
  { values = [], otherwise = 'unknown', bare = 'unknown' }: SubcommandOptions = {},
): CommandRule {
  return (args, engine) => {
    const i = commandStart(args, values);
    if (i >= args.length) return apply(bare, args, engine);
    const rule = own(table, args[i]!.toLowerCase());
    return rule === undefined ? apply(otherwise, args.slice(i), engine) : apply(rule, args.slice(i + 1), engine);
  };
}

interface RunnerSpec {
  values?: ValueOptions;
  /** Options whose value is inline code we cannot see into (`bash -c`, `python -c`, `node -e`). */
  inline?: RegExp;
  /** Positional words before the command: `timeout DURATION`, `docker exec CONTAINER`. */
  skip?: number;
  /** The command is a script file or module handed to an interpreter, never a shell builtin. */
  script?: boolean;
  /** Verdict when nothing is run: a bare interpreter reads a script we cannot see. */
  bare?: Verdict;
}

/** A wrapper or interpreter: what it runs decides (`sudo pytest`, `bash ci/test.sh`, `python -m pytest`). */
export function runner({ values = [], inline, skip = 0, script = false, bare = null }: RunnerSpec = {}): CommandRule {
  return (args, engine) => {
    const start = commandStart(args, values, skip);
    if (inline && args.slice(0, start).some((word) => inline.test(word))) return 'unknown';
    return start < args.length ? engine.classifyArgv(args.slice(start), script) : bare;
  };
}

/** Several targets or tasks in one command (`make lint test`, `gradle clean build`): the most severe counts. */
export function targets(
  classify: (target: string, engine: Engine) => StepKind,
  values: ValueOptions = [],
  bare: StepKind = 'unknown',
): CommandRule {
  return (args, engine) => {
    // `VAR=value` overrides and the bare numbers of `make -j 8` are not targets.
    const kinds = positionals(args, values)
      .filter((word) => !word.includes('=') && !/^\d+$/.test(word))
      .map((target) => classify(target, engine));
    return kinds.length > 0 ? mostSevereKind(kinds) : bare;
  };
}

export function whenFlag(flags: readonly string[], kind: StepKind, otherwise: Verdict = 'unknown'): CommandRule {
  const matches = (arg: string) => flags.some((flag) => arg === flag || (flag.startsWith('--') && arg.startsWith(`${flag}=`)));
  return (args) => (args.some(matches) ? kind : otherwise);
}

/** Tools driven by inline code (`julia -e 'Pkg.test()'`, `Rscript -e 'devtools::test()'`): the first matching pattern decides. */
export function codePatterns(patterns: ReadonlyArray<readonly [RegExp, StepKind]>): CommandRule {
  return (args) => {
    const code = args.join(' ');
    return patterns.find(([pattern]) => pattern.test(code))?.[1] ?? 'unknown';
  };
}

/**
 * Copies into a bucket are uploads — in CI overwhelmingly artifacts, logs and reports, so they
 * count as telemetry; a static site pushed this way is indistinguishable and is graded the same.
 * Copies out of a bucket are downloads, i.e. setup.
 */
export function transfer(scheme: string, values: ValueOptions = []): CommandRule {
  return (args) => {
    const [source, destination] = positionals(args, values);
    return source?.startsWith(scheme) && !destination?.startsWith(scheme) ? 'setup' : 'telemetry';
  };
}

// ---------------------------------------------------------------------------------------------
