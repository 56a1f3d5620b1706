import { SCRIPT_INPUTS, usesWithoutRef } from '../script-inputs.js';
import { ACTIONS } from './actions.js';
import { apply, own } from './combinators.js';
import type { Engine, Rule, Verdict } from './combinators.js';
import { COMMANDS, INTERPRETERS, NO_SIGNAL, PRINT_ONLY, PROBES } from './commands.js';
import { isCheckKind, mostSevereKind } from './kinds.js';
import type { Classification, KindBasis, StepKind } from './kinds.js';
import { PERIPHERAL_KINDS, WORDS, words } from './words.js';

/**
 * The classifier: what a command, an action, a name or a whole step is for. It reads tables only:
 * teaching it a tool is one line in a table that commands.ts joins (by domain: tools-test.ts,
 * tools-build.ts, containers.ts…), an action one line in actions.ts, and a word of script, target or
 * step-name vocabulary one line in words.ts.
 */

/** What the command rules may ask of the engine (see combinators.ts). */
const engine: Engine = { classifyArgv, classifyCommand, scriptKind };

function wordKind(word: string): Verdict {
  const listed = own(WORDS, word);
  if (listed !== undefined) return listed;
  const rule = ruleFor(word);
  // Only tools whose name alone decides: `make` or `black` without arguments say too little.
  return typeof rule === 'string' && rule !== 'unknown' ? rule : null;
}

/** Kind of a name made of words: `test:unit`, `run_tests.sh`, `setup-linux`, "Build wheels". */
function scriptKind(text: string): Verdict {
  const kinds = words(text)
    .map(wordKind)
    .filter((kind): kind is StepKind => kind !== null);
  const [first] = kinds;
  if (first === undefined) return null;
  if (PERIPHERAL_KINDS.has(first)) return first;
  // Reporting words describe what is done with the tests' output wherever they stand:
  // "Merge integration test coverage", "Test summary".
  return kinds.includes('telemetry') ? 'telemetry' : mostSevereKind(kinds);
}

function printsOnly(argv: readonly string[]): boolean {
  const first = argv.find((word) => !/^[A-Za-z_][A-Za-z0-9_]*=/.test(word));
  return first !== undefined && PRINT_ONLY.has(commandName(first));
}

function commandName(word: string): string {
  return word
    .split(/[\\/]/)
    .pop()!
    .toLowerCase()
    .replace(/(?<=.)@.*$/, '')
    .replace(/\.(exe|cmd|bat|com)$/, '');
}

/** A rule by exact name, else without a trailing version (`python3.12`, `pip3`, `clang-tidy-17`). */
function ruleFor(name: string): Rule | undefined {
  return own(COMMANDS, name) ?? own(COMMANDS, name.replace(/[-_.]?\d+(\.\d+)*$/, ''));
}

/** A whole word that is a variable expansion, or a `${{ }}` expression masked before parsing. */
const RUNTIME_WORD = /^(\$\{?[A-Za-z_][A-Za-z0-9_]*\}?|_x*_)$/;

function classifyArgv(argv: readonly string[], script: boolean): Verdict {
  const start = argv.findIndex((word) => !/^[A-Za-z_][A-Za-z0-9_]*=/.test(word));
  if (start < 0) return null;
  const word = argv[start]!;
  const args = argv.slice(start + 1);
  if (args.length === 1 && PROBES.has(args[0]!)) return null;
  // `${CONDA_RUN} pytest`, `$SUDO make test`, `${{ matrix.runner }} npm test` (masked to `_xxx_`):
  // a command word chosen at run time is a wrapper, so what follows it says what runs.
  if (RUNTIME_WORD.test(word) && args.length > 0) return classifyArgv(args, script);
  const name = commandName(word);
  // `./test` or `bash test` is a project script, not the `test` builtin.
  if (!script && !/[\\/]/.test(word) && NO_SIGNAL.has(name)) return null;
  const rule = ruleFor(name);
  if (rule !== undefined) return apply(rule, args, engine);
  // Project scripts and tools we do not list usually name their purpose: run_tests.sh, upload-coverage.
  return SCRIPT_FILE.test(word) ? (scriptFileKind(word) ?? 'unknown') : (scriptKind(word) ?? 'unknown');
}

/**
 * The kind a script file's name says: `run_tests.sh` tests. A script named for checking
 * (`check-symlinks.js`, `check_format.py`, `validate-schema.sh`) checks the tree, like a package script
 * named "check" (tasks.ts); in a step's name the word says too little.
 */
function scriptFileKind(path: string): Verdict {
  const file = path.split(/[\\/]/).pop()!;
  const named = scriptKind(file);
  if (named !== null) return named;
  return words(file).some((word) => word === 'check' || word === 'checks' || word === 'validate' || word === 'validation') ? 'lint' : null;
}

/**
 * Classify one simple shell command given as its words (argv[0] is the command, already unquoted),
 * e.g. ['python', '-m', 'pytest', '-x'] → 'test'. Returns null for commands that carry no signal
 * (echo, cd, export, mkdir, cat, test/[ …); 'unknown' for a command we cannot place.
 */
export function classifyCommand(argv: readonly string[]): StepKind | null {
  return classifyArgv(argv, false);
}

/**
 * Classify a `uses:` reference ('actions/upload-artifact@v4', './.github/actions/setup-linux',
 * 'docker://alpine'). The `@ref` and case are ignored.
 */
export function classifyUses(uses: string): StepKind {
  const reference = uses.trim().toLowerCase();
  if (reference.startsWith('docker://')) {
    // docker://rhysd/actionlint:1.7 runs actionlint.
    const image = reference
      .slice('docker://'.length)
      .split('/')
      .pop()!
      .replace(/[:@].*$/, '');
    return scriptKind(image) ?? 'unknown';
  }
  const path = usesWithoutRef(reference).replace(/\/+$/, '');
  const segments = path.split('/');
  const listed = own(ACTIONS, path) ?? own(ACTIONS, segments.slice(0, 2).join('/'));
  if (listed !== undefined) return listed;
  // An action that runs a script we were not shown could be running anything.
  if (SCRIPT_INPUTS.some((entry) => entry.uses === path)) return 'unknown';
  return actionNameKind(segments.pop()!) ?? 'unknown';
}

/**
 * Action directories are usually named noun-first (pytest-cache-download, diskspace-cleanup,
 * ecr-login), so a peripheral word anywhere in the name says what the action does.
 */
function actionNameKind(name: string): Verdict {
  const kinds = words(name)
    .map(wordKind)
    .filter((kind): kind is StepKind => kind !== null);
  return kinds.find((kind) => PERIPHERAL_KINDS.has(kind)) ?? (kinds.length > 0 ? mostSevereKind(kinds) : null);
}

/** Fallback from a step's or job's display name ('Run unit tests' → test, 'Upload coverage' → telemetry); null if nothing matches. */
export function classifyName(name: string): StepKind | null {
  return scriptKind(name);
}

/** A word that names a script file: `./ci/run_tests.sh`, `tools/test.py`, `"$DIR/audit.sh"`. */
const SCRIPT_FILE = /[\\/]|\.(sh|bash|py|js|mjs|cjs|ts|ps1|rb|pl|cmd|bat)$/i;

/**
 * Whether a command's kind comes from the COMMANDS table (the tool is listed), not from its name's
 * words: `bash ci/run_tests.sh` is listed only as far as `bash` goes; what it runs is named.
 */
function listedCommand(argv: readonly string[], kind: StepKind): boolean {
  const words = argv.filter((word) => !/^[A-Za-z_][A-Za-z0-9_]*=/.test(word) && !RUNTIME_WORD.test(word));
  const first = words[0];
  if (first === undefined || ruleFor(commandName(first)) === undefined) return false;
  if (!INTERPRETERS.has(commandName(first))) return true;
  // An interpreter is listed, but what it runs is the script it is given: named by its file name.
  const script = words.slice(1).find((word) => !word.startsWith('-'));
  return !(script !== undefined && SCRIPT_FILE.test(script) && scriptFileKind(script) === kind);
}

/** How surely a command's kind is known: a listed tool, a script's name, or nothing. */
export function commandBasis(argv: readonly string[]): KindBasis {
  const kind = classifyCommand(argv);
  if (kind === null || kind === 'unknown') return kind === null ? 'known' : 'unknown';
  return listedCommand(argv, kind) ? 'known' : 'named';
}

/** The kind of a `uses:` reference, and whether it was listed or guessed from the action's name. */
function classifyUsesWithBasis(uses: string): Classification {
  const kind = classifyUses(uses);
  const path = usesWithoutRef(uses.trim().toLowerCase()).replace(/\/+$/, '');
  const listed = own(ACTIONS, path) ?? own(ACTIONS, path.split('/').slice(0, 2).join('/'));
  return { kind, basis: listed !== undefined ? 'known' : kind === 'unknown' ? 'unknown' : 'named' };
}

/**
 * A step's kind: from its `uses` if any — except that a well-known action that runs a script
 * (SCRIPT_INPUTS) is classified by that script when its commands are given — else from its
 * commands, the most severe non-null one. A script made only of no-signal commands (echo, mkdir,
 * export, `cat log`) is 'setup': it can only prepare or print, and its name is not consulted,
 * because "Show test logs" would otherwise make `cat test.log` a test. The name is the fallback
 * only when uses/commands give 'unknown' or there is nothing else.
 */
export function classifyStepWithBasis(input: {
  uses?: string;
  commands?: ReadonlyArray<readonly string[]>;
  name?: string;
  /** The `script:` of an `actions/github-script` step. */
  code?: string;
}): Classification {
  const { uses, commands = [], name, code } = input;
  const runsGivenScript = uses !== undefined && commands.length > 0 && SCRIPT_INPUTS.some((entry) => entry.uses === usesWithoutRef(uses));
  let found: Classification = { kind: 'unknown', basis: 'unknown' };
  let onlyNoSignal = false;
  if (uses !== undefined && !runsGivenScript) {
    found = classifyUsesWithBasis(uses);
  } else if (commands.length > 0) {
    const verdicts = commands.map((argv) => ({ argv, kind: classifyCommand(argv) }));
    const kinds = verdicts.flatMap(({ kind }) => (kind !== null ? [kind] : []));
    onlyNoSignal = kinds.length === 0;
    // `cat test.log`, `ls build/`, `df -h`, `sleep 30`: a step that only prints or waits hides nothing when it fails.
    if (onlyNoSignal) found = { kind: commands.every(printsOnly) ? 'telemetry' : 'setup', basis: 'known' };
    else {
      const kind = mostSevereKind(kinds);
      const listed = verdicts.some((verdict) => verdict.kind === kind && listedCommand(verdict.argv, kind));
      found = { kind, basis: kind === 'unknown' ? 'unknown' : listed ? 'known' : 'named' };
    }
  }
  if (name === undefined || onlyNoSignal) return found;
  const named = classifyName(name);
  // A step called "Run tests" that only installs is still the check its author meant: in a
  // compatibility job, `pip install -e .` succeeding *is* the test. An action that sets up
  // (actions/setup-python named "Latest dev build") is not: its name describes what follows.
  const upgrades = found.kind === 'unknown' || (found.kind === 'setup' && uses === undefined);
  if (isCheckKind(named) && upgrades) return { kind: named, basis: 'named' };
  if (found.kind === 'unknown' && named !== null) return { kind: named, basis: 'named' };
  return found.kind === 'unknown' && asserts(uses, code) ? { kind: 'test', basis: 'named' } : found;
}

/**
 * An `actions/github-script` step whose script fails on a condition (`throw new Error(…)`,
 * `core.setFailed(…)`, `assert(…)`) and calls neither the API nor a program is an assertion: a
 * test written inline. Only when neither the action nor the step's name says what it is.
 */
function asserts(uses: string | undefined, code: string | undefined): boolean {
  if (uses === undefined || code === undefined || usesWithoutRef(uses) !== 'actions/github-script') return false;
  // A script that calls the API or runs programs is automation that fails on errors, and one that
  // sets outputs computes a value (and validates it); neither is a check.
  if (
    /\bgithub\.(rest|request|graphql|paginate)\b|\b(octokit|exec\.exec|exec\.getExecOutput|fetch)\s*[.(]|\bcore\.(setOutput|exportVariable)\s*\(/.test(
      code,
    )
  )
    return false;
  return /\bcore\.setFailed\s*\(|\bthrow\s+new\s+\w*Error\b|\bassert(\.\w+)?\s*\(/.test(code);
}

export function classifyStep(input: {
  uses?: string;
  commands?: ReadonlyArray<readonly string[]>;
  name?: string;
  code?: string;
}): StepKind {
  return classifyStepWithBasis(input).kind;
}
