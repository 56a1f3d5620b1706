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
    expect(readFileSync(out, 'utf8')).toContain('| 🔴 high | soft-fail |');
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
});
