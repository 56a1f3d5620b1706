import type { StepKind } from '../model/classify.js';
import { classifyCommand, mostSevereKind } from '../model/classify.js';
import type { Analysable, Job, Position, Step, StepScript } from '../model/types.js';
import { wordText } from './commands.js';
import type { SyntaxNode } from './parser.js';

/**
 * Shared reading of a bash/sh parse tree for the script rules: which commands a node runs and what
 * they are, the shell options in force at a point, which statements are final, and whether a
 * swallowed status is carried forward. Rules ask these questions; none of them re-parses anything.
 */

/** Commands whose only effect is to print or to end the script successfully: a fallback made of them masks. */
const MASKING_COMMANDS = new Set(['true', ':', 'echo', 'printf']);

/** The words of a `command` node, simple quoting removed. */
export function argvOf(command: SyntaxNode): string[] {
  const argv: string[] = [];
  const name = command.childForFieldName('name');
  if (name) argv.push(wordText(name.firstNamedChild ?? name));
  for (const arg of command.childrenForFieldName('argument')) if (arg) argv.push(wordText(arg));
  return argv;
}

/** Every `command` node below (and including) `node`, in source order. */
export function commandsIn(node: SyntaxNode): SyntaxNode[] {
  const found: SyntaxNode[] = [];
  const stack = [node];
  while (stack.length > 0) {
    const current = stack.pop()!;
    if (current.type === 'command') found.push(current);
    for (let i = current.namedChildCount - 1; i >= 0; i--) {
      const child = current.namedChild(i);
      if (child) stack.push(child);
    }
  }
  return found;
}

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
export function statusCommands(node: SyntaxNode, pipefail: boolean | undefined): SyntaxNode[] {
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

export const isCheck = (kind: StepKind | null): kind is 'test' | 'build' | 'lint' => kind === 'test' || kind === 'build' || kind === 'lint';

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

/** Whether a variable is read anywhere after `offset` (`$rc`, `${rc}`, `"$rc"`, `(( rc ))`). */
function readAfter(root: SyntaxNode, name: string, offset: number): boolean {
  const stack = [root];
  while (stack.length > 0) {
    const current = stack.pop()!;
    if (current.endIndex <= offset) continue;
    if ((current.type === 'simple_expansion' || current.type === 'expansion') && current.startIndex >= offset) {
      const variable = current.namedChildren.find((child) => child?.type === 'variable_name');
      if (variable?.text === name) return true;
    }
    if (
      current.type === 'variable_name' &&
      current.startIndex >= offset &&
      current.text === name &&
      current.parent?.type !== 'variable_assignment'
    ) {
      return true;
    }
    for (const child of current.namedChildren) if (child) stack.push(child);
  }
  return false;
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
  while (current.parent?.type === 'list' && current.parent.lastNamedChild?.id === current.id) current = current.parent;
  const holder = current.parent;
  if (holder?.type !== 'redirected_statement' || holder.childForFieldName('body')?.id !== current.id) return [];
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

export interface ShellOptions {
  errexit: boolean | undefined;
  pipefail: boolean | undefined;
}

/**
 * The shell options in force at each point of the script: the effective shell's, then every
 * `set -e`/`set +e`/`set -o pipefail`/`set -euo pipefail` in source order. Subshells and functions
 * are not scoped separately: scripts that toggle options inside them are rare enough.
 */
export function optionsTimeline(root: SyntaxNode, initial: ShellOptions): (offset: number) => ShellOptions {
  const changes: Array<{ offset: number; options: ShellOptions }> = [];
  let current = { ...initial };
  for (const command of commandsIn(root)) {
    const [name, ...args] = argvOf(command);
    if (name !== 'set') continue;
    const next = { ...current };
    for (let i = 0; i < args.length; i++) {
      const arg = args[i]!;
      if (!/^[-+][a-zA-Z]+$/.test(arg)) continue;
      const enable = arg.startsWith('-');
      const letters = arg.slice(1);
      if (letters.includes('e')) next.errexit = enable;
      if (letters.includes('o')) {
        const option = args[i + 1];
        if (option === 'pipefail') next.pipefail = enable;
        if (option === 'errexit') next.errexit = enable;
        i++;
      }
    }
    current = next;
    changes.push({ offset: command.endIndex, options: next });
  }
  return (offset) => {
    let options = initial;
    for (const change of changes) {
      if (change.offset > offset) break;
      options = change.options;
    }
    return options;
  };
}

/** The last statement the script runs at top level: its status is the step's. */
export function finalStatement(root: SyntaxNode): SyntaxNode | undefined {
  return statementsOf(root).at(-1);
}

/** Whether a later step of the same job reads this step's outputs (`steps.<id>.outputs.*`). */
export function laterStepsReadOutputs(step: Step, steps: readonly Step[]): boolean {
  if (!step.id) return false;
  const prefix = `steps.${step.id}.outputs`.toLowerCase();
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

/** Every POSIX script of a file that parsed, with its step and job. */
export function posixScripts(file: Analysable): ParsedScript[] {
  const lists = file.kind === 'action' ? [{ job: undefined, steps: file.steps }] : file.jobs.map((job) => ({ job, steps: job.steps }));
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

/** The text of a node's first line, for messages and fingerprints. */
export function firstLine(node: SyntaxNode): string {
  return node.text.split('\n')[0]!.trim();
}
