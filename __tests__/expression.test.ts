import { describe, it, expect } from '@jest/globals';
import { analyzeCondition, evaluateTruthiness, ExpressionError, parseExpression } from '../src/model/expression.js';
import { findExpressionSpans } from '../src/shell/spans.js';

describe('analyzeCondition: constant', () => {
  it.each<[string, unknown, boolean | undefined]>([
    ['YAML false', false, false],
    ['YAML true', true, true],
    ['number 0', 0, false],
    ['number 1', 1, true],
    ['always()', 'always()', true],
    ['success()', 'success()', undefined],
    ['failure()', 'failure()', undefined],
    ['${{ false }}', '${{ false }}', false],
    ['a non-empty string literal', "${{ 'false' }}", true],
    ['an empty string literal', "${{ '' }}", false],
    ['false && context', "false && github.repository == 'a/b'", false],
    ['context && false', "github.repository == 'a/b' && false", false],
    ['true || context', 'true || x', true],
    ['context || true', 'x || true', true],
    ['context && true', 'x && true', undefined],
    ['bare context', 'github.event_name', undefined],
    ['negated unknown', '!github.event.pull_request.head.repo.fork', undefined],
    ['negated falsy unknown', '!(github.x && false)', true],
    ['always() && false', 'always() && false', false],
    ['!always()', '!always()', false],
    ['string in plain if', "'false'", true],
    ['expression without ${{ }}', 'false', false],
    ['precedence: a || b && c', 'true || true && false', true],
    ['precedence: ! before ==', '!2 == 1', false],
    ['precedence: < before ==', '1 < 2 == true', true],
    ['parentheses', '(true || true) && false', false],
    ['case-insensitive ==', "'ABC' == 'abc'", true],
    ['case-insensitive <', "'a' < 'B'", true],
    ['case-insensitive function names', "CONTAINS('ABC', 'b') && StartsWith('Hello', 'he') && endsWITH('Hello', 'LO')", true],
    ['contains on an unknown', "contains(github.ref, 'a')", undefined],
    ['hex literal', '0xff == 255', true],
    ['exponent literal', '-2.99e-2 < 0 && -2.99e-2 > -1', true],
    ['hex string coerced to number', "'0xff' == 255", true],
    ['null == 0', 'null == 0', true],
    ['true == 1', 'true == 1', true],
    ["'' == 0", "'' == 0", true],
    ['NaN != anything', "'abc' == 0 || NaN == NaN", false],
    ['!= with NaN', 'NaN != NaN', true],
    ["'1' == 1", "'1' == 1", true],
    ['null is falsy', 'null', false],
    ['-0 is falsy', '-0', false],
    ['NaN is falsy', 'NaN', false],
    ['format with known args', "format('{0}-{1}', 'a', 'b') == 'A-B'", true],
    ['format brace escapes', "format('{{0}}', 'x') == '{0}'", true],
    ['bad format string', "format('{1}', 'x')", undefined],
    ['join', "join(fromJSON('[1,2]'), '+') == '1+2'", true],
    ['toJSON', "toJSON('a') == '\"a\"'", true],
    ['fromJSON', "fromJSON('false')", false],
    ['hashFiles', "hashFiles('**/lock')", undefined],
    ['unknown function', 'someday(1)', undefined],
    ['mixed literal text is a non-empty string', "${{ github.ref }} == 'refs/heads/main'", true],
    ['two expressions with text between', '${{ false }} ${{ false }}', true],
    ['adjacent expressions, both empty', "${{ '' }}${{ null }}", false],
    ['adjacent expressions, one unknown', "${{ '' }}${{ github.ref }}", undefined],
    ['escaped quote inside ${{ }}', "${{ 'it''s}}' == 'IT''S}}' }}", true],
    ['object filter', "contains(needs.*.result, 'failure')", undefined],
  ])('%s', (_name, value, expected) => {
    const analysis = analyzeCondition(value);
    expect(analysis.error).toBeUndefined();
    expect(analysis.constant).toBe(expected);
  });

  it.each<[string, Record<string, unknown> | undefined, boolean | undefined]>([
    ['matching leg', { os: 'linux' }, true],
    ['other leg', { os: 'mac' }, false],
    ['key spelled in another case', { OS: 'Linux' }, true],
    ['key missing from the leg', { node: 20 }, false],
    ['no matrix known', undefined, undefined],
  ])("matrix.os == 'linux' with %s", (_name, matrix, expected) => {
    expect(analyzeCondition("matrix.os == 'linux'", { matrix }).constant).toBe(expected);
  });

  it.each<[string, Record<string, unknown>, boolean]>([
    ['missing key reads as null', {}, true],
    ['present key', { missing: 'x' }, false],
  ])('matrix.missing == null: %s', (_name, matrix, expected) => {
    expect(analyzeCondition('matrix.missing == null', { matrix }).constant).toBe(expected);
  });

  it.each<[string, string, boolean]>([
    ['nested object', "matrix.cfg.os == 'linux'", true],
    ['bracket access', "matrix['cfg']['os'] == 'linux'", true],
    ['array element', "matrix.list[1] == 'b'", true],
    ['object filter', "contains(matrix.*.os, 'linux')", true],
    ['filter then index on each item', "join(matrix.legs.*.os, ',') == 'a,b'", true],
  ])('known matrix values: %s', (_name, expression, expected) => {
    const matrix = { cfg: { os: 'linux' }, list: ['a', 'b'], legs: [{ os: 'a' }, { os: 'b' }, { other: 1 }] };
    expect(analyzeCondition(expression, { matrix }).constant).toBe(expected);
  });

  it.each<[string, unknown]>([
    ['null', null],
    ['empty string', ''],
    ['whitespace', '  '],
    ['a mapping', { a: 1 }],
  ])('an empty or non-scalar if: (%s) is not constant and not an error', (_name, value) => {
    expect(analyzeCondition(value)).toEqual({ constant: undefined, statusFunctions: new Set(), contexts: [] });
  });
});

describe('analyzeCondition: status functions and contexts', () => {
  it.each<[string, string[]]>([
    ['failure() || Always()', ['failure', 'always']],
    ['!cancelled() && SUCCESS()', ['cancelled', 'success']],
    ["contains(format('{0}', failure()), 'x')", ['failure']],
    ["github.ref == 'always()'", []],
    ['github.success', []],
  ])('%s', (expression, expected) => {
    expect([...analyzeCondition(expression).statusFunctions].sort()).toEqual([...expected].sort());
  });

  it.each<[string, string[]]>([
    ["GitHub.Repository == 'a/b'", ['github.repository']],
    ['needs.build.result', ['needs.build.result']],
    ["needs['build'].result", ['needs.build.result']],
    ["steps.x.outputs['y']", ['steps.x.outputs.y']],
    ["contains(needs.*.result, 'failure')", ['needs.*.result']],
    ['needs[*].result', ['needs.*.result']],
    ['toJSON(needs)', ['needs']],
    ['matrix.os && matrix.os', ['matrix.os']],
    ["steps.td.outcome == 'failure' && github.event_name", ['steps.td.outcome', 'github.event_name']],
    ['needs[github.job].result', ['needs', 'github.job']],
    ['fromJSON(env.X).a', ['env.x']],
    ['matrix.include[0]', ['matrix.include.0']],
    ['steps.null.outcome', ['steps.null.outcome']],
    ["${{ github.ref }} == '${{ github.base_ref }}'", ['github.ref', 'github.base_ref']],
    ['true', []],
  ])('%s', (expression, expected) => {
    expect(analyzeCondition(expression).contexts).toEqual(expected);
  });
});

describe('analyzeCondition: errors', () => {
  it.each<[string, string, number]>([
    ['unterminated string', "github.ref == 'main", 14],
    ['trailing operator', 'github.ref ==', 13],
    ['trailing &&', 'a &&', 4],
    ['lone =', 'a = b', 2],
    ['unexpected token', 'a b', 2],
    ['unclosed paren', '(a', 2],
    ['bad number', '1.2.3', 0],
    ['offset inside ${{ }}', 'x ${{ a == }}', 11],
    ['unterminated string inside ${{', "x ${{ 'a }}", 2],
    ['unclosed ${{', 'x ${{ a', 2],
    ['empty ${{ }}', '${{ }}', 4],
    ['wrong argument count', "contains('a')", 0],
    ['status function with arguments', 'always(1)', 0],
    ['literal has no properties', "'a'.length", 3],
  ])('%s', (_name, value, offset) => {
    const analysis = analyzeCondition(value);
    expect(analysis.constant).toBeUndefined();
    expect(analysis.error?.offset).toBe(offset);
    expect(analysis.error?.message).toEqual(expect.any(String));
  });

  it.each<[string, string]>([
    ['1,000 nested parentheses', '('.repeat(1000) + 'true' + ')'.repeat(1000)],
    ['10,000 negations', '!'.repeat(10_000) + 'true'],
    ['deep brackets', 'a' + '[a'.repeat(1000) + ']'.repeat(1000)],
    ['long comparison chain', Array(5000).fill('1').join(' == ')],
    ['long property chain', 'a' + '.b'.repeat(5000)],
  ])('%s is reported as too deep without throwing', (_name, value) => {
    expect(analyzeCondition(value).error?.message).toBe('expression nested too deeply');
  });

  it('allows realistic nesting', () => {
    expect(analyzeCondition('('.repeat(50) + 'true' + ')'.repeat(50)).constant).toBe(true);
  });

  it('allows long flat && chains', () => {
    expect(analyzeCondition(Array(5000).fill('true').join(' && ')).constant).toBe(true);
  });

  it.each<[string, string, boolean | undefined]>([
    ['unterminated quotes', "'".repeat(50_001), undefined],
    ['unclosed expression starts', '${{ '.repeat(50_000), undefined],
    // `{{` is format()'s escaped brace, so this is a valid, non-empty (truthy) string.
    ['format braces', `format('${'{'.repeat(50_000)}', 1)`, true],
  ])('handles hostile input (%s) without throwing', (_name, value, constant) => {
    // Speed on such input is measured by the benchmark script, not asserted here.
    expect(analyzeCondition(value).constant).toBe(constant);
    expect(() => evaluateTruthiness(value)).not.toThrow();
  });
});

describe('parseExpression', () => {
  it('binds && tighter than ||', () => {
    expect(parseExpression('a || b && c')).toMatchObject({
      kind: 'logical',
      op: '||',
      args: [
        { kind: 'context', name: 'a' },
        { kind: 'logical', op: '&&', args: [{ name: 'b' }, { name: 'c' }] },
      ],
    });
  });

  it('binds ! tighter than comparisons', () => {
    expect(parseExpression('!a == b')).toMatchObject({ kind: 'compare', op: '==', left: { kind: 'not' } });
  });

  it.each<[string, string, unknown]>([
    ['escaped quote', "'it''s'", "it's"],
    ['several escaped quotes', "'a''b''c'", "a'b'c"],
    ['empty string', "''", ''],
    ['hex', '0xff', 255],
    ['exponent', '-2.99e-2', -0.0299],
    ['leading dot', '.5', 0.5],
    ['null', 'null', null],
  ])('literal: %s', (_name, src, value) => {
    expect(parseExpression(src)).toEqual({ kind: 'literal', value, start: 0, end: src.length });
  });

  it('records offsets and lower-cases names', () => {
    expect(parseExpression(' Needs.Build.result ')).toEqual({
      kind: 'index',
      start: 1,
      end: 19,
      index: { kind: 'literal', value: 'result', start: 13, end: 19 },
      object: {
        kind: 'index',
        start: 1,
        end: 12,
        index: { kind: 'literal', value: 'Build', start: 7, end: 12 },
        object: { kind: 'context', name: 'needs', start: 1, end: 6 },
      },
    });
  });

  it('throws ExpressionError with an offset', () => {
    expect(() => parseExpression('a &&')).toThrow(ExpressionError);
    expect(() => parseExpression('a &&')).toThrow(expect.objectContaining({ offset: 4 }));
  });
});

describe('evaluateTruthiness', () => {
  it.each<[string, unknown, Record<string, unknown> | undefined, boolean | undefined]>([
    ['matrix flag on', '${{ matrix.experimental }}', { experimental: true }, true],
    ['matrix flag off', '${{ matrix.experimental }}', { experimental: false }, false],
    ['matrix flag absent from the leg', '${{ matrix.experimental }}', { os: 'linux' }, false],
    ['matrix key in another case', '${{ matrix.Experimental }}', { experimental: true }, true],
    ['no matrix known', '${{ matrix.experimental }}', undefined, undefined],
    ['comparison on the matrix', "${{ matrix.os == 'windows' }}", { os: 'Windows' }, true],
    ['runtime context', '${{ github.event.inputs.soft }}', { os: 'linux' }, undefined],
    ['YAML true', true, undefined, true],
    ['YAML false', false, undefined, false],
    ['null', null, undefined, false],
    ["string 'true'", 'true', undefined, true],
    ["string 'false' is a non-empty string", 'false', undefined, true],
    ['plain text is not parsed', 'false && x', undefined, true],
    ['empty string', '', undefined, false],
    ['number 0', 0, undefined, false],
    ['mixed text', 'x ${{ false }}', undefined, true],
    ['parse error', '${{ matrix. }}', { a: 1 }, undefined],
  ])('%s', (_name, value, matrix, expected) => {
    expect(evaluateTruthiness(value, { matrix })).toBe(expected);
  });

  it('does not change the caller’s matrix arrays', () => {
    const matrix = { list: ['a', 'b'] };
    expect(evaluateTruthiness("${{ contains(matrix.list.*, 'a') && matrix.list[0] == 'a' }}", { matrix })).toBe(true);
    expect(evaluateTruthiness("${{ matrix.list[1] == 'b' }}", { matrix })).toBe(true);
  });
});

describe('findExpressionSpans', () => {
  it.each<[string, string, Array<{ start: number; end: number; inner: string }>]>([
    ['none', 'echo hi', []],
    ['one', 'a ${{ b }} c', [{ start: 2, end: 10, inner: ' b ' }]],
    [
      'two',
      '${{ a }}${{b}}',
      [
        { start: 0, end: 8, inner: ' a ' },
        { start: 8, end: 14, inner: 'b' },
      ],
    ],
    ['}} inside a string literal', "${{ '}}' }}", [{ start: 0, end: 11, inner: " '}}' " }]],
    ['three closing braces', '${{ a }}}', [{ start: 0, end: 8, inner: ' a ' }]],
    ['unclosed is skipped', 'x ${{ a }} ${{ b', [{ start: 2, end: 10, inner: ' a ' }]],
    ['multi-line', 'run: |\n${{\n a\n}}', [{ start: 7, end: 16, inner: '\n a\n' }]],
  ])('%s', (_name, text, expected) => {
    expect(findExpressionSpans(text)).toEqual(expected);
  });
});
