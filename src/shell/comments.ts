import type { SyntaxNode } from './parser.js';

/**
 * A comment in a script, as the script's own language reads it: offsets into the script for where
 * the comment starts (its marker: `#`, `<#`, `rem`, `::`) and where its text starts and ends.
 */
export interface ScriptComment {
  start: number;
  bodyStart: number;
  end: number;
}

/** The `comment` nodes of a bash parse tree; `#` inside a word or a quoted string is not one. */
export function bashComments(root: SyntaxNode): ScriptComment[] {
  const comments: ScriptComment[] = [];
  const stack = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'comment') {
      comments.push({ start: node.startIndex, bodyStart: node.startIndex + 1, end: node.endIndex });
      continue;
    }
    for (let i = node.childCount - 1; i >= 0; i--) {
      const child = node.child(i);
      if (child) stack.push(child);
    }
  }
  return comments;
}
