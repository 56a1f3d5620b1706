import { classifyCommand } from '../model/classify/engine.js';
import {
  argvOf,
  carriesStatus,
  commandsIn,
  sourceLine,
  sourceText,
  isCheck,
  laterStepsReadOutputs,
  optionsTimeline,
  posixScripts,
  positionOf,
  statusCommands,
  statusReadNext,
} from './script-analysis.js';
import type { SyntaxNode } from '../shell/parser.js';
import { describeKind } from './severity.js';
import { inline } from './text.js';
import type { Rule } from './types.js';
import { pushAll } from '../arrays.js';

/** Commands that branch on the status they follow: `pytest && break` in a retry loop decides, it does not ignore. */
const CONTROL_FLOW = new Set(['break', 'continue', 'return', 'exit']);

const SUBSTITUTIONS = new Set(['command_substitution', 'process_substitution']);

/** The nodes between a statement and the block holding it that pass its status through unchanged. */
const enclosingStatement = (node: SyntaxNode): SyntaxNode =>
  node.parent?.type === 'redirected_statement' && node.parent.childForFieldName('body') === node ? node.parent : node;

function nextStatement(node: SyntaxNode): SyntaxNode | null {
  let next = node.nextNamedSibling;
  while (next?.type === 'comment') next = next.nextNamedSibling;
  return next;
}

/** `if`/`elif`/`while`/`until` conditions come before their `then`/`do`: their status is tested. */
function inCondition(node: SyntaxNode, parent: SyntaxNode): boolean {
  const body = parent.children.find((child) => child?.type === 'then' || child?.type === 'do_group');
  return body !== undefined && body !== null && node.startIndex < body.startIndex;
}

/**
 * Whether a failure that errexit ignored inside `statement` is lost. Bash ignores errexit for the
 * commands of an && / || list but the last and for `!`, and a compound command (`if`, `{ }`, a loop)
 * whose status is non-zero for that reason does not trigger it either; a subshell or a function
 * does, and the script's last statement is its exit status
 * (https://www.gnu.org/software/bash/manual/html_node/The-Set-Builtin.html, `-e`).
 */
function failureIsLost(statement: SyntaxNode): boolean {
  let node = statement;
  for (;;) {
    const parent = node.parent;
    if (!parent) return false;
    const next = nextStatement(node);
    switch (parent.type) {
      case 'redirected_statement':
        node = parent;
        continue;
      case 'program':
        return next !== null;
      case 'subshell':
        return next !== null;
      case 'compound_statement':
        if (next !== null) return true;
        if (parent.parent?.type === 'function_definition') return false;
        node = parent;
        continue;
      case 'if_statement':
      case 'elif_clause':
      case 'while_statement':
        if (inCondition(node, parent)) return false;
        if (next !== null && next.type !== 'elif_clause' && next.type !== 'else_clause') return true;
        node = parent.type === 'elif_clause' ? parent.parent! : parent;
        continue;
      case 'else_clause':
      case 'case_item':
      case 'do_group':
        if (next !== null) return true;
        node = parent.parent!;
        continue;
      default:
        // Part of a list, a pipeline, a negation or a substitution: whatever holds it reads the status.
        return false;
    }
  }
}

/** The operands and operators of an && / || list, left to right. */
function flatten(list: SyntaxNode): { operands: SyntaxNode[]; operators: string[] } {
  const operands: SyntaxNode[] = [];
  const operators: string[] = [];
  for (const child of list.children) {
    if (!child || child.type === 'comment') continue;
    if (child.type === 'list') {
      const inner = flatten(child);
      pushAll(operands, inner.operands);
      pushAll(operators, inner.operators);
    } else if (child.isNamed) operands.push(child);
    else operators.push(child.type);
  }
  return { operands, operators };
}

/** The first command that decides `node`'s status and is a check. `git diff --exit-code && …` asks a question. */
function checkIn(node: SyntaxNode, pipefail: boolean | undefined): { command: SyntaxNode; kind: 'test' | 'build' | 'lint' } | undefined {
  for (const command of statusCommands(node, pipefail)) {
    const argv = argvOf(command);
    if (argv[0] === 'git') continue;
    const kind = classifyCommand(argv);
    if (isCheck(kind)) return { command, kind };
  }
  return undefined;
}

/** A check whose failure errexit ignores, and the node a finding points at. */
interface Ignored {
  command: SyntaxNode;
  at: SyntaxNode;
  kind: 'test' | 'build' | 'lint';
  negated: boolean;
}

/** Statement-level lists and negations of a script, outside substitutions. */
function candidates(root: SyntaxNode): SyntaxNode[] {
  const found: SyntaxNode[] = [];
  const stack = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (SUBSTITUTIONS.has(node.type)) continue;
    const parent = node.parent?.type;
    if (node.type === 'list' && parent !== 'list') found.push(node);
    if (node.type === 'negated_command' && parent !== 'list' && parent !== 'pipeline') found.push(node);
    // tree-sitter-bash reads `! a | b` as `(! a) | b`; bash negates the whole pipeline.
    if (node.type === 'pipeline' && node.firstNamedChild?.type === 'negated_command' && parent !== 'list') found.push(node);
    for (const child of node.namedChildren) if (child) stack.push(child);
  }
  return found.sort((a, b) => a.startIndex - b.startIndex);
}

/** `check && other…`: the first check followed only by `&&`, whose failure no later operand records or branches on. */
function ignoredInList(list: SyntaxNode, pipefail: boolean | undefined, root: SyntaxNode, outputsRead: boolean): Ignored | undefined {
  const { operands, operators } = flatten(list);
  for (let i = 0; i < operands.length - 1; i++) {
    // A later `||` receives the failure: it exits, carries it, or masks it (or-true-swallows-failure).
    if (operators[i] !== '&&' || operators.slice(i).includes('||')) continue;
    const later = operands.slice(i + 1);
    if (later.some((operand) => commandsIn(operand).some((command) => CONTROL_FLOW.has(argvOf(command)[0] ?? '')))) continue;
    if (later.some((operand) => carriesStatus(operand, root, outputsRead))) continue;
    const check = checkIn(operands[i]!, pipefail);
    if (check) return { command: check.command, at: check.command, kind: check.kind, negated: false };
  }
  return undefined;
}

/** `! check` as a statement of its own. */
function ignoredNegation(node: SyntaxNode, pipefail: boolean | undefined): Ignored | undefined {
  const check = checkIn(node, pipefail);
  if (!check) return undefined;
  const negation = node.type === 'negated_command' ? node : node.firstNamedChild!;
  return { command: check.command, at: negation, kind: check.kind, negated: true };
}

export const errexitIgnored: Rule = {
  meta: {
    id: 'errexit-ignored',
    category: 'soft-fail',
    description:
      'Under `set -e`, a check that is not the last command of an `&&` list, or is negated with `!`, does not stop the script when it fails.',
  },
  check(ctx) {
    for (const { step, steps, job, script, root } of posixScripts(ctx.file)) {
      const outputsRead = laterStepsReadOutputs(step, steps);
      const optionsAt = optionsTimeline(root, script.shell);
      for (const node of candidates(root)) {
        const options = optionsAt(node.startIndex);
        // With errexit off nothing stops the script anyway: that is the business of the set +e and custom-shell rules.
        if (options.errexit !== true) continue;
        const statement = enclosingStatement(node);
        // `cmd && other &` runs in the background; its status is `wait`'s business.
        if (statement.nextSibling?.type === '&') continue;
        if (!failureIsLost(statement) || statusReadNext(statement)) continue;
        const found =
          node.type === 'list' ? ignoredInList(node, options.pipefail, root, outputsRead) : ignoredNegation(node, options.pipefail);
        if (!found) continue;
        const { command, at, kind, negated } = found;
        const what = `${describeKind(kind, 'command')} "${inline(sourceLine(script, command), 40)}"`;
        ctx.report({
          masked: { kind, noun: 'command', argv: argvOf(command) },
          message: negated
            ? `"${inline(sourceLine(script, node), 80)}": errexit never fires for a negated command, so whatever ${what} returns the script goes on. ` +
              'Make it the last command, or write `if …; then exit 1; fi`.'
            : `"${inline(sourceLine(script, node), 80)}": errexit is ignored for every command of an && list but the last, so when ${what} fails ` +
              'the script goes on and the step can pass. Run it as its own statement, or end the list with `|| exit 1`.',
          pos: positionOf(script, at),
          job,
          step,
          snippet: sourceText(script, statement),
        });
      }
    }
  },
};
