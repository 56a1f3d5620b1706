import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { octoRepo } from './github-api.js';
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
function runnerEnvironment(workspace: string, inputs: Record<string, string>, base?: string, extraEnv: NodeJS.ProcessEnv = {}) {
  const temp = mkdtempSync(path.join(tmpdir(), 'sfa-runner-'));
  const files = { summary: path.join(temp, 'summary.md'), output: path.join(temp, 'output'), event: path.join(temp, 'event.json') };
  writeFileSync(files.summary, '');
  writeFileSync(files.output, '');
  const head = existsSync(path.join(workspace, '.git'))
    ? execFileSync('git', ['rev-parse', 'HEAD'], { cwd: workspace, encoding: 'utf8' }).trim()
    : 'a'.repeat(40);
  writeFileSync(
    files.event,
    JSON.stringify({ pull_request: { number: 7, head: { sha: head }, base: { sha: base ?? head, ref: 'main' } } }),
  );
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
    ...extraEnv,
  };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  return { env, files, head };
}

function runAction(workspace: string, inputs: Record<string, string>, base?: string) {
  const { env, files, head } = runnerEnvironment(workspace, inputs, base);
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
    const run = runAction(repo, { path: '.', 'fail-on': 'high', annotations: 'true', summary: 'true', 'new-only': 'false' });

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
    // new-only is off, so nothing was compared: the findings are not called new.
    expect(run.summary).toContain('**2 finding(s) at or above `high`** block this check');
    expect(run.summary).toContain(
      `[.github/workflows/ci.yml\\:9](https://github.com/octo/repo/blob/${run.head}/.github/workflows/ci.yml#L9)`,
    );

    const out = outputs(run.output);
    expect(out.findings).toBe('4');
    expect(out.high).toBe('2');
    const json = JSON.parse(readFileSync(out['json-file']!, 'utf8'));
    expect(json.findings).toHaveLength(4);
  });

  it('passes with fail-on none and can skip annotations and summary', () => {
    const repo = gitRepo({ '.github/workflows/ci.yml': workflow });
    const run = runAction(repo, {
      path: '.',
      'fail-on': 'none',
      annotations: 'false',
      summary: 'false',
      'new-only': 'false',
      'required-checks': 'false',
    });
    expect(run.status).toBe(0);
    expect(run.stdout).not.toMatch(/^::(error|warning|notice)/m);
    expect(run.summary).toBe('');
    expect(outputs(run.output).findings).toBe('4');
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
    const run = runAction(repo, { path: '.', 'fail-on': 'high', 'new-only': 'false', 'required-checks': 'false' });
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

describe('Action with a config file and suppressions', () => {
  const allowUpload = 'allow:\n  - rule: continue-on-error\n    job: upload\n    reason: artifact upload outages must not block\n';

  it('reads .github/silent-failure-audit.yml: fail-on from the config, allow entries not annotated, counted apart', () => {
    const suppressedWorkflow = workflow.replace(
      /continue-on-error: true(\n\s+run: pytest)/,
      'continue-on-error: true # silent-failure-audit: ignore[soft-fail] pytest is advisory until #42$1',
    );
    expect(suppressedWorkflow).not.toBe(workflow);
    const repo = gitRepo({
      '.github/workflows/ci.yml': suppressedWorkflow,
      '.github/silent-failure-audit.yml': `fail-on: info\n${allowUpload}`,
    });
    const run = runAction(repo, { path: '.', 'new-only': 'false' });

    const commands = run.stdout.split('\n').filter((line) => line.startsWith('::'));
    // The if: false job and the upload-only job are annotated; the two suppressed findings are not.
    expect(commands.filter((line) => /^::(error|warning|notice) title=/.test(line))).toEqual([
      expect.stringMatching(/^::error title=constant-false-condition \[high conditional-skip\],file=\.github\/workflows\/ci\.yml,line=12,/),
      expect.stringMatching(/^::notice title=informational-job \[info informational-only\],file=\.github\/workflows\/ci\.yml,line=16,/),
    ]);
    expect(run.status).toBe(1);
    const out = outputs(run.output);
    expect([out.findings, out.high, out.suppressed]).toEqual(['2', '1', '2']);
    expect(run.summary).toContain('<details><summary>Suppressed with a reason (2)</summary>');
    expect(run.summary).toContain('pytest is advisory until \\#42');
    expect(run.summary).toContain('artifact upload outages must not block');
    // The input wins over the config: with fail-on none nothing blocks.
    expect(runAction(repo, { path: '.', 'new-only': 'false', 'fail-on': 'none' }).status).toBe(0);
  });

  it('fails on an invalid config with an annotation on the config file', () => {
    const repo = gitRepo({ '.github/workflows/ci.yml': workflow, 'ci/audit.yml': 'fail-on: high\nalow: []\n' });
    const run = runAction(repo, { path: '.', config: 'ci/audit.yml', 'new-only': 'false' });
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/^::error file=ci\/audit\.yml,line=2,col=1::unknown key "alow" in the config — did you mean "allow"\?/m);
    expect(run.stdout).toMatch(/^::error::Invalid config:/m);
    expect(outputs(run.output).findings).toBeUndefined();
  });
});

describe('Action on a pull request: only new findings block', () => {
  const git = (cwd: string, ...args: string[]) =>
    execFileSync('git', ['-c', 'user.email=t@example.com', '-c', 'user.name=t', ...args], { cwd, encoding: 'utf8', stdio: 'pipe' }).trim();

  /** A workflow with one high and one info finding, and the same after every line moved. */
  const baseWorkflow = workflow;
  const movedWorkflow = `# moved\n#\n${workflow.replace('    steps:\n        - uses: actions/checkout@v5', '    steps:\n        - uses: actions/checkout@v5\n        - uses: actions/setup-python@v6')}`;

  /**
   * An origin with a base commit and a head commit, and the shallow (depth 1) clone of the head
   * that actions/checkout would make: the base commit is not in it.
   */
  function pullRequest(head: string): { clone: string; base: string } {
    const origin = gitRepo({ '.github/workflows/ci.yml': baseWorkflow });
    git(origin, 'config', 'uploadpack.allowReachableSHA1InWant', 'true');
    const base = git(origin, 'rev-parse', 'HEAD');
    writeFileSync(path.join(origin, '.github/workflows/ci.yml'), head);
    git(origin, 'commit', '-qam', 'head');
    const clone = path.join(mkdtempSync(path.join(tmpdir(), 'sfa-clone-')), 'repo');
    git(tmpdir(), 'clone', '-q', '--depth', '1', `file://${origin}`, clone);
    expect(() => git(clone, 'cat-file', '-e', `${base}^{commit}`)).toThrow();
    return { clone, base };
  }

  it('fails on exactly the one high finding the head adds, and annotates the rest as already present', () => {
    const { clone, base } = pullRequest(`${movedWorkflow}      - run: cargo test || true\n`);
    const run = runAction(clone, { path: '.', 'fail-on': 'high' }, base);
    expect(run.stdout).not.toContain('could not read the base commit');
    expect(run.status).toBe(1);
    const out = outputs(run.output);
    expect([out['new-findings'], out['new-high'], out.findings]).toEqual(['1', '1', '4']);
    const commands = run.stdout.split('\n').filter((line) => /^::(error|warning|notice) /.test(line));
    expect(commands.filter((line) => line.startsWith('::error '))).toEqual([
      expect.stringMatching(/or-true-swallows-failure \[high soft-fail\].*line=26,/),
    ]);
    expect(commands.filter((line) => line.includes('already present'))).toHaveLength(3);
    expect(run.summary).toContain('### New in this change');
    expect(run.summary).toContain('<details><summary>Already present before this change (3)</summary>');
  });

  it('passes when the head only moves lines', () => {
    const { clone, base } = pullRequest(movedWorkflow);
    const run = runAction(clone, { path: '.', 'fail-on': 'high' }, base);
    expect(run.status).toBe(0);
    expect([outputs(run.output)['new-findings'], outputs(run.output).findings]).toEqual(['0', '4']);
  });

  it('fails closed, with a warning, when the base cannot be read', () => {
    const { clone } = pullRequest(movedWorkflow);
    const run = runAction(clone, { path: '.', 'fail-on': 'high' }, 'f'.repeat(40));
    expect(run.stdout).toMatch(/^::warning::new-only: could not read the base commit f{40}/m);
    expect(run.status).toBe(1);
    expect(outputs(run.output)['new-findings']).toBe('4');
  });
});

describe('action.yml', () => {
  it('parses, runs dist/index.js on node24, and declares every input read and output set', async () => {
    const { parseDocument } = await import('yaml');
    const document = parseDocument(readFileSync('action.yml', 'utf8'));
    expect(document.errors).toEqual([]);
    const action = document.toJS() as { runs: Record<string, string>; inputs: Record<string, unknown>; outputs: Record<string, unknown> };
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
    const source = readFileSync('src/main.ts', 'utf8');
    const read = [...source.matchAll(/core\.get(?:Boolean)?Input\('([^']+)'\)/g)].map((match) => match[1]);
    const set = [...source.matchAll(/core\.setOutput\('([^']+)'/g)].map((match) => match[1]);
    expect(read.length).toBeGreaterThan(5);
    expect(Object.keys(action.inputs)).toEqual(expect.arrayContaining([...new Set(read)]));
    expect(Object.keys(action.outputs).sort()).toEqual([...new Set(set)].sort());
  });
});

describe('Action on a pull request when git cannot read the base', () => {
  it('reads the base through the REST API (a local server on loopback) with the token', async () => {
    const baseSha = 'b'.repeat(40);
    const blobSha = 'c'.repeat(40);
    const requests: string[] = [];
    const server = createServer((request, response) => {
      requests.push(`${request.method} ${request.url} ${request.headers.authorization ?? ''}`);
      response.setHeader('content-type', 'application/json');
      if (request.url === `/repos/octo/repo/git/trees/${baseSha}?recursive=true`) {
        const tree = octoRepo.tree(baseSha, [
          { path: '.github/workflows/ci.yml', sha: blobSha, size: Buffer.byteLength(workflow) },
          { path: 'README.md', sha: 'd'.repeat(40), size: 9 },
        ]);
        response.end(JSON.stringify(tree));
      } else if (request.url === `/repos/octo/repo/git/blobs/${blobSha}`) {
        response.end(JSON.stringify(octoRepo.blob(blobSha, workflow)));
      } else {
        response.statusCode = 404;
        response.end(JSON.stringify({ message: 'Not Found' }));
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address() as AddressInfo;
      // No .git: the workspace is a plain directory, as after actions/download-artifact.
      const workspace = makeRepo({ '.github/workflows/ci.yml': `${workflow}      - run: cargo test || true\n` });
      const { env, files } = runnerEnvironment(
        workspace,
        { path: '.', 'fail-on': 'high', token: 'test-token', 'required-checks': 'false' },
        baseSha,
        {
          GITHUB_API_URL: `http://127.0.0.1:${port}`,
        },
      );
      const child = spawn(process.execPath, [ACTION], { cwd: workspace, env });
      let stdout = '';
      child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
      const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
      expect(stdout).toContain('read it through the REST API instead');
      expect(requests).toEqual([
        `GET /repos/octo/repo/git/trees/${baseSha}?recursive=true token test-token`,
        `GET /repos/octo/repo/git/blobs/${blobSha} token test-token`,
      ]);
      expect(status).toBe(1);
      const out = outputs(readFileSync(files.output, 'utf8'));
      expect([out['new-findings'], out['new-high']]).toEqual(['1', '1']);
    } finally {
      server.close();
    }
  });
});

describe('Action: network calls are bounded (issue 13)', () => {
  it('a REST server that accepts the connection and never answers: timed out, retried, then fails closed naming it', async () => {
    const sockets: import('node:net').Socket[] = [];
    let requests = 0;
    // Accepts every request and never answers.
    const server = createServer(() => {
      requests++;
    });
    server.on('connection', (socket) => sockets.push(socket));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const workspace = makeRepo({ '.github/workflows/ci.yml': workflow });
      const { env } = runnerEnvironment(
        workspace,
        { path: '.', token: 'test-token', 'required-checks': 'false', 'network-timeout': '1' },
        'b'.repeat(40),
        { GITHUB_API_URL: `http://127.0.0.1:${port}` },
      );
      const started = Date.now();
      const child = spawn(process.execPath, [ACTION], { cwd: workspace, env });
      let stdout = '';
      child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
      const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
      expect(Date.now() - started).toBeLessThan(25_000);
      expect(requests).toBe(3);
      expect(stdout).toMatch(
        /^::warning::new-only: could not read the base commit b{40} .*REST API \(network error: no answer within the network timeout/m,
      );
      expect(stdout).not.toContain('HTTP 500');
      expect(status).toBe(1);
    } finally {
      for (const socket of sockets) socket.destroy();
      server.close();
    }
  }, 30_000);
});

describe('Action reads the required status checks of the base branch', () => {
  const protectedWorkflow = yaml`
    name: CI
    on: pull_request
    jobs:
      unit:
        name: Unit tests
        strategy:
          matrix:
            python: ['3.11', '3.12']
        runs-on: ubuntu-latest
        steps:
          - uses: actions/checkout@v5
          - run: pytest
            continue-on-error: ${"${{ vars.LENIENT == 'true' }}"}
      docs:
        runs-on: ubuntu-latest
        steps:
          - uses: actions/checkout@v5
          - run: make html
            continue-on-error: true
  `;

  /** Runs the Action against a local server that answers the two protection endpoints as told. */
  async function withServer(answers: { rules: [number, unknown]; branch: [number, unknown] }) {
    const requests: string[] = [];
    const server = createServer((request, response) => {
      requests.push(`${request.method} ${request.url}`);
      response.setHeader('content-type', 'application/json');
      const [status, body] =
        request.url === '/repos/octo/repo/rules/branches/main'
          ? answers.rules
          : request.url === '/repos/octo/repo/branches/main'
            ? answers.branch
            : [404, { message: 'Not Found' }];
      response.statusCode = status;
      response.end(JSON.stringify(body));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const workspace = makeRepo({ '.github/workflows/ci.yml': protectedWorkflow });
      const { env, files } = runnerEnvironment(workspace, { path: '.', token: 'test-token', 'new-only': 'false' }, undefined, {
        GITHUB_API_URL: `http://127.0.0.1:${port}`,
      });
      const child = spawn(process.execPath, [ACTION], { cwd: workspace, env });
      let stdout = '';
      child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
      const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
      const out = outputs(readFileSync(files.output, 'utf8'));
      const json = JSON.parse(readFileSync(out['json-file']!, 'utf8'));
      return { status, stdout, requests, json };
    } finally {
      server.close();
    }
  }

  const severities = (json: { findings: Array<{ job: string; severity: string }> }) => json.findings.map((f) => `${f.job}:${f.severity}`);

  it('rulesets: a silent failure in a required job is raised, one in a job nothing requires is lowered', async () => {
    const run = await withServer({
      rules: [200, octoRepo.rulesets],
      branch: [404, { message: 'Branch not protected' }],
    });
    expect(run.requests).toEqual(['GET /repos/octo/repo/rules/branches/main', 'GET /repos/octo/repo/branches/main']);
    expect(severities(run.json)).toEqual(['unit:high', 'docs:medium']);
    expect(run.json.findings[0].message).toContain(
      'This job is the required status check "Unit tests (3.12)" on main: raised from medium.',
    );
    expect(run.json.findings[1].message).toContain('No required status check on main comes from this job: lowered from high.');
    expect(run.json.inventory[0].jobs.map((job: { id: string; required: boolean }) => [job.id, job.required])).toEqual([
      ['unit', true],
      ['docs', false],
    ]);
    expect(run.stdout).toContain('main requires 1 status check(s) (read from rulesets).');
    // Only the raised finding in the required job blocks.
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/^::error::1 silent-failure finding\(s\) at or above "high"/m);
  });

  it('classic branch protection: contexts of protection.required_status_checks', async () => {
    const run = await withServer({
      rules: [404, { message: 'Not Found' }],
      branch: [200, octoRepo.branchProtection],
    });
    expect(severities(run.json)).toEqual(['unit:low', 'docs:high']);
    expect(run.json.inventory[0].jobs.map((job: { required: boolean }) => job.required)).toEqual([false, true]);
  });

  it('without permission (403) the severities stay as they are, with a notice', async () => {
    const run = await withServer({
      rules: [403, { message: 'Resource not accessible by integration' }],
      branch: [403, { message: 'Resource not accessible by integration' }],
    });
    expect(severities(run.json)).toEqual(['unit:medium', 'docs:high']);
    expect(run.stdout).toMatch(
      /^::notice::Could not read the required status checks of main \(rulesets: HTTP 403; branch protection: HTTP 403\)/m,
    );
    expect(run.json.inventory[0].jobs.map((job: { required: unknown }) => job.required)).toEqual([null, null]);
  });
});

describe('Action: the merge gate never fails open (issue 13)', () => {
  const git = (cwd: string, ...args: string[]) =>
    execFileSync('git', ['-c', 'user.email=t@example.com', '-c', 'user.name=t', ...args], { cwd, encoding: 'utf8', stdio: 'pipe' }).trim();

  /** Runs the bundled Action with an event of our choosing (name and payload). */
  function runWithEvent(
    workspace: string,
    inputs: Record<string, string>,
    eventName: string,
    payload: object,
    extraEnv: NodeJS.ProcessEnv = {},
  ) {
    const { env, files, head } = runnerEnvironment(workspace, inputs, undefined, { GITHUB_EVENT_NAME: eventName, ...extraEnv });
    writeFileSync(files.event, JSON.stringify(payload));
    const run = spawnSync(process.execPath, [ACTION], { cwd: workspace, env, encoding: 'utf8' });
    return { ...run, head, summary: readFileSync(files.summary, 'utf8'), output: readFileSync(files.output, 'utf8') };
  }

  it('fails when the path does not exist, or holds no workflow, unless an empty tree is expected', () => {
    const repo = gitRepo({ 'README.md': 'no workflows here\n' });
    const missing = runAction(repo, { path: 'does/not/exist', 'new-only': 'false', 'required-checks': 'false' });
    expect(missing.status).toBe(1);
    expect(missing.stdout).toMatch(/^::error::.*does\/not\/exist.*/m);
    const empty = runAction(repo, { path: '.', 'new-only': 'false', 'required-checks': 'false' });
    expect(empty.status).toBe(1);
    expect(empty.stdout).toMatch(/^::error::No workflow or action file found under "\."/m);
    expect(empty.summary).toContain('No workflow or action file');
    const allowed = runAction(repo, { path: '.', 'allow-empty': 'true', 'new-only': 'false', 'required-checks': 'false' });
    expect(allowed.status).toBe(0);
  });

  it('merge_group: the queue base is the base, so only what the group adds blocks', () => {
    const origin = gitRepo({ '.github/workflows/ci.yml': workflow });
    const base = git(origin, 'rev-parse', 'HEAD');
    writeFileSync(path.join(origin, '.github/workflows/ci.yml'), `${workflow}      - run: cargo test || true\n`);
    git(origin, 'commit', '-qam', 'head');
    const head = git(origin, 'rev-parse', 'HEAD');
    const run = runWithEvent(origin, { path: '.', 'fail-on': 'high', 'required-checks': 'false' }, 'merge_group', {
      merge_group: { base_sha: base, head_sha: head, head_ref: 'gh-readonly-queue/main/pr-7', base_ref: 'refs/heads/main' },
    });
    expect(run.stdout).toContain(`Compared with the base ${base}`);
    expect(outputs(run.output)['new-high']).toBe('1');
    expect(run.stdout.split('\n').filter((line) => line.startsWith('::error title='))).toHaveLength(1);
  });

  it('a renamed workflow keeps its findings: they are not new', () => {
    const origin = gitRepo({ '.github/workflows/legacy.yml': workflow });
    const base = git(origin, 'rev-parse', 'HEAD');
    git(origin, 'mv', '.github/workflows/legacy.yml', '.github/workflows/integration.yml');
    git(origin, 'commit', '-qm', 'rename');
    const run = runAction(origin, { path: '.', 'fail-on': 'high', 'required-checks': 'false' }, base);
    expect(run.status).toBe(0);
    expect(outputs(run.output)['new-findings']).toBe('0');
  });

  it('a one-file path annotates that file, not the file appended to itself', () => {
    const repo = gitRepo({ '.github/workflows/x.yml': workflow });
    const run = runAction(repo, { path: '.github/workflows/x.yml', 'new-only': 'false', 'required-checks': 'false' });
    const annotations = run.stdout.split('\n').filter((line) => line.startsWith('::error title='));
    expect(annotations.length).toBeGreaterThan(0);
    for (const line of annotations) expect(line).toContain(',file=.github/workflows/x.yml,');
  });

  it('when the base cannot be read, the summary says so first, and why', () => {
    const repo = gitRepo({ '.github/workflows/ci.yml': workflow });
    const run = runAction(repo, { path: '.', 'required-checks': 'false' }, 'f'.repeat(40));
    expect(run.status).toBe(1);
    const top = run.summary.split('\n').slice(0, 6).join('\n');
    expect(top).toMatch(/could not read the base commit f{40}/i);
    expect(top).toMatch(/every finding was treated as new/i);
  });

  it('summary links point at the commit that was audited (GITHUB_SHA), not the pull request head', () => {
    const repo = gitRepo({ '.github/workflows/ci.yml': workflow });
    const merge = 'b'.repeat(40);
    const { env, files } = runnerEnvironment(repo, { path: '.', 'new-only': 'false', 'required-checks': 'false' }, undefined, {
      GITHUB_SHA: merge,
    });
    spawnSync(process.execPath, [ACTION], { cwd: repo, env, encoding: 'utf8' });
    const summary = readFileSync(files.summary, 'utf8');
    expect(summary).toContain(`https://github.com/octo/repo/blob/${merge}/.github/workflows/ci.yml#L9`);
  });

  it('a sarif-file in a directory that does not exist yet is written, and the outputs are set', () => {
    const repo = gitRepo({ '.github/workflows/ci.yml': workflow });
    const run = runAction(repo, { path: '.', 'sarif-file': 'reports/deep/results.sarif', 'new-only': 'false', 'required-checks': 'false' });
    expect(existsSync(path.join(repo, 'reports/deep/results.sarif'))).toBe(true);
    expect(outputs(run.output).findings).toBe('4');
  });

  it('with annotations and summary off, the findings are printed in the log', () => {
    const repo = gitRepo({ '.github/workflows/ci.yml': workflow });
    const run = runAction(repo, { path: '.', annotations: 'false', summary: 'false', 'new-only': 'false', 'required-checks': 'false' });
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/^\.github\/workflows\/ci\.yml\n {2}9:9 +high +continue-on-error/m);
    expect(run.stdout).toContain('They are listed in the log above.');
    // Workflow commands are switched off around the report, so a file or step name in it cannot inject one.
    expect(run.stdout).toMatch(/^::stop-commands::([0-9a-f]{32})\n[\s\S]*^::\1::$/m);
  });

  it('a baseline file that does not exist is a clear error naming it', () => {
    const repo = gitRepo({ '.github/workflows/ci.yml': workflow });
    const run = runAction(repo, { path: '.', baseline: 'missing-baseline.json', 'new-only': 'false', 'required-checks': 'false' });
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/^::error::.*baseline.*missing-baseline\.json.*(does not exist|cannot be read)/im);
    expect(run.stdout).not.toContain('ENOENT');
  });
});

describe('Action: a pull request cannot silence the gate with its own config (issue 13)', () => {
  const git = (cwd: string, ...args: string[]) =>
    execFileSync('git', ['-c', 'user.email=t@example.com', '-c', 'user.name=t', ...args], { cwd, encoding: 'utf8', stdio: 'pipe' }).trim();

  const clean = yaml`
    on: pull_request
    jobs:
      test:
        runs-on: ubuntu-latest
        steps:
          - run: npm test
  `;

  function change(files: Record<string, string>): { repo: string; base: string } {
    const repo = gitRepo({ '.github/workflows/ci.yml': clean, '.github/workflows/lint.yml': clean });
    const base = git(repo, 'rev-parse', 'HEAD');
    for (const [name, content] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(repo, name)), { recursive: true });
      writeFileSync(path.join(repo, name), content);
    }
    git(repo, 'add', '.');
    git(repo, 'commit', '-qm', 'head');
    return { repo, base };
  }

  const swallowed = `${clean}      - run: npm run test:e2e || true\n`;

  it.each([
    ['an ignore glob', { '.github/silent-failure-audit.yml': 'ignore: [.github/workflows/ci.yml]\n' }, 'an ignore glob'],
    [
      'an allow entry',
      { '.github/silent-failure-audit.yml': 'allow:\n  - rule: or-true-swallows-failure\n    reason: flaky e2e\n' },
      'an allow entry in the config',
    ],
    ['a rule turned off', { '.github/silent-failure-audit.yml': 'rules:\n  or-true-swallows-failure: off\n' }, 'an ignore glob or rules'],
  ])('lists a new finding hidden by %s first in the summary, and warns on its line', (_title, config, how) => {
    const { repo, base } = change({ '.github/workflows/ci.yml': swallowed, ...config });
    const run = runAction(repo, { path: '.', 'required-checks': 'false' }, base);
    expect(run.status).toBe(0);
    expect(run.summary).toContain('### Hidden by this change (1)');
    expect(run.summary.indexOf('### Hidden by this change')).toBeLessThan(run.summary.indexOf('Findings by category') >>> 0);
    expect(run.summary).toContain(how);
    expect(run.stdout).toMatch(/^::warning title=or-true-swallows-failure \[high hidden\],file=\.github\/workflows\/ci\.yml,line=7,/m);
    const blocked = runAction(repo, { path: '.', 'required-checks': 'false', 'hidden-findings': 'block' }, base);
    expect(blocked.status).toBe(1);
  });

  it('lists a new finding hidden by an inline suppression, with its reason', () => {
    const inline = `${clean}      - run: npm run test:e2e || true # silent-failure-audit: ignore[soft-fail] e2e is flaky\n`;
    const { repo, base } = change({ '.github/workflows/ci.yml': inline });
    const run = runAction(repo, { path: '.', 'required-checks': 'false' }, base);
    expect(run.status).toBe(0);
    expect(run.summary).toContain('### Hidden by this change (1)');
    expect(run.summary).toContain('e2e is flaky');
  });

  it('does not list a suppression the base already had', () => {
    const inline = `${clean}      - run: npm run test:e2e || true # silent-failure-audit: ignore[soft-fail] e2e is flaky\n`;
    const repo = gitRepo({ '.github/workflows/ci.yml': inline });
    const base = git(repo, 'rev-parse', 'HEAD');
    writeFileSync(path.join(repo, 'README.md'), 'docs\n');
    git(repo, 'add', '.');
    git(repo, 'commit', '-qm', 'docs');
    const run = runAction(repo, { path: '.', 'required-checks': 'false' }, base);
    expect(run.status).toBe(0);
    expect(run.summary).not.toContain('Hidden by this change');
  });
});

describe('Action: the summary and annotations read right (issue 13)', () => {
  it('on a push (nothing compared) the verdict does not speak of new findings; with fail-on none it says nothing blocks', () => {
    const repo = gitRepo({ '.github/workflows/ci.yml': workflow });
    const { env, files } = runnerEnvironment(repo, { path: '.', 'required-checks': 'false' }, undefined, { GITHUB_EVENT_NAME: 'push' });
    spawnSync(process.execPath, [ACTION], { cwd: repo, env, encoding: 'utf8' });
    expect(readFileSync(files.summary, 'utf8')).toContain('❌ **2 finding(s) at or above `high`** block this check.');
    const none = runnerEnvironment(repo, { path: '.', 'required-checks': 'false', 'fail-on': 'none' }, undefined, {
      GITHUB_EVENT_NAME: 'push',
    });
    spawnSync(process.execPath, [ACTION], { cwd: repo, env: none.env, encoding: 'utf8' });
    expect(readFileSync(none.files.summary, 'utf8')).toContain('✅ Nothing blocks this check (`fail-on: none`).');
  });

  it('keeps one error annotation for the failure message: 9 findings annotated, the rest counted', () => {
    const steps = Array.from({ length: 12 }, (_, i) => `        - run: pytest tests/part${i} || true\n`).join('');
    const many = `on: pull_request\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n${steps}`;
    const repo = gitRepo({ '.github/workflows/ci.yml': many });
    const run = runAction(repo, { path: '.', 'new-only': 'false', 'required-checks': 'false' });
    const errors = run.stdout.split('\n').filter((line) => line.startsWith('::error'));
    expect(errors).toHaveLength(10);
    expect(errors.at(-1)).toMatch(/^::error::12 silent-failure finding/);
    expect(run.summary).toContain('> 3 finding(s) are not annotated');
  });
});

describe('Action: a config file that does not exist', () => {
  it('is a clear error naming it, not a raw ENOENT', () => {
    const repo = gitRepo({ '.github/workflows/ci.yml': workflow });
    const run = runAction(repo, { path: '.', config: 'ci/missing-config.yml', 'new-only': 'false', 'required-checks': 'false' });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('ci/missing-config.yml: cannot read config file: the file does not exist');
    expect(run.stdout).not.toContain('ENOENT');
  });
});

describe('Action on a pull request: only the files the change touched are audited again', () => {
  const git = (cwd: string, ...args: string[]) =>
    execFileSync('git', ['-c', 'user.email=t@example.com', '-c', 'user.name=t', ...args], { cwd, encoding: 'utf8', stdio: 'pipe' }).trim();
  const caller = yaml`
    on: pull_request
    jobs:
      test:
        runs-on: ubuntu-latest
        steps:
          - uses: ./.github/actions/setup
          - run: npm test
  `;
  const action = 'runs:\n  using: composite\n  steps:\n    - run: echo ready\n      shell: bash\n';

  it('a reference that the change breaks, by deleting its target, is new though its file did not change', () => {
    const repo = gitRepo({
      '.github/workflows/ci.yml': caller,
      '.github/actions/setup/action.yml': action,
      '.github/workflows/other.yml': workflow,
    });
    const base = git(repo, 'rev-parse', 'HEAD');
    git(repo, 'rm', '-q', '.github/actions/setup/action.yml');
    git(repo, 'commit', '-qm', 'remove the action');
    const run = runAction(repo, { path: '.', 'fail-on': 'low', 'required-checks': 'false' }, base);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/^::\w+ title=broken-local-reference \[low invalid\],file=\.github\/workflows\/ci\.yml,/m);
    // other.yml was not touched: its four findings are already present.
    expect(outputs(run.output)['new-findings']).toBe('1');
  });

  it('a reference that was already broken in an untouched file stays already present', () => {
    const repo = gitRepo({ '.github/workflows/ci.yml': caller, '.github/workflows/other.yml': workflow });
    const base = git(repo, 'rev-parse', 'HEAD');
    writeFileSync(path.join(repo, '.github/workflows/other.yml'), `${workflow}      - run: cargo test || true\n`);
    git(repo, 'commit', '-qam', 'head');
    const run = runAction(repo, { path: '.', 'fail-on': 'low', 'required-checks': 'false' }, base);
    expect(outputs(run.output)['new-findings']).toBe('1');
    expect(run.stdout).toMatch(/broken-local-reference \[low invalid%2C already present\]/);
  });

  it('a changed caller is classified by its unchanged callee in the base as in the head: nothing new', () => {
    const pathsCaller = yaml`
      on:
        pull_request:
          paths: ['src/**']
      jobs:
        gate:
          uses: ./.github/workflows/ci-gate.yml
    `;
    const callee = yaml`
      on: workflow_call
      jobs:
        measure:
          runs-on: ubuntu-latest
          steps:
            - uses: actions/checkout@v5
            - run: go test ./...
    `;
    const repo = gitRepo({ '.github/workflows/ci.yml': pathsCaller, '.github/workflows/ci-gate.yml': callee });
    const base = git(repo, 'rev-parse', 'HEAD');
    writeFileSync(path.join(repo, '.github/workflows/ci.yml'), `# edited\n${pathsCaller}`);
    git(repo, 'commit', '-qam', 'head');
    const run = runAction(repo, { path: '.', 'fail-on': 'low', 'required-checks': 'false' }, base);
    // The paths filter is reported only because the call runs tests, which only the callee says.
    expect(run.stdout).toMatch(/title=pr-paths-filter \[low scope-gap%2C already present\]/);
    expect(outputs(run.output)['new-findings']).toBe('0');
    expect(run.status).toBe(0);
  });
});
