import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { isMap, isScalar, isSeq } from 'yaml';
import type { LineCounter, Node as YamlNode, Pair } from 'yaml';
import { parseYaml, rangeToPosition } from './load/parse.js';
import { FAIL_ON_VALUES } from './outcome.js';
import type { FailOn } from './outcome.js';
import { ALL_RULE_META } from './rules/index.js';
import { CATEGORIES, SEVERITIES } from './rules/types.js';
import type { Category, Severity } from './rules/types.js';
import { didYouMean } from './suggest.js';

/** Looked for, in this order, in every directory PATH when no config file is named. */
export const CONFIG_FILES = ['.github/silent-failure-audit.yml', '.github/silent-failure-audit.yaml'];

/** A by-design soft-fail, recorded with its reason: it behaves like an inline suppression. */
export interface AllowEntry {
  rule?: string;
  category?: Category;
  /** A minimatch glob over the file's path relative to the audited PATH. */
  path?: string;
  job?: string;
  step?: string;
  reason: string;
  /** Where the entry is written, for the report when it matches nothing. */
  line: number;
  column: number;
}

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
      `${key}: "${text}" is not ${what}${this.didYouMean(text, allowed) || '.'} Use one of: ${quoteList(allowed)}.`,
    );
    return undefined;
  }

  /** A glob that minimatch matches in bounded time, or a problem naming the key. */
  glob(node: unknown, key: string): string | undefined {
    const glob = this.string(node, key);
    if (glob === undefined) return undefined;
    const slow = slowGlob(glob);
    if (slow === undefined) return normaliseGlob(glob);
    const shown = glob.length > 60 ? `${glob.slice(0, 59)}…` : glob;
    this.problem(node as YamlNode, `${key}: the glob "${shown}" ${slow}`);
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
        this.problem(pair, `unknown key "${name}" in ${key}${this.didYouMean(name, known) || '.'} Known keys: ${quoteList(known)}.`);
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
      const value = validator.string(pair.value, `allow ${key}`);
      if (value === undefined) continue;
      if (key === 'rule') {
        if (RULE_IDS.includes(value)) entry.rule = value;
        else validator.problem(pair.value as YamlNode, `allow rule: unknown rule "${value}"${validator.didYouMean(value, RULE_IDS)}`);
      } else if (key === 'path') {
        const slow = slowGlob(value);
        if (slow === undefined) entry.path = normaliseGlob(value);
        else
          validator.problem(
            pair.value as YamlNode,
            `allow path: the glob "${value.length > 60 ? `${value.slice(0, 59)}…` : value}" ${slow}`,
          );
      } else if (key === 'job') entry.job = value;
      else if (key === 'step') entry.step = value;
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

/** Reads and strictly validates a config file; every problem is reported at once. */
export function loadConfig(file: string): Config {
  const display = path.relative(process.cwd(), file).split(path.sep).join('/') || file;
  const shown = display.startsWith('..') ? file : display;
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'the file does not exist'
        : code === 'EISDIR'
          ? 'it is a directory'
          : code === 'EACCES'
            ? 'permission denied'
            : (code ?? (error as Error).message);
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
            validator.problem(rule.pair, `rules: unknown rule "${rule.key}"${validator.didYouMean(rule.key, RULE_IDS)}`);
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

/** The config file of a directory PATH, if it has one. */
export function findConfig(root: string): string | undefined {
  try {
    if (!statSync(root).isDirectory()) return undefined;
  } catch {
    return undefined;
  }
  return CONFIG_FILES.map((name) => path.join(root, name)).find((candidate) => existsSync(candidate));
}
