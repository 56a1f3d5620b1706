import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { audit } from '../src/engine.js';
import type { InventoryEntry } from '../src/inventory/inventory.js';
import { formatMarkdown } from '../src/report/markdown.js';
import { auditWorkflow, brief, makeRepo, yaml } from './helpers.js';

/** A repository with a `.git` directory: a whole checkout, where a missing file is missing. */
function checkout(files: Record<string, string>): string {
  const repo = makeRepo(files);
  mkdirSync(path.join(repo, '.git'));
  return repo;
}

const signalOf = (inventory: readonly InventoryEntry[], file: string) => {
  const entry = inventory.find((candidate) => candidate.file === file)!;
  return { signal: entry.signal, reason: entry.reason, jobs: Object.fromEntries(entry.jobs.map((job) => [job.id, job.signal])) };
};

const tests = (extra = '') => yaml`
  on: pull_request
  jobs:
    test:
      runs-on: ubuntu-latest
      steps:
        - uses: actions/checkout@v5
        - run: npm test${extra}
`;

describe('signal strength of a workflow and its jobs', () => {
  it('Strong: runs on pull requests and any failure turns it red', async () => {
    const { inventory } = await auditWorkflow(tests());
    expect(signalOf(inventory, '.github/workflows/ci.yml')).toEqual({
      signal: 'Strong',
      reason: 'runs on pull requests; any failure turns it red',
      jobs: { test: 'Strong' },
    });
    expect(inventory[0]).toMatchObject({ kind: 'workflow', events: ['pull_request'], runsOn: 'pull requests', findings: 0 });
    expect(inventory[0]!.jobs[0]).toMatchObject({ id: 'test', name: 'test', kind: 'test', line: 3, matrixSize: 1, required: null });
  });

  it('Weak: a check can fail silently, and the reason names the rule and line', async () => {
    const { inventory } = await auditWorkflow(tests('\n          continue-on-error: true'));
    const verdict = signalOf(inventory, '.github/workflows/ci.yml');
    expect(verdict.signal).toBe('Weak');
    expect(verdict.reason).toBe('test: weak — 1 silent-failure finding(s) (continue-on-error; line 8)');
  });

  it('a suppressed finding does not weaken the check, an info finding neither', async () => {
    const suppressed = await auditWorkflow(tests('\n          continue-on-error: true # silent-failure-audit: ignore[soft-fail] accepted'));
    expect(signalOf(suppressed.inventory, '.github/workflows/ci.yml').signal).toBe('Strong');
  });

  it('Cosmetic: a job-level continue-on-error, or a job that only reports', async () => {
    const { inventory } = await auditWorkflow(yaml`
      on: [push, pull_request]
      jobs:
        lint:
          runs-on: ubuntu-latest
          continue-on-error: true
          steps:
            - run: npm run lint
        coverage:
          runs-on: ubuntu-latest
          steps:
            - uses: codecov/codecov-action@v5
    `);
    const verdict = signalOf(inventory, '.github/workflows/ci.yml');
    expect(verdict.signal).toBe('Cosmetic');
    expect(verdict.jobs).toEqual({ lint: 'Cosmetic', coverage: 'Cosmetic' });
    expect(verdict.reason).toContain('lint — the job has continue-on-error: true');
    expect(verdict.reason).toContain('coverage — it only reports, uploads or notifies');
  });

  it('Legacy: only a schedule or a manual dispatch starts it', async () => {
    const scheduled = await auditWorkflow(tests().replace('on: pull_request', "on:\n  schedule:\n    - cron: '0 0 * * *'"));
    expect(signalOf(scheduled.inventory, '.github/workflows/ci.yml')).toMatchObject({
      signal: 'Legacy',
      reason: 'it runs only on schedule, never on a pull request or push',
    });
    const manual = await auditWorkflow(tests().replace('on: pull_request', 'on: workflow_dispatch'));
    expect(signalOf(manual.inventory, '.github/workflows/ci.yml').signal).toBe('Legacy');
  });

  it('Disabled: every job is skipped, by if: false or by needing a job that never runs', async () => {
    const { inventory } = await auditWorkflow(yaml`
      on: pull_request
      jobs:
        build:
          if: false
          runs-on: ubuntu-latest
          steps:
            - run: make
        test:
          needs: build
          runs-on: ubuntu-latest
          steps:
            - run: make test
    `);
    const verdict = signalOf(inventory, '.github/workflows/ci.yml');
    expect(verdict).toMatchObject({ signal: 'Disabled', jobs: { build: 'Disabled', test: 'Disabled' } });
    expect(verdict.reason).toBe('every job is skipped: build — its if: is always false (false); test — it needs "build", which never runs');
  });

  it('Disabled: a file GitHub cannot run', async () => {
    const { inventory } = await auditWorkflow('on: push\njobs:\n  a: [\n');
    expect(inventory[0]).toMatchObject({ signal: 'Disabled', runsOn: 'never: GitHub cannot run it' });
  });

  it('records triggers, filters, reusable calls and matrix sizes', async () => {
    const { inventory } = await auditWorkflow(yaml`
      on:
        push:
          branches: [main]
        pull_request:
          paths: ['src/**', 'tests/**']
      jobs:
        test:
          strategy:
            matrix:
              os: [ubuntu-latest, windows-latest]
              node: [20, 22, 24]
          runs-on: ${'${{ matrix.os }}'}
          steps:
            - run: npm test
        dynamic:
          strategy:
            matrix: ${'${{ fromJSON(needs.plan.outputs.matrix) }}'}
          runs-on: ubuntu-latest
          steps:
            - run: npm test
        release:
          uses: octo/shared/.github/workflows/release.yml@v1
    `);
    const entry = inventory[0]!;
    expect(entry.runsOn).toBe('pull requests, pushes');
    expect(entry.filters).toEqual([
      { event: 'push', filter: 'branches', values: ['main'] },
      { event: 'pull_request', filter: 'paths', values: ['src/**', 'tests/**'] },
    ]);
    expect(entry.jobs.map((job) => [job.id, job.matrixSize, job.uses])).toEqual([
      ['test', 6, null],
      ['dynamic', null, null],
      ['release', 1, 'octo/shared/.github/workflows/release.yml@v1'],
    ]);
  });
});

describe('local reusable workflows and composite actions', () => {
  const reusable = yaml`
    on: workflow_call
    jobs:
      unit:
        runs-on: ubuntu-latest
        steps:
          - uses: actions/checkout@v5
          - run: pytest
            continue-on-error: true
  `;
  const caller = (name: string) => yaml`
    name: ${name}
    on: pull_request
    jobs:
      tests:
        uses: ./.github/workflows/_tests.yml
      lint:
        runs-on: ubuntu-latest
        steps:
          - run: npm run lint
  `;

  it('a continue-on-error inside a reusable workflow is reported once, at its line, and every caller is Weak', async () => {
    const repo = checkout({
      '.github/workflows/_tests.yml': reusable,
      '.github/workflows/a.yml': caller('A'),
      '.github/workflows/b.yml': caller('B'),
    });
    const result = await audit([repo]);
    expect(result.findings.map((f) => `${f.file}:${f.line} ${f.ruleId}`)).toEqual(['.github/workflows/_tests.yml:8 continue-on-error']);
    for (const file of ['.github/workflows/a.yml', '.github/workflows/b.yml']) {
      const verdict = signalOf(result.inventory, file);
      expect(verdict.signal).toBe('Weak');
      expect(verdict.jobs).toEqual({ tests: 'Weak', lint: 'Strong' });
      expect(verdict.reason).toContain('it calls .github/workflows/_tests.yml, which is Weak: unit: weak — 1 silent-failure finding(s)');
    }
    expect(result.inventory.find((entry) => entry.file === '.github/workflows/_tests.yml')!.calledBy).toEqual([
      '.github/workflows/a.yml',
      '.github/workflows/b.yml',
    ]);
  });

  it('a caller of a Cosmetic reusable workflow is Cosmetic in that job', async () => {
    const repo = checkout({
      '.github/workflows/_tests.yml': reusable.replace('runs-on: ubuntu-latest', 'runs-on: ubuntu-latest\n    continue-on-error: true'),
      '.github/workflows/a.yml': caller('A'),
    });
    const verdict = signalOf((await audit([repo])).inventory, '.github/workflows/a.yml');
    expect(verdict.jobs.tests).toBe('Cosmetic');
    expect(verdict.signal).toBe('Weak');
  });

  it('a local composite action with a silent failure makes the job that uses it Weak', async () => {
    const repo = checkout({
      '.github/actions/setup/action.yml': yaml`
        name: Setup
        runs:
          using: composite
          steps:
            - run: make test || true
              shell: bash
      `,
      '.github/workflows/ci.yml': yaml`
        on: pull_request
        jobs:
          build:
            runs-on: ubuntu-latest
            steps:
              - uses: ./.github/actions/setup
              - run: make
      `,
    });
    const result = await audit([repo]);
    expect(result.findings.map((f) => `${f.file}:${f.line} ${f.ruleId}`)).toEqual([
      '.github/actions/setup/action.yml:5 or-true-swallows-failure',
    ]);
    const verdict = signalOf(result.inventory, '.github/workflows/ci.yml');
    expect(verdict.signal).toBe('Weak');
    expect(verdict.reason).toContain('it uses .github/actions/setup/action.yml, which is Weak');
    expect(result.inventory.find((entry) => entry.file === '.github/workflows/ci.yml')!.jobs[0]!.actions).toEqual([
      '.github/actions/setup/action.yml',
    ]);
  });

  it('a cycle of calls is a finding, not a hang or a crash', async () => {
    const repo = checkout({
      '.github/workflows/a.yml': 'on: [pull_request, workflow_call]\njobs:\n  next:\n    uses: ./.github/workflows/b.yml\n',
      '.github/workflows/b.yml': 'on: workflow_call\njobs:\n  back:\n    uses: ./.github/workflows/a.yml\n',
    });
    const result = await audit([repo]);
    expect(result.findings.map((f) => ({ file: f.file, ...brief([f])[0] }))).toEqual([
      { file: '.github/workflows/b.yml', ruleId: 'broken-local-reference', category: 'invalid', severity: 'medium', line: 4 },
    ]);
    expect(result.findings[0]!.message).toMatch(/a cycle/);
    expect(result.findings[0]!.job).toBe('back');
  });

  it('a missing reusable workflow or action is a finding in a whole checkout, and nothing in a partial copy', async () => {
    const files = {
      '.github/workflows/ci.yml': yaml`
        on: pull_request
        jobs:
          tests:
            uses: ./.github/workflows/missing.yml
          build:
            runs-on: ubuntu-latest
            steps:
              - uses: ./.github/actions/missing
              - uses: ./other-repo/.github/actions/setup
      `,
    };
    const whole = await audit([checkout(files)]);
    expect(brief(whole.findings)).toEqual([
      { ruleId: 'broken-local-reference', category: 'invalid', severity: 'medium', line: 4 },
      { ruleId: 'broken-local-reference', category: 'invalid', severity: 'low', line: 8 },
    ]);
    const partial = await audit([makeRepo(files)]);
    expect(partial.findings).toEqual([]);
  });
});

describe('findings from the inventory', () => {
  it('no-automatic-trigger: a test workflow only started by hand', async () => {
    const result = await auditWorkflow(tests().replace('on: pull_request', 'on: workflow_dispatch'));
    expect(brief(result.findings)).toEqual([{ ruleId: 'no-automatic-trigger', category: 'conditional-skip', severity: 'medium', line: 1 }]);
  });

  it('no-automatic-trigger: not for a release pipeline, a schedule or a reusable workflow', async () => {
    for (const on of ['workflow_dispatch\nname: Release', 'schedule', 'workflow_call']) {
      const result = await auditWorkflow(tests().replace('on: pull_request', `on: ${on}`));
      expect(result.findings.filter((f) => f.ruleId === 'no-automatic-trigger')).toEqual([]);
    }
  });

  it('pr-paths-filter: at the paths key of a pull_request trigger of a test workflow', async () => {
    const result = await auditWorkflow(yaml`
      on:
        push:
          paths: ['src/**']
        pull_request:
          paths-ignore: ['docs/**', 'src/generated/**']
      jobs:
        test:
          runs-on: ubuntu-latest
          steps:
            - run: npm test
    `);
    expect(brief(result.findings)).toEqual([{ ruleId: 'pr-paths-filter', category: 'scope-gap', severity: 'low', line: 5 }]);
  });

  it('pr-paths-filter: info when paths-ignore only skips documentation', async () => {
    const result = await auditWorkflow(yaml`
      on:
        pull_request:
          paths-ignore: ['**/*.md', 'docs/**', 'LICENSE']
      jobs:
        test:
          runs-on: ubuntu-latest
          steps:
            - run: npm test
    `);
    expect(brief(result.findings)).toEqual([{ ruleId: 'pr-paths-filter', category: 'scope-gap', severity: 'info', line: 3 }]);
  });

  it('informational-job: a job that only uploads and that nothing needs; low when it is named like a check', async () => {
    const result = await auditWorkflow(yaml`
      on: pull_request
      jobs:
        test:
          runs-on: ubuntu-latest
          steps:
            - run: npm test
        coverage:
          runs-on: ubuntu-latest
          steps:
            - uses: actions/checkout@v5
            - uses: codecov/codecov-action@v5
        e2e-tests:
          runs-on: ubuntu-latest
          steps:
            - uses: actions/upload-artifact@v4
              with:
                name: report
                path: report
        report:
          needs: [test]
          runs-on: ubuntu-latest
          steps:
            - uses: actions/upload-artifact@v4
              with:
                name: x
                path: x
    `);
    expect(brief(result.findings)).toEqual([
      { ruleId: 'informational-job', category: 'informational-only', severity: 'info', line: 7 },
      { ruleId: 'informational-job', category: 'informational-only', severity: 'low', line: 12 },
      { ruleId: 'informational-job', category: 'informational-only', severity: 'info', line: 19 },
    ]);
  });

  it('informational-job: not when another job needs it', async () => {
    const result = await auditWorkflow(yaml`
      on: pull_request
      jobs:
        coverage:
          runs-on: ubuntu-latest
          steps:
            - uses: codecov/codecov-action@v5
        gate:
          needs: coverage
          runs-on: ubuntu-latest
          steps:
            - run: make check
    `);
    expect(result.findings.filter((f) => f.ruleId === 'informational-job')).toEqual([]);
  });
});

describe('the audit report (--format markdown)', () => {
  it('has the taxonomy counts, a risk register sorted by severity and the classification with reasons', async () => {
    const repo = makeRepo({
      '.github/workflows/a.yml': tests('\n          continue-on-error: true'),
      '.github/workflows/b.yml': tests().replace('on: pull_request', 'on: schedule'),
      '.github/workflows/c.yml': tests('\n          continue-on-error: ${{ matrix.experimental }}'),
    });
    const result = await audit([repo]);
    const markdown = formatMarkdown(result, { failOn: 'high', blocking: 1 });
    expect(markdown).toContain('### Findings by category');
    // c.yml: job-level, on some legs, flagged experimental: low (its own check stays red, and the author said so).
    expect(markdown).toContain('| soft-fail | 1 | 0 | 1 | 0 |');
    const register = markdown.slice(markdown.indexOf('### Risk register'), markdown.indexOf('### Which checks'));
    expect(register.indexOf('🔴 high')).toBeLessThan(register.indexOf('🔵 low'));
    expect(markdown).toContain('3 workflow(s): Strong 1 · Weak 1 · Cosmetic 0 · Legacy 1 · Disabled 0.');
    expect(markdown).toMatch(
      /\| ⚪ Legacy \| \.github\/workflows\/b\.yml \| schedule \| 1 \| 0 \| it runs only on schedule, never on a pull request or push \|/,
    );
    expect(markdown).toContain('<details><summary>Jobs (3)</summary>');
    const collapsed = formatMarkdown(result, { failOn: 'high', blocking: 1, collapseInventory: true });
    expect(collapsed).toContain('<details><summary>Which checks can you trust? Workflow classification</summary>');
  });
});
