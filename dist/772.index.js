export const id = 772;
export const ids = [772];
export const modules = {

/***/ 2772:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  RequestBudget: () => (/* reexport */ RequestBudget),
  apiClient: () => (/* reexport */ apiClient),
  evidenceFromApi: () => (/* reexport */ evidenceFromApi),
  remoteSources: () => (/* binding */ remoteSources),
  statusOf: () => (/* reexport */ statusOf)
});

// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js + 21 modules
var github = __webpack_require__(1758);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var dist_bundle = __webpack_require__(9735);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var plugin_throttling_dist_bundle = __webpack_require__(6856);
;// CONCATENATED MODULE: ./src/api.ts



/** The API base URL: `GITHUB_API_URL` (GitHub Enterprise Server, a local test server), else github.com's. */
const apiBaseUrl = () => (process.env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '');
/** Refused before it is sent: the request budget is spent. */
class BudgetExhausted extends Error {
    constructor(max) {
        super(`the request budget (${max}) is spent`);
        this.name = 'BudgetExhausted';
    }
}
/**
 * How many HTTP requests may be sent in all, retries and redirects included. Callers `reserve` a
 * call's requests before making it — synchronously, so that concurrent callers cannot both take
 * the last one — and stop when it says no; each request sent spends a reservation, or else what is
 * left (a retry). The client refuses any request past the budget, so the server never sees more
 * than `max`.
 */
class RequestBudget {
    max;
    used = 0;
    reserved = 0;
    constructor(max) {
        this.max = max;
    }
    reserve(requests = 1) {
        if (this.used + this.reserved + requests > this.max)
            return false;
        this.reserved += requests;
        return true;
    }
    /** Gives back a reservation that was not needed (a log served without a redirect). */
    release(requests = 1) {
        this.reserved = Math.max(0, this.reserved - requests);
    }
    spend() {
        if (this.reserved > 0)
            this.reserved--;
        else if (this.used + this.reserved >= this.max)
            throw new BudgetExhausted(this.max);
        this.used++;
    }
}
/**
 * The REST client: every request bounded by the network timeout, retried with backoff on 5xx and
 * network errors (twice), and on primary or secondary rate limits after the Retry-After GitHub
 * sends, once, when that is at most a minute away (@octokit/plugin-retry, @octokit/plugin-throttling).
 * The token goes only to `baseUrl`: Octokit resolves every route against it, a redirect to another
 * origin is followed without it, and a job log's redirect is downloaded apart (`downloadRedirected`).
 */
function apiClient(token, options) {
    const { timeoutMs, log, budget } = options;
    const waitOnce = (retryAfter, request, _octokit, retryCount) => {
        const again = retryCount === 0 && retryAfter <= 60 && (budget?.reserve() ?? true);
        log(`${request.method ?? 'GET'} ${request.url ?? ''} was rate limited; ${again ? `retrying in ${retryAfter} s` : 'giving up'}.`);
        return again;
    };
    const timedFetch = async (url, init) => {
        // Redirects are followed here, not by fetch, so that the token never follows one to another origin.
        let target = new URL(url);
        let headers = init.headers;
        for (let hop = 0;; hop++) {
            budget?.spend();
            const response = await fetch(target, { ...init, headers, redirect: 'manual', signal: AbortSignal.timeout(timeoutMs) });
            const location = response.headers.get('location');
            if (init.redirect === 'manual' || response.status < 300 || response.status >= 400 || !location || hop === 3)
                return response;
            const next = new URL(location, target);
            if (next.origin !== target.origin)
                headers = withoutAuthorization(headers);
            target = next;
        }
    };
    return github/* getOctokit */.Q(token, {
        ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}),
        request: { fetch: timedFetch },
        retry: { retries: 2, doNotRetry: [400, 401, 403, 404, 410, 422, 451] },
        throttle: { onRateLimit: waitOnce, onSecondaryRateLimit: waitOnce },
    }, dist_bundle/* retry */.L, plugin_throttling_dist_bundle/* throttling */.A);
}
/** Request headers without the token, for a redirect to another origin. */
function withoutAuthorization(headers) {
    return Object.fromEntries(Object.entries((headers ?? {})).filter(([name]) => name.toLowerCase() !== 'authorization'));
}
/** What went wrong with a request, as what it is: an HTTP status the server sent, or a network error (no response at all). */
const statusOf = (error) => {
    const { status, response, name } = error;
    if (typeof status === 'number' && response !== undefined)
        return `HTTP ${status}`;
    const cause = error.cause;
    if (cause?.name === 'BudgetExhausted' || name === 'BudgetExhausted')
        return cause?.message ?? error.message;
    // Octokit reports a request that got no response as an HttpError with status 500: it is not one.
    if (name !== 'HttpError')
        return error.message ?? String(error);
    const what = cause?.name === 'TimeoutError' || /aborted|timeout/i.test(error.message)
        ? 'no answer within the network timeout'
        : (error.message ?? String(error));
    return `network error: ${what}${cause?.message && !what.includes(cause.message) ? ` (${cause.message})` : ''}`;
};
/** The HTTP status of a failed request, or undefined when no response came. */
const httpStatus = (error) => {
    const { status, response } = error;
    return typeof status === 'number' && response !== undefined ? status : undefined;
};
/**
 * GETs an API route that answers with a redirect (a job's log: 302 to a short-lived storage URL on
 * another host) and downloads the target without the token: the Authorization header is for the
 * API host only. Reads at most `maxBytes`; returns undefined when the budget cannot pay for both
 * requests.
 */
async function downloadRedirected(client, route, parameters, options) {
    if (options.budget && !options.budget.reserve(2))
        return undefined;
    const response = await client.request(route, { ...parameters, request: { redirect: 'manual' } });
    if (response.status >= 200 && response.status < 300) {
        options.budget?.release();
        return typeof response.data === 'string' ? response.data : undefined;
    }
    const location = response.headers.location;
    if (!location)
        throw new Error(`${route} answered ${response.status} without a Location`);
    options.budget?.spend();
    const target = await fetch(new URL(location, apiBaseUrl()), { signal: AbortSignal.timeout(options.timeoutMs), redirect: 'follow' });
    if (!target.ok)
        throw new Error(`the log download answered HTTP ${target.status}`);
    return readAtMost(target, options.maxBytes);
}
async function readAtMost(response, maxBytes) {
    if (!response.body)
        return '';
    const chunks = [];
    let size = 0;
    for await (const chunk of response.body) {
        chunks.push(Buffer.from(chunk));
        size += chunk.byteLength;
        if (size >= maxBytes)
            break;
    }
    return Buffer.concat(chunks).subarray(0, maxBytes).toString('utf8');
}
/** Requests in flight at once: polite to the API, and enough to read 20 runs of a few workflows in seconds. */
const API_CONCURRENCY = 4;
/** Runs `work` over `items`, at most `limit` at a time, started in order. */
async function eachLimited(items, limit, work) {
    let next = 0;
    const worker = async () => {
        while (next < items.length)
            await work(items[next++]);
    };
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/evidence/analyse.ts + 1 modules
var analyse = __webpack_require__(7881);
;// CONCATENATED MODULE: ./src/evidence/collect.ts





/** A job log is read up to this size: failure summaries come at the end of a step, not after megabytes. */
const MAX_LOG_BYTES = 8 * 1024 * 1024;
/** A script file the step runs (`./ci/test.sh`, `bash scripts/run.sh`, `python tools/check.py`): what static analysis cannot see into. */
const RUNS_SCRIPT_FILE = /(?:^|[\s;&|(])(?:\.{0,2}\/)?[\w.-]+(?:\/[\w.-]+)*\.(?:sh|bash|py|ps1|pl|rb)\b|(?:^|[\s;&|(])\.\/[\w.-]+/m;
/**
 * How much a green job's log is worth reading, 0 for not at all: a step-level soft-fail only its
 * output can confirm (`|| true`, a pipe without pipefail) first, then a step that runs a script
 * file the audit cannot see into, then a test step or a command the classifier does not know —
 * each could print a test runner's failure summary and pass.
 */
function logPriority(job, findings) {
    if (findings.some((finding) => finding.job === job.id && finding.step !== null && finding.ruleId !== 'continue-on-error'))
        return 3;
    const runSteps = job.steps.filter((step) => step.run !== undefined);
    if (runSteps.some((step) => RUNS_SCRIPT_FILE.test(step.run.text)))
        return 2;
    if (runSteps.some((step) => step.kind === 'test' || step.kind === 'unknown'))
        return 1;
    return 0;
}
const wantsAnnotations = (job, findings) => findings.some((finding) => finding.job === job.id && finding.step !== null && finding.ruleId === 'continue-on-error');
class Stop extends Error {
}
/** Whether GitHub's `Link` header names a next page (https://docs.github.com/en/rest/using-the-rest-api/using-pagination-in-the-rest-api). */
const hasNextPage = (headers) => /<[^>]*>;\s*rel="next"/.test(headers.link ?? '');
/**
 * Reads the last completed runs of each workflow on the default branch, their jobs, and — only
 * for green jobs where they can tell something — failure annotations and logs; within the request
 * budget, `API_CONCURRENCY` at a time. A refusal (403/404 without `actions: read`) is a notice and
 * the static findings stand; what the budget left unread makes the result partial.
 */
function evidenceFromApi(options) {
    return async ({ findings, layouts }) => {
        const { client, owner, repo, budget } = options;
        const notices = [];
        let partialReason = null;
        const partial = (reason) => {
            partialReason ??= reason;
        };
        let stopped = false;
        const spendable = () => {
            if (stopped)
                return false;
            if (budget.reserve())
                return true;
            partial(`the request budget (${budget.max}) was spent`);
            return false;
        };
        const summary = (branch, workflows) => ({
            repository: `${owner}/${repo}`,
            branch,
            runsPerWorkflow: options.runs,
            workflows,
            requests: budget.used,
            maxRequests: budget.max,
            partial: partialReason !== null,
            reason: partialReason,
            notices,
        });
        const refused = (what, error) => {
            const status = httpStatus(error);
            const headers = error.response?.headers ?? {};
            // A 403 is also what an exhausted rate limit looks like: then the permission is not the problem.
            const rateLimited = headers['x-ratelimit-remaining'] === '0' || /rate limit/i.test(error.message ?? '');
            const why = rateLimited
                ? `${statusOf(error)}: rate limited — try again after the limit resets, or with a token`
                : status === 403 || status === 404
                    ? `${statusOf(error)}: the token cannot read Actions runs — give it \`actions: read\``
                    : statusOf(error);
            notices.push(`Could not read ${what} (${why}); the static findings are reported without evidence.`);
            partial(`could not read ${what}`);
        };
        let branch = options.branch;
        if (!branch) {
            if (!spendable())
                return { analysis: { attachments: [], reports: [] }, summary: summary('', 0) };
            try {
                branch = (await client.rest.repos.get({ owner, repo })).data.default_branch;
            }
            catch (error) {
                refused(`the repository ${owner}/${repo}`, error);
                return { analysis: { attachments: [], reports: [] }, summary: summary('', 0) };
            }
        }
        // Workflows with a soft-fail first, so that a small budget goes where it matters; a workflow
        // only other workflows call has no runs of its own.
        const softFailing = (layout) => findings.some((finding) => finding.file === layout.file && (finding.category === 'soft-fail' || finding.category === 'retry-masking'));
        const workflows = layouts
            .filter((layout) => layout.file.startsWith('.github/workflows/') && layout.events.some((event) => event !== 'workflow_call'))
            .sort((a, b) => Number(softFailing(b)) - Number(softFailing(a)) || (a.file < b.file ? -1 : 1));
        const observations = workflows.map((layout) => ({ file: layout.file, runs: [] }));
        try {
            // 1. The runs of each workflow.
            await eachLimited(workflows, API_CONCURRENCY, async (layout) => {
                const observation = observations.find((entry) => entry.file === layout.file);
                const perPage = Math.min(options.runs, 100);
                for (let page = 1; observation.runs.length < options.runs; page++) {
                    if (!spendable())
                        return;
                    let runs;
                    let more;
                    try {
                        const response = await client.request('GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs', {
                            owner,
                            repo,
                            workflow_id: external_node_path_default().posix.basename(layout.file),
                            branch: branch,
                            status: 'completed',
                            per_page: perPage,
                            page,
                        });
                        runs = response.data.workflow_runs;
                        more = hasNextPage(response.headers);
                    }
                    catch (error) {
                        if (httpStatus(error) === 403) {
                            refused('the workflow runs', error);
                            stopped = true;
                            throw new Stop();
                        }
                        if (httpStatus(error) === 404) {
                            // A workflow not on the default branch — or, on a private repository, a token without `actions: read`.
                            notices.push(`${layout.file}: the runs were not found (HTTP 404): the workflow is not on ${branch}, or the token cannot read Actions runs (\`actions: read\`).`);
                            partial(`the runs of ${layout.file} could not be read`);
                            return;
                        }
                        throw error;
                    }
                    for (const run of runs.slice(0, options.runs - observation.runs.length))
                        observation.runs.push({ run, annotations: new Map(), logs: new Map() });
                    if (!more || runs.length === 0)
                        return;
                }
            });
            // 2. The jobs of each run, newest runs first.
            const allRuns = observations
                .flatMap((observation) => observation.runs)
                .sort((a, b) => (a.run.created_at < b.run.created_at ? 1 : -1));
            await eachLimited(allRuns, API_CONCURRENCY, async (observation) => {
                const jobs = [];
                for (let page = 1;; page++) {
                    if (!spendable())
                        return;
                    try {
                        const response = await client.request('GET /repos/{owner}/{repo}/actions/runs/{run_id}/jobs', {
                            owner,
                            repo,
                            run_id: observation.run.id,
                            per_page: 100,
                            page,
                        });
                        const pageJobs = response.data.jobs;
                        jobs.push(...pageJobs);
                        if (!hasNextPage(response.headers) || pageJobs.length === 0)
                            break;
                    }
                    catch (error) {
                        if (httpStatus(error) === 403) {
                            refused('the jobs of the workflow runs', error);
                            stopped = true;
                            throw new Stop();
                        }
                        partial(`the jobs of run ${observation.run.id} could not be read (${statusOf(error)})`);
                        return;
                    }
                }
                observation.jobs = jobs;
            });
            // 3. Annotations and logs of green jobs, only where they can tell something.
            const tasks = [];
            for (const [index, layout] of workflows.entries()) {
                const ofFile = findings.filter((finding) => finding.file === layout.file);
                for (const observation of observations[index].runs) {
                    for (const apiJob of observation.jobs ?? []) {
                        if (apiJob.conclusion !== 'success')
                            continue;
                        const job = layout.jobs.find((candidate) => (0,analyse/* jobMatches */.zJ)(candidate, apiJob.name));
                        if (!job)
                            continue;
                        const stepFailureShown = (apiJob.steps ?? []).some((step) => step.conclusion === 'failure');
                        if (wantsAnnotations(job, ofFile) && !stepFailureShown)
                            tasks.push({
                                priority: 4,
                                at: observation.run.created_at,
                                task: async () => {
                                    if (!spendable())
                                        return;
                                    try {
                                        const response = await client.request('GET /repos/{owner}/{repo}/check-runs/{check_run_id}/annotations', {
                                            owner,
                                            repo,
                                            check_run_id: apiJob.id,
                                            per_page: 50,
                                        });
                                        observation.annotations.set(apiJob.id, response.data);
                                    }
                                    catch (error) {
                                        partial(`the annotations of job ${apiJob.id} could not be read (${statusOf(error)})`);
                                    }
                                },
                            });
                        const priority = logPriority(job, ofFile);
                        if (priority > 0)
                            tasks.push({
                                priority,
                                at: observation.run.created_at,
                                task: async () => {
                                    if (stopped)
                                        return;
                                    try {
                                        const log = await downloadRedirected(client, 'GET /repos/{owner}/{repo}/actions/jobs/{job_id}/logs', { owner, repo, job_id: apiJob.id }, { timeoutMs: options.timeoutMs, budget, maxBytes: MAX_LOG_BYTES });
                                        if (log === undefined)
                                            partial(`the request budget (${budget.max}) was spent`);
                                        else
                                            observation.logs.set(apiJob.id, log);
                                    }
                                    catch (error) {
                                        // Logs expire (90 days by default): a run without one is simply not examined for what only the log shows.
                                        partial(`the log of job ${apiJob.id} could not be read (${statusOf(error)})`);
                                    }
                                },
                            });
                    }
                }
            }
            // What says most first, so that a small budget is spent where it matters; newest runs first within each kind.
            tasks.sort((a, b) => b.priority - a.priority || (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
            await eachLimited(tasks, API_CONCURRENCY, ({ task }) => task());
        }
        catch (error) {
            stopped = true;
            if (!(error instanceof Stop)) {
                notices.push(`Reading the runs failed (${statusOf(error)}); what was read so far is reported.`);
                partial(`reading the runs failed: ${statusOf(error)}`);
            }
        }
        for (const notice of notices)
            options.log(notice);
        const analysis = (0,analyse/* analyseEvidence */.VL)(layouts, findings, observations, branch);
        return { analysis, summary: summary(branch, observations.filter((observation) => observation.runs.length > 0).length) };
    };
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: ./src/config.ts
var config = __webpack_require__(2973);
// EXTERNAL MODULE: ./src/load/discover.ts
var discover = __webpack_require__(3533);
;// CONCATENATED MODULE: ./src/remote/name.ts
/** The repository could not be read (missing, unreachable, truncated): the audit cannot say anything, so the CLI exits 2. */
class RemoteError extends Error {
}
/** `owner/name`, the only form `--repo` takes. */
function parseRepository(text) {
    const match = /^([A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)\/([A-Za-z0-9._-]+)$/.exec(text);
    if (!match || match[2] === '.' || match[2] === '..')
        return undefined;
    return { owner: match[1], repo: match[2] };
}

;// CONCATENATED MODULE: ./src/remote/repository.ts







/**
 * Reads a repository's workflows and local actions through the REST API, no clone: the repository
 * (for its default branch), one recursive tree, then the blobs of the audited files under
 * `.github/` and the config. Fails closed — an unreachable API, a missing repository or a tree
 * GitHub truncated is an error, never an empty audit.
 */
async function checkoutRemote(client, target, budget, where) {
    const { owner, repo } = target;
    const name = `${owner}/${repo}`;
    const call = async (what, request) => {
        if (!budget.reserve())
            throw new RemoteError(`the request budget (--max-requests ${budget.max}) ran out while reading ${what} of ${name}; raise it`);
        try {
            return await request();
        }
        catch (error) {
            const status = httpStatus(error);
            if (status === 404)
                throw new RemoteError(`${what} of ${name} not found at ${where} (HTTP 404): check the name, and that the token can read it`);
            if (status === 401 || status === 403)
                throw new RemoteError(`${where} refused to show ${what} of ${name} (${statusOf(error)}): check the token (GITHUB_TOKEN, GH_TOKEN or --token)`);
            throw new RemoteError(`cannot read ${what} of ${name} from ${where}: ${statusOf(error)}`);
        }
    };
    const repository = await call('the repository', () => client.rest.repos.get({ owner, repo }));
    const defaultBranch = repository.data.default_branch;
    const ref = target.ref ?? defaultBranch;
    const tree = await call(`the tree of ${ref}`, () => client.rest.git.getTree({ owner, repo, tree_sha: ref, recursive: 'true' }));
    // GitHub cuts a recursive tree at 100,000 entries or 7 MB: then files would be missing unseen.
    if (tree.data.truncated)
        throw new RemoteError(`the tree of ${name} at ${ref} is too large for one API response (truncated), so it cannot be audited completely`);
    // Only plain relative paths: a path with `..` or an empty segment from a hostile server must not write outside the directory.
    const blobs = tree.data.tree.filter((entry) => entry.type === 'blob' &&
        typeof entry.path === 'string' &&
        typeof entry.sha === 'string' &&
        Boolean(entry.mode?.startsWith('100')) &&
        entry.path.split('/').every((part) => part !== '' && part !== '.' && part !== '..'));
    const present = new Set(blobs.map((entry) => entry.path).filter(discover/* isAuditedPath */.My));
    const wanted = blobs.filter((entry) => entry.path.startsWith('.github/') && ((0,discover/* isAuditedPath */.My)(entry.path) || config/* CONFIG_FILES */.n0.includes(entry.path)));
    if (budget.used + wanted.length > budget.max)
        throw new RemoteError(`reading the ${wanted.length} workflow, action and config files of ${name} needs ${wanted.length} requests and the budget (--max-requests ${budget.max}) has ${budget.max - budget.used} left; raise it`);
    const directory = (0,external_node_fs_.mkdtempSync)(external_node_path_default().join((0,external_node_os_.tmpdir)(), 'silent-failure-audit-remote-'));
    await eachLimited(wanted, API_CONCURRENCY, async (entry) => {
        const blob = await call(entry.path, () => client.rest.git.getBlob({ owner, repo, file_sha: entry.sha }));
        const file = external_node_path_default().join(directory, ...entry.path.split('/'));
        (0,external_node_fs_.mkdirSync)(external_node_path_default().dirname(file), { recursive: true });
        (0,external_node_fs_.writeFileSync)(file, Buffer.from(blob.data.content, blob.data.encoding === 'base64' ? 'base64' : 'utf8'));
    });
    return { directory, defaultBranch, ref, present };
}

;// CONCATENATED MODULE: ./src/remote/sources.ts



// What the Action uses of the REST client, loaded through this module too: one import, one copy of the client.


/**
 * The repository read through the API (no PATH), and the evidence source (--evidence). The CLI
 * loads this module, and with it the REST client (Octokit and its plugins, which double the CLI's
 * start-up time), only for --repo.
 */
async function remoteSources(request, log, onCheckout) {
    const where = apiBaseUrl();
    const budget = new RequestBudget(request.maxRequests);
    // The token only ever goes to the API base URL (src/api.ts); it is never printed.
    const token = request.token ?? (process.env.GITHUB_TOKEN || process.env.GH_TOKEN || '');
    const client = apiClient(token, { timeoutMs: request.networkTimeoutMs, baseUrl: where, log, budget });
    let checkout;
    if (!request.pathsGiven) {
        checkout = await checkoutRemote(client, { ...request.repo, ...(request.ref ? { ref: request.ref } : {}) }, budget, where);
        onCheckout(checkout);
    }
    const evidence = request.evidence
        ? evidenceFromApi({
            client,
            ...request.repo,
            ...(checkout ? { branch: checkout.defaultBranch } : {}),
            runs: request.runs,
            budget,
            timeoutMs: request.networkTimeoutMs,
            log: (message) => log(`notice: ${message}`),
        })
        : undefined;
    return {
        paths: checkout ? [checkout.directory] : request.paths,
        audit: {
            ...(checkout ? { complete: true, present: checkout.present } : {}),
            ...(evidence ? { evidence } : {}),
        },
    };
}


/***/ })

};
