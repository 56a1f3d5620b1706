import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { isolatedDist, makeRepo, yaml } from './helpers.js';

const ACTION = path.join(isolatedDist(), 'index.js');

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
    build:
      if: false
      runs-on: ubuntu-latest
      steps:
        - run: make
    upload:
      runs-on: ubuntu-latest
      steps:
        - uses: actions/upload-artifact@v4
          continue-on-error: true
          with:
            name: x
            path: x
`;

/** Runs dist/index.js as the runner does: inputs in INPUT_* variables, files for outputs and summary. */
function runAction(workspace: string, inputs: Record<string, string>) {
  const temp = mkdtempSync(path.join(tmpdir(), 'sfa-runner-'));
  const files = { summary: path.join(temp, 'summary.md'), output: path.join(temp, 'output'), event: path.join(temp, 'event.json') };
  writeFileSync(files.summary, '');
  writeFileSync(files.output, '');
  const head = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: workspace, encoding: 'utf8' }).trim();
  writeFileSync(files.event, JSON.stringify({ pull_request: { number: 7, head: { sha: head }, base: { sha: head } } }));
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: files.event,
    GITHUB_REPOSITORY: 'octo/repo',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_SHA: head,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_OUTPUT: files.output,
    RUNNER_TEMP: temp,
  };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  const run = spawnSync(process.execPath, [ACTION], { cwd: workspace, env, encoding: 'utf8' });
  return { ...run, head, summary: readFileSync(files.summary, 'utf8'), output: readFileSync(files.output, 'utf8') };
}

function gitRepo(files: Record<string, string>): string {
  const repo = makeRepo(files);
  const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, stdio: 'pipe' });
  git('init', '-q');
  git('-c', 'user.email=t@example.com', '-c', 'user.name=t', 'add', '.');
  git('-c', 'user.email=t@example.com', '-c', 'user.name=t', 'commit', '-qm', 'base');
  return repo;
}

/** Parses `name<<DELIM\nvalue\nDELIM` blocks of a GITHUB_OUTPUT file. */
function outputs(file: string): Record<string, string> {
  const result: Record<string, string> = {};
  const pattern = /^(.+?)<<(.+)\n([\s\S]*?)\n\2$/gm;
  for (const match of file.matchAll(pattern)) result[match[1]!] = match[3]!;
  return result;
}

describe('Action entry (dist/index.js) run the way the runner does', () => {
  it('annotates, summarises, sets outputs and fails on high findings', () => {
    const repo = gitRepo({ '.github/workflows/ci.yml': workflow });
    const run = runAction(repo, { path: '.', 'fail-on': 'high', annotations: 'true', summary: 'true' });

    expect(run.status).toBe(1);
    const commands = run.stdout.split('\n').filter((line) => line.startsWith('::'));
    expect(commands).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^::error title=continue-on-error \[high soft-fail\],file=\.github\/workflows\/ci\.yml,line=9,endLine=9,col=9,endColumn=32::continue-on-error is true on a test step/,
        ),
        expect.stringMatching(
          /^::error title=constant-false-condition \[high conditional-skip\],file=\.github\/workflows\/ci\.yml,line=12,endLine=12,col=5,endColumn=14::/,
        ),
        expect.stringMatching(/^::notice title=continue-on-error \[info soft-fail\],file=\.github\/workflows\/ci\.yml,line=20,/),
        expect.stringMatching(/^::error::2 silent-failure finding\(s\) at or above "high"/),
      ]),
    );

    expect(run.summary).toContain('## silent-failure-audit');
    expect(run.summary).toContain('**2 finding(s) at or above `high`** block this check');
    expect(run.summary).toContain(
      `[.github/workflows/ci.yml\\:9](https://github.com/octo/repo/blob/${run.head}/.github/workflows/ci.yml#L9)`,
    );

    const out = outputs(run.output);
    expect(out.findings).toBe('3');
    expect(out.high).toBe('2');
    const json = JSON.parse(readFileSync(out['json-file']!, 'utf8'));
    expect(json.findings).toHaveLength(3);
  });

  it('passes with fail-on none and can skip annotations and summary', () => {
    const repo = gitRepo({ '.github/workflows/ci.yml': workflow });
    const run = runAction(repo, { path: '.', 'fail-on': 'none', annotations: 'false', summary: 'false' });
    expect(run.status).toBe(0);
    expect(run.stdout).not.toMatch(/^::(error|warning|notice)/m);
    expect(run.summary).toBe('');
    expect(outputs(run.output).findings).toBe('3');
  });

  it('escapes hostile step names in annotations and the summary', () => {
    const hostile = yaml`
      on: pull_request
      jobs:
        test:
          runs-on: ubuntu-latest
          steps:
            - name: "x%0A::error::injected\\n::warning file=a,line=1::also | <b>bold</b>"
              continue-on-error: true
              run: pytest
    `;
    const repo = gitRepo({ '.github/workflows/ci.yml': hostile });
    const run = runAction(repo, { path: '.', 'fail-on': 'high' });
    const commands = run.stdout.split('\n').filter((line) => line.startsWith('::'));
    // One annotation and the failure message: the name injected no command of its own.
    expect(commands).toHaveLength(2);
    expect(commands[0]).toMatch(/^::error title=[^:]*,file=\.github\/workflows\/ci\.yml,line=7,.*x%250A::error::injected%0A::warning/);
    expect(run.summary).not.toContain('<b>');
    expect(run.summary).toContain('&lt;b&gt;');
  });

  it('fails with a clear message on a bad fail-on input', () => {
    const repo = gitRepo({ '.github/workflows/ci.yml': workflow });
    const run = runAction(repo, { path: '.', 'fail-on': 'severe' });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('::error::Input "fail-on" must be one of');
  });
});
