import type { StepKind } from '../model/classify/kinds.js';
import { classifyCommand } from '../model/classify/engine.js';
import { argvOf, commandsIn, posixScripts, positionOf } from './script-analysis.js';
import { wordText } from '../shell/commands.js';
import type { SyntaxNode } from '../shell/parser.js';
import { scriptLists } from '../model/facts.js';
import { usesWithoutRef } from '../model/script-inputs.js';
import type { Located, Step } from '../model/types.js';
import { inline } from './text.js';
import type { Rule } from './types.js';

/** A test-runner option that gives a failing test another attempt, and the run a pass if that attempt passes. */
interface RetryFlag {
  flag: string;
  /**
   * Where the count is: the next word or after `=` (`next`), only after `=` (`inline`, Maven's
   * `-Dprop=N`), after `=` or nowhere, meaning the tool's default (`optional`), or nowhere (`none`).
   */
  value: 'next' | 'inline' | 'optional' | 'none';
  /** The smallest count that retries: 1 for counts of re-runs, 2 for counts of attempts. */
  min: number;
  /** The counts inside a structured value; undefined when the value is not a retry setting at all. */
  counts?: (value: string) => string[] | undefined;
  /** What the command must be for the flag to mean this: the classifier's kinds. */
  kinds?: readonly StepKind[];
  /** What the setting does, when it is not a count of re-runs or attempts. */
  does?: string;
}

/** Maven runs the test phase for `install`, `package` and `verify` too, unless told to skip it. */
const MAVEN_KINDS: readonly StepKind[] = ['test', 'build'];

const RETRY_FLAGS: readonly RetryFlag[] = [
  // pytest-rerunfailures: https://pytest-rerunfailures.readthedocs.io/latest/cli.html
  { flag: '--reruns', value: 'next', min: 1 },
  { flag: '--force-reruns', value: 'next', min: 1 },
  // flaky (pytest plugin): every test becomes flaky, re-run until one pass in --max-runs (default 2).
  { flag: '--force-flaky', value: 'none', min: 1 },
  // cargo-nextest (https://nexte.st/docs/features/retries/), Playwright (https://playwright.dev/docs/test-retries),
  // Mocha (`--retries <n>`), pytest-retry.
  { flag: '--retries', value: 'next', min: 1 },
  // Vitest (https://vitest.dev/config/retry) and cucumber-js (`--retry <n>`).
  { flag: '--retry', value: 'next', min: 1 },
  { flag: '--retry.count', value: 'next', min: 1 },
  // gotestsum: `--rerun-fails[=2]` (https://github.com/gotestyourself/gotestsum#re-running-failed-tests).
  { flag: '--rerun-fails', value: 'optional', min: 1 },
  // Bazel counts attempts, not re-runs, optionally per target pattern: `--flaky_test_attempts=//foo/.*@3,2`
  // (https://bazel.build/reference/command-line-reference#flag--flaky_test_attempts).
  { flag: '--flaky_test_attempts', value: 'next', min: 2, counts: (value) => value.split(',').map((part) => part.split('@').pop()!) },
  // CTest: `--repeat until-pass:<n>` and `after-timeout:<n>` count attempts; `until-fail:<n>` is a
  // stress run that fails on the first failure, so it hides nothing
  // (https://cmake.org/cmake/help/latest/manual/ctest.1.html#cmdoption-ctest-repeat).
  {
    flag: '--repeat',
    value: 'next',
    min: 2,
    counts: (value) => {
      const [mode, count] = value.split(':');
      return mode === 'until-pass' || mode === 'after-timeout' ? [count ?? ''] : undefined;
    },
  },
  { flag: '--repeat-until-pass', value: 'next', min: 2 },
  { flag: '--repeat-after-timeout', value: 'next', min: 2 },
  // https://maven.apache.org/surefire/maven-surefire-plugin/examples/rerun-failing-tests.html
  { flag: '-Dsurefire.rerunFailingTestsCount', value: 'inline', min: 1, kinds: MAVEN_KINDS },
  { flag: '-Dfailsafe.rerunFailingTestsCount', value: 'inline', min: 1, kinds: MAVEN_KINDS },
  // Microsoft.Testing.Platform's retry extension (`dotnet test`, MSTest, NUnit, xUnit runners):
  // https://learn.microsoft.com/dotnet/core/testing/microsoft-testing-platform-retry
  { flag: '--retry-failed-tests', value: 'next', min: 1 },
  // Xcode 13+: `xcodebuild test -retry-tests-on-failure [-test-iterations N]`.
  { flag: '-retry-tests-on-failure', value: 'none', min: 1 },
  // Jest wrappers and runners that take the retry count on the command line.
  { flag: '--testRetries', value: 'next', min: 1 },
  { flag: '--test-retries', value: 'next', min: 1 },
  // Node.js core's tools/test.py: `--flaky-tests=dontcare` lets a test marked flaky fail without failing the run.
  {
    flag: '--flaky-tests',
    value: 'next',
    min: 1,
    counts: (value) => (value.toLowerCase() === 'dontcare' ? ['1'] : undefined),
    does: 'lets a test marked flaky fail without failing the run',
  },
];

/**
 * Retry actions and the input that gives the whole step another attempt: around a test command, a
 * suite that passes on the second run is reported as passing (nick-fields/retry's README, wretry.action's).
 */
const RETRY_ACTIONS: ReadonlyMap<string, string> = new Map([
  ['nick-fields/retry', 'max_attempts'],
  ['nick-invision/retry', 'max_attempts'],
  ['step-security/retry', 'max_attempts'],
  ['wandalen/wretry.action', 'attempt_limit'],
]);

/**
 * Options that turn a test that only passed on a retry back into a failure: pytest-rerunfailures'
 * `--fail-on-flaky` (exit status 7) and Playwright's `--fail-on-flaky-tests`. With them the retry
 * reports flakiness instead of hiding it.
 */
const FAIL_ON_FLAKY = new Set(['--fail-on-flaky', '--fail-on-flaky-tests']);

const SKIP_TESTS = /^-D(skipTests|maven\.test\.skip)(=true)?$/;

interface Found {
  spec: RetryFlag;
  flag: SyntaxNode;
  /** The last word of the setting: the flag itself, or its value. */
  last: SyntaxNode;
  /** The largest count asked for; undefined for the tool's default or a count chosen at run time. */
  count?: number;
  /** Whether the count is chosen at run time (`${{ matrix.retries }}`, `$RETRIES`). */
  computed: boolean;
}

/** The text of a node as written in the workflow, `${{ … }}` included (the tree holds placeholders). */
type Written = (node: SyntaxNode) => string;

/**
 * Whether a count retries: `0` (or a single attempt) is the documented way to switch retries off.
 * A count that expands something (`${{ matrix.retries }}`, `$RETRIES`) is chosen at run time; any
 * other word is not a count, and the flag is not the one we know.
 */
function settingOf(spec: RetryFlag, flag: SyntaxNode, last: SyntaxNode, value: string | undefined, expands: boolean): Found | undefined {
  if (value === undefined) return { spec, flag, last, computed: false };
  const counts = spec.counts ? spec.counts(value) : [value];
  if (counts === undefined) return undefined;
  // Bazel's `default` defers to the targets' own `flaky` attribute: no retries are asked for here.
  const others = counts.filter((count) => !/^\d+$/.test(count) && count !== 'default');
  if (others.length > 0) return expands ? { spec, flag, last, computed: true } : undefined;
  const count = counts.filter((count) => count !== 'default').reduce((most, count) => Math.max(most, Number(count)), -Infinity);
  return count >= spec.min ? { spec, flag, last, count, computed: false } : undefined;
}

/** `--flag N` or `--flag=N`, if this argument is the flag. */
function readFlag(spec: RetryFlag, args: readonly SyntaxNode[], i: number, written: Written): Found | undefined {
  const arg = args[i]!;
  const word = wordText(arg);
  const inlineValue = word.startsWith(`${spec.flag}=`) ? word.slice(spec.flag.length + 1) : undefined;
  if (word !== spec.flag && inlineValue === undefined) return undefined;
  if (spec.value === 'none') return inlineValue === undefined ? settingOf(spec, arg, arg, undefined, false) : undefined;
  if (inlineValue !== undefined || spec.value === 'optional') return settingOf(spec, arg, arg, inlineValue, written(arg).includes('$'));
  const next = args[i + 1];
  if (spec.value !== 'next' || !next || wordText(next).startsWith('-')) return undefined;
  return settingOf(spec, arg, next, wordText(next), written(next).includes('$'));
}

function retrySettings(command: SyntaxNode, written: Written): Found[] {
  const args = command.childrenForFieldName('argument').filter((arg): arg is SyntaxNode => arg !== null);
  const words = args.map(wordText);
  if (words.some((word) => FAIL_ON_FLAKY.has(word))) return [];
  const kind = classifyCommand(argvOf(command)) ?? 'unknown';
  const specs = RETRY_FLAGS.filter(
    (spec) => (spec.kinds ?? ['test']).includes(kind) && !(spec.kinds === MAVEN_KINDS && words.some((word) => SKIP_TESTS.test(word))),
  );
  const found = [];
  for (let i = 0; i < args.length; i++) {
    for (const spec of specs) {
      const setting = readFlag(spec, args, i, written);
      if (setting) found.push(setting);
    }
  }
  return found;
}

function describe(setting: Found, text: string): string {
  const { count } = setting;
  if (setting.spec.does) return `\`${text}\` ${setting.spec.does}`;
  if (setting.computed) return `\`${text}\` re-runs failing tests (a count chosen at run time)`;
  if (count === undefined) return `\`${text}\` re-runs failing tests`;
  return setting.spec.min === 1
    ? `\`${text}\` re-runs each failing test up to ${count} time${count === 1 ? '' : 's'}`
    : `\`${text}\` gives each failing test up to ${count} attempts`;
}

/** A retry action around a test step: the attempts input, when it allows two or more. */
function retriedTestStep(step: Step): Located | undefined {
  const input = step.uses && RETRY_ACTIONS.get(usesWithoutRef(step.uses.value));
  const attempts = input ? step.with.get(input) : undefined;
  if (!attempts || step.kind !== 'test') return undefined;
  const value = String(attempts.value).trim();
  return /^\d+$/.test(value) ? (Number(value) >= 2 ? attempts : undefined) : value.includes('${{') ? attempts : undefined;
}

export const testRerunFlags: Rule = {
  meta: {
    id: 'test-rerun-flags',
    category: 'retry-masking',
    description:
      'A test runner told to re-run failing tests (`--reruns`, `--retries`, `--flaky_test_attempts`, …), so a test that passes on a retry counts as passed.',
  },
  check(ctx) {
    for (const { job, steps } of scriptLists(ctx.file)) {
      for (const step of steps) {
        const attempts = retriedTestStep(step);
        if (!attempts) continue;
        ctx.report({
          masked: { kind: 'test', noun: 'step', cap: { severity: 'low', reason: 'a retry hides flakiness, not a steady failure' } },
          message: `${usesWithoutRef(step.uses!.value)} runs the test step "${step.label}" up to ${inline(String(attempts.value), 30)} times and passes if any attempt passes, so a flaky or intermittently broken test is reported as passing.`,
          pos: attempts.span,
          job,
          step,
          snippet: `${step.label} ${String(attempts.value)}`,
        });
      }
    }
    for (const { step, job, script, root } of posixScripts(ctx.file)) {
      const written: Written = (node) => script.source.text.slice(node.startIndex, node.endIndex);
      for (const command of commandsIn(root)) {
        for (const setting of retrySettings(command, written)) {
          const pos = positionOf(script, setting.flag);
          const end = positionOf(script, setting.last);
          const text = inline(script.source.text.slice(setting.flag.startIndex, setting.last.endIndex), 60);
          const commandLine = written(command).split('\n')[0]!.trim();
          ctx.report({
            masked: { kind: 'test', noun: 'command', cap: { severity: 'low', reason: 'a retry hides flakiness, not a steady failure' } },
            message: `"${inline(commandLine, 80)}": ${describe(setting, text)}, and the run passes if a re-run passes, so a flaky or intermittently broken test is reported as passing.`,
            pos: { ...pos, endLine: end.endLine, endColumn: end.endColumn },
            job,
            step,
            snippet: `${commandLine} ${text}`,
          });
        }
      }
    }
  },
};
