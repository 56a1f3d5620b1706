import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { isolatedDist, makeRepo, yaml } from './helpers.js';

const CLI = path.join(isolatedDist(), 'cli/index.js');

const workflow = yaml`
  name: CI
  on: pull_request
  jobs:
    test:
      runs-on: ubuntu-latest
      steps:
        - uses: actions/checkout@v5
        - name: Run tests
          continue-on-error: true
          run: pytest
`;

function cli(args: string[], cwd?: string) {
  return spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
}

describe('bundled CLI (dist/cli/index.js)', () => {
  it('prints the JSON contract and exits 1 on a high finding', () => {
    const repo = makeRepo({ '.github/workflows/ci.yml': workflow });
    const run = cli(['--format', 'json', repo]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
    const report = JSON.parse(run.stdout);
    expect(report.version).toBe(1);
    expect(report.tool.name).toBe('silent-failure-audit');
    expect(report.tool.version).toBe(JSON.parse(readFileSync('package.json', 'utf8')).version);
    expect(report.findings).toHaveLength(1);
    expect(report.findings[0]).toMatchObject({
      ruleId: 'continue-on-error',
      category: 'soft-fail',
      severity: 'high',
      file: '.github/workflows/ci.yml',
      line: 9,
      column: 9,
      workflow: 'CI',
      job: 'test',
      step: 'Run tests',
      new: true,
      suppressed: false,
      suppression: null,
    });
    expect(report.findings[0].fingerprint).toMatch(/^[0-9a-f]{32}$/);
    expect(report.errors).toEqual([]);
  });

  it('defaults to the current directory and text output', () => {
    const repo = makeRepo({ '.github/workflows/ci.yml': workflow });
    const run = cli([], repo);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('.github/workflows/ci.yml');
    expect(run.stdout).toMatch(/9:9\s+high\s+continue-on-error/);
    expect(run.stdout).not.toContain('\u001b['); // not a TTY: no colour
  });

  it('exits 0 when nothing reaches --fail-on, and writes --output', () => {
    const repo = makeRepo({ '.github/workflows/ci.yml': workflow });
    const out = path.join(repo, 'report.md');
    const run = cli(['--fail-on', 'none', '--format', 'markdown', '--output', out, repo]);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('');
    expect(readFileSync(out, 'utf8')).toContain('| 🔴 high | .github/workflows/ci.yml\\:9 | **[continue-on-error]');
  });

  it('exits 2 on a bad option value, naming the option', () => {
    const run = cli(['--fail-on', 'hihg', '.']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--fail-on must be one of');
  });

  it('exits 2 when the path does not exist', () => {
    const run = cli(['/nonexistent/silent-failure-audit']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('cannot read path');
  });

  it('reports an unparseable workflow as an invalid finding and keeps going', () => {
    const repo = makeRepo({
      '.github/workflows/broken.yml': 'on: push\njobs:\n  a: [\n',
      '.github/workflows/ci.yml': workflow,
    });
    const run = cli(['--format', 'json', repo]);
    expect(run.status).toBe(1);
    const { findings } = JSON.parse(run.stdout);
    expect(findings.map((f: { ruleId: string; file: string }) => `${f.file}:${f.ruleId}`)).toEqual([
      '.github/workflows/broken.yml:invalid-file',
      '.github/workflows/ci.yml:continue-on-error',
    ]);
  });

  it('prints --version and --help', () => {
    expect(cli(['--version']).stdout.trim()).toBe(JSON.parse(readFileSync('package.json', 'utf8')).version);
    const help = cli(['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('--fail-on');
  });

  describe('config and suppressions', () => {
    const twoJobs = yaml`
      name: CI
      on: pull_request
      jobs:
        autoformat:
          runs-on: ubuntu-latest
          steps:
            - name: Suggest formatting
              run: npm run lint -- --fix
              continue-on-error: true
        test:
          runs-on: ubuntu-latest
          steps:
            - name: Run tests
              run: npm test
              continue-on-error: true
    `;
    const CONFIG = '.github/silent-failure-audit.yml';
    const blockingLine = (stdout: string) => /(\d+) new at or above --fail-on (\w+)/.exec(stdout)?.slice(1);

    it('an allow entry for a by-design job lowers the blocking count and keeps the other finding', () => {
      const without = cli([makeRepo({ '.github/workflows/ci.yml': twoJobs })]);
      expect(without.status).toBe(1);
      expect(blockingLine(without.stdout)).toEqual(['2', 'high']);

      const repo = makeRepo({
        '.github/workflows/ci.yml': twoJobs,
        [CONFIG]: 'allow:\n  - rule: continue-on-error\n    job: autoformat\n    reason: the autoformat job only suggests changes\n',
      });
      const text = cli([repo]);
      expect(text.status).toBe(1);
      expect(blockingLine(text.stdout)).toEqual(['1', 'high']);
      expect(text.stdout).toContain('1 suppressed with a reason');
      expect(text.stdout).toContain('15:9');
      expect(text.stdout).not.toContain('9:9');

      const { findings } = JSON.parse(cli(['--format', 'json', repo]).stdout);
      expect(findings.map((f: { job: string; suppressed: boolean; suppression: unknown }) => [f.job, f.suppressed, f.suppression])).toEqual(
        [
          ['autoformat', true, { kind: 'config', reason: 'the autoformat job only suggests changes' }],
          ['test', false, null],
        ],
      );
      const markdown = cli(['--format', 'markdown', repo]).stdout;
      expect(markdown).toContain('<details><summary>Suppressed with a reason (1)</summary>');
      expect(markdown).toContain('the autoformat job only suggests changes');
    });

    it('exits 0 when every blocking finding is suppressed inline', () => {
      const repo = makeRepo({
        '.github/workflows/ci.yml': twoJobs
          .replace('continue-on-error: true', 'continue-on-error: true # silent-failure-audit: ignore[soft-fail] suggestions only')
          .replace(/continue-on-error: true$/m, 'continue-on-error: true # silent-failure-audit: ignore[continue-on-error] tracked in #12'),
      });
      const run = cli(['--format', 'sarif', repo]);
      expect(run.status).toBe(0);
      const results = JSON.parse(run.stdout).runs[0].results;
      expect(results.map((r: { suppressions?: unknown[] }) => r.suppressions)).toEqual([
        [{ kind: 'inSource', justification: 'suggestions only' }],
        [{ kind: 'inSource', justification: 'tracked in #12' }],
      ]);
    });

    it('a misspelt fail-on in the config exits 2 naming the file, line and key', () => {
      const repo = makeRepo({ '.github/workflows/ci.yml': twoJobs, [CONFIG]: '# settings\nfail-on: hihg\n' });
      const run = cli([repo]);
      expect(run.status).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(/silent-failure-audit\.yml:2:10: fail-on: "hihg" is not a severity — did you mean "high"\?/);
    });

    it('the config fail-on applies unless --fail-on is given', () => {
      const repo = makeRepo({
        '.github/workflows/ci.yml': twoJobs,
        [CONFIG]: 'fail-on: none\n',
      });
      expect(cli([repo]).status).toBe(0);
      expect(cli(['--fail-on', 'high', repo]).status).toBe(1);
    });

    it('--config names the file, and a missing one exits 2', () => {
      const repo = makeRepo({ '.github/workflows/ci.yml': twoJobs, 'sfa.yml': 'rules:\n  continue-on-error: off\n' });
      expect(cli(['--config', path.join(repo, 'sfa.yml'), repo]).status).toBe(0);
      const missing = cli(['--config', path.join(repo, 'nope.yml'), repo]);
      expect(missing.status).toBe(2);
      expect(missing.stderr).toContain('nope.yml: cannot read config file: the file does not exist');
    });
  });

  it('--jobs 2 audits in worker threads and gives the same report as one thread', () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 80; i++) {
      files[`.github/workflows/w${String(i).padStart(2, '0')}.yml`] =
        i % 3 === 0 ? workflow : workflow.replace('continue-on-error: true', `timeout-minutes: ${i + 1}`);
    }
    files['.github/workflows/w06.yml'] += '      - run: npm test || true # silent-failure-audit: ignore[soft-fail] kept\n';
    const repo = makeRepo(files);
    const one = cli(['--format', 'json', '--jobs', '1', repo]);
    const two = cli(['--format', 'json', '--jobs', '2', repo]);
    expect(two.stderr).toBe('');
    expect(two.status).toBe(one.status);
    expect(two.stdout).toBe(one.stdout);
    const report = JSON.parse(two.stdout);
    expect(report.findings.filter((f: { ruleId: string }) => f.ruleId === 'continue-on-error')).toHaveLength(27);
    expect(report.findings.find((f: { suppressed: boolean }) => f.suppressed)).toMatchObject({
      file: '.github/workflows/w06.yml',
      suppression: { reason: 'kept' },
    });
    expect(cli(['--jobs', '0', repo]).status).toBe(2);
  });
});
