import { describe, expect, it } from '@jest/globals';
import { isCollection, isNode, isPair, LineCounter, parseDocument } from 'yaml';
import type { Document } from 'yaml';
import { parseYaml } from '../src/load/parse.js';

/** Every node's class, range, value, comments and anchors, and every key, in document order. */
function shape(doc: Document.Parsed): unknown[] {
  const out: unknown[] = [];
  const visit = (node: unknown): void => {
    if (isPair(node)) {
      out.push('pair');
      visit(node.key);
      visit(node.value);
      return;
    }
    if (!isNode(node)) {
      out.push(node === null ? 'null' : typeof node);
      return;
    }
    const { range, comment, commentBefore, anchor, tag } = node as unknown as Record<string, unknown>;
    out.push([node.constructor.name, range, comment, commentBefore, anchor, tag, (node as { type?: string }).type]);
    if (isCollection(node)) for (const item of node.items) visit(item);
    else out.push((node as { value?: unknown }).value, (node as { source?: unknown }).source);
  };
  visit(doc.contents);
  return out;
}

const yamlOf = (doc: Document.Parsed): unknown => ({
  shape: shape(doc),
  errors: doc.errors.map((error) => [error.code, error.pos, error.message]),
  warnings: doc.warnings.map((warning) => [warning.code, warning.pos, warning.message]),
  comment: doc.comment,
  commentBefore: doc.commentBefore,
  range: doc.range,
});

/** yaml's own parseDocument with the options parseYaml uses. */
function reference(text: string): unknown {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: false, strict: true, schema: 'core' });
  return { doc: yamlOf(doc), lines: lineCounter.lineStarts };
}

function ours(text: string): unknown {
  const parsed = parseYaml(Buffer.from(text));
  return { doc: yamlOf(parsed.doc!), lines: parsed.lineCounter.lineStarts };
}

const SAMPLES = [
  '',
  '# only a comment\n',
  'on: push\njobs:\n  a:\n    needs: [x, y, "z", \'w\']\n    steps:\n      - run: echo\n',
  'a: [b, c: d, {e: f}, [g, h], ]\nb: {x: [1, 2], y: }\n',
  'a: [b,\n  # a comment inside\n  c\n  ]  # after\n',
  'seq:\n- a\n- [b, c]\n-\n  - d\n  # trailing\n# at the end\n',
  '? [complex, key]\n: value\n[flow, key]: v\n',
  'a: &anchor [1, 2]\nb: *anchor\nc: !!str [x]\n',
  'a: [unclosed, b\nc: d\n',
  'a: 1\n---\nb: 2\n',
  'a: |\n  block\n  scalar\nb: >-\n  folded\n',
  'a:\n  - b: [c, d]\n    e: f\n  - [g]\n',
  'a: [b: [c, d: [e]]]\n',
];

/** A comment that makes a file large enough (64 KiB) for its syntax tree to be compacted as it is built. */
const LARGE = `#${'x'.repeat(70_000)}\n`;

describe('parseYaml: the compacted syntax tree gives the document yaml gives', () => {
  it.each(SAMPLES.map((sample) => [JSON.stringify(sample).slice(0, 60), sample]))('%s', (_name, sample) => {
    expect(ours(sample)).toEqual(reference(sample));
    expect(ours(LARGE + sample)).toEqual(reference(LARGE + sample));
  });

  it('on a generated workflow of jobs with flow and block needs, matrices and comments', () => {
    const jobs = Array.from({ length: 60 }, (_, i) =>
      [
        `  j${i}:  # job ${i}`,
        i % 2
          ? `    needs: [${Array.from({ length: i % 7 }, (_, k) => `j${k}`).join(', ')}]`
          : `    needs:\n      - j0\n      # none\n      - j1`,
        `    strategy: { matrix: { os: [a, b], include: [{ os: c, x: [1, {y: 2}] }] } }`,
        '    steps:',
        `      - run: echo ${i}`,
        `        with: {a: [b, c: d], e: }`,
      ].join('\n'),
    );
    const text = `on: [push, pull_request]\njobs:\n${jobs.join('\n')}\n# end\n`;
    expect(ours(text)).toEqual(reference(text));
    expect(ours(LARGE + text)).toEqual(reference(LARGE + text));
  });
});

describe('the environment during a parse', () => {
  it('process.env is the real one again after a parse, and after a parse that fails', () => {
    const environment = process.env;
    parseYaml(Buffer.from('on: push\njobs: {}\n'));
    expect(process.env).toBe(environment);
    parseYaml(Buffer.from('on: [push\n'));
    expect(process.env).toBe(environment);
    expect(process.env.PATH).toBeDefined();
  });
});
