import { lstatSync, statSync } from 'node:fs';
import path from 'node:path';
import { isMap, isScalar, isSeq } from 'yaml';
import type { LineCounter, Node as YamlNode, Pair } from 'yaml';
import { parseYaml, rangeToPosition } from './load/parse.js';
import { InputFileError, readInputFile } from './load/read.js';
import { FAIL_ON_VALUES } from './outcome.js';
import type { FailOn } from './outcome.js';
import { ALL_RULE_META } from './rules/index.js';
import { CATEGORIES, SEVERITIES } from './rules/types.js';
import type { Severity } from './rules/types.js';
import { didYouMean } from './suggest.js';
import { clip } from './clip.js';
import type { AllowEntry } from './suppress/apply.js';

export type { AllowEntry } from './suppress/apply.js';

/** Looked for, in this order, in every directory PATH when no config file is named. */
export const CONFIG_FILES = ['.github/silent-failure-audit.yml', '.github/silent-failure-audit.yaml'];

export interface Config {
  /** The file as the user would name it (relative to the working directory when inside it). */
  file: string;
  absolute: string;
  failOn?: FailOn;
  paths?: string[];
  ignore?: string[];
  /** Severity overrides; `off` turns a rule off. */
  rules: Map<string, Severity | 'off'>;
  allow: AllowEntry[];
}

/** Every problem of a config file, each as `file:line:column: message`; the CLI exits 2. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
  }
}

const TOP_KEYS = ['fail-on', 'paths', 'ignore', 'rules', 'allow'] as const;
const ALLOW_KEYS = ['rule', 'category', 'path', 'job', 'step', 'reason'] as const;
const RULE_LEVELS = ['off', ...SEVERITIES] as const;

const quoteList = (values: readonly string[]): string => values.join(', ');

/**
 * A value from the config quoted in a message: clipped (a 1 MB value is not echoed back) and with
 * line breaks and control characters escaped (`\n`), so that a key cannot start a line of its own.
 */
const quote = (value: string): string => JSON.stringify(clip(value));

/** minimatch refuses longer patterns (with a TypeError); the config says so first, naming the line. */
export const MAX_GLOB_LENGTH = 64 * 1024;

/**
 * Near misses suggested per config file: a config naming 10,000 unknown rules spent 30 s finding
 * suggestions (issue 16). Past the first ones, a problem only names the key.
 */
export const MAX_SUGGESTIONS = 100;

class Validator {
  readonly problems: string[] = [];
  private suggestions = 0;

  constructor(
    private readonly file: string,
    private readonly lineCounter: LineCounter,
  ) {}

  at(node: YamlNode | Pair | null | undefined): { line: number; column: number } {
    const range = node && 'range' in node ? node.range : node && 'key' in node ? (node.key as YamlNode | null)?.range : undefined;
    if (!range) return { line: 1, column: 1 };
    const pos = rangeToPosition(this.lineCounter, range[0], range[1]);
    return { line: pos.line, column: pos.column };
  }

  problem(node: YamlNode | Pair | null | undefined, message: string): void {
    const { line, column } = this.at(node);
    this.problems.push(`${this.file}:${line}:${column}: ${message}`);
  }

  /** ` — did you mean "x"?` for a near miss, for the first MAX_SUGGESTIONS words asked about. */
  didYouMean(word: string, candidates: readonly string[]): string {
    return ++this.suggestions <= MAX_SUGGESTIONS ? didYouMean(word, candidates) : '';
  }

  /** A scalar string, or a problem naming the key. */
  string(node: unknown, key: string): string | undefined {
    if (isScalar(node) && typeof node.value === 'string' && node.value.trim() !== '') return node.value;
    this.problem(node as YamlNode, `${key} must be a non-empty string`);
    return undefined;
  }

  /** A one of `allowed`, with a suggestion for a near miss. */
  oneOf<T extends string>(node: unknown, key: string, allowed: readonly T[], what: string): T | undefined {
    const value = isScalar(node) ? node.value : undefined;
    const text = typeof value === 'string' ? value : value === null || value === undefined ? '' : String(value);
    if ((allowed as readonly string[]).includes(text)) return text as T;
    this.problem(
      node as YamlNode,
      `${key}: ${quote(text)} is not ${what}${this.didYouMean(text, allowed) || '.'} Use one of: ${quoteList(allowed)}.`,
    );
    return undefined;
  }

  /** One glob, no longer than minimatch takes (it throws a TypeError on longer ones) and matched in bounded time. */
  glob(node: unknown, key: string): string | undefined {
    const glob = this.string(node, key);
    if (glob === undefined) return undefined;
    if (glob.length > MAX_GLOB_LENGTH) {
      this.problem(
        node as YamlNode,
        `${key}: the glob ${quote(glob)} is ${glob.length} characters long; a glob may be at most ${MAX_GLOB_LENGTH}.`,
      );
      return undefined;
    }
    const slow = slowGlob(glob);
    if (slow === undefined) return normaliseGlob(glob);
    this.problem(node as YamlNode, `${key}: the glob ${quote(glob)} ${slow}`);
    return undefined;
  }

  /** A glob or a list of globs. */
  globs(node: unknown, key: string): string[] | undefined {
    if (isScalar(node)) {
      const glob = this.glob(node, key);
      return glob === undefined ? undefined : [glob];
    }
    if (isSeq(node)) {
      const globs: string[] = [];
      for (const item of node.items) {
        const glob = this.glob(item, `${key} entries`);
        if (glob !== undefined) globs.push(glob);
      }
      return globs;
    }
    this.problem(node as YamlNode, `${key} must be a glob or a list of globs`);
    return undefined;
  }

  /** The pairs of a mapping, with unknown keys reported (and a suggestion for a near miss). */
  pairs(node: unknown, key: string, known: readonly string[] | undefined): Array<{ key: string; pair: Pair }> {
    if (!isMap(node)) {
      this.problem(node as YamlNode, `${key} must be a mapping`);
      return [];
    }
    const pairs: Array<{ key: string; pair: Pair }> = [];
    for (const pair of node.items) {
      const name = isScalar(pair.key) ? String(pair.key.value) : '';
      if (known && !known.includes(name)) {
        this.problem(pair, `unknown key ${quote(name)} in ${key}${this.didYouMean(name, known) || '.'} Known keys: ${quoteList(known)}.`);
        continue;
      }
      pairs.push({ key: name, pair });
    }
    return pairs;
  }
}

const normaliseGlob = (glob: string): string => glob.replace(/^\.\//, '');

/** Wildcards one path segment of a glob may hold: `*`, `?(…)`, `@(…)`, `!(…)` (each is a backtracking point). */
export const MAX_SEGMENT_WILDCARDS = 2;
/** `**` segments one glob may hold. */
export const MAX_GLOBSTARS = 3;

/**
 * Why minimatch could take unbounded time on a glob, or undefined. It matches each path segment with
 * a backtracking regular expression: `+(a|aa)` against a file named with 60 `a`s never finishes, and
 * `*a*a*a*a*a*b` against a 200-character name takes minutes (issue 16). A config comes with the
 * change under review, and its globs run against file names the change chooses too, so globs are
 * held to what matches in bounded time: no repeated extglob, at most MAX_SEGMENT_WILDCARDS
 * wildcards per segment and MAX_GLOBSTARS `**`. Every glob of the documentation and the corpus fits.
 */
export function slowGlob(glob: string): string | undefined {
  if (/[+*]\(/.test(glob)) return 'uses +(…) or *(…), which can take exponential time to match: list the alternatives as separate globs';
  let globstars = 0;
  for (const segment of glob.split('/')) {
    if (segment === '**') {
      globstars++;
      continue;
    }
    const wildcards = (segment.match(/\*+|[?@!]\(/g) ?? []).length;
    if (wildcards > MAX_SEGMENT_WILDCARDS)
      return `has ${wildcards} wildcards in one path segment, and more than ${MAX_SEGMENT_WILDCARDS} can take exponential time to match: split it into several globs`;
  }
  if (globstars > MAX_GLOBSTARS)
    return `has ${globstars} "**" segments, and more than ${MAX_GLOBSTARS} can take exponential time to match: split it into several globs`;
  return undefined;
}

const RULE_IDS = ALL_RULE_META.map((meta) => meta.id);

function readAllow(validator: Validator, node: unknown): AllowEntry[] {
  if (!isSeq(node)) {
    validator.problem(node as YamlNode, 'allow must be a list of entries (rule or category, path, job, step, reason)');
    return [];
  }
  const entries: AllowEntry[] = [];
  for (const item of node.items) {
    const { line, column } = validator.at(item as YamlNode);
    const entry: Partial<AllowEntry> = { line, column };
    for (const { key, pair } of validator.pairs(item, 'an allow entry', ALLOW_KEYS)) {
      if (key === 'category') {
        entry.category = validator.oneOf(pair.value, 'allow category', CATEGORIES, 'a category');
        continue;
      }
      const value = key === 'path' ? validator.glob(pair.value, 'allow path') : validator.string(pair.value, `allow ${key}`);
      if (value === undefined) continue;
      if (key === 'rule') {
        if (RULE_IDS.includes(value)) entry.rule = value;
        else validator.problem(pair.value as YamlNode, `allow rule: unknown rule ${quote(value)}${validator.didYouMean(value, RULE_IDS)}`);
      } else if (key === 'path') entry.path = value;
      // Findings carry job and step names clipped (src/clip.ts): an entry matches them clipped alike.
      else if (key === 'job') entry.job = clip(value);
      else if (key === 'step') entry.step = clip(value);
      else entry.reason = value.trim();
    }
    if (!isMap(item)) continue;
    const keys = new Set(item.items.map((pair) => (isScalar(pair.key) ? String(pair.key.value) : '')));
    if (!keys.has('rule') && !keys.has('category')) validator.problem(item, 'an allow entry needs a rule or a category');
    if (!keys.has('reason')) validator.problem(item, 'an allow entry needs a reason: write down why this failure may stay silent');
    if (entry.reason !== undefined) entries.push(entry as AllowEntry);
  }
  return entries;
}

/**
 * Reads and strictly validates a config file; every problem is reported at once. The file must be a
 * regular file within the input size cap; with `within` (the scanned root, for the config a PATH
 * holds), its real path must stay inside that directory too.
 */
export function loadConfig(file: string, options: { within?: string } = {}): Config {
  const display = path.relative(process.cwd(), file).split(path.sep).join('/') || file;
  const shown = display.startsWith('..') ? file : display;
  let bytes: Buffer;
  try {
    bytes = readInputFile(file, options);
  } catch (error) {
    if (!(error instanceof InputFileError)) throw error;
    const why = error.code === 'ENOENT' ? 'the file does not exist' : error.code === 'EACCES' ? 'permission denied' : error.message;
    throw new ConfigError([`${shown}: cannot read config file: ${why}`]);
  }
  const parsed = parseYaml(bytes);
  if (parsed.problems.length > 0) {
    throw new ConfigError(parsed.problems.map((problem) => `${shown}:${problem.pos.line}:${problem.pos.column}: ${problem.message}`));
  }
  const config: Config = { file: shown, absolute: path.resolve(file), rules: new Map(), allow: [] };
  const contents = parsed.doc?.contents;
  // An empty file is a config with every default.
  if (contents === null || contents === undefined || (isScalar(contents) && contents.value === null)) return config;
  const validator = new Validator(shown, parsed.lineCounter);
  for (const { key, pair } of validator.pairs(contents, 'the config', TOP_KEYS)) {
    switch (key) {
      case 'fail-on':
        config.failOn = validator.oneOf(pair.value, 'fail-on', FAIL_ON_VALUES, 'a severity');
        break;
      case 'paths':
        config.paths = validator.globs(pair.value, 'paths');
        break;
      case 'ignore':
        config.ignore = validator.globs(pair.value, 'ignore');
        break;
      case 'rules':
        for (const rule of validator.pairs(pair.value, 'rules', undefined)) {
          if (!RULE_IDS.includes(rule.key)) {
            validator.problem(rule.pair, `rules: unknown rule ${quote(rule.key)}${validator.didYouMean(rule.key, RULE_IDS)}`);
            continue;
          }
          const level = validator.oneOf(rule.pair.value, `rules.${rule.key}`, RULE_LEVELS, 'a severity or off');
          if (level) config.rules.set(rule.key, level);
        }
        break;
      case 'allow':
        config.allow = readAllow(validator, pair.value);
        break;
    }
  }
  if (validator.problems.length > 0) throw new ConfigError(validator.problems);
  return config;
}

/**
 * The config file of a directory PATH, if it has one. Anything at the name counts, a dangling link
 * or a FIFO too, so that `loadConfig` refuses it with an error instead of the config being ignored.
 */
export function findConfig(root: string): string | undefined {
  try {
    if (!statSync(root).isDirectory()) return undefined;
  } catch {
    return undefined;
  }
  return CONFIG_FILES.map((name) => path.join(root, name)).find((candidate) => {
    try {
      lstatSync(candidate);
      return true;
    } catch {
      return false;
    }
  });
}
