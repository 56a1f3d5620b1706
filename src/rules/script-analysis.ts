import { scriptLists } from '../model/facts.js';
import type { StepKind } from '../model/classify/kinds.js';
import { classifyCommand, classifyName } from '../model/classify/engine.js';
import { isCheckKind, mostSevereKind } from '../model/classify/kinds.js';
import type { Analysable, Job, Position, Step, StepScript } from '../model/types.js';
import { argvOf, commandsIn } from '../shell/commands.js';

export { argvOf, commandsIn };
import type { SyntaxNode } from '../shell/parser.js';

/**
 * Shared reading of a bash/sh parse tree for the script rules: which commands a node runs and what
 * they are, the shell options in force at a point, which statements are final, and whether a
 * swallowed status is carried forward. Rules ask these questions; none of them re-parses anything.
 */

/** Commands whose only effect is to print or to end the script successfully: a fallback made of them masks. */
const MASKING_COMMANDS = new Set(['true', ':', 'echo', 'printf']);

/** What the commands below a node do, most severe first; null when none carries a signal. */
export function kindOf(node: SyntaxNode): StepKind | null {
  const kinds = commandsIn(node)
    .map((command) => classifyCommand(argvOf(command)))
    .filter((kind): kind is StepKind => kind !== null);
  return kinds.length > 0 ? mostSevereKind(kinds) : null;
}

/**
 * The commands whose exit status becomes the status of `node`: in a pipeline without pipefail only
 * the last one counts (`pytest | tee log` has tee's status), with pipefail all of them; either side
 * of a list may decide it; a negation, group or redirection passes its inner status on.
 */
export function statusCommands(node: SyntaxNode, pipefail: boolean | undefined): readonly SyntaxNode[] {
  const target = unredirect(node);
  switch (target.type) {
    case 'command':
      return [target];
    case 'pipeline': {
      const parts = target.namedChildren.filter((child): child is SyntaxNode => child !== null);
      return (pipefail ? parts : parts.slice(-1)).flatMap((part) => statusCommands(part, pipefail));
    }
    case 'list':
    case 'negated_command':
      return target.namedChildren.filter((child): child is SyntaxNode => child !== null).flatMap((part) => statusCommands(part, pipefail));
    default:
      return commandsIn(target);
  }
}

/** The commands below a node that are checks — a failure of which is a verdict, not a nuisance. */
export function checkCommandsIn(node: SyntaxNode): SyntaxNode[] {
  return commandsIn(node).filter((command) => isCheck(classifyCommand(argvOf(command))));
}

export const isCheck = isCheckKind;

/** A check or a publish: what a swallowed failure hides. Setup, cleanup and reports are forgiven on purpose. */
/**
 * A native command we cannot place, in a PowerShell or cmd step named for a check ("Test the
 * installer", "Verify build"): the check the step is named for is what it runs. Null when the
 * command keeps its own kind.
 */
export function checkNamedBy(kind: StepKind | null, step: Step): 'test' | 'build' | 'lint' | null {
  if (kind !== 'unknown' || !step.name) return null;
  const claimed = classifyName(step.name);
  return isCheck(claimed) ? claimed : null;
}

export const isVerdict = (kind: StepKind | null): kind is 'test' | 'build' | 'lint' | 'deploy' => isCheck(kind) || kind === 'deploy';

/** The statements of a program, block or body, without comments. */
export function statementsOf(node: SyntaxNode): SyntaxNode[] {
  return node.namedChildren.filter((child): child is SyntaxNode => child !== null && child.type !== 'comment');
}

/** A statement without its redirections: `pytest > log 2>&1` is the command `pytest`. */
export function unredirect(node: SyntaxNode): SyntaxNode {
  let current = node;
  while (current.type === 'redirected_statement') {
    const body = current.childForFieldName('body');
    if (!body) break;
    current = body;
  }
  return current;
}

/** `exit` or `return` with a non-zero (or variable) status, or `false`: the construct fails. */
export function failsExplicitly(command: SyntaxNode): boolean {
  const [name, code] = argvOf(command);
  if (name === 'false') return true;
  if (name !== 'exit' && name !== 'return') return false;
  return code !== undefined && code !== '0';
}

/** Whether anything below a node makes the script fail on purpose (`exit 1`, `exit $rc`, `false`). */
export function containsFailure(node: SyntaxNode): boolean {
  return commandsIn(node).some(failsExplicitly);
}

/**
 * A fallback that turns a failure into success: `true`, `:`, `echo …`, `printf …`, `exit 0`, or a
 * `{ …; }` group of those. A fallback that assigns a variable or writes a file is judged by
 * `carriesStatus`, not here.
 */
export function isMaskingFallback(node: SyntaxNode): boolean {
  const target = unredirect(node);
  if (target.type === 'compound_statement' || target.type === 'subshell') {
    const statements = statementsOf(target);
    return statements.length > 0 && statements.every(isMaskingFallback);
  }
  if (target.type !== 'command') return false;
  const [name, code] = argvOf(target);
  if (name === 'exit' || name === 'return') return code === undefined || code === '0';
  return MASKING_COMMANDS.has(name ?? '');
}

/** Names of variables assigned below a node (`rc=$?`, `failed=1`, `export FAIL=1`). */
function assignedVariables(node: SyntaxNode): string[] {
  const names: string[] = [];
  const stack = [node];
  while (stack.length > 0) {
    const current = stack.pop()!;
    if (current.type === 'variable_assignment') {
      const name = current.childForFieldName('name');
      if (name) names.push(name.text);
    }
    for (const child of current.namedChildren) if (child) stack.push(child);
  }
  return names;
}

/**
 * Indexes of one tree, built on first use and kept while the tree lives. The rules ask the same
 * question of a whole script once per statement, loop or pipeline, and answering each time by
 * walking the tree was quadratic: 2,000 retry loops took 14 s, 8,000 pipelines close to a minute (issue 16).
 */
function indexed<T>(cache: WeakMap<SyntaxNode, T>, root: SyntaxNode, build: (root: SyntaxNode) => T): T {
  let index = cache.get(root);
  if (index === undefined) {
    index = build(root);
    cache.set(root, index);
  }
  return index;
}

const lastReads = new WeakMap<SyntaxNode, Map<string, number>>();

/** For each variable name, where its last read below `root` starts (`$rc`, `${rc}`, `"$rc"`, `(( rc ))`). */
function lastReadOf(root: SyntaxNode): Map<string, number> {
  const last = new Map<string, number>();
  const read = (name: string, at: number): void => {
    if ((last.get(name) ?? -1) < at) last.set(name, at);
  };
  const stack = [root];
  while (stack.length > 0) {
    const current = stack.pop()!;
    if (current.type === 'simple_expansion' || current.type === 'expansion') {
      const variable = current.namedChildren.find((child) => child?.type === 'variable_name');
      if (variable) read(variable.text, current.startIndex);
    }
    if (current.type === 'variable_name' && current.parent?.type !== 'variable_assignment') read(current.text, current.startIndex);
    for (const child of current.namedChildren) if (child) stack.push(child);
  }
  return last;
}

/** Whether a variable is read anywhere after `offset` (`$rc`, `${rc}`, `"$rc"`, `(( rc ))`). */
function readAfter(root: SyntaxNode, name: string, offset: number): boolean {
  return (indexed(lastReads, root, lastReadOf).get(name) ?? -1) >= offset;
}

/** Files through which a step hands values to later steps. */
const HANDOFF_FILES = new Set(['GITHUB_OUTPUT', 'GITHUB_ENV']);

/** Names of the variables and special parameters (`?`) expanded below a node. */
function expandedNames(node: SyntaxNode): Set<string> {
  const names = new Set<string>();
  const stack = [node];
  while (stack.length > 0) {
    const current = stack.pop()!;
    if (current.type === 'simple_expansion' || current.type === 'expansion') {
      for (const child of current.namedChildren) {
        if (child?.type === 'variable_name' || child?.type === 'special_variable_name') names.add(child.text);
        if (child?.type === 'subscript') {
          const name = child.childForFieldName('name');
          if (name) names.add(name.text);
        }
      }
    }
    for (const child of current.namedChildren) if (child) stack.push(child);
  }
  return names;
}

/**
 * A failure is carried forward, not masked, when the fallback records it somewhere that is read
 * later: a variable read further down (`cmd || rc=$?` … `exit $rc`), or `$GITHUB_OUTPUT` /
 * `$GITHUB_ENV` when a later step reads this step's outputs (DESIGN §2).
 */
export function carriesStatus(fallback: SyntaxNode, root: SyntaxNode, laterStepsReadOutputs: boolean): boolean {
  if (containsFailure(fallback)) return true;
  if (assignedVariables(fallback).some((name) => readAfter(root, name, fallback.endIndex))) return true;
  const written = [fallback, ...trailingRedirects(fallback)].flatMap((node) => [...expandedNames(node)]);
  return laterStepsReadOutputs && written.some((name) => HANDOFF_FILES.has(name));
}

/**
 * tree-sitter-bash hangs a trailing redirection on the whole list (`a || b >> f` parses as
 * `(a || b) >> f`), but bash gives it to the last command: the redirections of the enclosing
 * statement belong to the right-most part of a list.
 */
export function trailingRedirects(node: SyntaxNode): SyntaxNode[] {
  let current: SyntaxNode = node;
  while (current.parent?.type === 'list' && current.parent.lastNamedChild === current) current = current.parent;
  const holder = current.parent;
  if (holder?.type !== 'redirected_statement' || holder.childForFieldName('body') !== current) return [];
  return holder.childrenForFieldName('redirect').filter((child): child is SyntaxNode => child !== null);
}

/** `$?` or `PIPESTATUS` read in the statement right after `node`: its status was looked at. */
export function statusReadNext(node: SyntaxNode): boolean {
  let next = node.nextNamedSibling;
  while (next?.type === 'comment') next = next.nextNamedSibling;
  if (!next) return false;
  const names = expandedNames(next);
  return names.has('?') || names.has('PIPESTATUS');
}

/** The last statement the script runs at top level: its status is the step's. */
export function finalStatement(root: SyntaxNode): SyntaxNode | undefined {
  return statementsOf(root).at(-1);
}

/**
 * For each step list, the position of the last step that reads `steps.<id>.outputs`, by lower-case
 * id. Four rules ask `laterStepsReadOutputs` for every script of a job; scanning the later steps
 * each time was quadratic (10,000 steps with ids took seconds). The lookahead finds every
 * occurrence, overlapping ones included, so the answer is the substring test's for GitHub's ids.
 */
const outputReaders = new WeakMap<readonly Step[], Map<string, number>>();
const OUTPUTS_READ = /(?=steps\.([a-z0-9_-]+)\.outputs)/g;
const PLAIN_ID = /^[a-z0-9_-]+$/;

function lastOutputReaders(steps: readonly Step[]): Map<string, number> {
  let readers = outputReaders.get(steps);
  if (!readers) {
    readers = new Map();
    for (const [position, later] of steps.entries()) {
      for (const text of [...later.expressions, String(later.if?.value ?? '')]) {
        for (const match of text.toLowerCase().matchAll(OUTPUTS_READ)) readers.set(match[1]!, position);
      }
    }
    outputReaders.set(steps, readers);
  }
  return readers;
}

/** Whether a later step of the same job reads this step's outputs (`steps.<id>.outputs.*`). */
export function laterStepsReadOutputs(step: Step, steps: readonly Step[]): boolean {
  if (!step.id) return false;
  const id = step.id.toLowerCase();
  if (PLAIN_ID.test(id)) return (lastOutputReaders(steps).get(id) ?? -1) > step.index;
  const prefix = `steps.${id}.outputs`;
  return steps.slice(step.index + 1).some(
    (later) =>
      later.expressions.some((inner) => inner.toLowerCase().includes(prefix)) ||
      String(later.if?.value ?? '')
        .toLowerCase()
        .includes(prefix),
  );
}

/** A POSIX script with its tree, the unit every shell rule works on. */
export interface ParsedScript {
  step: Step;
  steps: readonly Step[];
  job: Job | undefined;
  script: StepScript & { tree: NonNullable<StepScript['tree']> };
  root: SyntaxNode;
}

const posixScriptsOf = new WeakMap<Analysable, readonly ParsedScript[]>();

/**
 * Every POSIX script of a file that parsed, with its step and job. Remembered per file: fourteen rules ask for the same list, and a workflow of 40,000 steps built it
 * fourteen times (0.6 s of `npm run hostile`'s `needs-chain` at 8×).
 */
export function posixScripts(file: Analysable): readonly ParsedScript[] {
  const known = posixScriptsOf.get(file);
  if (known) return known;
  const scripts = collectPosixScripts(file);
  posixScriptsOf.set(file, scripts);
  return scripts;
}

function collectPosixScripts(file: Analysable): ParsedScript[] {
  const lists = scriptLists(file);
  const scripts: ParsedScript[] = [];
  for (const { job, steps } of lists) {
    for (const step of steps) {
      const script = step.script;
      if (!script?.tree || script.shell.language !== 'posix') continue;
      scripts.push({ step, steps, job, script: script as ParsedScript['script'], root: script.tree.rootNode });
    }
  }
  return scripts;
}

/** The file range of a node of a script, for a finding. */
export function positionOf(script: StepScript, node: SyntaxNode): Position {
  const start = script.source.at(node.startIndex);
  // A finding is about a line: end it where the node's first line ends.
  const firstLineEnd = node.text.indexOf('\n');
  const end = script.source.at(firstLineEnd === -1 ? node.endIndex : node.startIndex + firstLineEnd);
  return { line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
}

/** A script of a step with its job, for the languages that have no parse tree (PowerShell, cmd, python). */
export interface StepScriptOf {
  step: Step;
  steps: readonly Step[];
  job: Job | undefined;
  script: StepScript;
}

/** Every script of a file that runs under `language`, with its step and job. */
export function scriptsIn(file: Analysable, language: StepScript['shell']['language']): StepScriptOf[] {
  const lists = scriptLists(file);
  const scripts: StepScriptOf[] = [];
  for (const { job, steps } of lists) {
    for (const step of steps) if (step.script?.shell.language === language) scripts.push({ step, steps, job, script: step.script });
  }
  return scripts;
}

/** `exit 0`, `true` or `:`: a statement that succeeds whatever ran before it. */
function isSuccessExit(node: SyntaxNode): boolean {
  const target = unredirect(node);
  if (target.type !== 'command') return false;
  const [name, code, ...rest] = argvOf(target);
  if (name === 'exit') return code === '0' && rest.length === 0;
  return name === 'true' || name === ':';
}

/**
 * The statement whose status is the script's: the last top-level one, looking past a trailing
 * `exit 0`/`true`, which only hides that status (see `trailingSuccessExit`).
 */
function lastStatusStatement(root: SyntaxNode): SyntaxNode | undefined {
  const statements = statementsOf(root);
  while (statements.length > 0 && isSuccessExit(statements.at(-1)!)) statements.pop();
  return statements.at(-1);
}

/** The `exit 0`, `true` or `:` that ends a script, if it does. */
export function trailingSuccessExit(root: SyntaxNode): SyntaxNode | undefined {
  const last = statementsOf(root).at(-1);
  return last && isSuccessExit(last) ? last : undefined;
}

/** What happens to a command's exit status when errexit does not stop the script on it. */
export type StatusFate = 'ignored' | 'final';

/** Names of the functions of a script that read `$?` — calling one right after a command checks it (`run_tests; check_rc`). */
function statusReadingFunctions(root: SyntaxNode): Set<string> {
  const names = new Set<string>();
  for (const node of root.descendantsOfType('function_definition')) {
    const name = node?.childForFieldName('name');
    const body = node?.childForFieldName('body');
    if (name && body && body.descendantsOfType('special_variable_name').some((variable) => variable?.text === '?')) names.add(name.text);
  }
  return names;
}

/**
 * Every command whose exit status nobody reads, as the script runs when errexit is off: not a
 * condition (`if`, `while`, `!`, the left of `||`), not followed by a statement that reads `$?` or
 * `PIPESTATUS` (or calls a function of the script that does), not inside `$( … )`. A command is
 * `final` when its status becomes the script's (the last statement, before any trailing `exit 0`),
 * else `ignored`. Without pipefail the non-final commands of a pipeline are left out: their status
 * is lost whatever errexit says. Function bodies are left out too: they run with the options of
 * their caller.
 */
export function unreadStatuses(
  root: SyntaxNode,
  pipefailAt: (offset: number) => boolean | undefined,
): Array<{ command: SyntaxNode; fate: StatusFate }> {
  const fates: Array<{ command: SyntaxNode; fate: StatusFate }> = [];
  const readers = statusReadingFunctions(root);
  const readNext = (statement: SyntaxNode): boolean => {
    if (statusReadNext(statement)) return true;
    let next = statement.nextNamedSibling;
    while (next?.type === 'comment') next = next.nextNamedSibling;
    const call = next && unredirect(next);
    return call?.type === 'command' && readers.has(argvOf(call)[0] ?? '');
  };
  const statements = (nodes: SyntaxNode[], fateOfLast: StatusFate | undefined): void =>
    nodes.forEach((statement, i) => visit(statement, i === nodes.length - 1 ? fateOfLast : readNext(statement) ? undefined : 'ignored'));
  // An `if`, `elif` or `else` runs the statements after its `then`; each branch ends with the status of the whole.
  const branches = (clause: SyntaxNode, fate: StatusFate | undefined): void => {
    const body: SyntaxNode[] = [];
    let inBody = clause.type === 'else_clause';
    for (const child of clause.children) {
      if (!child) continue;
      if (child.type === 'then') inBody = true;
      else if (child.type === 'elif_clause' || child.type === 'else_clause') branches(child, fate);
      else if (inBody && child.isNamed && child.type !== 'comment') body.push(child);
    }
    statements(body, fate);
  };
  const visit = (node: SyntaxNode, fate: StatusFate | undefined): void => {
    if (fate === undefined) return;
    switch (node.type) {
      case 'redirected_statement': {
        // A bare redirection (`> out.txt`, which truncates a file) has no body: unredirect gives the
        // node back, and visiting it again recursed until the stack overflowed, failing the whole audit.
        const body = unredirect(node);
        if (body !== node) visit(body, fate);
        return;
      }
      case 'command':
        fates.push({ command: node, fate });
        return;
      case 'pipeline': {
        const parts = node.namedChildren.filter((child): child is SyntaxNode => child !== null);
        const counted = pipefailAt(node.startIndex) ? parts : parts.slice(-1);
        for (const part of counted) visit(part, fate);
        return;
      }
      case 'list': {
        const [left, operator, right] = [node.child(0), node.child(1), node.child(2)];
        // `a && b` has a's status when a fails; in `a || b`, b is what happens to a's failure.
        if (left && operator?.type === '&&') visit(left, fate);
        if (right) visit(right, fate);
        return;
      }
      case 'compound_statement':
      case 'subshell':
      case 'do_group':
        statements(statementsOf(node), fate);
        return;
      case 'if_statement':
        branches(node, fate);
        return;
      case 'case_statement':
        for (const item of node.namedChildren) {
          if (item?.type !== 'case_item') continue;
          const values = new Set(item.childrenForFieldName('value'));
          statements(
            statementsOf(item).filter((child) => !values.has(child)),
            fate,
          );
        }
        return;
      case 'for_statement':
      case 'c_style_for_statement':
      case 'while_statement': {
        const body = node.childForFieldName('body');
        if (body) visit(body, fate);
      }
    }
  };
  const last = lastStatusStatement(root);
  const top = statementsOf(root);
  statements(top.slice(0, last ? top.indexOf(last) + 1 : 0), 'final');
  return fates;
}

/** What a `set` command does to errexit and pipefail: `set -e`, `set +e`, `set -euo pipefail`, `set +o errexit`. */
function setEffect(argv: readonly string[]): { errexit?: boolean; pipefail?: boolean } {
  const effect: { errexit?: boolean; pipefail?: boolean } = {};
  const [, ...args] = argv;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (!/^[-+][a-zA-Z]+$/.test(arg)) continue;
    const enable = arg.startsWith('-');
    const letters = arg.slice(1);
    if (letters.includes('e')) effect.errexit = enable;
    if (letters.includes('o')) {
      if (args[i + 1] === 'errexit') effect.errexit = enable;
      if (args[i + 1] === 'pipefail') effect.pipefail = enable;
      i++;
    }
  }
  return effect;
}

/** Where a `set` takes effect only inside: a subshell or command substitution runs in a copy of the shell. */
const SUBSHELLS = new Set(['subshell', 'command_substitution', 'process_substitution']);

export interface ShellOptions {
  errexit: boolean | undefined;
  pipefail: boolean | undefined;
  /** The `set` command that last changed errexit, when one did. */
  setBy?: SyntaxNode;
}

interface OptionChange {
  command: SyntaxNode;
  effect: ReturnType<typeof setEffect>;
  scope: SyntaxNode | undefined;
}

const optionChanges = new WeakMap<SyntaxNode, OptionChange[]>();

/** The `set` commands of a script that change errexit or pipefail, with their scope; once per script, for every rule. */
function optionChangesOf(root: SyntaxNode): OptionChange[] {
  const changes: OptionChange[] = [];
  for (const command of commandsIn(root)) {
    const argv = argvOf(command);
    if (argv[0] !== 'set') continue;
    const effect = setEffect(argv);
    if (effect.errexit === undefined && effect.pipefail === undefined) continue;
    let scope: SyntaxNode | undefined;
    let inFunction = false;
    for (let current = command.parent; current; current = current.parent) {
      if (current.type === 'function_definition') inFunction = true;
      if (SUBSHELLS.has(current.type)) scope ??= current;
    }
    if (!inFunction) changes.push({ command, effect, scope });
  }
  return changes;
}

/**
 * The shell options in force at each point of a script: the effective shell's, then every
 * `set -e`/`set +e`/`set -o pipefail`/`set -euo pipefail` in source order, with its scope — a `set`
 * inside `( … )` or `$( … )` ends there, and one inside a function body applies only when the
 * function is called, which cannot be placed, so it is ignored.
 */
export function optionsTimeline(root: SyntaxNode, initial: ShellOptions): (offset: number) => ShellOptions {
  const changes = indexed(optionChanges, root, optionChangesOf);
  return (offset) => {
    let state: ShellOptions = { errexit: initial.errexit, pipefail: initial.pipefail };
    for (const { command, effect, scope } of changes) {
      if (command.endIndex > offset) break;
      if (scope && (offset < scope.startIndex || offset >= scope.endIndex)) continue;
      state = {
        errexit: effect.errexit ?? state.errexit,
        pipefail: effect.pipefail ?? state.pipefail,
        setBy: effect.errexit === undefined ? state.setBy : command,
      };
    }
    return state;
  };
}

/** The script's own text of a node, `${{ }}` expressions as written: the parse tree only has them masked. */
export function sourceText(script: StepScript, node: SyntaxNode): string {
  return script.source.text.slice(node.startIndex, node.endIndex);
}

/** The first line of `sourceText`, for messages. */
export function sourceLine(script: StepScript, node: SyntaxNode): string {
  return sourceText(script, node).split('\n')[0]!.trim();
}

/** The statements an `if` or `elif` runs as its condition: everything before its `then`. */
export function conditionOf(clause: SyntaxNode): SyntaxNode[] {
  const condition: SyntaxNode[] = [];
  for (const child of clause.children) {
    if (!child || child.type === 'then') break;
    if (child.isNamed && child.type !== 'comment') condition.push(child);
  }
  return condition;
}

/** The statements of an `if`/`elif` branch (after `then`) or of an `else` branch, without the clauses that follow. */
export function branchOf(clause: SyntaxNode): SyntaxNode[] {
  const children = clause.children.filter((child): child is SyntaxNode => child !== null);
  const then = children.findIndex((child) => child.type === 'then');
  return children
    .slice(then + 1)
    .filter((child) => child.isNamed && child.type !== 'comment' && child.type !== 'elif_clause' && child.type !== 'else_clause');
}

/** The `elif` and `else` clauses of an `if` statement, in order. */
export function clausesOf(statement: SyntaxNode): SyntaxNode[] {
  return statement.namedChildren.filter(
    (child): child is SyntaxNode => child !== null && (child.type === 'elif_clause' || child.type === 'else_clause'),
  );
}

/**
 * `! a | b` negates the whole pipeline in bash, but tree-sitter-bash parses it as a pipeline whose
 * first part is `! a`: the parts the `!` really applies to, or undefined for any other node.
 */
export function negatedPipeline(node: SyntaxNode): SyntaxNode[] | undefined {
  if (node.type !== 'pipeline') return undefined;
  const [first, ...rest] = statementsOf(node);
  const inner = first?.type === 'negated_command' ? first.namedChildren.find((child) => child !== null) : undefined;
  return inner ? [inner, ...rest] : undefined;
}

/**
 * The commands whose failure reaches the status of `node`, so that errexit (or whoever reads that
 * status) sees it. Left out: commands in `if`/`while` conditions, on the left of `||` and negated
 * with `!` (errexit ignores all three: https://www.gnu.org/software/bash/manual/html_node/The-Set-Builtin.html),
 * before the last part of a pipeline without pipefail, inside `$( )` unless it is the value of an
 * assignment (`out=$(pytest)` has pytest's status), in function definitions, and a command whose
 * `$?` the next statement reads. Every statement of a block counts, as under errexit.
 */
export function failingCommands(node: SyntaxNode, pipefail: boolean | undefined): SyntaxNode[] {
  const all = (nodes: SyntaxNode[]): SyntaxNode[] => nodes.flatMap((part) => failingCommands(part, pipefail));
  switch (node.type) {
    case 'command':
      return [node];
    case 'redirected_statement':
      return node.childForFieldName('body') ? failingCommands(node.childForFieldName('body')!, pipefail) : [];
    case 'pipeline': {
      if (negatedPipeline(node)) return [];
      const parts = statementsOf(node);
      return all(pipefail ? parts : parts.slice(-1));
    }
    case 'list': {
      const [left, operator, right] = [node.child(0), node.child(1), node.child(2)];
      return all((operator?.type === '||' ? [right] : [left, right]).filter((side): side is SyntaxNode => side !== null));
    }
    case 'if_statement':
    case 'elif_clause':
    case 'else_clause':
      return all([...branchOf(node), ...clausesOf(node)]);
    case 'for_statement':
    case 'c_style_for_statement':
    case 'while_statement':
      return node.childForFieldName('body') ? failingCommands(node.childForFieldName('body')!, pipefail) : [];
    case 'case_statement':
      return all(statementsOf(node).filter((item) => item.type === 'case_item'));
    case 'case_item': {
      // A case item's statements follow its `)`; the patterns before it are words.
      const children = node.children.filter((child): child is SyntaxNode => child !== null);
      const start = children.findIndex((child) => child.type === ')');
      return all(children.slice(start + 1).filter((child) => child.isNamed && child.type !== 'comment'));
    }
    case 'variable_assignment': {
      const value = node.childForFieldName('value');
      return value?.type === 'command_substitution' ? failingCommands(value, pipefail) : [];
    }
    case 'program':
    case 'command_substitution':
    case 'compound_statement':
    case 'subshell':
    case 'do_group':
      return all(statementsOf(node).filter((statement) => !statusReadNext(statement)));
    default:
      return [];
  }
}

/** A command's words joined, to recognise the same command run again. */
export function commandKey(command: SyntaxNode): string {
  return argvOf(command).join(' ');
}

/**
 * Whether a later command of the script builds, tests or ships again (`make; make install`,
 * `docker tag …; docker push …`): what a failed build did not produce then fails that command, so
 * the build's own unchecked failure most likely still surfaces, under another name.
 */
export function buildUsedLater(root: SyntaxNode, build: SyntaxNode): boolean {
  return commandsIn(root).some((command) => command.startIndex >= build.endIndex && mayUseBuildOutput(argvOf(command)));
}

/**
 * Whether a command may consume what an earlier build produced — a build, a test, a publish, or an
 * unclassified program such as the freshly built binary — so that a failed build resurfaces there.
 * Shared by the POSIX, PowerShell and cmd rules.
 */
export function mayUseBuildOutput(argv: readonly string[]): boolean {
  const kind = classifyCommand(argv);
  // A linter reads sources, not build output, so a lint after a failed build does not resurface it.
  return kind === 'build' || kind === 'test' || kind === 'deploy' || kind === 'unknown' || installsLocalProject(argv);
}

/** Options of `pip install` whose value is a file or index, not a project to build. */
const PIP_VALUE_OPTIONS = new Set([
  '-r',
  '--requirement',
  '-c',
  '--constraint',
  '-i',
  '--index-url',
  '--extra-index-url',
  '-f',
  '--find-links',
  '-t',
  '--target',
  '--prefix',
  '--root',
]);

/**
 * `pip install .` (`python -m pip`, `uv pip`, `-e ./pkg`): the classifier calls it setup, but it
 * builds the checked-out project, with whatever an earlier configure or build step left behind,
 * so an earlier failed build step resurfaces there.
 */
function installsLocalProject(argv: readonly string[]): boolean {
  const pip = argv.findIndex((word) => /^pip[\d.]*$/.test(word));
  if (pip < 0 || argv[pip + 1] !== 'install') return false;
  for (let i = pip + 2; i < argv.length; i++) {
    const word = argv[i]!;
    if (PIP_VALUE_OPTIONS.has(word)) i++;
    else if (!word.startsWith('-') && (word === '.' || /^\.{1,2}[/[]/.test(word))) return true;
  }
  return false;
}

const functionBodies = new WeakMap<SyntaxNode, Map<string, SyntaxNode>>();

/** The body of each function a script defines, by name (the last definition wins). */
function functionsOf(root: SyntaxNode): Map<string, SyntaxNode> {
  const functions = new Map<string, SyntaxNode>();
  for (const definition of root.descendantsOfType('function_definition')) {
    const name = definition?.childForFieldName('name');
    const body = definition?.childForFieldName('body');
    if (name && body) functions.set(name.text, body);
  }
  return functions;
}

/** Words of a helper's name that say it ends the script: `die`, `fail`, `error_exit`, `fatal`, `abort`. */
const FAILING_WORDS = new Set(['die', 'fail', 'fatal', 'abort', 'panic', 'bail', 'error', 'err']);

/**
 * Whether running `node` ends the script on purpose: an explicit failure (`containsFailure`), a call
 * of a function of the script that fails (`die() { echo "$*" >&2; exit 1; }` … `die "tests failed"`),
 * or of a helper from elsewhere — a sourced library — whose name says it fails (`fail`, `error_exit`, `fatal`).
 */
export function failsOnPurpose(node: SyntaxNode, root: SyntaxNode): boolean {
  const functions = indexed(functionBodies, root, functionsOf);
  const visited = new Set<string>();
  const fails = (current: SyntaxNode): boolean =>
    commandsIn(current).some((command) => {
      if (failsExplicitly(command)) return true;
      const argv = argvOf(command);
      const name = argv[0] ?? '';
      const body = functions.get(name);
      if (body) {
        if (visited.has(name)) return false;
        visited.add(name);
        return fails(body);
      }
      return classifyCommand(argv) === 'unknown' && name.split(/[-_.]/).some((word) => FAILING_WORDS.has(word.toLowerCase()));
    });
  return fails(node);
}

const SUBSTITUTIONS = new Set(['command_substitution', 'process_substitution']);

/** Inside `$( … )` or `<( … )` a command computes a value; its status decides nothing. */
export function inSubstitution(node: SyntaxNode): boolean {
  for (let current = node.parent; current; current = current.parent) if (SUBSTITUTIONS.has(current.type)) return true;
  return false;
}

/** A command word reduced to the program it names: `"$VENV/bin/pytest"` → `pytest`, `gcc-12` → `gcc`. */
export const programOf = (word: string): string =>
  word
    .replace(/["'${}]/g, '')
    .split('/')
    .pop()!
    .toLowerCase()
    .replace(/-[\d.]+$/, '');

export const GREPS = new Set(['grep', 'egrep', 'fgrep', 'rg']);

export const unquote = (word: string): string => word.replace(/["']/g, '');

/** The files a `tee` at the end of a pipeline writes, quotes removed: `tee -a "$LOG"` → `$LOG`. */
export function teeFiles(last: SyntaxNode): string[] {
  return statusCommands(last, false).flatMap((command) => {
    const [name = '', ...args] = argvOf(command);
    return programOf(name) === 'tee' ? args.filter((arg) => !arg.startsWith('-')).map(unquote) : [];
  });
}

/** A `|| true` (or `|| echo …`) right after `node`: its status is thrown away. */
export function forgiven(node: SyntaxNode): boolean {
  for (let current = node; current.parent?.type === 'list' || current.parent?.type === 'pipeline'; current = current.parent) {
    const parent = current.parent;
    if (parent.type === 'list' && parent.child(1)?.type === '||' && parent.child(0) === current && isMaskingFallback(parent.child(2)!))
      return true;
  }
  return false;
}

/**
 * `make test | tee test.log` followed by `grep -q "All tests passed" test.log` (or `if grep FAILED
 * test.log; then exit 1; fi`): the script reads the verdict back from the log, so the status of the
 * command that wrote it was never meant to carry it. A grep inside `$( … )` computes a value and one
 * forgiven with `|| true` decides nothing, so neither counts.
 */
export function verdictReadFromLog(root: SyntaxNode, after: SyntaxNode, files: readonly string[]): boolean {
  const greps = logGreps(root);
  return files.some((file) => (greps.get(file) ?? -1) >= after.endIndex);
}

const lastGreps = new WeakMap<SyntaxNode, Map<string, number>>();

/**
 * For each word a grep below `root` reads (quotes removed), where the last such grep starts; greps
 * inside `$( … )` or forgiven with `|| true` are left out (see verdictReadFromLog).
 */
export function logGreps(root: SyntaxNode): Map<string, number> {
  return indexed(lastGreps, root, () => {
    const last = new Map<string, number>();
    for (const command of commandsIn(root)) {
      const [name = '', ...args] = argvOf(command);
      if (!GREPS.has(programOf(name)) || inSubstitution(command) || forgiven(command)) continue;
      for (const arg of args) {
        const word = unquote(arg);
        if ((last.get(word) ?? -1) < command.startIndex) last.set(word, command.startIndex);
      }
    }
    return last;
  });
}
