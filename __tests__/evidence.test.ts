import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from '@jest/globals';
import { failureSummary, splitLog } from '../src/evidence/log.js';
import { startGitHub, TOKEN } from './github-api.js';
import type { Fixture, FixtureOptions } from './github-api.js';
import { isolatedDist, makeRepo } from './helpers.js';

const DIST = isolatedDist();
const CLI = path.join(DIST, 'cli', 'index.js');

/** Runs a bundle without blocking this process's event loop, where the fixture server answers. */
function node(
  args: string[],
  env: NodeJS.ProcessEnv,
  cwd = process.cwd(),
): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { cwd, env: { PATH: process.env.PATH, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

const cli = (args: string[], env: NodeJS.ProcessEnv) => node([CLI, ...args], env);

let fixture: Fixture | undefined;
afterEach(async () => {
  await fixture?.close();
  fixture = undefined;
});

async function auditRemote(args: string[], options: FixtureOptions = {}) {
  fixture = await startGitHub(options);
  const run = await cli(['--repo', 'acme/widgets', ...args], { GITHUB_API_URL: fixture.url, GITHUB_TOKEN: TOKEN });
  return { ...run, fixture };
}

describe('--repo reads a repository through the REST API, no clone', () => {
  it('reports what a local run reports, with paths relative to the repository root', async () => {
    const { status, stdout, fixture: server } = await auditRemote(['--format', 'json']);
    expect(status).toBe(1);
    const report = JSON.parse(stdout);
    expect(
      report.findings.map((finding: { ruleId: string; file: string; line: number }) => [finding.ruleId, finding.file, finding.line]),
    ).toEqual([['continue-on-error', '.github/workflows/ci.yml', 19]]);
    expect(report.evidence).toBeUndefined();
    // The repository, one recursive tree, one blob: the workflow (the script and README are not under .github/).
    expect(server.requests.map((request) => request.path)).toEqual([
      '/repos/acme/widgets',
      '/repos/acme/widgets/git/trees/main?recursive=true',
      expect.stringMatching(/^\/repos\/acme\/widgets\/git\/blobs\/[0-9a-f]{40}$/),
    ]);
    expect(server.requests.every((request) => request.authorized)).toBe(true);
  });

  it('a redirect to another host is followed without the token', async () => {
    const { status, fixture: server } = await auditRemote(['--format', 'json'], { redirectRepository: true });
    expect(status).toBe(1);
    expect(server.storage).toEqual([{ path: '/moved/repos/acme/widgets', authorization: undefined }]);
    expect(server.requests.every((request) => request.authorized)).toBe(true);
  });

  it('fails closed on a repository that does not exist: exit 2 and a clear error, never "0 findings"', async () => {
    fixture = await startGitHub();
    const run = await cli(['--repo', 'acme/gadgets'], { GITHUB_API_URL: fixture.url, GITHUB_TOKEN: TOKEN });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/--repo: the repository of acme\/gadgets not found at http:\/\/127\.0\.0\.1:\d+ \(HTTP 404\)/);
    expect(run.stdout).toBe('');
  });

  it('a server that never answers: timed out, then exit 2 naming it', async () => {
    const run = await auditRemote(['--network-timeout', '1'], { hang: true });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--repo: cannot read the repository of acme/widgets from http://127.0.0.1');
    expect(run.stderr).toContain('no answer within the network timeout');
    expect(run.stdout).toBe('');
  }, 30_000);

  it('refuses --evidence without --repo, and PATHs with --repo alone', async () => {
    expect((await cli(['--evidence', '.'], {})).status).toBe(2);
    expect((await cli(['--repo', 'acme/widgets', '.'], {})).stderr).toContain('give either PATHs or --repo');
    expect((await cli(['--repo', 'not a repo'], {})).stderr).toContain('--repo must be OWNER/NAME');
  });
});

describe('--evidence: what the last runs on the default branch show', () => {
  it('the continue-on-error test step failed in 3 of 5 runs; a || true in a script file; a job skipped in all 5', async () => {
    const { status, stdout, stderr, fixture: server } = await auditRemote(['--evidence', '--format', 'json']);
    expect(stderr).not.toContain(TOKEN);
    expect(stdout).not.toContain(TOKEN);
    expect(status).toBe(1);
    const report = JSON.parse(stdout);
    const byRule = (id: string) => report.findings.filter((finding: { ruleId: string }) => finding.ruleId === id);

    const [coe] = byRule('continue-on-error');
    expect(coe).toMatchObject({
      severity: 'high',
      line: 19,
      step: 'Run tests',
      evidence: {
        runs: 5,
        failures: 3,
        lastFailure: { url: 'https://github.com/acme/widgets/actions/runs/105', at: '2026-03-15T10:00:00Z' },
      },
    });
    expect(coe.severityReasons).toContainEqual(expect.stringMatching(/^failed silently in 3 of 5 run\(s\) on main/));

    expect(byRule('observed-masked-failure')).toEqual([
      expect.objectContaining({
        category: 'soft-fail',
        severity: 'high',
        file: '.github/workflows/ci.yml',
        line: 21,
        job: 'test',
        step: 'Integration tests',
        evidence: {
          runs: 5,
          failures: 2,
          lastFailure: { url: 'https://github.com/acme/widgets/actions/runs/105', at: '2026-03-15T10:00:00Z' },
        },
      }),
    ]);
    expect(byRule('observed-masked-failure')[0].message).toContain('2 failed, 40 passed');

    expect(byRule('never-runs')).toEqual([
      expect.objectContaining({
        category: 'conditional-skip',
        file: '.github/workflows/ci.yml',
        line: 23,
        job: 'docs',
        evidence: { runs: 5, failures: 0, lastFailure: null },
      }),
    ]);

    expect(report.evidence).toMatchObject({
      repository: 'acme/widgets',
      branch: 'main',
      runsPerWorkflow: 20,
      workflows: 1,
      maxRequests: 300,
      partial: false,
      reason: null,
      notices: [],
    });
    // Every request the API saw is counted, and the count is within the budget.
    expect(report.evidence.requests).toBe(server.requests.length + server.storage.length);
    expect(server.requests.length + server.storage.length).toBeLessThanOrEqual(300);
    // Annotations only for the green jobs whose steps list did not show the failure; logs only for the job that runs a script file.
    const annotations = server.requests.filter((request) => request.path.includes('/annotations'));
    expect(annotations.map((request) => request.path).sort()).toEqual(
      [1012, 1022, 1042].map((id) => `/repos/acme/widgets/check-runs/${id}/annotations?per_page=50`),
    );
    expect(server.requests.filter((request) => request.path.endsWith('/logs')).map((request) => request.path)).toHaveLength(5);
    // The token went to the API host only; the log storage (another host) never saw it.
    expect(server.requests.every((request) => request.authorized)).toBe(true);
    expect(server.storage).toHaveLength(5);
    expect(server.storage.every((request) => request.authorization === undefined)).toBe(true);
  });

  it('text output opens with "Failing silently right now"', async () => {
    const { stdout } = await auditRemote(['--evidence']);
    const lines = stdout.split('\n');
    expect(lines[0]).toBe('Failing silently right now (2):');
    expect(lines[1]).toMatch(
      /^ {2}\.github\/workflows\/ci\.yml:19 {2}high {2}continue-on-error {2}failed silently in 3 of 5 run\(s\) on main/,
    );
    expect(stdout).toMatch(
      /Evidence: the last 20 completed run\(s\) of 1 workflow\(s\) on main of acme\/widgets, \d+ of at most 300 request\(s\)\./,
    );
  });

  it('stops at the request budget and says the result is partial', async () => {
    const { stdout, fixture: server } = await auditRemote(['--evidence', '--format', 'json', '--max-requests', '8']);
    const report = JSON.parse(stdout);
    expect(server.requests.length + server.storage.length).toBeLessThanOrEqual(8);
    expect(report.evidence).toMatchObject({ partial: true, reason: 'the request budget (8) was spent', maxRequests: 8 });
    expect(report.evidence.requests).toBe(server.requests.length + server.storage.length);
    // The static findings are all there.
    expect(report.findings.some((finding: { ruleId: string }) => finding.ruleId === 'continue-on-error')).toBe(true);
  });

  it('markdown: a partial result says so before the verdict', async () => {
    const { stdout } = await auditRemote(['--evidence', '--format', 'markdown', '--max-requests', '8']);
    const top = stdout.split('\n').slice(0, 6).join('\n');
    expect(top).toContain('> [!NOTE]');
    expect(top).toContain('partial\\: the request budget \\(8\\) was spent');
  });

  it('a budget too small to read the files is an error, not an empty audit', async () => {
    const run = await auditRemote(['--evidence', '--max-requests', '2']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--max-requests 2');
  });

  it('403 on the Actions endpoints (no actions: read): a notice, and the static findings still reported', async () => {
    const { status, stdout, stderr } = await auditRemote(['--evidence', '--format', 'json'], { actionsForbidden: true });
    expect(status).toBe(1);
    expect(stderr).toMatch(
      /notice: Could not read the workflow runs \(HTTP 403: the token cannot read Actions runs — give it `actions: read`\)/,
    );
    const report = JSON.parse(stdout);
    expect(report.findings.map((finding: { ruleId: string }) => finding.ruleId)).toEqual(['continue-on-error']);
    expect(report.findings[0].evidence).toBeUndefined();
    expect(report.evidence).toMatchObject({ partial: true, notices: [expect.stringContaining('HTTP 403')] });
  });

  it('waits out a secondary rate limit (Retry-After) and carries on', async () => {
    const { stdout, stderr, fixture: server } = await auditRemote(['--evidence', '--format', 'json'], { rateLimitOnce: true });
    expect(stderr).not.toContain('Reading the runs failed');
    const report = JSON.parse(stdout);
    expect(report.findings.find((finding: { ruleId: string }) => finding.ruleId === 'continue-on-error').evidence.failures).toBe(3);
    expect(server.requests.filter((request) => request.path.includes('/workflows/ci.yml/runs'))).toHaveLength(2);
  }, 30_000);

  it('with a local PATH, audits the PATH and reads the runs from --repo', async () => {
    fixture = await startGitHub();
    const { CI_WORKFLOW } = await import('./github-api.js');
    const repo = makeRepo({ '.github/workflows/ci.yml': CI_WORKFLOW });
    const run = await cli(['--repo', 'acme/widgets', '--evidence', '--runs', '3', '--format', 'json', repo], {
      GITHUB_API_URL: fixture.url,
      GH_TOKEN: TOKEN,
    });
    const report = JSON.parse(run.stdout);
    expect(report.findings.find((finding: { ruleId: string }) => finding.ruleId === 'continue-on-error').evidence).toMatchObject({
      runs: 3,
      failures: 3,
    });
    expect(fixture.requests.some((request) => request.path.includes('/git/'))).toBe(false);
    expect(fixture.requests.find((request) => request.path.includes('/runs?'))?.path).toContain('per_page=3');
  });
});

describe('Action with evidence: true', () => {
  it('reads the runs with the token input and opens the job summary with what is failing silently', async () => {
    fixture = await startGitHub();
    const { CI_WORKFLOW } = await import('./github-api.js');
    const workspace = makeRepo({ '.github/workflows/ci.yml': CI_WORKFLOW });
    const temp = mkdtempSync(path.join(tmpdir(), 'sfa-runner-'));
    const summary = path.join(temp, 'summary.md');
    const output = path.join(temp, 'output');
    writeFileSync(summary, '');
    writeFileSync(output, '');
    const event = path.join(temp, 'event.json');
    writeFileSync(event, JSON.stringify({ ref: 'refs/heads/main' }));
    const run = await node(
      [path.join(DIST, 'index.js')],
      {
        GITHUB_ACTIONS: 'true',
        GITHUB_WORKSPACE: workspace,
        GITHUB_EVENT_NAME: 'schedule',
        GITHUB_EVENT_PATH: event,
        GITHUB_REPOSITORY: 'acme/widgets',
        GITHUB_SERVER_URL: 'https://github.com',
        GITHUB_API_URL: fixture.url,
        GITHUB_SHA: 'a'.repeat(40),
        GITHUB_STEP_SUMMARY: summary,
        GITHUB_OUTPUT: output,
        RUNNER_TEMP: temp,
        INPUT_PATH: '.',
        INPUT_TOKEN: TOKEN,
        INPUT_EVIDENCE: 'true',
        'INPUT_REQUIRED-CHECKS': 'false',
        'INPUT_NEW-ONLY': 'false',
      },
      workspace,
    );
    expect(run.stdout).not.toContain(TOKEN);
    expect(run.status).toBe(1);
    const text = readFileSync(summary, 'utf8');
    const headings = text.split('\n').filter((line) => line.startsWith('#'));
    expect(headings.slice(0, 2)).toEqual(['## silent-failure-audit', '### Failing silently right now (2)']);
    expect(text).toMatch(
      /\*\*\[continue-on-error\].*\| 3 of 5 \| \[2026-03-15T10\\:00\\:00Z\]\(https:\/\/github\.com\/acme\/widgets\/actions\/runs\/105\) \|/,
    );
    expect(text).toMatch(/observed-masked-failure.*\| 2 of 5 \|/);
    expect(text).toContain('never-runs');
    const json = JSON.parse(readFileSync(/json-file<<(.+)\n(.+)\n/.exec(readFileSync(output, 'utf8'))![2]!, 'utf8'));
    expect(json.evidence).toMatchObject({ repository: 'acme/widgets', branch: 'main', partial: false });
    expect(fixture.storage.every((request) => request.authorization === undefined)).toBe(true);
  });

  it('without actions: read (403): a notice, the static findings stand', async () => {
    fixture = await startGitHub({ actionsForbidden: true });
    const { CI_WORKFLOW } = await import('./github-api.js');
    const workspace = makeRepo({ '.github/workflows/ci.yml': CI_WORKFLOW });
    const temp = mkdtempSync(path.join(tmpdir(), 'sfa-runner-'));
    const run = await node(
      [path.join(DIST, 'index.js')],
      {
        GITHUB_WORKSPACE: workspace,
        GITHUB_REPOSITORY: 'acme/widgets',
        GITHUB_API_URL: fixture.url,
        RUNNER_TEMP: temp,
        INPUT_TOKEN: TOKEN,
        INPUT_EVIDENCE: 'true',
        INPUT_SUMMARY: 'false',
        'INPUT_REQUIRED-CHECKS': 'false',
        'INPUT_NEW-ONLY': 'false',
      },
      workspace,
    );
    expect(run.stdout).toMatch(/^::notice::Could not read the workflow runs \(HTTP 403/m);
    expect(run.stdout).toMatch(/^::error title=continue-on-error \[high soft-fail\]/m);
    expect(run.status).toBe(1);
  });
});

describe('job logs as the runner writes them', () => {
  const log = [
    '2026-03-01T10:00:00.1000000Z ##[group]Run cargo test --workspace',
    '2026-03-01T10:00:00.1000000Z \u001b[36;1mcargo test --workspace\u001b[0m',
    '2026-03-01T10:00:00.1000000Z ##[endgroup]',
    '2026-03-01T10:00:01.1000000Z test result: FAILED. 10 passed; 1 failed; 0 ignored',
    '2026-03-01T10:00:02.1000000Z ##[group]Run npx jest',
    '2026-03-01T10:00:02.1000000Z ##[endgroup]',
    '2026-03-01T10:00:03.1000000Z Tests:       2 failed, 30 passed, 32 total',
    '2026-03-01T10:00:04.1000000Z ##[group]Run go test ./...',
    '2026-03-01T10:00:05.1000000Z --- FAIL: TestParse (0.00s)',
    '2026-03-01T10:00:06.1000000Z ##[group]Run pytest',
    '2026-03-01T10:00:07.1000000Z ============ 12 passed in 0.50s ============',
  ].join('\n');

  it('splits by step and finds each runner’s failure summary, and none where tests passed', () => {
    const sections = splitLog(log);
    expect(sections.map((section) => section.header)).toEqual(['cargo test --workspace', 'npx jest', 'go test ./...', 'pytest']);
    expect(sections.map((section) => failureSummary(section.text)?.runner)).toEqual(['cargo test', 'jest', 'go test', undefined]);
  });
});
