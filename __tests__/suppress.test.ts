import { describe, expect, it } from '@jest/globals';
import { audit } from '../src/engine.js';
import { parseDirective } from '../src/suppress/inline.js';
import type { Finding } from '../src/rules/types.js';
import { auditWorkflow, makeRepo, yaml } from './helpers.js';

/** Line, rule, suppressed and reason of every finding: what a suppression test looks at. */
const view = (findings: readonly Finding[]) =>
  findings.map(({ line, ruleId, severity, suppressed, suppression }) => ({
    line,
    ruleId,
    severity,
    suppressed,
    reason: suppression?.reason,
  }));

/** A workflow whose job's steps are the template (dedented); its first step line is file line 7. */
const step = (strings: TemplateStringsArray, ...values: unknown[]): string => {
  const steps = yaml(strings, ...values)
    .split('\n')
    .map((line) => (line ? `      ${line}` : line))
    .join('\n');
  return ['name: CI', 'on: pull_request', 'jobs:', '  test:', '    runs-on: ubuntu-latest', '    steps:', steps].join('\n');
};

describe('parseDirective', () => {
  it.each([
    [' silent-failure-audit: ignore[continue-on-error] flaky upstream', { names: ['continue-on-error'], reason: 'flaky upstream' }],
    [
      'silent-failure-audit: ignore[ soft-fail , retry-masking ]  -- by design',
      { names: ['soft-fail', 'retry-masking'], reason: 'by design' },
    ],
    ['silent-failure-audit:ignore[soft-fail]', { names: ['soft-fail'], reason: '' }],
    ['Silent-Failure-Audit: Ignore[soft-fail]: reason', { names: ['soft-fail'], reason: 'reason' }],
  ])('reads %j', (body, expected) => {
    expect(parseDirective(body)).toEqual(expected);
  });

  it.each([' not a directive', ' see silent-failure-audit docs', ''])('ignores the comment %j', (body) => {
    expect(parseDirective(body)).toBeUndefined();
  });

  it.each([
    ' silent-failure-audit ignore[x] r',
    ' silent-failure-audit: ignroe[x] r',
    ' silent-failure-audit: ignore x',
    ' silent-failure-audit: ignore[x',
  ])('calls %j malformed', (body) => {
    expect(parseDirective(body)?.malformed).toMatch(/not a valid suppression/);
  });

  it('calls an empty list malformed', () => {
    expect(parseDirective('silent-failure-audit: ignore[ , ] reason')?.malformed).toMatch(/names no rule or category/);
  });
});

describe('inline suppressions in YAML comments', () => {
  it('suppresses by rule id on the line above, with the reason, and keeps the finding', async () => {
    const result = await auditWorkflow(step`
        - run: npm test
          # silent-failure-audit: ignore[continue-on-error] flaky upstream, tracked in #12
          continue-on-error: true
    `);
    expect(view(result.findings)).toEqual([
      { line: 9, ruleId: 'continue-on-error', severity: 'high', suppressed: true, reason: 'flaky upstream, tracked in #12' },
    ]);
    expect(result.findings[0]!.suppression).toEqual({ kind: 'inline', reason: 'flaky upstream, tracked in #12' });
  });

  it('suppresses by category on the reported line itself', async () => {
    const result = await auditWorkflow(step`
        - run: npm test
          continue-on-error: true # silent-failure-audit: ignore[soft-fail] suggestion bot
    `);
    expect(view(result.findings)).toEqual([
      { line: 8, ruleId: 'continue-on-error', severity: 'high', suppressed: true, reason: 'suggestion bot' },
    ]);
  });

  it('does not read a # inside a quoted string as a comment', async () => {
    const result = await auditWorkflow(step`
        - name: "Tests # silent-failure-audit: ignore[soft-fail] not a comment"
          continue-on-error: true
          run: npm test
    `);
    expect(view(result.findings)).toEqual([
      { line: 8, ruleId: 'continue-on-error', severity: 'high', suppressed: false, reason: undefined },
    ]);
  });

  it('covers only its own line and the next: two lines below is not covered', async () => {
    const result = await auditWorkflow(step`
        # silent-failure-audit: ignore[soft-fail] too far away
        - run: npm test
          continue-on-error: true
    `);
    expect(view(result.findings)).toEqual([
      { line: 7, ruleId: 'unused-suppression', severity: 'info', suppressed: false, reason: undefined },
      { line: 9, ruleId: 'continue-on-error', severity: 'high', suppressed: false, reason: undefined },
    ]);
  });

  it('a trailing comment covers its own line only, not the next', async () => {
    const result = await auditWorkflow(step`
        - run: npm test # silent-failure-audit: ignore[soft-fail] trailing
          continue-on-error: true
    `);
    expect(view(result.findings).map(({ line, ruleId, suppressed }) => ({ line, ruleId, suppressed }))).toEqual([
      { line: 7, ruleId: 'unused-suppression', suppressed: false },
      { line: 8, ruleId: 'continue-on-error', suppressed: false },
    ]);
  });

  it('does not suppress a finding of another rule or category', async () => {
    const result = await auditWorkflow(step`
        - run: npm test
          continue-on-error: true # silent-failure-audit: ignore[retry-masking] wrong category
    `);
    const findings = view(result.findings);
    expect(findings).toContainEqual({ line: 8, ruleId: 'continue-on-error', severity: 'high', suppressed: false, reason: undefined });
    expect(result.findings.find((f) => f.ruleId === 'unused-suppression')?.message).toMatch(
      /suppression of retry-masking matches no finding on this line/,
    );
  });

  it('reports a suppression without a reason (info) but still applies it', async () => {
    const result = await auditWorkflow(step`
        - run: npm test
          continue-on-error: true # silent-failure-audit: ignore[continue-on-error]
    `);
    expect(view(result.findings)).toEqual([
      { line: 8, ruleId: 'continue-on-error', severity: 'high', suppressed: true, reason: '' },
      { line: 8, ruleId: 'invalid-suppression', severity: 'info', suppressed: false, reason: undefined },
    ]);
    const invalid = result.findings.find((f) => f.ruleId === 'invalid-suppression')!;
    expect(invalid.category).toBe('invalid');
    expect(invalid.message).toMatch(/gives no reason/);
    expect(invalid.column).toBe(33);
  });

  it('reports an unknown rule name with the near miss, and still applies the names it knows', async () => {
    const result = await auditWorkflow(step`
        - run: npm test
          continue-on-error: true # silent-failure-audit: ignore[contnue-on-error, soft-fail] by design
    `);
    expect(result.findings.find((f) => f.ruleId === 'continue-on-error')?.suppressed).toBe(true);
    const invalid = result.findings.filter((f) => f.ruleId === 'invalid-suppression');
    expect(invalid.map((f) => f.message)).toEqual([
      'suppression names "contnue-on-error", which is no rule or category — did you mean "continue-on-error"?',
    ]);
  });

  it('reports a malformed directive instead of ignoring it', async () => {
    const result = await auditWorkflow(step`
        - run: npm test
          continue-on-error: true # silent-failure-audit: ignroe[soft-fail] by design
    `);
    expect(view(result.findings)).toEqual([
      { line: 8, ruleId: 'continue-on-error', severity: 'high', suppressed: false, reason: undefined },
      { line: 8, ruleId: 'invalid-suppression', severity: 'info', suppressed: false, reason: undefined },
    ]);
  });

  it('can suppress an invalid-file finding on its line', async () => {
    const result = await auditWorkflow(step`
        - run: npm test
      bogus: [ # silent-failure-audit: ignore[invalid-file] generated file
    `);
    expect(result.findings.map((f) => [f.ruleId, f.line, f.suppressed])).toEqual([['invalid-file', 8, true]]);
  });
});

describe('inline suppressions in scripts', () => {
  it('a shell comment covers the script line below it and the one it ends', async () => {
    const result = await auditWorkflow(step`
        - name: Tests
          run: |
            # silent-failure-audit: ignore[or-true-swallows-failure] the e2e suite is advisory
            npm run e2e || true
            npm test || true # silent-failure-audit: ignore[soft-fail] flaky, see #7
            npm run lint || true
    `);
    expect(view(result.findings).filter((f) => f.ruleId === 'or-true-swallows-failure')).toEqual([
      { line: 10, ruleId: 'or-true-swallows-failure', severity: 'high', suppressed: true, reason: 'the e2e suite is advisory' },
      { line: 11, ruleId: 'or-true-swallows-failure', severity: 'high', suppressed: true, reason: 'flaky, see #7' },
      { line: 12, ruleId: 'or-true-swallows-failure', severity: 'high', suppressed: false, reason: undefined },
    ]);
  });

  it('a directive inside a quoted shell string is not a comment', async () => {
    const result = await auditWorkflow(step`
        - name: Tests
          run: |
            echo "# silent-failure-audit: ignore[soft-fail] quoted"; npm test || true
    `);
    expect(view(result.findings)).toEqual([
      { line: 9, ruleId: 'or-true-swallows-failure', severity: 'high', suppressed: false, reason: undefined },
    ]);
  });

  it('reads PowerShell # comments and cmd rem comments', async () => {
    const result = await audit([
      makeRepo({
        '.github/workflows/ci.yml': yaml`
          on: pull_request
          jobs:
            test:
              runs-on: windows-latest
              steps:
                - name: Tests
                  shell: pwsh
                  run: |
                    # silent-failure-audit: ignore[pwsh-native-exit-ignored] clippy is advisory here
                    cargo test --workspace
                    cargo clippy --workspace
                - name: Unit tests
                  shell: cmd
                  run: |
                    rem silent-failure-audit: ignore[cmd-exit-code-ignored] the status is read from the report
                    ctest --test-dir build
                    7z a test-logs.zip build\\Testing
        `,
      }),
    ]);
    expect(result.findings.map((f) => [f.ruleId, f.line, f.suppressed])).toEqual([
      ['pwsh-native-exit-ignored', 10, true],
      ['cmd-exit-code-ignored', 16, true],
    ]);
  });
});
