import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { audit } from '../src/engine.js';
import {
  analyzeCondition,
  conditionPasses,
  evaluateTruthiness,
  ExpressionError,
  parseExpression,
  renderValue,
} from '../src/model/expression.js';
import { readCmd } from '../src/shell/cmd-script.js';
import { findExpressionSpans } from '../src/shell/spans.js';
import { maskExpressions, parseScript } from '../src/shell/commands.js';
import { readPowerShell } from '../src/shell/pwsh-script.js';
import { readPython } from '../src/shell/python-script.js';
import { makeRepo } from './helpers.js';

/**
 * Property tests (issue 8): the expression parser and evaluator, the script readers and the whole
 * engine never throw, whatever the text. Strings are drawn from alphabets of the syntax each reader
 * cares about, so that most of them get deep into it, as well as from arbitrary Unicode.
 */

/**
 * A fixed seed keeps a failure reproducible from the log. To explore, `FC_SEED=<n>` picks other
 * strings and `FC_SCALE=<k>` runs k times as many (the engine properties need a longer timeout then).
 */
const seed = Number(process.env.FC_SEED ?? 8_2026);
const scale = Number(process.env.FC_SCALE ?? 1);
const runs = <T>(numRuns: number, examples: T[] = []) => ({ seed, numRuns: Math.ceil(numRuns * scale), examples });

/** Strings made of `tokens`, with the glue between them drawn from `glue`. */
const tokenString = (tokens: readonly string[], maxLength = 40, glue: readonly string[] = ['', ' ']): fc.Arbitrary<string> =>
  fc
    .array(fc.tuple(fc.constantFrom(...tokens), fc.constantFrom(...glue)), { maxLength })
    .map((parts) => parts.map(([token, sep]) => token + sep).join(''));

const EXPRESSION_TOKENS = [
  '${{',
  '}}',
  '${{ ',
  ' }}',
  '(',
  ')',
  '!',
  '&&',
  '||',
  '==',
  '!=',
  '<',
  '<=',
  '>',
  '>=',
  "'",
  "''",
  '"',
  '.',
  '[',
  ']',
  '*',
  ',',
  'true',
  'false',
  'null',
  'NaN',
  'Infinity',
  '0x1F',
  '1e3',
  '-1.5',
  '0',
  "'a'",
  "'}}'",
  'github.event',
  'github.event_name',
  'matrix.os',
  'needs.build.result',
  'steps.x.outputs.y',
  'always()',
  'success()',
  'failure()',
  'cancelled()',
  'contains(',
  'startsWith(',
  'format(',
  "'{0}'",
  '{',
  '}',
  'fromJSON(',
  'toJSON(',
  'join(',
  'hashFiles(',
  '\n',
];

/** Expression-ish text, or any text at all. */
const expressionText = fc.oneof(
  { weight: 4, arbitrary: tokenString(EXPRESSION_TOKENS) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 60 }) },
);

/** Matrix values the evaluator may be given: whatever YAML can hold. */
const matrixLeg = fc.dictionary(
  fc.constantFrom('os', 'node', 'experimental', 'OS', 'include'),
  fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<unknown>,
  { maxKeys: 3 },
);

describe('expression parser and evaluator never throw', () => {
  it('parseExpression either parses or throws an ExpressionError inside the text', () => {
    fc.assert(
      fc.property(expressionText, (text) => {
        try {
          parseExpression(text);
        } catch (error) {
          expect(error).toBeInstanceOf(ExpressionError);
          expect((error as ExpressionError).offset).toBeGreaterThanOrEqual(0);
          expect((error as ExpressionError).offset).toBeLessThanOrEqual(text.length);
        }
      }),
      runs(3_000),
    );
  });

  it('analyzeCondition, evaluateTruthiness, conditionPasses and renderValue return, under any matrix', () => {
    const scenario = fc.record({
      success: fc.boolean(),
      failure: fc.option(fc.boolean(), { nil: undefined }),
      cancelled: fc.option(fc.boolean(), { nil: undefined }),
    });
    fc.assert(
      fc.property(expressionText, matrixLeg, scenario, (text, matrix, status) => {
        const analysis = analyzeCondition(text, { matrix });
        expect([true, false, undefined]).toContain(analysis.constant);
        if (analysis.error) {
          expect(analysis.constant).toBeUndefined();
          expect(analysis.error.offset).toBeGreaterThanOrEqual(0);
          expect(analysis.error.offset).toBeLessThanOrEqual(text.length);
        }
        expect([true, false, undefined]).toContain(evaluateTruthiness(text, { matrix }));
        expect([true, false, undefined]).toContain(conditionPasses(text, { ...status, contexts: { matrix } }));
        renderValue(text, { matrix });
      }),
      runs(3_000),
    );
  });

  it('findExpressionSpans returns ordered ${{ … }} spans of the text', () => {
    fc.assert(
      fc.property(expressionText, (text) => {
        let last = 0;
        for (const span of findExpressionSpans(text)) {
          expect(span.start).toBeGreaterThanOrEqual(last);
          expect(text.slice(span.start, span.start + 3)).toBe('${{');
          expect(text.slice(span.end - 2, span.end)).toBe('}}');
          expect(span.inner).toBe(text.slice(span.start + 3, span.end - 2));
          last = span.end;
        }
      }),
      runs(3_000),
    );
  });

  it('values that are not strings are taken as they are', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 3 }), (value) => {
        analyzeCondition(value);
        evaluateTruthiness(value);
        renderValue(value);
        conditionPasses(value, { success: true, failure: false, cancelled: false });
      }),
      runs(500),
    );
  });
});

const SHELL_TOKENS = [
  '|',
  '||',
  '&&',
  ';',
  '&',
  '(',
  ')',
  '{',
  '}',
  '$',
  '$(',
  '`',
  "'",
  '"',
  '\\',
  '\n',
  '#',
  'set -e',
  'set +e',
  'set -o pipefail',
  'set -euo pipefail',
  'true',
  'false',
  'exit',
  'exit 1',
  'exit 0',
  'wait',
  'if',
  'then',
  'fi',
  'else',
  'for',
  'in',
  'do',
  'done',
  'while',
  'until',
  'case',
  'esac',
  ')',
  ';;',
  '<<EOF',
  "<<'EOF'",
  'EOF',
  '$?',
  'rc=$?',
  '${{ matrix.os }}',
  '${{',
  '}}',
  'npm test',
  'pytest',
  'make',
  'echo',
  '>',
  '2>&1',
  '| tee log',
  '!',
  '[[',
  ']]',
];

/** PowerShell, cmd and python spell the same ideas differently; their readers get their own words too. */
const OTHER_SHELL_TOKENS = [
  '$LASTEXITCODE',
  '$ErrorActionPreference',
  "'Stop'",
  'try',
  'catch',
  'if (',
  '-ne 0',
  '@"',
  '"@',
  '<#',
  '#>',
  'exit $LASTEXITCODE',
  '^',
  '%ERRORLEVEL%',
  '!errorlevel!',
  'if errorlevel 1',
  'goto :eof',
  'call',
  'setlocal EnableDelayedExpansion',
  'rem',
  '::',
  'import subprocess',
  'subprocess.run(',
  'check=True',
  'sys.exit(',
  '"""',
  "'''",
  'f"',
  ':',
  '    ',
];

const scriptText = fc.oneof(
  { weight: 4, arbitrary: tokenString([...SHELL_TOKENS, ...OTHER_SHELL_TOKENS], 50) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 80 }) },
);

describe('script readers never throw', () => {
  it('maskExpressions keeps every offset and every newline', () => {
    fc.assert(
      fc.property(scriptText, (script) => {
        const masked = maskExpressions(script);
        expect(masked).toHaveLength(script.length);
        for (let i = 0; i < script.length; i++) if (script[i] === '\n') expect(masked[i]).toBe('\n');
      }),
      runs(2_000),
    );
  });

  it('the PowerShell, cmd and python readers return events inside the script', () => {
    fc.assert(
      fc.property(scriptText, (script) => {
        for (const event of [...readPowerShell(script).events, ...readCmd(script).events]) {
          expect(event.start).toBeGreaterThanOrEqual(0);
          expect(event.end).toBeLessThanOrEqual(script.length);
        }
        for (const statement of readPython(script).statements) {
          expect(statement.start).toBeGreaterThanOrEqual(0);
          expect(statement.end).toBeLessThanOrEqual(script.length);
        }
      }),
      // Found by this property: a `^` that ends a cmd script put the command's end past the script.
      runs(2_000, [['^'], ['echo ^']]),
    );
  });

  it('the bash parser returns a tree or nothing', async () => {
    await fc.assert(
      fc.asyncProperty(scriptText, async (script) => {
        const tree = await parseScript(script);
        if (tree) expect(tree.rootNode.endIndex).toBeLessThanOrEqual(script.length);
      }),
      runs(1_000),
    );
  });
});

/** A workflow whose one step runs `script` under `shell`, in a block scalar or a double-quoted one. */
function workflowRunning(script: string, shell: string, quoted: boolean): string {
  const run = quoted
    ? `        run: ${JSON.stringify(script)}`
    : // An explicit indentation indicator keeps a first line that starts with blanks.
      `        run: |2-\n${script
        .split('\n')
        .map((line) => `          ${line}`)
        .join('\n')}`;
  return [
    'on: pull_request',
    'jobs:',
    '  test:',
    `    runs-on: ${shell === 'cmd' || shell === 'pwsh' ? 'windows-latest' : 'ubuntu-latest'}`,
    '    steps:',
    '      - name: Tests',
    `        shell: ${shell}`,
    run,
    '',
  ].join('\n');
}

describe('the engine never throws on a workflow whose script is arbitrary', () => {
  it.each(['bash', 'sh', 'pwsh', 'cmd', 'python'])(
    'shell: %s',
    async (shell) => {
      await fc.assert(
        fc.asyncProperty(scriptText, fc.boolean(), async (script, quoted) => {
          const source = workflowRunning(script, shell, quoted);
          const result = await audit([makeRepo({ '.github/workflows/ci.yml': source })]);
          expect(result.errors).toEqual([]);
          const lines = source.split('\n').length;
          for (const finding of result.findings) {
            expect(finding.file).toBe('.github/workflows/ci.yml');
            expect(finding.line).toBeGreaterThanOrEqual(1);
            expect(finding.line).toBeLessThanOrEqual(lines);
            expect(finding.endLine).toBeGreaterThanOrEqual(finding.line);
            expect(finding.column).toBeGreaterThanOrEqual(1);
            expect(finding.message).not.toBe('');
          }
        }),
        // Found by this property: a bare redirection (`> out.txt` truncates a file) overflowed the
        // stack in the bash analysis and failed the whole audit.
        runs(150, [
          ['> out.txt', false],
          ['echo start\n2>&1', true],
          ['^', false],
        ]),
      );
    },
    30_000 * scale,
  );
});

describe('the engine never throws on a workflow whose expressions are arbitrary', () => {
  it(
    'in if:, continue-on-error:, runs-on:, a matrix, env and a run: line',
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(expressionText, { minLength: 6, maxLength: 6 }), async ([condition, soft, runsOn, leg, env, line]) => {
          const source = [
            'on: pull_request',
            'jobs:',
            '  build:',
            '    runs-on: ubuntu-latest',
            '    steps:',
            '      - run: make',
            '  test:',
            '    needs: build',
            `    if: ${JSON.stringify(condition)}`,
            `    runs-on: ${JSON.stringify(runsOn)}`,
            `    strategy: { matrix: { os: [${JSON.stringify(leg)}, ubuntu-latest] } }`,
            `    env: { X: ${JSON.stringify(env)} }`,
            '    steps:',
            `      - if: ${JSON.stringify(condition)}`,
            `        continue-on-error: ${JSON.stringify(soft)}`,
            `        run: ${JSON.stringify(`npm test ${line}`)}`,
            '',
          ].join('\n');
          const result = await audit([makeRepo({ '.github/workflows/ci.yml': source })]);
          expect(result.errors).toEqual([]);
          for (const finding of result.findings) expect(finding.line).toBeGreaterThanOrEqual(1);
        }),
        runs(300),
      );
    },
    30_000 * scale,
  );
});
