import { describe, expect, it } from '@jest/globals';
import type { AuditResult } from '../src/engine.js';
import { planAnnotations } from '../src/report/annotations.js';
import { escapeMarkdown, neutraliseWorkflowCommands } from '../src/report/escape.js';
import { formatJson, jsonChunks, PIECE_SIZE } from '../src/report/json.js';
import { formatMarkdown } from '../src/report/markdown.js';
import { formatText, textChunks } from '../src/report/text.js';
import type { Finding, Severity } from '../src/rules/types.js';

function finding(overrides: Partial<Finding> = {}): Finding {
  return {
    ruleId: 'continue-on-error',
    category: 'soft-fail',
    severity: 'high',
    confidence: 'high',
    severityReasons: ['test step'],
    file: '.github/workflows/ci.yml',
    line: 9,
    column: 9,
    endLine: 9,
    endColumn: 32,
    message: 'continue-on-error is true on a test step',
    workflow: 'CI',
    job: 'test',
    step: 'Run tests',
    fingerprint: 'f',
    new: true,
    suppressed: false,
    suppression: null,
    ...overrides,
  };
}

const result = (findings: Finding[]): AuditResult => ({ findings, errors: [], inventory: [], filesScanned: 1, configs: [] });

describe('escapeMarkdown', () => {
  it.each([
    ['a | b', 'a &#124; b'],
    ['<script>alert(1)</script>', '&lt;script&gt;alert\\(1\\)&lt;/script&gt;'],
    ['`code` and [link](http://x)', '\\`code\\` and \\[link\\]\\(http\\://x\\)'],
    ['line\nbreak\r\nhere', 'line break here'],
    ['::error::x', '\\:\\:error\\:\\:x'],
  ])('%j', (input, expected) => {
    expect(escapeMarkdown(input)).toBe(expected);
  });

  it('clips very long strings', () => {
    expect(escapeMarkdown('x'.repeat(10_000), 50)).toHaveLength(50);
  });
});

describe('job summary', () => {
  it('escapes every user-controlled string in the table', () => {
    const hostile = finding({
      file: '.github/workflows/a|b.yml',
      job: 'job<img src=x onerror=alert(1)>',
      step: 'step\n| injected | row |',
      message: 'msg `x` <b>',
    });
    const markdown = formatMarkdown(result([hostile]), { failOn: 'high', blocking: 1, linkBase: 'https://github.com/o/r/blob/abc' });
    const row = markdown.split('\n').find((line) => line.startsWith('| 🔴 high'))!;
    expect(row).not.toMatch(/<img|<b>|\n/);
    expect(row.split(' | ')).toHaveLength(3); // the pipes in the step name did not add columns (severity, location, finding)
    expect(row).toContain('(https://github.com/o/r/blob/abc/.github/workflows/a%7Cb.yml#L9)');
  });

  it('keeps high and medium in the open and collapses low and info under them', () => {
    const markdown = formatMarkdown(
      result([
        finding(),
        finding({ severity: 'medium', line: 11 }),
        finding({ severity: 'low', line: 12 }),
        finding({ severity: 'info', line: 13 }),
      ]),
      { failOn: 'high', blocking: 1 },
    );
    const register = markdown.slice(markdown.indexOf('### Risk register'));
    const fold = register.indexOf('<details><summary>Low and info (2)</summary>');
    expect(fold).toBeGreaterThan(register.indexOf('🟠 medium'));
    expect(register.indexOf('🔵 low')).toBeGreaterThan(fold);
  });

  it('counts by category and severity, and says how many findings were not annotated', () => {
    const markdown = formatMarkdown(result([finding(), finding({ severity: 'low', category: 'conditional-skip' })]), {
      failOn: 'high',
      blocking: 1,
      notAnnotated: 3,
    });
    expect(markdown).toContain('| soft-fail | 1 | 0 | 0 | 0 |');
    expect(markdown).toContain('| conditional-skip | 0 | 0 | 1 | 0 |');
    expect(markdown).toContain('3 finding(s) are not annotated');
  });

  it('stays under 1 MiB however many findings there are', () => {
    const many = Array.from({ length: 20_000 }, (_, i) => finding({ line: i + 1, message: 'm'.repeat(400) }));
    const markdown = formatMarkdown(result(many), { failOn: 'high', blocking: many.length });
    expect(Buffer.byteLength(markdown)).toBeLessThan(1024 * 1024);
    expect(markdown).toMatch(/…and \d+ more finding\(s\), omitted/);
  });
});

describe('annotation budget', () => {
  it('keeps at most 10 per level, most severe and new first', () => {
    const severities: Severity[] = ['high', 'medium', 'low', 'info'];
    const findings = severities.flatMap((severity) => Array.from({ length: 12 }, (_, i) => finding({ severity, line: i + 1 })));
    const plan = planAnnotations(findings);
    const count = (level: string) => plan.annotations.filter((a) => a.level === level).length;
    expect([count('error'), count('warning'), count('notice')]).toEqual([10, 10, 10]);
    expect(plan.omitted).toBe(48 - 30);
    expect(plan.annotations.filter((a) => a.level === 'notice').every((a) => a.finding.severity === 'low')).toBe(true);
  });

  it('never annotates suppressed findings', () => {
    const plan = planAnnotations([finding({ suppressed: true })]);
    expect(plan).toEqual({ annotations: [], omitted: 0 });
  });
});

describe('text report', () => {
  it('strips terminal escape sequences from user strings and colours only when asked', () => {
    const text = formatText(result([finding({ message: 'evil \u001b[2J clear' })]), { colour: false, blocking: 1, failOn: 'high' });
    expect(text).not.toContain('\u001b');
    expect(text).toContain('9:9');
    const coloured = formatText(result([finding()]), { colour: true, blocking: 1, failOn: 'high' });
    expect(coloured).toContain('\u001b[31mhigh');
  });

  it('comes in pieces of whole lines, which together are the report', () => {
    const many = result(Array.from({ length: 3_000 }, (_, i) => finding({ line: i + 1, message: `swallowed ${'x'.repeat(40)} ${i}` })));
    const options = { colour: false, blocking: 0, failOn: 'high' };
    const pieces = [...textChunks(many, options)];
    expect(pieces.length).toBeGreaterThan(1);
    expect(pieces.every((piece) => piece.endsWith('\n'))).toBe(true);
    expect(pieces.join('')).toBe(formatText(many, options));
    expect(pieces.join('')).toMatch(/^3000 finding\(s\) in /m);
  });
});

describe('JSON report in pieces', () => {
  const expected = (audit: AuditResult, extra: Record<string, unknown> = {}): string =>
    `${JSON.stringify(
      {
        version: 1,
        tool: JSON.parse(formatJson(audit)).tool,
        findings: audit.findings,
        errors: audit.errors,
        inventory: audit.inventory,
        ...extra,
      },
      null,
      2,
    )}\n`;

  it('is byte for byte the pretty-printed document, with no findings, one, or many', () => {
    for (const count of [0, 1, 3]) {
      const audit = result(Array.from({ length: count }, (_, i) => finding({ line: i + 1, message: `line\nbreak ##[x] "quoted" ${i}` })));
      audit.errors.push({ file: 'a.yml', message: 'cannot read file' });
      expect(formatJson(audit)).toBe(expected(audit));
    }
  });

  it('keeps optional sections and their order', () => {
    const audit: AuditResult = {
      ...result([finding()]),
      evidence: { requests: 3, maxRequests: 10, partial: false, notices: [] } as unknown as AuditResult['evidence'],
    };
    expect(formatJson(audit)).toBe(expected(audit, { evidence: audit.evidence }));
  });

  it('writes a large inventory entry a list element at a time, and the same text as the whole document', () => {
    const job = (i: number): Record<string, unknown> => ({
      id: `j${i}`,
      needs: i % 3 === 0 ? [] : Array.from({ length: i % 100 }, (_, k) => `j${k}`),
      nested: { deep: [[i, null], {}, []], empty: {} },
      skipped: undefined,
      fn: () => i,
      required: null,
    });
    const bare = Object.assign(Object.create(null) as Record<string, unknown>, { a: 1, list: Array.from({ length: 70 }, (_, i) => i) });
    const inventory = [
      { file: 'a.yml', jobs: Array.from({ length: 300 }, (_, i) => job(i)), other: [undefined, () => 1, 'x'], bare },
      { file: 'b.yml', jobs: [] },
    ] as unknown as AuditResult['inventory'];
    const audit = { ...result([finding()]), inventory };
    const pieces = [...jsonChunks(audit)];
    expect(pieces.join('')).toBe(expected(audit));
    expect(formatJson(audit)).toBe(expected(audit));
    // No piece holds the whole entry: it is written job by job.
    expect(Math.max(...pieces.map((piece) => piece.length))).toBeLessThan(1.1 * PIECE_SIZE);
  });

  it('splits a large report into pieces of about PIECE_SIZE that join to the whole', () => {
    const audit = result(Array.from({ length: 5000 }, (_, i) => finding({ line: i + 1, snippet: 'x'.repeat(300) } as Partial<Finding>)));
    const pieces = [...jsonChunks(audit)];
    expect(pieces.length).toBeGreaterThan(1);
    for (const piece of pieces.slice(0, -1)) {
      expect(piece.length).toBeGreaterThanOrEqual(PIECE_SIZE);
      expect(piece.length).toBeLessThan(1.1 * PIECE_SIZE);
    }
    expect(pieces.join('')).toBe(expected(audit));
  });
});

describe('neutraliseWorkflowCommands', () => {
  it('returns text with nothing to neutralise unchanged, and neutralises the rest line by line', () => {
    const plain = 'a: 1 finding\n  b :: c\n';
    expect(neutraliseWorkflowCommands(plain)).toBe(plain);
    expect(neutraliseWorkflowCommands('ok\n  ::error::x\ny ##[group]z\r::warning::w')).toBe(
      'ok\n  \\::error::x\ny #\\#[group]z\n\\::warning::w',
    );
  });
});
