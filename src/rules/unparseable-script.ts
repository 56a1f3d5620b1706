import { scriptLists } from '../model/facts.js';
import { posixScripts, positionOf } from './script-analysis.js';
import type { SyntaxNode } from '../shell/parser.js';
import type { StepScript } from '../model/types.js';
import { inline } from './text.js';
import { fixedSeverity } from './severity.js';
import type { Rule } from './types.js';

const isError = (node: SyntaxNode): boolean => node.type === 'ERROR' || node.isMissing;

/** The first node below `node`, in source order, where tree-sitter-bash gave up: an ERROR node or a token it had to invent (MISSING). */
function firstErrorBelow(node: SyntaxNode): SyntaxNode | undefined {
  const stack = node.children.filter((child): child is SyntaxNode => child !== null).reverse();
  while (stack.length > 0) {
    const current = stack.pop()!;
    if (isError(current)) return current;
    if (!current.hasError) continue;
    for (let i = current.childCount - 1; i >= 0; i--) {
      const child = current.child(i);
      if (child) stack.push(child);
    }
  }
  return undefined;
}

/**
 * Where to point: the innermost of the nested errors, since tree-sitter's recovery often opens the
 * outer ERROR node statements before the real problem; and for a token the parser had to invent
 * (MISSING `"`, `fi`, `]]`), the construct that lacks it.
 */
function culprit(error: SyntaxNode): SyntaxNode {
  let current = error;
  for (let inner = firstErrorBelow(current); inner; inner = firstErrorBelow(current)) current = inner;
  return current.isMissing && current.parent ? current.parent : current;
}

/**
 * The runner default on a runner OS we could not resolve (`runs-on: ${{ matrix.os }}`) may be
 * PowerShell, and scripts that only run on the Windows legs are written for it: only a script we
 * know bash or sh runs can be said not to be bash.
 */
/** The whole script line an offset is on: an error node's own first line may be a lone quote. */
function lineAt(text: string, offset: number): string {
  const end = text.indexOf('\n', offset);
  return text.slice(text.lastIndexOf('\n', offset - 1) + 1, end === -1 ? undefined : end).trim();
}

const knownPosix = (script: StepScript): boolean => script.shell.explicit || script.shell.os === 'linux' || script.shell.os === 'macos';

/** A token tree-sitter had to invent at the very end of the script: something opened is never closed. */
function missingAtEnd(root: SyntaxNode, end: number): SyntaxNode | undefined {
  let current: SyntaxNode | null = root;
  while (current && !current.isMissing) current = current.lastChild;
  return current && current.startIndex >= end ? current : undefined;
}

const OPENED: Record<string, string> = { '"': 'double quote', '`': 'backquote', ')': 'parenthesis' };

export const unparseableScript: Rule = {
  meta: {
    id: 'unparseable-script',
    category: 'invalid',
    description: 'A script that cannot be parsed or analysed, so the script rules may have missed failures in it.',
  },
  check(ctx) {
    for (const { job, steps } of scriptLists(ctx.file)) {
      for (const step of steps) {
        const script = step.script;
        // A reader that failed: nothing in the script was checked, so the gate must not pass as if it had been.
        if (script?.unreadable !== undefined) {
          const start = script.source.at(0);
          ctx.report({
            ...fixedSeverity('high', 'the script could not be analysed: a failure hidden in it would go unseen'),
            message: `This ${script.shell.language === 'posix' ? 'shell' : script.shell.language} script could not be analysed (${inline(script.unreadable, 60)}), so no failure it hides was checked; the rest of the file was.`,
            pos: { line: start.line, column: start.column, endLine: start.line, endColumn: start.column },
            job,
            step,
            snippet: 'unreadable script',
          });
          continue;
        }
        // A POSIX script left without a tree: its parse ran past the time budget or nests deeper than the rules walk.
        if (!script || script.tree || script.shell.language !== 'posix' || script.source.text.trim() === '') continue;
        const start = script.source.at(0);
        ctx.report({
          // No tree means no script rule looked at it: a gap the gate must not pass over as if it were clean.
          ...fixedSeverity('high', 'the script could not be analysed: a failure hidden in it would go unseen'),
          message: `This script is too large or too deeply nested to parse in bounded time, so the script rules did not check it (${script.source.text.length} characters).`,
          pos: { line: start.line, column: start.column, endLine: start.line, endColumn: start.column },
          job,
          step,
          snippet: 'unanalysed script',
        });
      }
    }
    for (const { step, job, script, root } of posixScripts(ctx.file)) {
      if (!root.hasError || !knownPosix(script)) continue;
      // A closing token the parser had to invent at the very end is a construct bash rejects too
      // ("unexpected EOF while looking for matching `\"'"). Any other error is far more often bash
      // syntax tree-sitter-bash lacks (`${x//$'\n'/ }`, `[[ … && \` across lines, `{ …; (…) }`
      // without the last `;`), so it is only reported as a gap in the analysis.
      const missing = missingAtEnd(root, script.source.text.trimEnd().length);
      const error = missing ?? (isError(root) ? root : firstErrorBelow(root));
      if (!error) continue;
      const node = culprit(error);
      const near = inline(lineAt(script.source.text, node.startIndex), 60);
      const opened = missing ? (OPENED[missing.type] ?? `construct (it lacks "${missing.type}")`) : '';
      ctx.report({
        ...fixedSeverity(
          missing ? 'low' : 'info',
          missing
            ? 'bash fails loudly on this script, and the rules could not read it'
            : 'a gap in the analysis, not a failure hidden at run time',
        ),
        message: missing
          ? `bash stops with a syntax error at the end of this script: the ${opened} opened here ("${near}") is never closed, so the script does not run as written, and the script rules may have missed failures in it.`
          : `tree-sitter-bash could not parse this script at "${near}" (a syntax error, or bash syntax the parser lacks), so the script rules may have missed failures in it.`,
        pos: positionOf(script, node),
        job,
        step,
        snippet: near,
      });
    }
  },
};
