import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { yaml } from './helpers.js';

/**
 * A local stand-in for GitHub's REST API on 127.0.0.1, serving acme/widgets with responses shaped
 * like the REST reference (field names copied from docs.github.com/en/rest: repos, git trees and
 * blobs, workflow runs, workflow jobs, check-run annotations, job logs), and a second server on
 * another host (localhost) standing for the log storage a job log redirects to.
 */

export const TOKEN = 'ghs_fixtureTokenThatMustNeverLeak000000';

export const CI_WORKFLOW = yaml`
  name: CI
  on:
    push:
      branches: [main]
    pull_request:
  jobs:
    changes:
      runs-on: ubuntu-latest
      outputs:
        docs: \${{ steps.filter.outputs.docs }}
      steps:
        - id: filter
          run: echo "docs=false" >> "$GITHUB_OUTPUT"
    test:
      runs-on: ubuntu-latest
      steps:
        - uses: actions/checkout@v4
        - name: Run tests
          continue-on-error: true
          run: pytest tests/unit
        - name: Integration tests
          run: ./scripts/integration.sh
    docs:
      needs: changes
      if: needs.changes.outputs.docs == 'true'
      runs-on: ubuntu-latest
      steps:
        - run: make docs
`;

/** The script the workflow calls: its `|| true` is in a file the audit does not read. */
const SCRIPT = '#!/bin/sh\npytest tests/integration || true\n';

const FILES: Record<string, string> = {
  '.github/workflows/ci.yml': CI_WORKFLOW,
  'scripts/integration.sh': SCRIPT,
  'README.md': '# widgets\n',
};
const sha = (path: string): string => Buffer.from(path).toString('hex').padEnd(40, '0').slice(0, 40);

const REPOSITORY = {
  id: 1,
  node_id: 'R_1',
  name: 'widgets',
  full_name: 'acme/widgets',
  private: false,
  html_url: 'https://github.com/acme/widgets',
  default_branch: 'main',
};

const RUN_IDS = [105, 104, 103, 102, 101];
/** Runs in which the steps list shows "Run tests" failed; in 104 only a failure annotation says so. */
const STEP_FAILED = new Set([105, 103]);
const ANNOTATED = new Set([104]);
/** Runs whose integration-test log shows pytest's failure summary in a step that passed. */
const LOG_FAILED = new Set([105, 102]);

const createdAt = (run: number): string => `2026-03-${String(run - 90).padStart(2, '0')}T10:00:00Z`;
const runUrl = (run: number): string => `https://github.com/acme/widgets/actions/runs/${run}`;

function run(id: number) {
  return {
    id,
    name: 'CI',
    node_id: `WFR_${id}`,
    head_branch: 'main',
    head_sha: sha(String(id)),
    path: '.github/workflows/ci.yml',
    run_number: id - 100,
    event: 'push',
    status: 'completed',
    conclusion: 'success',
    workflow_id: 7,
    url: `https://api.github.com/repos/acme/widgets/actions/runs/${id}`,
    html_url: runUrl(id),
    created_at: createdAt(id),
    updated_at: createdAt(id),
    run_attempt: 1,
    run_started_at: createdAt(id),
  };
}

const step = (name: string, number: number, conclusion: string) => ({
  name,
  status: 'completed',
  conclusion,
  number,
  started_at: '2026-03-01T10:00:00Z',
  completed_at: '2026-03-01T10:01:00Z',
});

const testJobId = (run: number): number => run * 10 + 2;

function jobs(runId: number) {
  const base = (offset: number, name: string, conclusion: string, steps: ReturnType<typeof step>[]) => ({
    id: runId * 10 + offset,
    run_id: runId,
    workflow_name: 'CI',
    head_branch: 'main',
    run_url: `https://api.github.com/repos/acme/widgets/actions/runs/${runId}`,
    run_attempt: 1,
    node_id: `CR_${runId}${offset}`,
    head_sha: sha(String(runId)),
    url: `https://api.github.com/repos/acme/widgets/actions/jobs/${runId * 10 + offset}`,
    html_url: `https://github.com/acme/widgets/actions/runs/${runId}/job/${runId * 10 + offset}`,
    status: 'completed',
    conclusion,
    created_at: createdAt(runId),
    started_at: createdAt(runId),
    completed_at: createdAt(runId),
    name,
    steps,
    check_run_url: `https://api.github.com/repos/acme/widgets/check-runs/${runId * 10 + offset}`,
    labels: ['ubuntu-latest'],
    runner_id: 1,
    runner_name: 'GitHub Actions 1',
    runner_group_id: 1,
    runner_group_name: 'GitHub Actions',
  });
  return [
    base(1, 'changes', 'success', [step('Set up job', 1, 'success'), step('Run echo "docs=false" >> "$GITHUB_OUTPUT"', 2, 'success')]),
    base(2, 'test', 'success', [
      step('Set up job', 1, 'success'),
      step('Run actions/checkout@v4', 2, 'success'),
      step('Run tests', 3, STEP_FAILED.has(runId) ? 'failure' : 'success'),
      step('Integration tests', 4, 'success'),
      step('Post Run actions/checkout@v4', 6, 'success'),
      step('Complete job', 7, 'success'),
    ]),
    base(3, 'docs', 'skipped', []),
  ];
}

/**
 * A job log as the runner writes it: timestamps, `##[group]Run <first line>` per step, the script
 * in cyan, `shell:`, `##[endgroup]`, the output (actions/runner ScriptHandler.cs), and the
 * runner's `##[error]Process completed with exit code N.` for the continue-on-error step.
 */
function jobLog(runId: number): string {
  const unitFailed = STEP_FAILED.has(runId) || ANNOTATED.has(runId);
  const lines = [
    'Current runner version: 2.321.0',
    '##[group]Operating System',
    'Ubuntu 24.04',
    '##[endgroup]',
    '##[group]Run actions/checkout@v4',
    'with:',
    '  repository: acme/widgets',
    '##[endgroup]',
    'Syncing repository: acme/widgets',
    '##[group]Run pytest tests/unit',
    '\u001b[36;1mpytest tests/unit\u001b[0m',
    'shell: /usr/bin/bash -e {0}',
    '##[endgroup]',
    '============================= test session starts ==============================',
    unitFailed ? '=================== 1 failed, 99 passed in 12.31s ===================' : '======== 100 passed in 12.02s ========',
    ...(unitFailed ? ['##[error]Process completed with exit code 1.'] : []),
    '##[group]Run ./scripts/integration.sh',
    '\u001b[36;1m./scripts/integration.sh\u001b[0m',
    'shell: /usr/bin/bash -e {0}',
    '##[endgroup]',
    '============================= test session starts ==============================',
    'collected 42 items',
    LOG_FAILED.has(runId)
      ? '========================= 2 failed, 40 passed in 3.21s ========================='
      : '============================== 42 passed in 3.02s ==============================',
    'Post job cleanup.',
  ];
  return `${lines.map((line) => `2026-03-01T10:00:0${runId % 10}.1234567Z ${line}`).join('\n')}\n`;
}

export interface FixtureOptions {
  /** Answer 403 on every Actions endpoint, as for a token without `actions: read`. */
  actionsForbidden?: boolean;
  /** Accept connections and never answer. */
  hang?: boolean;
  /** Answer the first runs request with a secondary rate limit (429, Retry-After: 1). */
  rateLimitOnce?: boolean;
  /** Redirect the repository request to the other host (a renamed repository served elsewhere). */
  redirectRepository?: boolean;
}

export interface Fixture {
  url: string;
  /** Every request the API server received, with whether it carried the token. */
  requests: Array<{ method: string; path: string; authorized: boolean }>;
  /** Every request the log storage received, with whether an Authorization header came along. */
  storage: Array<{ path: string; authorization: string | undefined }>;
  close: () => Promise<void>;
}

const listen = (server: Server, host: string): Promise<number> =>
  new Promise((resolve) => server.listen(0, host, () => resolve((server.address() as AddressInfo).port)));

export async function startGitHub(options: FixtureOptions = {}): Promise<Fixture> {
  const requests: Fixture['requests'] = [];
  const storage: Fixture['storage'] = [];
  const logServer = createServer((request, response) => {
    storage.push({ path: request.url ?? '', authorization: request.headers.authorization });
    if (request.url === '/moved/repos/acme/widgets') {
      response.writeHead(200, { 'content-type': 'application/json' });
      return response.end(JSON.stringify(REPOSITORY));
    }
    const id = Number(/\/logs\/(\d+)/.exec(request.url ?? '')?.[1]);
    response.writeHead(200, { 'content-type': 'text/plain' });
    response.end(jobLog(Math.floor(id / 10)));
  });
  const logPort = await listen(logServer, 'localhost');
  let rateLimited = false;
  const api = createServer((request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    requests.push({
      method: request.method ?? 'GET',
      path: url.pathname + url.search,
      authorized: request.headers.authorization === `token ${TOKEN}`,
    });
    if (options.hang) return;
    const json = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
      response.end(JSON.stringify(body));
    };
    const path = url.pathname;
    let match: RegExpExecArray | null;
    if (options.actionsForbidden && (/\/actions\//.test(path) || /\/check-runs\//.test(path)))
      return json(403, {
        message: 'Resource not accessible by integration',
        documentation_url: 'https://docs.github.com/rest',
        status: '403',
      });
    if (path === '/repos/acme/widgets' && options.redirectRepository)
      return json(301, { message: 'Moved Permanently' }, { location: `http://localhost:${logPort}/moved/repos/acme/widgets` });
    if (path === '/repos/acme/widgets') return json(200, REPOSITORY);
    if ((match = /^\/repos\/acme\/widgets\/git\/trees\/([^/]+)$/.exec(path)))
      return json(200, {
        sha: sha('tree'),
        url: `https://api.github.com/repos/acme/widgets/git/trees/${sha('tree')}`,
        tree: [
          { path: '.github', mode: '040000', type: 'tree', sha: sha('.github') },
          { path: '.github/workflows', mode: '040000', type: 'tree', sha: sha('.github/workflows') },
          ...Object.entries(FILES).map(([file, text]) => ({ path: file, mode: '100644', type: 'blob', sha: sha(file), size: text.length })),
        ],
        truncated: false,
      });
    if ((match = /^\/repos\/acme\/widgets\/git\/blobs\/([0-9a-f]{40})$/.exec(path))) {
      const file = Object.keys(FILES).find((candidate) => sha(candidate) === match![1]);
      if (!file) return json(404, { message: 'Not Found' });
      const content = Buffer.from(FILES[file]!)
        .toString('base64')
        .replace(/(.{60})/g, '$1\n');
      return json(200, { sha: match[1], node_id: 'B_1', size: FILES[file]!.length, url: '', content, encoding: 'base64' });
    }
    if (path === '/repos/acme/widgets/actions/workflows/ci.yml/runs') {
      if (options.rateLimitOnce && !rateLimited) {
        rateLimited = true;
        return json(
          429,
          { message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.' },
          { 'retry-after': '1' },
        );
      }
      const perPage = Number(url.searchParams.get('per_page') ?? 30);
      const page = Number(url.searchParams.get('page') ?? 1);
      const ids = url.searchParams.get('branch') === 'main' && url.searchParams.get('status') === 'completed' ? RUN_IDS : [];
      const slice = ids.slice((page - 1) * perPage, page * perPage);
      const next = page * perPage < ids.length;
      const link = `<http://127.0.0.1${path}?per_page=${perPage}&page=${page + 1}>; rel="next"`;
      return json(200, { total_count: ids.length, workflow_runs: slice.map(run) }, next ? { link } : {});
    }
    if ((match = /^\/repos\/acme\/widgets\/actions\/runs\/(\d+)\/jobs$/.exec(path))) {
      // Two jobs a page, whatever per_page asks, to exercise the Link header.
      const all = jobs(Number(match[1]));
      const page = Number(url.searchParams.get('page') ?? 1);
      const next = page * 2 < all.length;
      const link = `<http://127.0.0.1${path}?per_page=100&page=${page + 1}>; rel="next"`;
      return json(200, { total_count: all.length, jobs: all.slice((page - 1) * 2, page * 2) }, next ? { link } : {});
    }
    if ((match = /^\/repos\/acme\/widgets\/check-runs\/(\d+)\/annotations$/.exec(path))) {
      const runId = Math.floor(Number(match[1]) / 10);
      const failed = ANNOTATED.has(runId) || STEP_FAILED.has(runId);
      return json(
        200,
        failed
          ? [
              {
                path: '.github',
                blob_href: 'https://github.com/acme/widgets/blob/x/.github',
                start_line: 1,
                end_line: 1,
                start_column: null,
                end_column: null,
                annotation_level: 'failure',
                title: '',
                message: 'Process completed with exit code 1.',
                raw_details: '',
              },
            ]
          : [],
      );
    }
    if ((match = /^\/repos\/acme\/widgets\/actions\/jobs\/(\d+)\/logs$/.exec(path))) {
      response.writeHead(302, { location: `http://localhost:${logPort}/logs/${match[1]}?sig=short-lived` });
      return response.end();
    }
    json(404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' });
  });
  const port = await listen(api, '127.0.0.1');
  const close = async (): Promise<void> => {
    api.closeAllConnections();
    logServer.closeAllConnections();
    await Promise.all([new Promise((resolve) => api.close(resolve)), new Promise((resolve) => logServer.close(resolve))]);
  };
  return { url: `http://127.0.0.1:${port}`, requests, storage, close };
}

export { testJobId };
