import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { applyBaseline, BaselineError, createBaseline, parseBaseline, serializeBaseline } from '../src/baseline.js';
import { audit } from '../src/engine.js';
import { isolatedDist, makeRepo, yaml } from './helpers.js';

const base = yaml`
  on: pull_request
  jobs:
    test:
      runs-on: ubuntu-latest
      steps:
        - uses: actions/checkout@v5
        - name: Unit tests
          continue-on-error: true
          run: pytest tests/unit
        - name: Lint
          run: ruff check . || true
`;

/** The same findings after lines moved: a comment block, an unrelated step and a reformat. */
const moved = yaml`
  # A comment that shifts every line.
  #
  on: pull_request

  jobs:
    test:
      runs-on: ubuntu-latest
      steps:
        - uses: actions/checkout@v5
        - name: Set up Python
          uses: actions/setup-python@v6
        - name:   Unit tests
          continue-on-error:    true
          run: pytest tests/unit
        - name: Lint
          run: ruff check .   ||   true
`;

const fingerprints = async (source: string): Promise<string[]> =>
  (await audit([makeRepo({ '.github/workflows/ci.yml': source })])).findings.map((finding) => finding.fingerprint).sort();

describe('fingerprints', () => {
  it('stay the same when lines move, unrelated steps are added and the file is reformatted', async () => {
    const before = await fingerprints(base);
    expect(before).toHaveLength(2);
    expect(await fingerprints(moved)).toEqual(before);
  });

  it('change when the masked step or the offending command changes', async () => {
    const before = await fingerprints(base);
    expect(await fingerprints(base.replace('name: Unit tests', 'name: Integration tests'))).not.toEqual(before);
    expect(await fingerprints(base.replace('ruff check . || true', 'mypy src || true'))).not.toEqual(before);
  });

  it('tell duplicates apart by occurrence', async () => {
    const twice = base.replace('run: ruff check . || true', 'run: |\n            ruff check . || true\n            ruff check . || true');
    const all = await fingerprints(twice);
    expect(new Set(all).size).toBe(all.length);
  });
});

describe('baseline file', () => {
  it('round-trips, sorted, without line numbers', async () => {
    const { findings } = await audit([makeRepo({ '.github/workflows/ci.yml': base })]);
    const text = serializeBaseline(createBaseline(findings));
    expect(text).not.toMatch(/"line"/);
    expect(JSON.parse(text).findings.map((entry: { ruleId: string }) => entry.ruleId)).toEqual([
      'continue-on-error',
      'or-true-swallows-failure',
    ]);
    const known = parseBaseline(text, 'b.json');
    applyBaseline(findings, known);
    expect(findings.every((finding) => !finding.new)).toBe(true);
  });

  it.each([
    ['not JSON', '{', 'not JSON'],
    ['another shape', '{"findings": {}}', 'not a version 1 baseline'],
    ['an entry without fingerprint', '{"version": 1, "findings": [{"ruleId": "x"}]}', 'findings[0] has no "fingerprint"'],
  ])('rejects %s with a message naming the file', (_title, text, message) => {
    expect(() => parseBaseline(text, 'b.json')).toThrow(BaselineError);
    expect(() => parseBaseline(text, 'b.json')).toThrow(`b.json: ${message}`);
  });
});

describe('CLI --write-baseline / --baseline', () => {
  const cli = path.join(isolatedDist(), 'cli/index.js');
  const run = (args: string[]) => spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' });

  it('blocks only what the baseline does not know, after every line moved', () => {
    const repo = makeRepo({ '.github/workflows/ci.yml': base });
    const file = path.join(repo, 'silent-failure-baseline.json');
    const written = run(['--write-baseline', file, repo]);
    expect(written.status).toBe(0);
    expect(JSON.parse(readFileSync(file, 'utf8')).findings).toHaveLength(2);

    writeFileSync(path.join(repo, '.github/workflows/ci.yml'), moved);
    const same = run(['--baseline', file, '--format', 'json', repo]);
    expect(same.status).toBe(0);
    expect(JSON.parse(same.stdout).findings.map((f: { new: boolean }) => f.new)).toEqual([false, false]);

    writeFileSync(path.join(repo, '.github/workflows/ci.yml'), `${moved}      - run: cargo test || true\n`);
    const added = run(['--baseline', file, '--format', 'json', repo]);
    expect(added.status).toBe(1);
    const fresh = JSON.parse(added.stdout).findings.filter((f: { new: boolean }) => f.new);
    expect(fresh).toMatchObject([{ ruleId: 'or-true-swallows-failure', severity: 'high', new: true }]);
  });

  it('exits 2 when the baseline cannot be read', () => {
    const missing = run(['--baseline', '/nonexistent/baseline.json', makeRepo({ '.github/workflows/ci.yml': base })]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('--baseline: cannot read /nonexistent/baseline.json');
  });
});

describe('CLI --base-ref', () => {
  const cli = path.join(isolatedDist(), 'cli/index.js');
  const run = (args: string[], cwd: string) => spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8' });

  /** A real repository whose first commit has the base workflow. */
  function repository(): string {
    const repo = makeRepo({ '.github/workflows/ci.yml': base, 'README.md': '# r\n' });
    const git = (...args: string[]) =>
      execFileSync('git', ['-c', 'user.email=t@example.com', '-c', 'user.name=t', ...args], { cwd: repo, stdio: 'pipe' });
    git('init', '-q', '-b', 'main');
    git('add', '.');
    git('commit', '-qm', 'base');
    return repo;
  }

  it('passes when the head only moves lines', () => {
    const repo = repository();
    writeFileSync(path.join(repo, '.github/workflows/ci.yml'), moved);
    const result = run(['--base-ref', 'main', '--format', 'json', '.'], repo);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout).findings.map((f: { new: boolean }) => f.new)).toEqual([false, false]);
  });

  it('fails on exactly the one high finding the head adds', () => {
    const repo = repository();
    writeFileSync(path.join(repo, '.github/workflows/ci.yml'), `${moved}      - run: cargo test || true\n`);
    const result = run(['--base-ref', 'HEAD', '--format', 'json', '.'], repo);
    expect(result.status).toBe(1);
    const findings = JSON.parse(result.stdout).findings as Array<{ new: boolean; severity: string; line: number }>;
    expect(findings.filter((f) => f.new)).toEqual([expect.objectContaining({ severity: 'high', line: 17 })]);
  });

  it('treats a workflow that did not exist at the ref as all new', () => {
    const repo = repository();
    writeFileSync(path.join(repo, '.github/workflows/new.yml'), base);
    const result = run(['--base-ref', 'main', '--format', 'json', '.'], repo);
    expect(result.status).toBe(1);
    const findings = JSON.parse(result.stdout).findings as Array<{ new: boolean; file: string }>;
    expect(findings.filter((f) => f.new).map((f) => f.file)).toEqual(['.github/workflows/new.yml', '.github/workflows/new.yml']);
  });

  it('exits 2 naming the ref when it does not exist', () => {
    const repo = repository();
    const result = run(['--base-ref', 'no-such-branch', '.'], repo);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('--base-ref no-such-branch: git rev-parse');
  });
});
