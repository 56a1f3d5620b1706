import { findExpressionSpans } from '../model/expression.js';
import type { SyntaxNode, SyntaxTree } from './parser.js';
import { loadShellParser } from './parser.js';

export interface SimpleCommand {
  /** The command's words with simple quoting removed: ['python', '-m', 'pytest']. */
  argv: string[];
  /** Offsets into the script. */
  start: number;
  end: number;
}

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

/** Every simple command in the tree, in source order, including those nested in lists, loops and functions. */
export function collectCommands(root: SyntaxNode): SimpleCommand[] {
  const commands: SimpleCommand[] = [];
  const stack: SyntaxNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'command') {
      const argv: string[] = [];
      const name = node.childForFieldName('name');
      if (name) argv.push(wordText(name.firstNamedChild ?? name));
      for (const arg of node.childrenForFieldName('argument')) {
        if (arg) argv.push(wordText(arg));
      }
      if (argv.length > 0) commands.push({ argv, start: node.startIndex, end: node.endIndex });
    }
    for (let i = node.namedChildCount - 1; i >= 0; i--) {
      const child = node.namedChild(i);
      if (child) stack.push(child);
    }
  }
  return commands;
}

/** Parses a POSIX/bash script with its `${{ }}` expressions masked; the caller deletes the tree. */
export async function parseScript(script: string): Promise<SyntaxTree | undefined> {
  const parser = await loadShellParser();
  return parser.parse(maskExpressions(script)) ?? undefined;
}
