import { findExpressionSpans } from './spans.js';
import type { SyntaxNode, SyntaxTree } from './parser.js';
import { loadShellParser } from './parser.js';
import { copyTree } from './tree.js';

/**
 * `${{ … }}` is substituted by the runner before the shell sees the script; replacing each one by a
 * same-length placeholder keeps every offset (and so every reported line) exact.
 */
export function maskExpressions(script: string): string {
  // Built in pieces: re-slicing the whole script once per expression was quadratic (a 1 MB script
  // with 15,000 `${{ }}` copied gigabytes).
  const parts: string[] = [];
  let last = 0;
  for (const span of findExpressionSpans(script)) {
    const length = span.end - span.start;
    const placeholder = length >= 2 ? `_${'x'.repeat(length - 2)}_` : 'x'.repeat(length);
    // Keep newlines inside multi-line expressions so line numbers do not shift.
    const kept = [...placeholder].map((ch, i) => (script[span.start + i] === '\n' ? '\n' : ch)).join('');
    parts.push(script.slice(last, span.start), kept);
    last = span.end;
  }
  parts.push(script.slice(last));
  return parts.join('');
}

/** The text of a word as the shell would see it, for the quoting forms that do not need expansion. */
export function wordText(node: SyntaxNode): string {
  switch (node.type) {
    case 'raw_string':
      return node.text.slice(1, -1);
    case 'string': {
      const parts = node.namedChildren;
      if (parts.every((part) => part?.type === 'string_content')) return node.text.slice(1, -1);
      return node.text;
    }
    case 'concatenation':
      return node.namedChildren.map((part) => (part ? wordText(part) : '')).join('');
    default:
      return node.text;
  }
}

/**
 * The words of a `command` node, simple quoting removed. Memoised on the node: every script rule
 * asks for the words of the same commands.
 */
export function argvOf(command: SyntaxNode): readonly string[] {
  if (command.argv) return command.argv;
  const argv: string[] = [];
  for (const child of command.children) {
    if (child.field === 'name') argv.push(wordText(child.firstNamedChild ?? child));
    else if (child.field === 'argument') argv.push(wordText(child));
  }
  // Exact-length copies: a list grown by push keeps room for 17 entries, and a script of 80,000
  // commands keeps every one of these lists (issue 16).
  command.argv = argv.slice();
  return command.argv;
}

/**
 * Every `command` node below (and including) `node`, in source order. Memoised on the node: the
 * rules ask for the commands of the whole script, and of the same lists and bodies, many times.
 */
export function commandsIn(node: SyntaxNode): readonly SyntaxNode[] {
  if (node.commands) return node.commands;
  const found: SyntaxNode[] = [];
  const stack = [node];
  while (stack.length > 0) {
    const current = stack.pop()!;
    if (current.type === 'command') found.push(current);
    const children = current.children;
    for (let i = children.length - 1; i >= 0; i--) if (children[i]!.isNamed) stack.push(children[i]!);
  }
  node.commands = found.slice();
  return node.commands;
}

/** The words of every simple command in the tree, in source order (loops, lists and functions included). */
export function commandWords(root: SyntaxNode): Array<readonly string[]> {
  return commandsIn(root)
    .map(argvOf)
    .filter((argv) => argv.length > 0);
}

/**
 * The rules walk parent chains and re-read sub-lists (`inSubstitution`, `statusCommands`), and a
 * parent lookup in tree-sitter itself descends from the root: on a tree this deep they take
 * quadratic to cubic time (100,000 chained `|| true` never finished, 250 nested `if`s take over a
 * second). Real scripts are far shallower: the deepest of the ~6,000 corpus scripts is 20 levels.
 */
export const MAX_TREE_DEPTH = 200;

/**
 * tree-sitter's error recovery is superlinear on some inputs (100,000 bare `||` take minutes), so
 * the parse is cancelled past this budget; a well-formed 1 MB script parses in about 0.4 s.
 */
const parseBudgetMs = (script: string): number => 1000 + script.length / 500;

/**
 * Parses a POSIX/bash script with its `${{ }}` expressions masked, and copies the tree out of
 * WebAssembly memory (see tree.ts); the WebAssembly tree is released at once.
 * Undefined when no tree the rules can read in bounded time exists: the parse ran past its budget
 * or the tree is nested deeper than MAX_TREE_DEPTH. Such a script is left unanalysed, like one in
 * a language without a parser.
 */
export async function parseScript(script: string): Promise<SyntaxTree | undefined> {
  return parseMasked(maskExpressions(script));
}

async function parseMasked(masked: string): Promise<SyntaxTree | undefined> {
  const parser = await loadShellParser();
  const deadline = Date.now() + parseBudgetMs(masked);
  const tree = parser.parse(masked, null, { progressCallback: () => Date.now() > deadline });
  if (!tree) {
    // A cancelled parse resumes on the next call unless the parser is reset.
    parser.reset();
    return undefined;
  }
  try {
    return copyTree(tree, masked, MAX_TREE_DEPTH);
  } finally {
    tree.delete();
  }
}
