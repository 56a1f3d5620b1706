import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as core from '@actions/core';
import * as github from '@actions/github';
import { applyBaseline, parseBaseline } from './baseline.js';
import { ConfigError, findConfig, loadConfig } from './config.js';
import type { Config } from './config.js';
import { audit } from './engine.js';
import type { AuditResult } from './engine.js';
import { checkoutAuditedFiles, ensureCommit } from './git.js';
import { isAuditedPath } from './load/discover.js';
import { applyRequiredChecks, contextsFromBranch, contextsFromRules } from './inventory/required.js';
import type { RequiredChecks } from './inventory/required.js';
import { blockingFindings, DEFAULT_MIN_CONFIDENCE, FAIL_ON_VALUES, parseConfidence, parseFailOn } from './outcome.js';
import { CONFIDENCES } from './rules/types.js';
import { planAnnotations } from './report/annotations.js';
import { formatJson } from './report/json.js';
import { formatMarkdown } from './report/markdown.js';
import { formatSarif } from './report/sarif.js';
import { didYouMean } from './suggest.js';

/** `https://github.com/o/r/blob/<sha>` for the commit under review, so summary rows link to the line. */
function linkBase(): string | undefined {
  const { serverUrl, repo, sha, payload } = github.context;
  const head = (payload.pull_request as { head?: { sha?: string } } | undefined)?.head?.sha ?? sha;
  if (!repo.owner || !repo.repo || !head) return undefined;
  return `${serverUrl}/${repo.owner}/${repo.repo}/blob/${head}`;
}

function currentRepo(): { owner: string; repo: string } | undefined {
  try {
    return github.context.repo;
  } catch {
    return undefined; // GITHUB_REPOSITORY unset: running outside Actions
  }
}

const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target']);

/** The base commit of the pull request under review, from the event payload. */
function pullRequestBase(): string | undefined {
  if (!PULL_REQUEST_EVENTS.has(github.context.eventName)) return undefined;
  const sha = (github.context.payload.pull_request as { base?: { sha?: unknown } } | undefined)?.base?.sha;
  // A SHA is all that is passed to git; anything else is refused rather than handed over as an argument.
  return typeof sha === 'string' && /^[0-9a-f]{40}([0-9a-f]{24})?$/.test(sha) ? sha : undefined;
}

/**
 * The base's workflow and action files through the REST API (a git tree, then blobs), for when git
 * cannot read the base — no .git directory, or no remote to fetch from. Only `root`'s files, laid
 * out as they are under it.
 */
async function checkoutViaApi(token: string, sha: string, root: string): Promise<string> {
  const octokit = github.getOctokit(token);
  const { owner, repo } = github.context.repo;
  const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
  const prefix = path.relative(workspace, path.resolve(root)).split(path.sep).join('/');
  const tree = await octokit.rest.git.getTree({ owner, repo, tree_sha: sha, recursive: 'true' });
  if (tree.data.truncated) throw new Error('the repository tree is too large for one API response');
  const out = mkdtempSync(path.join(process.env.RUNNER_TEMP || tmpdir(), 'silent-failure-audit-base-'));
  for (const entry of tree.data.tree) {
    if (entry.type !== 'blob' || !entry.path || !entry.sha || !entry.mode?.startsWith('100')) continue;
    if (prefix && !entry.path.startsWith(`${prefix}/`)) continue;
    const relative = prefix ? entry.path.slice(prefix.length + 1) : entry.path;
    if (!isAuditedPath(relative)) continue;
    const blob = await octokit.rest.git.getBlob({ owner, repo, file_sha: entry.sha });
    const target = path.join(out, ...relative.split('/'));
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, Buffer.from(blob.data.content, blob.data.encoding === 'base64' ? 'base64' : 'utf8'));
  }
  return out;
}

/**
 * Marks what the pull request's base already had as not new. When the base cannot be read, says so
 * and leaves every finding new: failing closed, never passing silently.
 */
async function compareWithBase(result: AuditResult, root: string, config: Config | null): Promise<void> {
  const sha = pullRequestBase();
  if (!sha) {
    core.warning('new-only: no pull request base commit in the event payload, so every finding counts as new.');
    return;
  }
  let checkout: string;
  try {
    ensureCommit(root, sha);
    checkout = checkoutAuditedFiles(root, sha);
  } catch (gitError) {
    const token = core.getInput('token');
    try {
      if (!token) throw new Error('no token input for the REST API fallback');
      checkout = await checkoutViaApi(token, sha, root);
      core.info(`git could not read the base commit (${(gitError as Error).message}); read it through the REST API instead.`);
    } catch (apiError) {
      core.warning(
        `new-only: could not read the base commit ${sha} with git (${(gitError as Error).message}) or the REST API (${(apiError as Error).message}), so every finding counts as new.`,
      );
      return;
    }
  }
  // The head's config applies to the base as well, so that the same rules and severities compare.
  const base = await audit([checkout], { config, complete: existsSync(path.join(root, '.git')) });
  applyBaseline(result.findings, new Set(base.findings.filter((finding) => !finding.suppressed).map((finding) => finding.fingerprint)));
  core.info(
    `Compared with the pull request base ${sha}: ${result.findings.filter((finding) => !finding.new).length} finding(s) were already there.`,
  );
}

/** The branch whose protection decides what merges: the pull request's base, else the default branch. */
function protectedBranch(): string | undefined {
  const payload = github.context.payload as { pull_request?: { base?: { ref?: unknown } }; repository?: { default_branch?: unknown } };
  const candidates = [payload.pull_request?.base?.ref, payload.repository?.default_branch, process.env.GITHUB_REF_NAME];
  return candidates.find((candidate): candidate is string => typeof candidate === 'string' && candidate !== '');
}

const statusOf = (error: unknown): string => {
  const status = (error as { status?: unknown }).status;
  return typeof status === 'number' ? `HTTP ${status}` : (error as Error).message;
};

/**
 * The status checks the base branch requires, from its rulesets and its classic protection. Either
 * can be refused (no permission, no protection); when both are, says so in a notice and returns nothing.
 */
async function readRequiredChecks(token: string): Promise<RequiredChecks | undefined> {
  const branch = protectedBranch();
  const repo = currentRepo();
  if (!branch || !repo) return undefined;
  const octokit = github.getOctokit(token);
  const contexts = new Set<string>();
  const sources: string[] = [];
  const failures: string[] = [];
  try {
    const rules = await octokit.request('GET /repos/{owner}/{repo}/rules/branches/{branch}', { ...repo, branch });
    for (const context of contextsFromRules(rules.data)) contexts.add(context);
    sources.push('rulesets');
  } catch (error) {
    failures.push(`rulesets: ${statusOf(error)}`);
  }
  try {
    const protection = await octokit.request('GET /repos/{owner}/{repo}/branches/{branch}', { ...repo, branch });
    for (const context of contextsFromBranch(protection.data)) contexts.add(context);
    sources.push('branch protection');
  } catch (error) {
    failures.push(`branch protection: ${statusOf(error)}`);
  }
  if (sources.length === 0) {
    core.notice(
      `Could not read the required status checks of ${branch} (${failures.join('; ')}), so severities do not take them into account.`,
    );
    return undefined;
  }
  core.info(`${branch} requires ${contexts.size} status check(s) (read from ${sources.join(' and ')}).`);
  return { branch, contexts: [...contexts], sources };
}

/**
 * The Action entry: the only place that reads inputs, writes outputs, annotations and the job
 * summary. Everything it calls is plain TypeScript.
 */
export async function run(): Promise<void> {
  try {
    const root = core.getInput('path') || '.';
    const failOnInput = core.getInput('fail-on');
    const failOnGiven = failOnInput === '' ? undefined : parseFailOn(failOnInput);
    if (failOnInput !== '' && !failOnGiven) {
      core.setFailed(
        `Input "fail-on" must be one of ${FAIL_ON_VALUES.join(', ')}, not "${failOnInput}"${didYouMean(failOnInput, FAIL_ON_VALUES)}.`,
      );
      return;
    }
    const minConfidenceInput = core.getInput('min-confidence');
    const minConfidence = parseConfidence(minConfidenceInput || DEFAULT_MIN_CONFIDENCE);
    if (!minConfidence) {
      core.setFailed(
        `Input "min-confidence" must be one of ${CONFIDENCES.join(', ')}, not "${minConfidenceInput}"${didYouMean(minConfidenceInput, CONFIDENCES)}.`,
      );
      return;
    }
    let config: Config | null;
    try {
      const configInput = core.getInput('config');
      const file = configInput || findConfig(root);
      config = file ? loadConfig(file) : null;
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      for (const problem of error.problems) {
        const [, file, line, column, message] = /^(.*?):(\d+):(\d+): (.*)$/.exec(problem) ?? [];
        if (file && message) core.error(message, { file, startLine: Number(line), startColumn: Number(column) });
        else core.error(problem);
      }
      core.setFailed(`Invalid config:\n${error.problems.join('\n')}`);
      return;
    }
    // Input > config > default.
    const failOn = failOnGiven ?? config?.failOn ?? 'high';
    if (config) core.info(`Using the config ${config.file}.`);
    const annotate = core.getInput('annotations') === '' || core.getBooleanInput('annotations');
    const summarise = core.getInput('summary') === '' || core.getBooleanInput('summary');

    const result = await audit([root], { config });
    for (const error of result.errors) core.warning(`${error.file}: ${error.message}`);
    const token = core.getInput('token');
    const readRequired = core.getInput('required-checks') === '' || core.getBooleanInput('required-checks');
    if (readRequired && !token) core.notice('No token input, so the required status checks were not read.');
    if (readRequired && token) {
      const required = await readRequiredChecks(token);
      if (required) applyRequiredChecks(result.inventory, result.findings, required);
    }
    const baselineFile = core.getInput('baseline');
    if (baselineFile) applyBaseline(result.findings, parseBaseline(readFileSync(baselineFile, 'utf8'), baselineFile));
    const newOnlyInput = core.getInput('new-only');
    const newOnly = newOnlyInput === '' ? PULL_REQUEST_EVENTS.has(github.context.eventName) : core.getBooleanInput('new-only');
    if (newOnly) await compareWithBase(result, root, config);
    const blocking = blockingFindings(result.findings, failOn, minConfidence);

    let notAnnotated = 0;
    if (annotate) {
      const existing = core.getInput('existing-annotations') || 'notice';
      if (existing !== 'notice' && existing !== 'none') {
        core.setFailed(`Input "existing-annotations" must be notice or none, not "${existing}".`);
        return;
      }
      const plan = planAnnotations(result.findings, existing);
      notAnnotated = plan.omitted;
      for (const { level, finding, title } of plan.annotations) {
        const sameLine = finding.line === finding.endLine;
        const properties: core.AnnotationProperties = {
          title,
          file: path.posix.join(root.split(path.sep).join('/'), finding.file),
          startLine: finding.line,
          endLine: finding.endLine,
          ...(sameLine ? { startColumn: finding.column, endColumn: finding.endColumn } : {}),
        };
        core[level](finding.message, properties);
      }
    }

    if (summarise && process.env.GITHUB_STEP_SUMMARY) {
      const base = currentRepo() ? linkBase() : undefined;
      await core.summary
        .addRaw(formatMarkdown(result, { linkBase: base, failOn, blocking: blocking.length, notAnnotated, collapseInventory: true }))
        .write();
    }

    const reports = mkdtempSync(path.join(process.env.RUNNER_TEMP || tmpdir(), 'silent-failure-audit-'));
    const jsonFile = path.join(reports, 'findings.json');
    writeFileSync(jsonFile, formatJson(result));
    // For github/codeql-action/upload-sarif: at the path asked for, else beside the JSON report.
    const sarifFile = core.getInput('sarif-file') || path.join(reports, 'results.sarif');
    writeFileSync(sarifFile, formatSarif(result));
    const active = result.findings.filter((finding) => !finding.suppressed);
    core.setOutput('findings', active.length);
    core.setOutput('high', active.filter((finding) => finding.severity === 'high').length);
    core.setOutput('new-findings', active.filter((finding) => finding.new).length);
    core.setOutput('suppressed', result.findings.length - active.length);
    core.setOutput('new-high', active.filter((finding) => finding.new && finding.severity === 'high').length);
    core.setOutput('json-file', jsonFile);
    core.setOutput('sarif-file', sarifFile);

    if (blocking.length > 0) {
      core.setFailed(`${blocking.length} silent-failure finding(s) at or above "${failOn}". See the annotations and the job summary.`);
    }
  } catch (error) {
    core.setFailed(`silent-failure-audit failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}
