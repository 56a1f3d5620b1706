import { Parser } from 'yaml';
import type { LineCounter } from 'yaml';
import type { Analysable, Position, Step, StepScript } from '../model/types.js';
import { scriptLists } from '../model/facts.js';
import { bashComments } from '../shell/comments.js';
import type { ScriptComment } from '../shell/comments.js';

/** Every directive starts with the tool's name; a comment that does not is never one. */
export const DIRECTIVE_PREFIX = 'silent-failure-audit';

export const DIRECTIVE_SYNTAX = '# silent-failure-audit: ignore[RULE_OR_CATEGORY,...] reason';

/** A `# silent-failure-audit: …` comment, in the workflow's YAML or in a script's own comment syntax. */
export interface Directive {
  pos: Position;
  /** Alone on its line: it then covers the next line too. */
  ownLine: boolean;
  /** The rule ids and categories inside `ignore[…]`; empty when malformed. */
  names: string[];
  reason: string;
  /** Why the comment is not a usable directive, when it is not. */
  malformed?: string;
  /** The comment as written, for fingerprints and messages. */
  text: string;
}

/**
 * Reads the text of a comment (after its marker). Not a directive unless it starts with the tool's
 * name; one that does but does not follow the syntax is malformed, so a typo is reported instead of
 * silently suppressing nothing.
 */
export function parseDirective(body: string): Pick<Directive, 'names' | 'reason' | 'malformed'> | undefined {
  const text = body.trim();
  if (!text.toLowerCase().startsWith(DIRECTIVE_PREFIX)) return undefined;
  const malformed = { names: [], reason: '', malformed: `not a valid suppression: write \`${DIRECTIVE_SYNTAX}\`` };
  let rest = text.slice(DIRECTIVE_PREFIX.length).trimStart();
  if (!rest.startsWith(':')) return malformed;
  rest = rest.slice(1).trimStart();
  if (!rest.toLowerCase().startsWith('ignore')) return malformed;
  rest = rest.slice('ignore'.length).trimStart();
  if (!rest.startsWith('[')) return malformed;
  const close = rest.indexOf(']');
  if (close === -1) return malformed;
  const names = rest
    .slice(1, close)
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name !== '');
  if (names.length === 0) return { ...malformed, malformed: 'suppression names no rule or category inside `ignore[…]`' };
  // A separator after the bracket (`] -- reason`, `]: reason`) is not part of the reason.
  const reason = rest
    .slice(close + 1)
    .trim()
    .replace(/^(?:--?|—|:)\s*/, '');
  return { names, reason };
}

/** Whether anything but white space precedes a 1-based column on a 1-based line. */
function aloneOnLine(lines: readonly string[], line: number, column: number): boolean {
  return (lines[line - 1] ?? '').slice(0, column - 1).trim() === '';
}

interface CommentAt {
  pos: Position;
  body: string;
  text: string;
}

/** The comment tokens of the YAML itself: a `#` inside a quoted or block scalar is not one. */
function yamlComments(text: string, lineCounter: LineCounter): CommentAt[] {
  const found: CommentAt[] = [];
  const visit = (token: unknown): void => {
    if (Array.isArray(token)) {
      for (const item of token) visit(item);
      return;
    }
    if (!token || typeof token !== 'object') return;
    const record = token as { type?: unknown; offset?: unknown; source?: unknown };
    if (record.type === 'comment' && typeof record.offset === 'number' && typeof record.source === 'string') {
      const start = lineCounter.linePos(record.offset);
      found.push({
        pos: { line: start.line, column: start.col, endLine: start.line, endColumn: start.col + record.source.length },
        body: record.source.slice(1),
        text: record.source,
      });
      return;
    }
    for (const value of Object.values(token)) if (value && typeof value === 'object') visit(value);
  };
  for (const token of new Parser().parse(text)) visit(token);
  return found;
}

function commentsOf(script: StepScript): readonly ScriptComment[] {
  if (script.tree) return bashComments(script.tree.rootNode);
  return script.pwsh?.comments ?? script.cmd?.comments ?? script.pythonComments ?? [];
}

/** Comments inside the scripts the steps run, as their shells read them, placed in the file. */
function scriptComments(steps: readonly Step[]): CommentAt[] {
  const found: CommentAt[] = [];
  for (const step of steps) {
    const script = step.script;
    if (!script || !script.source.text.includes(DIRECTIVE_PREFIX)) continue;
    for (const comment of commentsOf(script)) {
      const text = script.source.text.slice(comment.start, comment.end);
      if (!text.includes(DIRECTIVE_PREFIX)) continue;
      const start = script.source.at(comment.start);
      const end = script.source.at(Math.max(comment.start, comment.end - 1));
      found.push({
        pos: { line: start.line, column: start.column, endLine: end.line, endColumn: end.column + 1 },
        body: script.source.text.slice(comment.bodyStart, comment.end),
        text,
      });
    }
  }
  return found;
}

/**
 * The suppression directives of one file: YAML comments, and comments inside its scripts. Must run
 * before the model is disposed (bash comments come from the parse tree).
 */
export function collectDirectives(text: string, lineCounter: LineCounter, model: Analysable | undefined): Directive[] {
  if (!text.includes(DIRECTIVE_PREFIX)) return [];
  const lines = text.split('\n');
  const directives: Directive[] = [];
  for (const comment of [
    ...yamlComments(text, lineCounter),
    ...scriptComments(model ? scriptLists(model).flatMap((list) => list.steps) : []),
  ]) {
    const parsed = parseDirective(comment.body);
    if (!parsed) continue;
    directives.push({ ...parsed, pos: comment.pos, ownLine: aloneOnLine(lines, comment.pos.line, comment.pos.column), text: comment.text });
  }
  return directives.sort((a, b) => a.pos.line - b.pos.line || a.pos.column - b.pos.column);
}
