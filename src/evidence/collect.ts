import path from 'node:path';
import { downloadRedirected, eachLimited, httpStatus, statusOf } from '../api.js';
import { API_CONCURRENCY } from '../api.js';
import type { ApiClient, RequestBudget } from '../api.js';
import type { EvidenceSource, EvidenceSummary } from '../engine.js';
import type { Finding } from '../rules/types.js';
import { analyseEvidence } from './analyse.js';
import { jobMatches } from './analyse.js';
import type { JobLayout, WorkflowLayout } from './layout.js';
import type { ApiAnnotation, ApiJob, ApiRun, WorkflowObservation } from './types.js';

/** A job log is read up to this size: failure summaries come at the end of a step, not after megabytes. */
const MAX_LOG_BYTES = 8 * 1024 * 1024;

export interface EvidenceOptions {
  client: ApiClient;
  owner: string;
  repo: string;
  /** The branch whose runs are read; default: the repository's default branch (one more request). */
  branch?: string;
  runs: number;
  budget: RequestBudget;
  timeoutMs: number;
  log: (message: string) => void;
}

/** A script file the step runs (`./ci/test.sh`, `bash scripts/run.sh`, `python tools/check.py`): what static analysis cannot see into. */
const RUNS_SCRIPT_FILE = /(?:^|[\s;&|(])(?:\.{0,2}\/)?[\w.-]+(?:\/[\w.-]+)*\.(?:sh|bash|py|ps1|pl|rb)\b|(?:^|[\s;&|(])\.\/[\w.-]+/m;

/**
 * How much a green job's log is worth reading, 0 for not at all: a step-level soft-fail only its
 * output can confirm (`|| true`, a pipe without pipefail) first, then a step that runs a script
 * file the audit cannot see into, then a test step or a command the classifier does not know —
 * each could print a test runner's failure summary and pass.
 */
function logPriority(job: JobLayout, findings: readonly Finding[]): number {
  if (findings.some((finding) => finding.job === job.id && finding.step !== null && finding.ruleId !== 'continue-on-error')) return 3;
  const runSteps = job.steps.filter((step) => step.run !== undefined);
  if (runSteps.some((step) => RUNS_SCRIPT_FILE.test(step.run!.text))) return 2;
  if (runSteps.some((step) => step.kind === 'test' || step.kind === 'unknown')) return 1;
  return 0;
}

const wantsAnnotations = (job: JobLayout, findings: readonly Finding[]): boolean =>
  findings.some((finding) => finding.job === job.id && finding.step !== null && finding.ruleId === 'continue-on-error');

class Stop extends Error {}

/** Whether GitHub's `Link` header names a next page (https://docs.github.com/en/rest/using-the-rest-api/using-pagination-in-the-rest-api). */
const hasNextPage = (headers: { link?: string }): boolean => /<[^>]*>;\s*rel="next"/.test(headers.link ?? '');

/**
 * Reads the last completed runs of each workflow on the default branch, their jobs, and — only
 * for green jobs where they can tell something — failure annotations and logs; within the request
 * budget, `API_CONCURRENCY` at a time. A refusal (403/404 without `actions: read`) is a notice and
 * the static findings stand; what the budget left unread makes the result partial.
 */
export function evidenceFromApi(options: EvidenceOptions): EvidenceSource {
  return async ({ findings, layouts }) => {
    const { client, owner, repo, budget } = options;
    const notices: string[] = [];
    let partialReason: string | null = null;
    const partial = (reason: string): void => {
      partialReason ??= reason;
    };
    let stopped = false;
    const spendable = (): boolean => {
      if (stopped) return false;
      if (budget.reserve()) return true;
      partial(`the request budget (${budget.max}) was spent`);
      return false;
    };
    const summary = (branch: string, workflows: number): EvidenceSummary => ({
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
    const refused = (what: string, error: unknown): void => {
      const status = httpStatus(error);
      const headers = (error as { response?: { headers?: Record<string, string | undefined> } }).response?.headers ?? {};
      // A 403 is also what an exhausted rate limit looks like: then the permission is not the problem.
      const rateLimited = headers['x-ratelimit-remaining'] === '0' || /rate limit/i.test((error as Error).message ?? '');
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
      if (!spendable()) return { analysis: { attachments: [], reports: [] }, summary: summary('', 0) };
      try {
        branch = (await client.rest.repos.get({ owner, repo })).data.default_branch;
      } catch (error) {
        refused(`the repository ${owner}/${repo}`, error);
        return { analysis: { attachments: [], reports: [] }, summary: summary('', 0) };
      }
    }

    // Workflows with a soft-fail first, so that a small budget goes where it matters; a workflow
    // only other workflows call has no runs of its own.
    const softFailing = (layout: WorkflowLayout): boolean =>
      findings.some(
        (finding) => finding.file === layout.file && (finding.category === 'soft-fail' || finding.category === 'retry-masking'),
      );
    const workflows = layouts
      .filter((layout) => layout.file.startsWith('.github/workflows/') && layout.events.some((event) => event !== 'workflow_call'))
      .sort((a, b) => Number(softFailing(b)) - Number(softFailing(a)) || (a.file < b.file ? -1 : 1));
    const observations: WorkflowObservation[] = workflows.map((layout) => ({ file: layout.file, runs: [] }));

    try {
      // 1. The runs of each workflow.
      await eachLimited(workflows, API_CONCURRENCY, async (layout) => {
        const observation = observations.find((entry) => entry.file === layout.file)!;
        const perPage = Math.min(options.runs, 100);
        for (let page = 1; observation.runs.length < options.runs; page++) {
          if (!spendable()) return;
          let runs: ApiRun[];
          let more: boolean;
          try {
            const response = await client.request('GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs', {
              owner,
              repo,
              workflow_id: path.posix.basename(layout.file),
              branch: branch!,
              status: 'completed',
              per_page: perPage,
              page,
            });
            runs = response.data.workflow_runs as ApiRun[];
            more = hasNextPage(response.headers);
          } catch (error) {
            if (httpStatus(error) === 403) {
              refused('the workflow runs', error);
              stopped = true;
              throw new Stop();
            }
            if (httpStatus(error) === 404) {
              // A workflow not on the default branch — or, on a private repository, a token without `actions: read`.
              notices.push(
                `${layout.file}: the runs were not found (HTTP 404): the workflow is not on ${branch}, or the token cannot read Actions runs (\`actions: read\`).`,
              );
              partial(`the runs of ${layout.file} could not be read`);
              return;
            }
            throw error;
          }
          for (const run of runs.slice(0, options.runs - observation.runs.length))
            observation.runs.push({ run, annotations: new Map(), logs: new Map() });
          if (!more || runs.length === 0) return;
        }
      });

      // 2. The jobs of each run, newest runs first.
      const allRuns = observations
        .flatMap((observation) => observation.runs)
        .sort((a, b) => (a.run.created_at < b.run.created_at ? 1 : -1));
      await eachLimited(allRuns, API_CONCURRENCY, async (observation) => {
        const jobs: ApiJob[] = [];
        for (let page = 1; ; page++) {
          if (!spendable()) return;
          try {
            const response = await client.request('GET /repos/{owner}/{repo}/actions/runs/{run_id}/jobs', {
              owner,
              repo,
              run_id: observation.run.id,
              per_page: 100,
              page,
            });
            const pageJobs = (response.data as { jobs: ApiJob[] }).jobs;
            jobs.push(...pageJobs);
            if (!hasNextPage(response.headers) || pageJobs.length === 0) break;
          } catch (error) {
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
      const tasks: Array<{ priority: number; at: string; task: () => Promise<void> }> = [];
      for (const [index, layout] of workflows.entries()) {
        const ofFile = findings.filter((finding) => finding.file === layout.file);
        for (const observation of observations[index]!.runs) {
          for (const apiJob of observation.jobs ?? []) {
            if (apiJob.conclusion !== 'success') continue;
            const job = layout.jobs.find((candidate) => jobMatches(candidate, apiJob.name));
            if (!job) continue;
            const stepFailureShown = (apiJob.steps ?? []).some((step) => step.conclusion === 'failure');
            if (wantsAnnotations(job, ofFile) && !stepFailureShown)
              tasks.push({
                priority: 4,
                at: observation.run.created_at,
                task: async () => {
                  if (!spendable()) return;
                  try {
                    const response = await client.request('GET /repos/{owner}/{repo}/check-runs/{check_run_id}/annotations', {
                      owner,
                      repo,
                      check_run_id: apiJob.id,
                      per_page: 50,
                    });
                    observation.annotations.set(apiJob.id, response.data as ApiAnnotation[]);
                  } catch (error) {
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
                  if (stopped) return;
                  try {
                    const log = await downloadRedirected(
                      client,
                      'GET /repos/{owner}/{repo}/actions/jobs/{job_id}/logs',
                      { owner, repo, job_id: apiJob.id },
                      { timeoutMs: options.timeoutMs, budget, maxBytes: MAX_LOG_BYTES },
                    );
                    if (log === undefined) partial(`the request budget (${budget.max}) was spent`);
                    else observation.logs.set(apiJob.id, log);
                  } catch (error) {
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
    } catch (error) {
      stopped = true;
      if (!(error instanceof Stop)) {
        notices.push(`Reading the runs failed (${statusOf(error)}); what was read so far is reported.`);
        partial(`reading the runs failed: ${statusOf(error)}`);
      }
    }
    for (const notice of notices) options.log(notice);
    const analysis = analyseEvidence(layouts, findings, observations, branch);
    return { analysis, summary: summary(branch, observations.filter((observation) => observation.runs.length > 0).length) };
  };
}
