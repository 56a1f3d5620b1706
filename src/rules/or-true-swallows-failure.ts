import { classifyCommand } from '../model/classify/engine.js';
import { mostSevereKind } from '../model/classify/kinds.js';
import type { StepKind } from '../model/classify/kinds.js';
import {
  argvOf,
  commandsIn,
  carriesStatus,
  sourceLine,
  sourceText,
  isVerdict,
  isMaskingFallback,
  laterStepsReadOutputs,
  optionsTimeline,
  posixScripts,
  positionOf,
  statusCommands,
  inSubstitution,
  teeFiles,
  unredirect,
  verdictReadFromLog,
} from './script-analysis.js';
import type { Step } from '../model/types.js';
import type { SyntaxNode } from '../shell/parser.js';
import { describeKind } from './severity.js';
import { inline } from './text.js';
import type { Cap } from './types.js';
import type { Rule } from './types.js';

/**
 * What the swallowed status belongs to. `git diff --exit-code` is a question when its answer is
 * handled right there (`… && echo unchanged || echo changed`), not a check.
 */
function swallowedKind(left: SyntaxNode, pipefail: boolean | undefined): StepKind | null {
  // `pytest | tee log || true` is forgiven twice over (tee's status, then the fallback); the
  // fallback states the intent, so it is reported here, whatever pipefail says.
  const target = unredirect(left);
  const endsInTee = target.type === 'pipeline' && argvOf(commandsIn(target.lastNamedChild ?? target).at(-1) ?? target)[0] === 'tee';
  const kinds = statusCommands(left, pipefail || endsInTee)
    .map(argvOf)
    .filter(([name]) => name !== 'git')
    .map(classifyCommand)
    .filter((kind): kind is StepKind => kind !== null);
  return kinds.length > 0 ? mostSevereKind(kinds) : null;
}

/** `a || b` lists whose right side is a fallback that only prints or succeeds. */
function orFallbacks(root: SyntaxNode): Array<{ list: SyntaxNode; left: SyntaxNode; operator: SyntaxNode; right: SyntaxNode }> {
  const found = [];
  const stack = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'list') {
      const [left, operator, right] = [node.child(0), node.child(1), node.child(2)];
      // Inside `$( … )` a fallback supplies a value (`changed=$(git diff --quiet || echo yes)`).
      if (left && right && operator?.type === '||' && isMaskingFallback(right) && !inSubstitution(node))
        found.push({ list: node, left, operator, right });
    }
    for (const child of node.namedChildren) if (child) stack.push(child);
  }
  return found.sort((a, b) => a.list.startIndex - b.list.startIndex);
}

/** Cargo options that run part of the workspace's tests: a later run with one of them may leave the swallowed test out. */
const CARGO_NARROWING = new Set([
  '-p',
  '--package',
  '--test',
  '--tests',
  '--doc',
  '--lib',
  '--bin',
  '--bins',
  '--example',
  '--examples',
  '--bench',
  '--benches',
]);
const CARGO_TEST_SUBCOMMANDS = new Set(['test', 'nextest', 'insta']);
/** A script that forgives a failure the same way (`|| true`, `|| :`, `|| echo …`, `|| exit 0`). */
const FORGIVING = /\|\|\s*(true|:|echo\b|exit\s+0)/;

const isCargoTest = (argv: readonly string[]): boolean =>
  argv[0]?.split('/').pop() === 'cargo' &&
  CARGO_TEST_SUBCOMMANDS.has(argv.find((word, i) => i > 0 && !word.startsWith('-') && !word.startsWith('+')) ?? '');

/**
 * `cargo test -p x --test mdtest || true` for PR annotations, then a later step that runs the
 * workspace's tests (`cargo insta test --all-features`, no `-p`) and can fail: the swallowed test
 * runs again where its failure counts.
 */
function rerunLater(swallowed: ReadonlyArray<readonly string[]>, step: Step, steps: readonly Step[]): boolean {
  if (swallowed.length === 0 || !swallowed.every(isCargoTest)) return false;
  const at = steps[step.index] === step ? step.index : steps.indexOf(step);
  return at >= 0 && lastWholeCargoTest(steps) > at;
}

const wholeCargoTests = new WeakMap<readonly Step[], number>();

/**
 * The position of the last step that runs the workspace's tests where their failure counts, or -1;
 * found once per list of steps (a scan of every later step for each finding was quadratic).
 */
function lastWholeCargoTest(steps: readonly Step[]): number {
  let last = wholeCargoTests.get(steps);
  if (last === undefined) {
    last = -1;
    steps.forEach((later, position) => {
      if (
        !later.continueOnError &&
        !FORGIVING.test(later.script?.source.text ?? '') &&
        later.commands.some((argv) => isCargoTest(argv) && !argv.some((word) => CARGO_NARROWING.has(word.split('=')[0]!)))
      )
        last = position;
    });
    wholeCargoTests.set(steps, last);
  }
  return last;
}

/**
 * `npm audit || true` and then `npm audit fix`, `eslint . || true` and then `eslint --fix .`: the
 * check only prints what the fixer that follows (in this script or a later step) will change, so
 * its failure is a diagnostic, not a verdict.
 */
function fixFollows(swallowed: readonly string[] | undefined, fixers: FixerPositions, after: number): boolean {
  if (!swallowed || swallowed.length === 0) return false;
  return (fixers.get(toolKey(swallowed, Math.min(2, swallowed.length))) ?? -Infinity) > after;
}

/** For each one- and two-word tool (`eslint`, `npm audit`) that a fixer runs, where the last such fixer is. */
type FixerPositions = Map<string, number>;

const toolKey = (argv: readonly string[], length: number): string => `${length}\0${argv.slice(0, length).join('\0')}`;

/**
 * Where the fixers of a list of commands are, by tool: a command is a fixer of a tool of one or two
 * words when it starts with them and a fix word follows. Built once per script and once per list of
 * steps, so that each finding asks in constant time (scanning every later command for each finding
 * was quadratic: 30,000 steps of `pytest tN || true` took minutes, issue 16).
 */
function fixerPositions(commands: Iterable<{ at: number; argv: readonly string[] }>): FixerPositions {
  const positions: FixerPositions = new Map();
  for (const { at, argv } of commands) {
    if (!mayFix(argv)) continue;
    for (const length of [1, 2]) {
      if (argv.length <= length || !argv.slice(length).some(isFixWord)) continue;
      const key = toolKey(argv, length);
      positions.set(key, Math.max(positions.get(key) ?? -Infinity, at));
    }
  }
  return positions;
}

const stepFixers = new WeakMap<readonly Step[], FixerPositions>();

/** The fixers of a list of steps, by tool, at the index of the last step that runs each. */
function fixersOfSteps(steps: readonly Step[]): FixerPositions {
  let positions = stepFixers.get(steps);
  if (!positions) {
    positions = fixerPositions(
      (function* () {
        for (const step of steps) for (const argv of step.commands) yield { at: step.index, argv };
      })(),
    );
    stepFixers.set(steps, positions);
  }
  return positions;
}

const isFixWord = (word: string): boolean => word === 'fix' || word === '--fix' || word.startsWith('--fix=');

/** Only a command with a fix word after its first can be the fixer `fixFollows` looks for. */
const mayFix = (argv: readonly string[]): boolean => argv.slice(1).some(isFixWord);

/** A check printed before its fixer runs: a diagnostic. */
const DIAGNOSTIC: Cap = { severity: 'info', reason: 'the fixer that follows is the point: the check only prints what it will change' };

export const orTrueSwallowsFailure: Rule = {
  meta: {
    id: 'or-true-swallows-failure',
    category: 'soft-fail',
    description: '`cmd || true` (or `|| :`, `|| echo …`, `|| exit 0`) turns a failing command into success.',
  },
  check(ctx) {
    for (const { step, steps, job, script, root } of posixScripts(ctx.file)) {
      const outputsRead = laterStepsReadOutputs(step, steps);
      const optionsAt = optionsTimeline(root, script.shell);
      // The commands that may be a fixer, collected once per script: collecting every later command
      // again for each finding was quadratic (10,000 `pytest tN || true` lines took minutes, issue 16).
      let here: FixerPositions | undefined;
      for (const { list, left, operator, right } of orFallbacks(root)) {
        // Without pipefail, `x | grep y || true` forgives grep's "no match", not x.
        const kind = swallowedKind(left, optionsAt(list.startIndex).pipefail);
        // Only a swallowed verdict is a silent failure. Forgiving a probe, a download or a cleanup
        // that may find nothing to clean (`xcrun --show-sdk-path || true`, `rm -f x || true`) is the
        // idiom working as intended, and flagging it is the noise that gets a linter switched off.
        if (!isVerdict(kind)) continue;
        if (carriesStatus(right, root, outputsRead)) continue;
        if (kind === 'test' && rerunLater(statusCommands(left, true).map(argvOf), step, steps)) continue;
        // `pytest … | tee out.txt || true` and then `grep … failed out.txt` … `exit 1`: the verdict is read back from the log.
        const target = unredirect(left);
        if (target.type === 'pipeline' && verdictReadFromLog(root, list, teeFiles(target.lastNamedChild ?? target))) continue;
        const pos = positionOf(script, operator);
        const end = positionOf(script, right);
        const swallowed = statusCommands(left, true).map(argvOf)[0];
        here ??= fixerPositions(
          (function* () {
            for (const command of commandsIn(root)) yield { at: command.startIndex, argv: argvOf(command) };
          })(),
        );
        const fixed = fixFollows(swallowed, here, list.endIndex) || fixFollows(swallowed, fixersOfSteps(steps), step.index);
        ctx.report({
          masked: { kind, noun: 'command', argv: swallowed, cap: fixed ? DIAGNOSTIC : undefined },
          message: `"${inline(sourceLine(script, list), 80)}": when ${describeKind(kind, 'command')} fails, "|| ${inline(sourceLine(script, right), 40)}" turns the failure into success.`,
          pos: { ...pos, endLine: end.endLine, endColumn: end.endColumn },
          job,
          step,
          snippet: sourceText(script, list),
        });
      }
    }
  },
};
