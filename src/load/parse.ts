import { Composer, isAlias, isMap, isPair, isScalar, isSeq, LineCounter, Parser, YAMLParseError } from 'yaml';
import type { Document } from 'yaml';
import type { Position } from '../model/types.js';

/** A problem that makes a file impossible to analyse as GitHub would run it. */
export interface Problem {
  message: string;
  pos: Position;
  /**
   * The tool, not GitHub, refused to read on (an alias expansion past its bounds): GitHub may run the
   * file, so what it holds was not checked and the finding blocks.
   */
  unanalysed?: boolean;
}

export interface ParsedYaml {
  text: string;
  doc: Document.Parsed | undefined;
  lineCounter: LineCounter;
  problems: Problem[];
}

/** Converts yaml's [start, end) offsets to a 1-based position. */
export function rangeToPosition(lineCounter: LineCounter, start: number, end: number): Position {
  const from = lineCounter.linePos(start);
  const to = lineCounter.linePos(Math.max(start, end));
  return { line: from.line, column: from.col, endLine: to.line, endColumn: to.col };
}

const firstLine = (message: string): string => message.split('\n')[0]!.trim();

/**
 * Decodes and parses one file. Invalid UTF-8 and YAML errors become problems at their line; a
 * second document in the file is such an error, since a workflow is one document.
 */
export function parseYaml(bytes: Buffer): ParsedYaml {
  const lineCounter = new LineCounter();
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    const bad = firstInvalidUtf8Offset(bytes);
    const line = bytes.subarray(0, bad).toString('latin1').split('\n').length;
    return {
      text: '',
      doc: undefined,
      lineCounter,
      problems: [{ message: 'file is not valid UTF-8 text', pos: { line, column: 1, endLine: line, endColumn: 1 } }],
    };
  }
  if (text.includes('\u0000')) {
    return {
      text: '',
      doc: undefined,
      lineCounter,
      problems: [{ message: 'file is binary (contains NUL bytes), not YAML', pos: { line: 1, column: 1, endLine: 1, endColumn: 1 } }],
    };
  }
  // yaml's own duplicate-key check (uniqueKeys) compares every key with every earlier key of its
  // mapping: a 20 MB workflow with 300,000 `env:` entries never finished. The same check is done
  // below in linear time, with yaml's message and position.
  // A lone CR is a line break to YAML (1.1 and 1.2) and to GitHub's parser, not to yaml's lexer
  // (eemeli/yaml#595): a file with classic Mac line endings is read as GitHub reads it. Same length,
  // so every offset stays where it was.
  text = text.replace(/\r(?!\n)/g, '\n');
  // The core schema whatever a `%YAML 1.1` directive says: GitHub types scalars the same way with or
  // without one, so `on:` stays a key named "on" (YAML 1.1 would make it `true`).
  const doc = withPlainEnvironment(() => parseDocument(text, lineCounter));
  // yaml reports every token after a syntax error; the first one is the one to fix.
  const errors: Array<{ message: string; pos: [number, number] }> = doc.errors.slice(0, 1);
  const duplicate = firstDuplicateKey(doc);
  if (duplicate !== undefined && (errors.length === 0 || duplicate < errors[0]!.pos[0])) {
    errors.splice(0, 1, { message: 'Map keys must be unique', pos: [duplicate, duplicate + 1] });
  }
  // yaml leaves an alias to no anchor unresolved and says nothing: the value would vanish (a `run:`
  // with it, and the step's findings). GitHub refuses such a file.
  const unresolved = firstUnresolvedAlias(doc);
  if (unresolved && (errors.length === 0 || unresolved.offset < errors[0]!.pos[0])) {
    errors.splice(0, 1, { message: `alias *${unresolved.name} refers to no anchor`, pos: [unresolved.offset, unresolved.end] });
  }
  const problems = errors.map((error) => ({
    message: `YAML error: ${firstLine(error.message)}`,
    pos: rangeToPosition(lineCounter, error.pos[0], error.pos[1]),
  }));
  return { text, doc, lineCounter, problems };
}

/**
 * yaml's parser reads `process.env.LOG_TOKENS` for every token it makes (and the composer
 * `LOG_STREAM` for every document), and each read of `process.env` asks the operating system's
 * environment: about 0.1 µs, 0.3 s for a 3 MB workflow. The parse is synchronous, so for its
 * duration `process.env` is a plain object holding just those two variables, and is put back after.
 */
function withPlainEnvironment<T>(parse: () => T): T {
  const environment = process.env;
  const plain: NodeJS.ProcessEnv = {};
  for (const name of ['LOG_TOKENS', 'LOG_STREAM']) if (environment[name] !== undefined) plain[name] = environment[name];
  process.env = plain;
  try {
    return parse();
  } finally {
    process.env = environment;
  }
}

/**
 * yaml's `parseDocument(text, options)`, with the options above, the syntax tree of a large text
 * compacted as it is built (`compactAsBuilt`). The same steps as the library's own: a parser whose tokens a composer
 * makes into documents, and an error on a second document.
 */
function parseDocument(text: string, lineCounter: LineCounter): Document.Parsed {
  const parser = new Parser(lineCounter.addNewLine);
  if (text.length >= COMPACT_FROM) compactAsBuilt(parser);
  const composer = new Composer({ lineCounter, prettyErrors: false, uniqueKeys: false, strict: true, schema: 'core' });
  let doc: Document.Parsed | undefined;
  for (const next of composer.compose(parser.parse(text), true, text.length)) {
    if (!doc) doc = next;
    else {
      const [start, end] = next.range;
      doc.errors.push(
        new YAMLParseError([start, end], 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'),
      );
      break;
    }
  }
  // compose(…, true) always ends with a document, empty when the text is.
  return doc!;
}

/**
 * Text from which the syntax tree is compacted as it is built: the copies cost ~6 ms of the ~100 ms a
 * 61-file push spends parsing, and what they save matters only for large files (a 5 KB workflow's tree
 * is a few hundred KB at most).
 */
const COMPACT_FROM = 64 * 1024;

/** The part of yaml's Parser that the compaction wraps: where it hands back a finished collection (not in its typings). */
interface PoppingParser {
  pop?: (this: Parser, error?: unknown) => Generator<unknown>;
  stack: Array<{ type: string; items?: Array<{ start?: unknown[]; sep?: unknown[] }> }>;
}

/**
 * yaml's concrete syntax tree of a whole document is alive until the document is composed, and much
 * of it in a form that V8 stores at several times its size: each item of a flow sequence (`[a, b]`)
 * becomes a dictionary-mode object of about 430 bytes (the parser deletes the `key` and `sep` it
 * first gave it), and lists grown by push keep room for 17 entries. For 400,000 `needs` entries
 * that was 170 MB of a 417 MB tree (issue 16). When the parser finishes a collection, this replaces
 * its items by plain copies, same properties in the same order, lists at their length: the tree
 * the composer reads is the same, and positions with it.
 *
 * The parser is read through a method its typings keep private; a version of yaml without it is
 * parsed as it comes.
 */
function compactAsBuilt(parser: Parser): void {
  const popping = parser as unknown as PoppingParser;
  const pop = popping.pop;
  if (typeof pop !== 'function') return;
  popping.pop = function* (this: Parser, error?: unknown): Generator<unknown> {
    const token = error === undefined ? popping.stack.at(-1) : undefined;
    yield* pop.call(this, error);
    if (token?.items && (token.type === 'flow-collection' || token.type === 'block-map' || token.type === 'block-seq')) {
      token.items = token.items.map((item) => {
        const copy = { ...item };
        if (Array.isArray(item.start)) copy.start = item.start.slice();
        if (Array.isArray(item.sep)) copy.sep = item.sep.slice();
        return copy;
      });
    }
  };
}

/**
 * The offset of the first key that repeats an earlier key of its mapping, as yaml's `uniqueKeys`
 * sees it: scalar keys with the same value (`===`, so NaN never repeats); other keys are distinct
 * nodes. Walks the nodes with a stack, so deep nesting cannot overflow, and never through an alias.
 */
function firstDuplicateKey(doc: Document.Parsed): number | undefined {
  let first: number | undefined;
  const pending: unknown[] = [doc.contents];
  while (pending.length > 0) {
    const node = pending.pop();
    if (isMap(node)) {
      const seen = new Set<unknown>();
      for (const pair of node.items) {
        const key = pair.key;
        if (isScalar(key) && !Number.isNaN(key.value)) {
          if (seen.has(key.value)) first = Math.min(first ?? Infinity, key.range?.[0] ?? 0);
          seen.add(key.value);
        }
        pending.push(key, pair.value);
      }
    } else if (isSeq(node)) {
      for (const item of node.items) pending.push(isPair(item) ? item.value : item);
    }
  }
  return first;
}

/**
 * The first alias, in document order, that refers to no anchor before it. Walks the nodes with a
 * stack, children pushed in reverse so that they come off in order.
 */
function firstUnresolvedAlias(doc: Document.Parsed): { name: string; offset: number; end: number } | undefined {
  const anchors = new Set<string>();
  const pending: unknown[] = [doc.contents];
  while (pending.length > 0) {
    const node = pending.pop();
    if (isAlias(node)) {
      if (!anchors.has(node.source)) return { name: node.source, offset: node.range?.[0] ?? 0, end: node.range?.[1] ?? 0 };
      continue;
    }
    const anchor = (node as { anchor?: unknown } | null)?.anchor;
    if (typeof anchor === 'string') anchors.add(anchor);
    if (isMap(node)) {
      for (let i = node.items.length - 1; i >= 0; i--) pending.push(node.items[i]!.value, node.items[i]!.key);
    } else if (isSeq(node)) {
      for (let i = node.items.length - 1; i >= 0; i--) {
        const item = node.items[i];
        if (isPair(item)) pending.push(item.value, item.key);
        else pending.push(item);
      }
    }
  }
  return undefined;
}

function firstInvalidUtf8Offset(bytes: Buffer): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const size = b < 0x80 ? 1 : b >> 5 === 0b110 ? 2 : b >> 4 === 0b1110 ? 3 : b >> 3 === 0b11110 ? 4 : 0;
    if (size === 0 || i + size > bytes.length) return i;
    for (let k = 1; k < size; k++) if (bytes[i + k]! >> 6 !== 0b10) return i;
    i += size;
  }
  return i;
}
