import { classifyCommand } from '../model/classify/engine.js';
import { mostSevereKind } from '../model/classify/kinds.js';
import type { StepKind } from '../model/classify/kinds.js';
import {
  argvOf,
  branchOf,
  carriesStatus,
  clausesOf,
  commandKey,
  commandsIn,
  conditionOf,
  failsOnPurpose,
  failingCommands,
  isCheck,
  laterStepsReadOutputs,
  negatedPipeline,
  optionsTimeline,
  positionOf,
  posixScripts,
  sourceLine,
  unredirect,
} from './script-analysis.js';
import { wordText } from '../shell/commands.js';
import type { SyntaxNode } from '../shell/parser.js';
import { describeKind } from './severity.js';
import { inline } from './text.js';
import type { Rule } from './types.js';

/**
 * The checks whose status a condition tests. `git diff --exit-code` and friends are left out: in a
 * condition they ask whether something changed (to commit it, to set an output), they are not a verdict.
 */
function checksOf(node: SyntaxNode, pipefail: boolean | undefined): SyntaxNode[] {
  return failingCommands(node, pipefail).filter((command) => {
    const argv = argvOf(command);
    return argv[0] !== 'git' && isCheck(classifyCommand(argv));
  });
}

/** `! check`, or `! a || ! b`: the checks whose failure makes the condition true. */
function negatedChecks(condition: SyntaxNode, pipefail: boolean | undefined): SyntaxNode[] {
  const target = unredirect(condition);
  if (target.type === 'negated_command') {
    const inner = target.namedChildren.find((child) => child !== null);
    return inner ? checksOf(inner, pipefail) : [];
  }
  const parts = negatedPipeline(target);
  if (parts) return (pipefail ? parts : parts.slice(-1)).flatMap((part) => checksOf(part, pipefail));
  if (target.type === 'list' && target.child(1)?.type === '||') {
    return [target.child(0), target.child(2)].flatMap((side) => (side ? negatedChecks(side, pipefail) : []));
  }
  return [];
}

interface SwallowedCheck {
  checks: SyntaxNode[];
  /** The branches that run when a check fails. */
  branches: SyntaxNode[];
  /** How the message names them. */
  where: string;
}

/**
 * What an `if` does when its check fails: `if ! check; then BODY` runs BODY (the rule also requires
 * its `elif`/`else` not to fail, so that a construct failing on either path is never reported);
 * `if check; then …; else BODY` runs the else BODY.
 */
function swallowedCheck(statement: SyntaxNode, pipefail: boolean | undefined): SwallowedCheck | undefined {
  const condition = conditionOf(statement).at(-1);
  if (!condition) return undefined;
  const clauses = clausesOf(statement);
  const negated = negatedChecks(condition, pipefail);
  if (negated.length > 0) return { checks: negated, branches: [...branchOf(statement), ...clauses], where: 'the then branch' };
  const [only] = clauses;
  if (clauses.length !== 1 || only?.type !== 'else_clause') return undefined;
  const checks = checksOf(condition, pipefail);
  return checks.length > 0 ? { checks, branches: branchOf(only), where: 'the else branch' } : undefined;
}

/** An `echo`/`printf` of a `::warning` workflow command (https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-commands#setting-a-warning-message). */
function emitsWarning(branch: SyntaxNode): boolean {
  return commandsIn(branch).some((command) => {
    const [name, ...args] = argvOf(command);
    return (name === 'echo' || name === 'printf') && args.some((arg) => (arg.startsWith('"') ? arg.slice(1) : arg).startsWith('::warning'));
  });
}

/**
 * Whether a branch leaves a mark for later — `touch failed`, `echo "lint" >> failures.txt`, or a
 * call of a function of the script that does (`record_status FAILED=1`) — the way scripts collect
 * failures and exit on them at the end. `$GITHUB_OUTPUT`/`$GITHUB_ENV` are `carriesStatus`'s.
 */
function recordsFailure(branch: SyntaxNode, root: SyntaxNode): boolean {
  const functions = new Map<string, SyntaxNode>();
  for (const definition of root.descendantsOfType('function_definition')) {
    const name = definition?.childForFieldName('name');
    const body = definition?.childForFieldName('body');
    if (name && body) functions.set(name.text, body);
  }
  const writes = (node: SyntaxNode, depth: number): boolean =>
    node.descendantsOfType('file_redirect').some((redirect) => {
      const destination = redirect?.childForFieldName('destination');
      const sink = destination ? wordText(destination) : '';
      // Not a mark: the terminal (`>&2`, `/dev/stderr`), and the runner's files — the job summary reports,
      // and `$GITHUB_OUTPUT`/`$GITHUB_ENV` are judged by whether a later step reads them.
      return destination?.type !== 'number' && !sink.startsWith('/dev/') && !sink.includes('GITHUB_');
    }) ||
    commandsIn(node).some((command) => {
      const [name] = argvOf(command);
      const body = functions.get(name ?? '');
      return name === 'touch' || (body !== undefined && depth < 2 && writes(body, depth + 1));
    });
  return writes(branch, 0);
}

/** Inside `$( … )` an `if` computes a value, it does not decide the step's outcome. */
const inSubstitution = (node: SyntaxNode): boolean => {
  for (let current = node.parent; current; current = current.parent) if (current.type === 'command_substitution') return true;
  return false;
};

function ifStatements(root: SyntaxNode): SyntaxNode[] {
  const found: SyntaxNode[] = [];
  const stack = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'if_statement' && !inSubstitution(node)) found.push(node);
    for (const child of node.namedChildren) if (child) stack.push(child);
  }
  return found.sort((a, b) => a.startIndex - b.startIndex);
}

export const ifNotWithoutExit: Rule = {
  meta: {
    id: 'if-not-without-exit',
    category: 'soft-fail',
    description: '`if ! check; then …; fi` (or the `else` of `if check`) whose branch only reports the failure, so the step succeeds.',
  },
  check(ctx) {
    for (const { step, steps, job, script, root } of posixScripts(ctx.file)) {
      const outputsRead = laterStepsReadOutputs(step, steps);
      const optionsAt = optionsTimeline(root, script.shell);
      const commands = commandsIn(root);
      // Built only when a swallowed check needs it: for every script of a 10,000-step job it was quadratic.
      let laterCommands: string[] | undefined;
      for (const statement of ifStatements(root)) {
        const pipefail = optionsAt(statement.startIndex).pipefail;
        const swallowed = swallowedCheck(statement, pipefail);
        if (!swallowed) continue;
        const { checks, branches, where } = swallowed;
        // A branch that exits non-zero, re-runs a check (a retry whose failure stops the script) or
        // records the failure for later (`FAILED=1` … `exit $FAILED`, `$GITHUB_OUTPUT` read by a later step).
        if (
          branches.some(
            (branch) => failsOnPurpose(branch, root) || carriesStatus(branch, root, outputsRead) || recordsFailure(branch, root),
          )
        )
          continue;
        if (branches.some((branch) => failingCommands(branch, pipefail).some((command) => isCheck(classifyCommand(argvOf(command))))))
          continue;
        // The same check run again further down, or in a later step of the job, is the verdict; this
        // one only decides whether to try a fix first.
        const keys = new Set(checks.map(commandKey));
        const decided = conditionOf(statement).at(-1)!.endIndex;
        if (commands.some((command) => command.startIndex >= decided && keys.has(commandKey(command)))) continue;
        laterCommands ??= steps.slice(step.index + 1).flatMap((later) => later.commands.map((argv) => argv.join(' ')));
        if (laterCommands.some((command) => keys.has(command))) continue;
        const kind: StepKind = mostSevereKind(checks.map((command) => classifyCommand(argvOf(command))!));
        // A `::warning::` annotation shows on the run's summary page: the failure is deliberate and visible, only not blocking.
        const warns = branches.some(emitsWarning);
        ctx.report({
          masked: {
            kind,
            noun: 'command',
            argv: argvOf(checks[0]!),
            cap: warns ? { severity: 'medium', reason: 'it prints a warning annotation: visible, only not blocking' } : undefined,
          },
          message: `"${inline(sourceLine(script, statement), 80)}": when ${describeKind(kind, 'command')} "${inline(sourceLine(script, checks[0]!), 60)}" fails, ${where} runs and ${warns ? 'only prints a warning' : 'does not fail'}, so the step succeeds.`,
          pos: positionOf(script, statement),
          job,
          step,
          snippet: statement.text,
        });
      }
    }
  },
};
