import { classifyCommand } from '../model/classify/engine.js';
import { mostSevereKind } from '../model/classify/kinds.js';
import type { StepKind } from '../model/classify/kinds.js';
import {
  argvOf,
  carriesStatus,
  commandKey,
  commandsIn,
  conditionOf,
  failingCommands,
  failsOnPurpose,
  finalStatement,
  isVerdict,
  laterStepsReadOutputs,
  negatedPipeline,
  optionsTimeline,
  positionOf,
  posixScripts,
  sourceLine,
  statementsOf,
  statusReadNext,
  unredirect,
} from './script-analysis.js';
import type { SyntaxNode } from '../shell/parser.js';
import { describeKind } from './severity.js';
import { inline } from './text.js';
import type { Rule } from './types.js';
import { pushAll } from '../arrays.js';

const LOOPS = new Set(['for_statement', 'c_style_for_statement', 'while_statement']);
/** Where `break`, `exit` and `return` stop meaning "leave this loop". */
const SCOPES = new Set(['function_definition', 'subshell', 'command_substitution', 'process_substitution']);
/** A `while` condition that never becomes false. */
const FOREVER = new Set(['true', ':']);
/** Statements between a loop and the check after it that only talk. */
const PRINTERS = new Set(['echo', 'printf']);

function loopsIn(root: SyntaxNode): SyntaxNode[] {
  const found: SyntaxNode[] = [];
  const stack = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (LOOPS.has(node.type)) found.push(node);
    for (const child of node.namedChildren) if (child) stack.push(child);
  }
  return found.sort((a, b) => a.startIndex - b.startIndex);
}

/**
 * Whether a command leaves `loop`: `break N` that reaches it (each enclosing loop uses up one level),
 * or a successful `exit`/`return` (`R && exit 0`, `R && return 0` in a retry function).
 */
function leavesLoop(command: SyntaxNode, loop: SyntaxNode): boolean {
  const [name, code] = argvOf(command);
  const success = code === undefined || code === '0';
  if (name !== 'break' && !((name === 'exit' || name === 'return') && success)) return false;
  let depth = 0;
  for (let current = command.parent; current; current = current.parent) {
    if (SCOPES.has(current.type)) return false;
    if (LOOPS.has(current.type)) depth++;
    if (current === loop) return name !== 'break' || depth <= Number(code ?? '1');
  }
  return false;
}

/**
 * What has to succeed for a loop exit to run: `R && break` → R; `if R; then break; fi` → R;
 * `if ! R; then …; else break; fi` → R. Undefined when the exit runs on a failure or on a test that
 * is no command at all (`[ "$i" -ge 3 ] && break`, the counter that gives up).
 */
function successGuard(exit: SyntaxNode, body: SyntaxNode): SyntaxNode | undefined {
  let child = exit;
  for (let parent = exit.parent; parent && parent !== body; child = parent, parent = parent.parent) {
    if (parent.type === 'list' && parent.child(2) === child) {
      return parent.child(1)?.type === '&&' ? (parent.child(0) ?? undefined) : undefined;
    }
    if ((parent.type === 'if_statement' || parent.type === 'elif_clause') && !conditionOf(parent).some((node) => node === child)) {
      const condition = conditionOf(parent).at(-1);
      return condition && unredirect(condition).type !== 'negated_command' ? condition : undefined;
    }
    if (parent.type === 'else_clause') {
      const statement = parent.parent;
      const condition = statement && conditionOf(statement).at(-1);
      const target = condition && unredirect(condition);
      return target?.type === 'negated_command' ? (target.namedChildren.find((node) => node !== null) ?? undefined) : undefined;
    }
  }
  return undefined;
}

/** `R; if [ $? -eq 0 ]; then break; fi`: a guard that only reads `$?` stands for the statement before it. */
function resolveStatusRead(guard: SyntaxNode, body: SyntaxNode): SyntaxNode {
  let statement = guard;
  while (statement.parent && statement.parent !== body) statement = statement.parent;
  let previous = statement.previousNamedSibling;
  while (previous?.type === 'comment') previous = previous.previousNamedSibling;
  return previous && statusReadNext(previous) ? previous : guard;
}

/** What a retried command does, and the command that shows it in a message. */
interface Attempt {
  kind: StepKind;
  shown: SyntaxNode;
}

const callsByName = new WeakMap<SyntaxNode, Map<string, SyntaxNode[]>>();

/** The commands of a script by the name they call, in source order; built once per script, not once per loop. */
function callsOf(root: SyntaxNode): Map<string, SyntaxNode[]> {
  let calls = callsByName.get(root);
  if (!calls) {
    calls = new Map();
    for (const call of commandsIn(root)) {
      const name = argvOf(call)[0];
      if (name === undefined) continue;
      const list = calls.get(name);
      if (list) list.push(call);
      else calls.set(name, [call]);
    }
    callsByName.set(root, calls);
  }
  return calls;
}

/** `"$@"`, `$*`, `$1` in a retry function stand for what its callers pass: `retry pip install …`. */
function attemptsOf(command: SyntaxNode, root: SyntaxNode): Attempt[] {
  const argv = argvOf(command);
  const name = argv[0]?.startsWith('"') ? argv[0].slice(1) : argv[0];
  let fn = command.parent;
  while (fn && fn.type !== 'function_definition') fn = fn.parent;
  const fnName = fn?.childForFieldName('name')?.text;
  if (!name?.startsWith('$') || !fnName) {
    const kind = classifyCommand(argv);
    return kind ? [{ kind, shown: command }] : [];
  }
  return (callsOf(root).get(fnName) ?? []).flatMap((call) => {
    const kind = classifyCommand(argvOf(call).slice(1));
    return kind ? [{ kind, shown: call }] : [];
  });
}

interface Retry {
  /** The commands whose success ends the loop. */
  retried: SyntaxNode[];
  /** Whether the body ends in `R && break`, so an exhausted loop has R's failing status. */
  endsWithFailure: boolean;
  /**
   * Whether a success carries on after the loop (`break`, or the end of `until R`). When every
   * success leaves the script instead (`R && exit 0`), what follows the loop runs only after the last
   * failure: it is the script's own answer to it, unless it is nothing at all.
   */
  breaksOnSuccess: boolean;
}

/**
 * `until R` and `while ! R` run R until it succeeds: the commands R stands for. Undefined for any
 * other condition, and for a list (`until R || [ $n -ge 5 ]`), which also stops on something else.
 */
function conditionRetries(loop: SyntaxNode, condition: SyntaxNode, pipefail: boolean | undefined): SyntaxNode[] | undefined {
  if (condition.type === 'list') return undefined;
  // `until [ "$n" -ge 3 ]` counts attempts; it retries no command.
  if (loop.child(0)?.type === 'until') {
    const commands = failingCommands(condition, pipefail);
    return commands.length > 0 ? commands : undefined;
  }
  if (condition.type === 'negated_command') {
    const inner = condition.namedChildren.find((child) => child !== null);
    return inner ? failingCommands(inner, pipefail) : undefined;
  }
  const parts = negatedPipeline(condition);
  return parts && (pipefail ? parts : parts.slice(-1)).flatMap((part) => failingCommands(part, pipefail));
}

function retryOf(loop: SyntaxNode, pipefail: boolean | undefined): Retry | undefined {
  const body = loop.childForFieldName('body');
  if (!body) return undefined;
  const retried: SyntaxNode[] = [];
  let otherExit = false;
  let breaksOnSuccess = false;
  for (const exit of commandsIn(body).filter((command) => leavesLoop(command, loop))) {
    const guard = successGuard(exit, body);
    const commands = guard ? failingCommands(resolveStatusRead(guard, body), pipefail) : [];
    const classified = commands.filter((command) => classifyCommand(argvOf(command)) !== null);
    if (classified.length === 0) {
      otherExit = true;
      continue;
    }
    pushAll(retried, classified);
    if (argvOf(exit)[0] === 'break') breaksOnSuccess = true;
  }
  let canGiveUp = otherExit;
  if (loop.type === 'for_statement') canGiveUp = true;
  else if (loop.type === 'c_style_for_statement') canGiveUp ||= loop.childForFieldName('condition') !== null;
  else {
    const condition = loop.childrenForFieldName('condition').find((node) => node?.isNamed);
    const target = condition ? unredirect(condition) : undefined;
    const retriedByCondition = target && conditionRetries(loop, target, pipefail);
    if (retriedByCondition) {
      pushAll(
        retried,
        retriedByCondition.filter((command) => classifyCommand(argvOf(command)) !== null),
      );
      breaksOnSuccess = true;
    } else if (!(target?.type === 'command' && FOREVER.has(argvOf(target)[0] ?? ''))) {
      canGiveUp = true;
    }
  }
  if (retried.length === 0 || !canGiveUp) return undefined;
  const last = statementsOf(body).at(-1);
  const tail = last && unredirect(last);
  const endsWithFailure =
    !otherExit && tail?.type === 'list' && tail.child(1)?.type === '&&' && argvOf(unredirect(tail.child(2)!))[0] === 'break';
  return { retried, endsWithFailure, breaksOnSuccess };
}

/** The statement that runs after `node` finishes, leaving `if` branches, groups and `case` items but not loop or function bodies. */
function nextStatement(node: SyntaxNode): SyntaxNode | undefined {
  let next = node.nextNamedSibling;
  while (next && (next.type === 'comment' || next.type === 'elif_clause' || next.type === 'else_clause' || next.type === 'case_item'))
    next = next.nextNamedSibling;
  if (next) return next;
  const parent = node.parent;
  if (!parent) return undefined;
  if (['elif_clause', 'else_clause'].includes(parent.type)) return parent.parent ? nextStatement(parent.parent) : undefined;
  if (['if_statement', 'compound_statement', 'redirected_statement', 'case_item', 'case_statement'].includes(parent.type))
    return nextStatement(parent.type === 'case_item' ? parent.parent! : parent);
  return undefined;
}

/** Whether the script notices that the last attempt failed: it fails, re-runs the command, or reads what the loop left behind. */
function checkedAfter(loop: SyntaxNode, { retried, breaksOnSuccess }: Retry, root: SyntaxNode, pipefail: boolean | undefined): boolean {
  if (statusReadNext(loop)) return true;
  // `for …; done || exit 1`
  const list = loop.parent;
  if (list?.type === 'list' && list.child(0) === loop && list.child(2) && failsOnPurpose(list.child(2)!, root)) return true;
  let next = nextStatement(loop);
  while (next && unredirect(next).type === 'command' && PRINTERS.has(argvOf(unredirect(next))[0] ?? '')) next = nextStatement(next);
  if (!next) return false;
  if (!breaksOnSuccess || failsOnPurpose(next, root)) return true;
  const keys = new Set(retried.map(commandKey));
  return failingCommands(next, pipefail).some((command) => keys.has(commandKey(command)));
}

export const retryLoopSwallowsFailure: Rule = {
  meta: {
    id: 'retry-loop-swallows-failure',
    category: 'retry-masking',
    description: 'A shell loop that retries a command until it succeeds, and carries on as if it had when every attempt failed.',
  },
  check(ctx) {
    for (const { step, steps, job, script, root } of posixScripts(ctx.file)) {
      const outputsRead = laterStepsReadOutputs(step, steps);
      const optionsAt = optionsTimeline(root, script.shell);
      const final = finalStatement(root);
      const isFinal = (loop: SyntaxNode): boolean => final !== undefined && unredirect(final) === loop;
      for (const loop of loopsIn(root)) {
        const pipefail = optionsAt(loop.startIndex).pipefail;
        const retry = retryOf(loop, pipefail);
        if (!retry) continue;
        // Failing after the last attempt (`[ $i -eq 3 ] && exit 1`), recording it (`ok=1` … `[ -n "$ok" ] || exit 1`),
        // or — for a final loop whose body ends in `R && break` — leaving R's failing status as the step's.
        if (failsOnPurpose(loop, root) || carriesStatus(loop, root, outputsRead)) continue;
        if (retry.endsWithFailure && isFinal(loop)) continue;
        if (checkedAfter(loop, retry, root, pipefail)) continue;
        // Only a retried verdict is a silent failure, as for `|| true`: a download, a key import or a
        // readiness probe that keeps failing shows up in the step that needed it.
        const attempts = retry.retried.flatMap((command) => attemptsOf(command, root)).filter((attempt) => isVerdict(attempt.kind));
        if (attempts.length === 0) continue;
        const kind = mostSevereKind(attempts.map((attempt) => attempt.kind));
        const retried = attempts.find((attempt) => attempt.kind === kind)!.shown;
        ctx.report({
          masked: { kind, noun: 'command' },
          message: `This loop retries ${describeKind(kind, 'command')} "${inline(sourceLine(script, retried), 60)}" until it succeeds, but when every attempt fails nothing fails after the loop, so the step succeeds.`,
          pos: positionOf(script, loop),
          job,
          step,
          snippet: loop.text,
        });
      }
    }
  },
};
