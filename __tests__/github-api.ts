import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { yaml } from './helpers.js';

/**
 * A local stand-in for GitHub's REST API on 127.0.0.1, serving acme/widgets (repos, git trees and
 * blobs, workflow runs, workflow jobs, check-run annotations, job logs), and a second server on
 * another host (localhost) standing for the log storage a job log redirects to. The bodies it and
 * the servers of action.test.ts answer with are exported (`bodies`, `errors`, `octoRepo`), and
 * rest-fixtures.test.ts checks each against GitHub's REST description (@octokit/openapi).
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

const API = 'https://api.github.com';
const WEB = 'https://github.com';

/** A `simple-user` (an organization here, as the owner of acme/widgets). */
export function simpleUser(login: string, id: number, type: 'User' | 'Organization' = 'Organization') {
  const url = `${API}/users/${login}`;
  return {
    login,
    id,
    node_id: `${type === 'User' ? 'U' : 'O'}_kgDO${String(id).padStart(6, '0')}`,
    avatar_url: `https://avatars.githubusercontent.com/u/${id}?v=4`,
    gravatar_id: '',
    url,
    html_url: `${WEB}/${login}`,
    followers_url: `${url}/followers`,
    following_url: `${url}/following{/other_user}`,
    gists_url: `${url}/gists{/gist_id}`,
    starred_url: `${url}/starred{/owner}{/repo}`,
    subscriptions_url: `${url}/subscriptions`,
    organizations_url: `${url}/orgs`,
    repos_url: `${url}/repos`,
    events_url: `${url}/events{/privacy}`,
    received_events_url: `${url}/received_events`,
    type,
    site_admin: false,
  };
}

/** A `minimal-repository`: what a workflow run carries as `repository` and `head_repository`. */
export function minimalRepository(owner: string, name: string, id: number) {
  const url = `${API}/repos/${owner}/${name}`;
  return {
    id,
    node_id: `R_kgDO${String(id).padStart(6, '0')}`,
    name,
    full_name: `${owner}/${name}`,
    owner: simpleUser(owner, 1000 + id),
    private: false,
    html_url: `${WEB}/${owner}/${name}`,
    description: null as string | null,
    fork: false,
    url,
    archive_url: `${url}/{archive_format}{/ref}`,
    assignees_url: `${url}/assignees{/user}`,
    blobs_url: `${url}/git/blobs{/sha}`,
    branches_url: `${url}/branches{/branch}`,
    collaborators_url: `${url}/collaborators{/collaborator}`,
    comments_url: `${url}/comments{/number}`,
    commits_url: `${url}/commits{/sha}`,
    compare_url: `${url}/compare/{base}...{head}`,
    contents_url: `${url}/contents/{+path}`,
    contributors_url: `${url}/contributors`,
    deployments_url: `${url}/deployments`,
    downloads_url: `${url}/downloads`,
    events_url: `${url}/events`,
    forks_url: `${url}/forks`,
    git_commits_url: `${url}/git/commits{/sha}`,
    git_refs_url: `${url}/git/refs{/sha}`,
    git_tags_url: `${url}/git/tags{/sha}`,
    hooks_url: `${url}/hooks`,
    issue_comment_url: `${url}/issues/comments{/number}`,
    issue_events_url: `${url}/issues/events{/number}`,
    issues_url: `${url}/issues{/number}`,
    keys_url: `${url}/keys{/key_id}`,
    labels_url: `${url}/labels{/name}`,
    languages_url: `${url}/languages`,
    merges_url: `${url}/merges`,
    milestones_url: `${url}/milestones{/number}`,
    notifications_url: `${url}/notifications{?since,all,participating}`,
    pulls_url: `${url}/pulls{/number}`,
    releases_url: `${url}/releases{/id}`,
    stargazers_url: `${url}/stargazers`,
    statuses_url: `${url}/statuses/{sha}`,
    subscribers_url: `${url}/subscribers`,
    subscription_url: `${url}/subscription`,
    tags_url: `${url}/tags`,
    teams_url: `${url}/teams`,
    trees_url: `${url}/git/trees{/sha}`,
  };
}

/** A `full-repository`, the body of `GET /repos/{owner}/{repo}`. */
export function fullRepository(owner: string, name: string, id: number, defaultBranch = 'main') {
  const minimal = minimalRepository(owner, name, id);
  return {
    ...minimal,
    clone_url: `${WEB}/${owner}/${name}.git`,
    git_url: `git://github.com/${owner}/${name}.git`,
    ssh_url: `git@github.com:${owner}/${name}.git`,
    svn_url: `${WEB}/${owner}/${name}`,
    mirror_url: null,
    homepage: null,
    language: 'Python',
    default_branch: defaultBranch,
    forks: 0,
    forks_count: 0,
    stargazers_count: 0,
    watchers: 0,
    watchers_count: 0,
    size: 128,
    open_issues: 0,
    open_issues_count: 0,
    has_issues: true,
    has_projects: true,
    has_wiki: false,
    has_pages: false,
    has_discussions: false,
    archived: false,
    disabled: false,
    visibility: 'public',
    license: null,
    pushed_at: '2026-03-15T10:00:00Z',
    created_at: '2026-01-01T10:00:00Z',
    updated_at: '2026-03-15T10:00:00Z',
    network_count: 0,
    subscribers_count: 1,
  };
}

/** A `git-tree`, the body of `GET /repos/{owner}/{repo}/git/trees/{tree_sha}?recursive=true`. */
export function gitTree(
  fullName: string,
  treeSha: string,
  entries: Array<{ path: string; type: 'blob' | 'tree'; sha: string; size?: number }>,
) {
  const url = `${API}/repos/${fullName}`;
  return {
    sha: treeSha,
    url: `${url}/git/trees/${treeSha}`,
    tree: entries.map(({ path, type, sha, size }) =>
      type === 'tree'
        ? { path, mode: '040000', type, sha, url: `${url}/git/trees/${sha}` }
        : { path, mode: '100644', type, sha, size: size ?? 0, url: `${url}/git/blobs/${sha}` },
    ),
    truncated: false,
  };
}

/** A `blob`, the body of `GET /repos/{owner}/{repo}/git/blobs/{file_sha}`: base64 in 60-character lines, as GitHub sends it. */
export function gitBlob(fullName: string, blobSha: string, text: string) {
  return {
    sha: blobSha,
    node_id: `B_kwDO${blobSha.slice(0, 12)}`,
    size: Buffer.byteLength(text),
    url: `${API}/repos/${fullName}/git/blobs/${blobSha}`,
    content: Buffer.from(text)
      .toString('base64')
      .replace(/(.{60})/g, '$1\n'),
    encoding: 'base64',
  };
}

/** The body of `GET /repos/{owner}/{repo}/rules/branches/{branch}` with one `required_status_checks` rule. */
export function branchRules(fullName: string, contexts: string[]) {
  return [
    {
      type: 'required_status_checks',
      parameters: {
        strict_required_status_checks_policy: false,
        do_not_enforce_on_create: false,
        required_status_checks: contexts.map((context) => ({ context })),
      },
      ruleset_source_type: 'Repository',
      ruleset_source: fullName,
      ruleset_id: 42,
    },
  ];
}

/** A `branch-with-protection`, the body of `GET /repos/{owner}/{repo}/branches/{branch}`, requiring `contexts`. */
export function protectedBranch(fullName: string, branch: string, contexts: string[]) {
  const url = `${API}/repos/${fullName}`;
  const head = sha(`${fullName}@${branch}`);
  const parent = sha(`${fullName}@${branch}^`);
  const person = { name: 'Mona Octocat', email: 'mona@example.com', date: '2026-03-15T10:00:00Z' };
  const user = simpleUser('mona', 583231, 'User');
  return {
    name: branch,
    commit: {
      sha: head,
      node_id: `C_kwDO${head.slice(0, 12)}`,
      url: `${url}/commits/${head}`,
      html_url: `${WEB}/${fullName}/commit/${head}`,
      comments_url: `${url}/commits/${head}/comments`,
      commit: {
        url: `${url}/git/commits/${head}`,
        author: person,
        committer: person,
        message: 'Merge pull request #7',
        comment_count: 0,
        tree: { sha: sha(`${head}^{tree}`), url: `${url}/git/trees/${sha(`${head}^{tree}`)}` },
      },
      author: user,
      committer: user,
      parents: [{ sha: parent, url: `${url}/commits/${parent}`, html_url: `${WEB}/${fullName}/commit/${parent}` }],
    },
    _links: { self: `${url}/branches/${branch}`, html: `${WEB}/${fullName}/tree/${branch}` },
    protected: true,
    protection: {
      enabled: true,
      required_status_checks: {
        enforcement_level: 'non_admins',
        contexts,
        checks: contexts.map((context) => ({ context, app_id: null })),
      },
    },
    protection_url: `${url}/branches/${branch}/protection`,
  };
}

const REPOSITORY = fullRepository('acme', 'widgets', 1);
const RUN_IDS = [105, 104, 103, 102, 101];
/** Runs in which the steps list shows "Run tests" failed; in 104 only a failure annotation says so. */
const STEP_FAILED = new Set([105, 103]);
const ANNOTATED = new Set([104]);
/** Runs whose integration-test log shows pytest's failure summary in a step that passed. */
const LOG_FAILED = new Set([105, 102]);

const createdAt = (run: number): string => `2026-03-${String(run - 90).padStart(2, '0')}T10:00:00Z`;
const runUrl = (run: number): string => `https://github.com/acme/widgets/actions/runs/${run}`;

/** A `workflow-run` of ci.yml on main, as `GET .../actions/workflows/{workflow_id}/runs` lists it. */
function run(id: number) {
  const api = `${API}/repos/acme/widgets`;
  const headSha = sha(String(id));
  const widgets = minimalRepository('acme', 'widgets', 1);
  return {
    id,
    name: 'CI',
    node_id: `WFR_${id}`,
    head_branch: 'main',
    head_sha: headSha,
    path: '.github/workflows/ci.yml',
    display_title: `Merge pull request #${id - 90}`,
    run_number: id - 100,
    event: 'push',
    status: 'completed',
    conclusion: 'success',
    workflow_id: 7,
    check_suite_id: id * 100,
    check_suite_node_id: `CS_${id}`,
    url: `${api}/actions/runs/${id}`,
    html_url: runUrl(id),
    pull_requests: [],
    created_at: createdAt(id),
    updated_at: createdAt(id),
    actor: simpleUser('mona', 583231, 'User'),
    triggering_actor: simpleUser('mona', 583231, 'User'),
    run_attempt: 1,
    run_started_at: createdAt(id),
    jobs_url: `${api}/actions/runs/${id}/jobs`,
    logs_url: `${api}/actions/runs/${id}/logs`,
    check_suite_url: `${api}/check-suites/${id * 100}`,
    artifacts_url: `${api}/actions/runs/${id}/artifacts`,
    cancel_url: `${api}/actions/runs/${id}/cancel`,
    rerun_url: `${api}/actions/runs/${id}/rerun`,
    previous_attempt_url: null,
    workflow_url: `${api}/actions/workflows/7`,
    head_commit: {
      id: headSha,
      tree_id: sha(`tree ${id}`),
      message: `Merge pull request #${id - 90}`,
      timestamp: createdAt(id),
      author: { name: 'Mona Octocat', email: 'mona@example.com' },
      committer: { name: 'GitHub', email: 'noreply@github.com' },
    },
    repository: widgets,
    head_repository: widgets,
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

/**
 * The bodies the API server answers with, one function per endpoint, exported so that
 * rest-fixtures.test.ts can check every one against GitHub's REST description without a server.
 */
export const bodies = {
  /** `GET /repos/acme/widgets` (repos/get). */
  repository: () => REPOSITORY,
  /** `GET /repos/acme/widgets/git/trees/{tree_sha}` (git/get-tree). */
  tree: () =>
    gitTree('acme/widgets', sha('tree'), [
      { path: '.github', type: 'tree', sha: sha('.github') },
      { path: '.github/workflows', type: 'tree', sha: sha('.github/workflows') },
      ...Object.entries(FILES).map(([file, text]) => ({
        path: file,
        type: 'blob' as const,
        sha: sha(file),
        size: Buffer.byteLength(text),
      })),
    ]),
  /** `GET /repos/acme/widgets/git/blobs/{file_sha}` (git/get-blob); undefined for a sha the tree does not list. */
  blob: (blobSha: string) => {
    const file = Object.keys(FILES).find((candidate) => sha(candidate) === blobSha);
    return file === undefined ? undefined : gitBlob('acme/widgets', blobSha, FILES[file]!);
  },
  /** Every blob sha the tree lists. */
  blobShas: (): string[] => Object.keys(FILES).map(sha),
  /** `GET /repos/acme/widgets/actions/workflows/ci.yml/runs` (actions/list-workflow-runs): one page of `total` runs. */
  workflowRuns: (ids: number[], total: number) => ({ total_count: total, workflow_runs: ids.map(run) }),
  /** The run ids the runs endpoint lists for branch=main&status=completed, newest first. */
  runIds: (): number[] => [...RUN_IDS],
  /** `GET /repos/acme/widgets/actions/runs/{run_id}/jobs` (actions/list-jobs-for-workflow-run): two jobs a page. */
  jobs: (runId: number, page: number) => {
    const all = jobs(runId);
    return { total_count: all.length, jobs: all.slice((page - 1) * 2, page * 2) };
  },
  /** How many pages of jobs a run has. */
  jobPages: (runId: number): number => Math.ceil(jobs(runId).length / 2),
  /** `GET /repos/acme/widgets/check-runs/{check_run_id}/annotations` (checks/list-annotations). */
  annotations: (checkRunId: number) => {
    const runId = Math.floor(checkRunId / 10);
    return ANNOTATED.has(runId) || STEP_FAILED.has(runId)
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
      : [];
  },
  /** `GET /repos/acme/widgets/actions/jobs/{job_id}/logs` (actions/download-job-logs-for-workflow-run): a 302 to the log storage. */
  jobLogRedirect: (jobId: number, storage: string) => ({
    status: 302,
    headers: { location: `${storage}/logs/${jobId}?sig=short-lived` },
  }),
};

/** The error bodies the API server answers with (GitHub's `basic-error`). */
export const errors = {
  notFound: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' },
  forbidden: {
    message: 'Resource not accessible by integration',
    documentation_url: 'https://docs.github.com/rest',
    status: '403',
  },
  movedPermanently: { message: 'Moved Permanently', documentation_url: 'https://docs.github.com/rest' },
  secondaryRateLimit: {
    message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
    documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api',
  },
};

/**
 * What the local servers of action.test.ts answer for octo/repo: the base commit's tree and blob
 * (read through the REST API when git cannot), and the base branch's required status checks.
 */
export const octoRepo = {
  tree: (treeSha: string, blobs: Array<{ path: string; sha: string; size: number }>) =>
    gitTree(
      'octo/repo',
      treeSha,
      blobs.map((blob) => ({ ...blob, type: 'blob' as const })),
    ),
  blob: (blobSha: string, text: string) => gitBlob('octo/repo', blobSha, text),
  /** A ruleset requiring one status check of the matrix job "Unit tests". */
  rulesets: branchRules('octo/repo', ['Unit tests (3.12)']),
  /** Classic branch protection requiring the docs job. */
  branchProtection: protectedBranch('octo/repo', 'main', ['docs']),
};

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
      return response.end(JSON.stringify(bodies.repository()));
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
    if (options.actionsForbidden && (/\/actions\//.test(path) || /\/check-runs\//.test(path))) return json(403, errors.forbidden);
    if (path === '/repos/acme/widgets' && options.redirectRepository)
      return json(301, errors.movedPermanently, { location: `http://localhost:${logPort}/moved/repos/acme/widgets` });
    if (path === '/repos/acme/widgets') return json(200, bodies.repository());
    if (/^\/repos\/acme\/widgets\/git\/trees\/[^/]+$/.test(path)) return json(200, bodies.tree());
    if ((match = /^\/repos\/acme\/widgets\/git\/blobs\/([0-9a-f]{40})$/.exec(path))) {
      const blob = bodies.blob(match[1]!);
      return blob ? json(200, blob) : json(404, errors.notFound);
    }
    if (path === '/repos/acme/widgets/actions/workflows/ci.yml/runs') {
      if (options.rateLimitOnce && !rateLimited) {
        rateLimited = true;
        return json(429, errors.secondaryRateLimit, { 'retry-after': '1' });
      }
      const perPage = Number(url.searchParams.get('per_page') ?? 30);
      const page = Number(url.searchParams.get('page') ?? 1);
      const ids = url.searchParams.get('branch') === 'main' && url.searchParams.get('status') === 'completed' ? RUN_IDS : [];
      const slice = ids.slice((page - 1) * perPage, page * perPage);
      const next = page * perPage < ids.length;
      const link = `<http://127.0.0.1${path}?per_page=${perPage}&page=${page + 1}>; rel="next"`;
      return json(200, bodies.workflowRuns(slice, ids.length), next ? { link } : {});
    }
    if ((match = /^\/repos\/acme\/widgets\/actions\/runs\/(\d+)\/jobs$/.exec(path))) {
      // Two jobs a page, whatever per_page asks, to exercise the Link header.
      const runId = Number(match[1]);
      const page = Number(url.searchParams.get('page') ?? 1);
      const next = page < bodies.jobPages(runId);
      const link = `<http://127.0.0.1${path}?per_page=100&page=${page + 1}>; rel="next"`;
      return json(200, bodies.jobs(runId, page), next ? { link } : {});
    }
    if ((match = /^\/repos\/acme\/widgets\/check-runs\/(\d+)\/annotations$/.exec(path)))
      return json(200, bodies.annotations(Number(match[1])));
    if ((match = /^\/repos\/acme\/widgets\/actions\/jobs\/(\d+)\/logs$/.exec(path))) {
      const redirect = bodies.jobLogRedirect(Number(match[1]), `http://localhost:${logPort}`);
      response.writeHead(redirect.status, redirect.headers);
      return response.end();
    }
    json(404, errors.notFound);
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
