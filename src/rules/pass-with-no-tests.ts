import { classifyCommand } from '../model/classify/engine.js';
import { argvOf, commandsIn, optionsTimeline, posixScripts, positionOf, statusCommands, unredirect } from './script-analysis.js';
import { wordText } from '../shell/commands.js';
import type { SyntaxNode } from '../shell/parser.js';
import { inline } from './text.js';
import type { Cap } from './types.js';
import type { Rule } from './types.js';

/**
 * Options that make a test runner succeed when it selects no tests, by the runner's own docs:
 * Jest and Vitest `--passWithNoTests` (https://jestjs.io/docs/cli#--passwithnotests,
 * https://vitest.dev/config/passwithnotests), Playwright `--pass-with-no-tests`
 * (https://playwright.dev/docs/test-cli), pytest-custom-exit-code `--suppress-no-test-exit-code`.
 * Nx, Angular and `npm test --` hand them on to Jest unchanged.
 */
const PASS_FLAGS = new Set(['--passWithNoTests', '--pass-with-no-tests', '--suppress-no-test-exit-code']);

/**
 * `--no-tests=<action>`: cargo-nextest passes with `pass` and with `warn`
 * (https://nexte.st/docs/running/#options-and-arguments), CTest with `ignore`
 * (https://cmake.org/cmake/help/latest/manual/ctest.1.html#cmdoption-ctest-no-tests).
 */
const PASSING_NO_TESTS_ACTIONS = new Set(['pass', 'warn', 'ignore']);

/**
 * Selecting tests by what changed is expected to select nothing on many commits — the run would
 * fail on every docs-only change without the flag — so there the flag is part of the design and is
 * reported one level lower.
 */
const CHANGE_SELECTION = new Set(['--findRelatedTests', '--onlyChanged', '--changedSince', '--lastCommit', '--changed', '--only-changed']);

/** pytest, `python -m pytest`, `py.test`, Debian's `pytest-3`, and `python -m unittest` (exit status 5 since Python 3.12). */
function exitFiveMeansNoTests(argv: readonly string[]): boolean {
  return argv.some((word, i) => {
    const name = word.split('/').pop()!;
    return name === 'pytest' || name === 'py.test' || name === 'pytest-3' || (name === 'unittest' && argv[i - 1] === '-m');
  });
}

/** A flag that passes on an empty selection: the flag node, unless it is switched off (`--passWithNoTests=false`). */
function passFlag(args: readonly SyntaxNode[], i: number): SyntaxNode | undefined {
  const word = wordText(args[i]!);
  const next = args[i + 1] ? wordText(args[i + 1]!) : undefined;
  if (PASS_FLAGS.has(word)) return next === 'false' ? undefined : args[i];
  const [flag, value] = word.split('=');
  if (PASS_FLAGS.has(flag!)) return value === 'false' ? undefined : args[i];
  if (flag !== '--no-tests') return undefined;
  return PASSING_NO_TESTS_ACTIONS.has(value ?? next ?? '') ? args[i] : undefined;
}

/** `$?` alone, bare or in double quotes. */
function isStatusRead(node: SyntaxNode | null): boolean {
  if (!node) return false;
  const target = node.type === 'string' && node.namedChildCount === 1 ? node.namedChild(0) : node;
  return (
    target?.type === 'simple_expansion' && target.namedChild(0)?.type === 'special_variable_name' && target.namedChild(0)?.text === '?'
  );
}

const EQUALS = new Set(['-eq', '=', '==']);
const isFive = (node: SyntaxNode | null): boolean => node !== null && wordText(node) === '5';

/** `[ $? -eq 5 ]`, `[[ $? == 5 ]]`, `(( $? == 5 ))`, `test "$?" = 5`, or a `{ …; }` group holding one. */
function acceptsExitFive(node: SyntaxNode): boolean {
  const target = unredirect(node);
  if (target.type === 'compound_statement' || target.type === 'subshell' || target.type === 'test_command') {
    const inner = target.namedChildren.filter((child): child is SyntaxNode => child !== null && child.type !== 'comment');
    return inner.length === 1 && acceptsExitFive(inner[0]!);
  }
  if (target.type === 'binary_expression') {
    const [left, operator, right] = [target.childForFieldName('left'), target.child(1), target.childForFieldName('right')];
    return EQUALS.has(operator?.text ?? '') && ((isStatusRead(left) && isFive(right)) || (isFive(left) && isStatusRead(right)));
  }
  if (target.type !== 'command' || argvOf(target)[0] !== 'test') return false;
  const args = target.childrenForFieldName('argument');
  return (
    args.length === 3 &&
    EQUALS.has(wordText(args[1]!)) &&
    ((isStatusRead(args[0]!) && isFive(args[2]!)) || (isFive(args[0]!) && isStatusRead(args[2]!)))
  );
}

/** `pytest … || [ $? -eq 5 ]`: the list, its `||` and the test, when pytest's own status is the one compared. */
function exitFiveFallbacks(
  root: SyntaxNode,
  pipefailAt: (offset: number) => boolean | undefined,
): Array<{ list: SyntaxNode; operator: SyntaxNode; right: SyntaxNode }> {
  const found = [];
  for (const list of root.descendantsOfType('list')) {
    const [left, operator, right] = [list.child(0), list.child(1), list.child(2)];
    if (!left || !right || operator?.type !== '||' || !acceptsExitFive(right)) continue;
    const runners = statusCommands(left, pipefailAt(list.startIndex)).map(argvOf);
    if (runners.some((argv) => classifyCommand(argv) === 'test' && exitFiveMeansNoTests(argv))) found.push({ list, operator, right });
  }
  return found;
}

const CONSEQUENCE = 'so a wrong path, pattern or config that matches nothing passes without running a single test';

/** Only an empty selection passes: when tests do run, they still decide. */
const NO_TESTS_CAP: Cap = { severity: 'medium', reason: 'only an empty selection passes: the tests that do run still decide' };

export const passWithNoTests: Rule = {
  meta: {
    id: 'pass-with-no-tests',
    category: 'scope-gap',
    description:
      'A test runner told to succeed when it selects no tests (`--passWithNoTests`, `--no-tests=pass`, `pytest … || [ $? -eq 5 ]`).',
  },
  check(ctx) {
    for (const { step, job, script, root } of posixScripts(ctx.file)) {
      // The tree holds placeholders for `${{ … }}`; messages quote the script as written.
      const written = (node: SyntaxNode): string => script.source.text.slice(node.startIndex, node.endIndex);
      const writtenLine = (node: SyntaxNode): string => written(node).split('\n')[0]!.trim();
      for (const command of commandsIn(root)) {
        const args = command.childrenForFieldName('argument').filter((arg): arg is SyntaxNode => arg !== null);
        if (classifyCommand(argvOf(command)) !== 'test') continue;
        const byChange = args.some((arg) => CHANGE_SELECTION.has(wordText(arg).split('=')[0]!));
        for (let i = 0; i < args.length; i++) {
          const flag = passFlag(args, i);
          if (!flag) continue;
          const option = inline(written(flag), 40);
          ctx.report({
            masked: {
              kind: 'test',
              noun: 'command',
              cap: byChange
                ? { severity: 'low', reason: 'tests selected by what changed: an empty selection is expected on many commits' }
                : NO_TESTS_CAP,
            },
            message: `"${inline(writtenLine(command), 80)}": \`${option}\` makes the run pass when it selects no tests, ${CONSEQUENCE}${byChange ? ' (with tests selected by what changed, an empty selection is also expected on many commits)' : ''}.`,
            pos: positionOf(script, flag),
            job,
            step,
            snippet: `${writtenLine(command)} ${option}`,
          });
        }
      }
      const optionsAt = optionsTimeline(root, script.shell);
      for (const { list, operator, right } of exitFiveFallbacks(root, (offset) => optionsAt(offset).pipefail)) {
        const pos = positionOf(script, operator);
        const end = positionOf(script, right);
        ctx.report({
          masked: { kind: 'test', noun: 'command', cap: NO_TESTS_CAP },
          message: `"${inline(writtenLine(list), 80)}": "|| ${inline(writtenLine(right), 30)}" accepts exit status 5, "no tests collected", as success, ${CONSEQUENCE}.`,
          pos: { ...pos, endLine: end.endLine, endColumn: end.endColumn },
          job,
          step,
          snippet: written(list),
        });
      }
    }
  },
};
