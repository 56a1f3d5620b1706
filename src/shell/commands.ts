import { findExpressionSpans } from '../model/expression.js';
import type { SyntaxNode, SyntaxTree } from './parser.js';
import { loadShellParser } from './parser.js';

/**
 * `${{ … }}` is substituted by the runner before the shell sees the script; replacing each one by a
 * same-length placeholder keeps every offset (and so every reported line) exact.
 */
export function maskExpressions(script: string): string {
  let masked = script;
  for (const span of findExpressionSpans(script)) {
    const length = span.end - span.start;
    const placeholder = length >= 2 ? `_${'x'.repeat(length - 2)}_` : 'x'.repeat(length);
    // Keep newlines inside multi-line expressions so line numbers do not shift.
    const kept = [...placeholder].map((ch, i) => (script[span.start + i] === '\n' ? '\n' : ch)).join('');
    masked = masked.slice(0, span.start) + kept + masked.slice(span.end);
  }
  return masked;
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

/** The words of every simple command in the tree, in source order (loops, lists and functions included). */
export function commandWords(root: SyntaxNode): string[][] {
  return commandsIn(root)
    .map(argvOf)
    .filter((argv) => argv.length > 0);
}

/** Parses a POSIX/bash script with its `${{ }}` expressions masked; the caller deletes the tree. */
export async function parseScript(script: string): Promise<SyntaxTree | undefined> {
  const parser = await loadShellParser();
  return parser.parse(maskExpressions(script)) ?? undefined;
}
