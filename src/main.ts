import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ApiClient } from './api.js';
import { applyBaseline, parseBaseline } from './baseline.js';
import { CONFIG_FILES, ConfigError, findConfig, loadConfig } from './config.js';
import type { Config } from './config.js';
import { audit } from './engine.js';
import type { AuditResult, EvidenceSource, HiddenFinding } from './engine.js';
import { EVIDENCE_RULE_IDS } from './evidence/analyse.js';
import { DEFAULT_MAX_REQUESTS, DEFAULT_RUNS } from './evidence/defaults.js';
import { changesSince, checkoutAuditedFiles, ensureCommit, readFilesAt } from './git.js';
import type { Changes } from './git.js';
import { BROKEN_LOCAL_REFERENCE_RULE } from './inventory/inventory.js';
import { PULL_REQUEST_EVENTS } from './inventory/triggers.js';
import { isAuditedPath } from './load/discover.js';
import { InputFileError, isInside, readInputFile } from './load/read.js';
import { applyRequiredChecks, contextsFromBranch, contextsFromRules } from './inventory/required.js';
import type { RequiredChecks } from './inventory/required.js';
import { blockingFindings, DEFAULT_MIN_CONFIDENCE, FAIL_ON_VALUES, parseConfidence, parseFailOn } from './outcome.js';
import { CONFIDENCES, isAtLeast, isSilentFailure } from './rules/types.js';
import { ANNOTATION_BUDGET, planAnnotations } from './report/annotations.js';
import { writeJson } from './report/json.js';
import { formatMarkdown } from './report/markdown.js';
import { formatSarif } from './report/sarif.js';
import { formatText } from './report/text.js';
import { encodePath, escapeMarkdown } from './report/escape.js';
import { didYouMean } from './suggest.js';
import { calledWorkflowPath } from './model/callers.js';
import { clip } from './clip.js';
// What @actions/core and @actions/github's context did for the Action, without loading them (src/runner.ts).
import * as core from './runner.js';
import { context as github } from './runner.js';

/**
 * The REST client and the evidence reader, loaded only by a run that calls the API: they are most of
 * the bundle's code (Octokit, undici), and a push without a token, or with required-checks off, never
 * needs them (docs/performance.md). One import, so that the bundle has one copy of the client.
 */
const restApi = (): Promise<typeof import('./remote/sources.js')> => import('./remote/sources.js');

/**
 * `https://github.com/o/r/blob/<sha>/<dir>` for the commit that was audited (`GITHUB_SHA`: on a pull
 * request the merge commit actions/checkout checks out, whose lines the findings carry), so summary
 * rows link to the line. `<dir>` is the audited directory, so that a finding's path resolves.
 */
function linkBase(root: string): string | undefined {
  const { serverUrl, repo, sha } = github;
  if (!repo.owner || !repo.repo || !sha) return undefined;
  const directory = workspacePath(root, '');
  return `${serverUrl}/${repo.owner}/${repo.repo}/blob/${sha}${directory ? `/${encodePath(directory)}` : ''}`;
}

/** Whether a path is a regular file (the audited path, when its findings carry that path already; a baseline). */
function isFile(root: string): boolean {
  try {
    return statSync(root).isFile();
  } catch {
    return false;
  }
}

/** A finding's path as the runner and github.com see it: relative to the workspace, not to the audited directory. */
function workspacePath(root: string, file: string): string {
  if (isFile(root)) return file;
  const joined = path.posix.join(root.split(path.sep).join('/'), file);
  return joined === '.' ? '' : joined.replace(/\/$/, '');
}

function currentRepo(): { owner: string; repo: string } | undefined {
  try {
    return github.repo;
  } catch {
    return undefined; // GITHUB_REPOSITORY unset: running outside Actions
  }
}

/**
 * The base commit of the change under review, from the event payload: the pull request's base, or
 * on the merge queue the commit the group is built on (`merge_group.base_sha`).
 */
function changeBase(): string | undefined {
  const payload = github.payload as { pull_request?: { base?: { sha?: unknown } }; merge_group?: { base_sha?: unknown } };
  const sha = github.eventName === 'merge_group' ? payload.merge_group?.base_sha : payload.pull_request?.base?.sha;
  // A SHA is all that is passed to git; anything else is refused rather than handed over as an argument.
  return typeof sha === 'string' && /^[0-9a-f]{40}([0-9a-f]{24})?$/.test(sha) ? sha : undefined;
}

/**
 * For a file an input names: the workspace, when the file is in it — a pull request controls what
 * is there, a link to `/dev/zero` or `/etc/passwd` included, so the file must really stay inside —
 * else nothing (a file an earlier step wrote to RUNNER_TEMP, say, is the workflow's own).
 */
function pullRequestControlled(file: string): string | undefined {
  const workspace = path.resolve(process.env.GITHUB_WORKSPACE || process.cwd());
  return isInside(path.resolve(file), workspace) ? workspace : undefined;
}

/** Where temporary files go: the runner's own temporary directory, which it cleans, else the system's. */
const temporaryRoot = (): string => process.env.RUNNER_TEMP || tmpdir();

/** Seconds one network call may take (input `network-timeout`, default 30): a server that never answers must not hang the job. */
function networkTimeoutMs(): number {
  const seconds = Number(core.getInput('network-timeout') || '30');
  return Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : 30_000;
}

/** The REST client of src/api.ts, bounded by the input `network-timeout`, reporting rate-limit waits in the log. */
async function client(token: string): Promise<ApiClient> {
  const { apiClient } = await restApi();
  return apiClient(token, { timeoutMs: networkTimeoutMs(), log: (message) => core.info(message) });
}

/**
 * The base's workflow and action files through the REST API (a git tree, then blobs), for when git
 * cannot read the base — no .git directory, or no remote to fetch from. Only `root`'s files, laid
 * out as they are under it.
 */
async function checkoutViaApi(token: string, sha: string, root: string): Promise<string> {
  const octokit = await client(token);
  const { owner, repo } = github.repo;
  const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
  const prefix = path.relative(workspace, path.resolve(root)).split(path.sep).join('/');
  const tree = await octokit.rest.git.getTree({ owner, repo, tree_sha: sha, recursive: 'true' });
  if (tree.data.truncated) throw new Error('the repository tree is too large for one API response');
  const out = mkdtempSync(path.join(temporaryRoot(), 'silent-failure-audit-base-'));
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
 * Marks what the base of the change already had as not new. When the base cannot be read, says so
 * and leaves every finding new: failing closed, never passing silently. Returns the warning to show
 * first in the summary, if any.
 */
async function compareWithBase(result: AuditResult, root: string, config: Config | null): Promise<string | undefined> {
  const sha = changeBase();
  if (!sha) {
    const warning = 'new-only: no base commit in the event payload, so every finding was treated as new.';
    core.warning(warning);
    return warning;
  }
  let checkout: string;
  let partial: Partial | undefined;
  let baseConfigBytes: Array<Buffer | undefined> | undefined;
  // Every audited path the base had, so that local references to files not audited again still resolve.
  let present: Set<string> | undefined;
  try {
    ensureCommit(root, sha);
    const changes = changesSinceOrNothing(root, sha);
    partial = changes && partialBase(result, changes);
    // The base's config is read in the same git process, for the check of what the change hides.
    ({
      directory: checkout,
      paths: present,
      extra: baseConfigBytes,
    } = checkoutAuditedFiles(root, sha, temporaryRoot(), partial?.files, configCandidates(root, config)));
    if (changes) renameLikeHead(checkout, changes.renames);
  } catch (gitError) {
    partial = undefined;
    baseConfigBytes = undefined;
    present = undefined;
    const token = core.getInput('token');
    try {
      if (!token) throw new Error('no token input for the REST API fallback');
      checkout = await checkoutViaApi(token, sha, root);
      core.info(`git could not read the base commit (${(gitError as Error).message}); read it through the REST API instead.`);
    } catch (apiError) {
      const { statusOf } = await restApi();
      const warning = `new-only: could not read the base commit ${sha} with git (${(gitError as Error).message}) or the REST API (${statusOf(apiError)}), so every finding was treated as new.`;
      core.warning(warning);
      return warning;
    }
  }
  try {
    // The head's config applies to the base as well, so that the same rules and severities compare.
    const complete = existsSync(path.join(root, '.git'));
    const base = await audit([checkout], { config, complete, present: partial ? present : undefined });
    applyBaseline(result.findings, new Set(base.findings.filter((finding) => !finding.suppressed).map((finding) => finding.fingerprint)));
    // A file the change did not touch has the findings it had: only the touched ones were audited again.
    if (partial) for (const finding of result.findings) if (!partial.audited.has(finding.file)) finding.new = false;
    if (complete)
      result.hiddenByChange = await hiddenByChange(result, base, root, sha, checkout, config, complete, partial?.audited, baseConfigBytes);
  } finally {
    rmSync(checkout, { recursive: true, force: true });
  }
  core.info(`Compared with the base ${sha}: ${result.findings.filter((finding) => !finding.new).length} finding(s) were already there.`);
  return undefined;
}

/** What the change touched, by git; undefined (audit the whole base, follow no renames) when git cannot say. */
function changesSinceOrNothing(root: string, sha: string): Changes | undefined {
  try {
    return changesSince(root, sha);
  } catch (error) {
    core.info(`The files the change touched could not be listed (${(error as Error).message}); the whole base is audited.`);
    return undefined;
  }
}

/** The part of the base worth auditing again: what the change touched. */
interface Partial {
  /** Base paths to check out and audit. */
  files: Set<string>;
  /** Head paths whose findings are compared with that audit; every other file's findings are not new. */
  audited: Set<string>;
}

/**
 * Which base files to audit again: those the change modified, renamed or deleted, and the unchanged
 * files whose local references are broken in the head (so that a reference the change broke by
 * deleting its target is compared with what the base had). Undefined — audit the whole base — when
 * the change touched the config, which applies to every file, or when git cannot say.
 */
function partialBase(result: AuditResult, changes: Changes): Partial | undefined {
  if ([...changes.head, ...changes.base].some((file) => CONFIG_FILES.includes(file))) return undefined;
  const brokenCallers = result.findings
    .filter((finding) => finding.ruleId === BROKEN_LOCAL_REFERENCE_RULE.id)
    .map((finding) => finding.file);
  const audited = new Set([...changes.head, ...brokenCallers]);
  // The local reusable workflows the changed files call, read (not compared) so that a call named for
  // nothing is classified by its callee in the base as in the head (model/callers.ts).
  const callees = result.inventory
    .filter((entry) => changes.head.has(entry.file))
    .flatMap((entry) => entry.jobs.flatMap((job) => calledWorkflowPath(entry.file, job.uses) ?? []));
  // Paths the base did not have are left out by the checkout itself.
  return { files: new Set([...changes.base, ...brokenCallers, ...callees]), audited };
}

/** Where the base's config may be, relative to the workspace: where the head's is, else the default places. */
function configCandidates(root: string, headConfig: Config | null): string[] {
  const workspaceRoot = path.resolve(root);
  return (headConfig ? [path.relative(workspaceRoot, headConfig.absolute).split(path.sep).join('/')] : CONFIG_FILES).filter(
    (relative) => !relative.startsWith('..'),
  );
}

/**
 * The base's own config file, as the base had it at the same place; null when it had none or it is
 * invalid. `same` when the change left it as it was (both absent, or the same bytes).
 */
function baseConfigOf(
  root: string,
  sha: string,
  headConfig: Config | null,
  /** The candidates' bytes in the base, when they were read with the base's files. */
  read?: Array<Buffer | undefined>,
): { config: Config | null; same: boolean } {
  const candidates = configCandidates(root, headConfig);
  // Every candidate is read at once (one git process), and the first the base had is the one.
  const contents = read ?? readFilesAt(root, sha, candidates);
  for (const [index, relative] of candidates.entries()) {
    const bytes = contents[index];
    if (!bytes) continue;
    if (headConfig && existsSync(headConfig.absolute) && readInputFile(headConfig.absolute).equals(bytes))
      return { config: headConfig, same: true };
    const file = path.join(mkdtempSync(path.join(temporaryRoot(), 'silent-failure-audit-config-')), path.basename(relative));
    writeFileSync(file, bytes);
    try {
      return { config: loadConfig(file), same: false };
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      core.info(`The base's config ${relative} is not valid; the change is compared as if the base had none.`);
      return { config: null, same: false };
    } finally {
      rmSync(path.dirname(file), { recursive: true, force: true });
    }
  }
  return { config: null, same: headConfig === null };
}

/**
 * The new findings that the change itself keeps quiet: an inline suppression, an `ignore:` glob, an
 * `allow:` entry or a `rules: … off` that the base did not have. Found by auditing the base and the
 * head under the base's own config: what the head would show there, that the base did not show and
 * the head does not show, is hidden by this change.
 */
async function hiddenByChange(
  result: AuditResult,
  baseUnderHeadConfig: AuditResult,
  root: string,
  sha: string,
  checkout: string,
  headConfig: Config | null,
  complete: boolean,
  /** On a partial comparison, the files compared; a suppression in any other file was there before. */
  compared?: ReadonlySet<string>,
  /** The base's config candidates, read with its files. */
  baseConfigBytes?: Array<Buffer | undefined>,
): Promise<HiddenFinding[]> {
  // When the change left the config as it was, the audits already made are the ones needed.
  const { config: baseConfig, same } = baseConfigOf(root, sha, headConfig, baseConfigBytes);
  const before = same ? baseUnderHeadConfig : await audit([checkout], { config: baseConfig, complete });
  const shownBefore = new Set(before.findings.filter((finding) => !finding.suppressed).map((finding) => finding.fingerprint));
  const suppressedBefore = new Set(before.findings.filter((finding) => finding.suppressed).map((finding) => finding.fingerprint));
  const now = new Map(result.findings.map((finding) => [finding.fingerprint, finding]));
  const headUnderBase = same ? result : await audit([root], { config: baseConfig });
  const hidden = new Map<string, HiddenFinding>();
  for (const finding of headUnderBase.findings) {
    const current = now.get(finding.fingerprint);
    if (finding.suppressed || shownBefore.has(finding.fingerprint) || (current && !current.suppressed)) continue;
    const how =
      current?.suppression?.kind === 'config'
        ? 'an allow entry in the config'
        : current
          ? 'an inline suppression'
          : 'an ignore glob or rules: off in the config';
    hidden.set(finding.fingerprint, { finding: current ?? finding, how, reason: current?.suppression?.reason ?? null });
  }
  // Inline suppressions travel with the files, so the head under the base's config has them too.
  for (const finding of result.findings) {
    if (!finding.suppressed || finding.suppression?.kind !== 'inline' || hidden.has(finding.fingerprint)) continue;
    if (suppressedBefore.has(finding.fingerprint) || shownBefore.has(finding.fingerprint)) continue;
    hidden.set(finding.fingerprint, { finding, how: 'an inline suppression', reason: finding.suppression.reason });
  }
  return [...hidden.values()].filter(({ finding }) => isSilentFailure(finding.category) && (!compared || compared.has(finding.file)));
}

/**
 * Audits a renamed workflow's base copy under its new name (git's rename detection between the base
 * and HEAD), so that `git mv legacy.yml integration.yml` does not make its findings new.
 */
function renameLikeHead(checkout: string, renames: ReadonlyMap<string, string>): void {
  for (const [from, to] of renames) {
    const source = path.join(checkout, ...from.split('/'));
    if (!existsSync(source)) continue;
    const target = path.join(checkout, ...to.split('/'));
    mkdirSync(path.dirname(target), { recursive: true });
    renameSync(source, target);
  }
}

/** The branch whose protection decides what merges: the pull request's base, else the default branch. */
function protectedBranch(): string | undefined {
  const payload = github.payload as { pull_request?: { base?: { ref?: unknown } }; repository?: { default_branch?: unknown } };
  const candidates = [payload.pull_request?.base?.ref, payload.repository?.default_branch, process.env.GITHUB_REF_NAME];
  return candidates.find((candidate): candidate is string => typeof candidate === 'string' && candidate !== '');
}

/**
 * The status checks the base branch requires, from its rulesets and its classic protection. Either
 * can be refused (no permission, no protection); when both are, says so in a notice and returns nothing.
 */
async function readRequiredChecks(token: string): Promise<RequiredChecks | undefined> {
  const branch = protectedBranch();
  const repo = currentRepo();
  if (!branch || !repo) return undefined;
  const octokit = await client(token);
  const { statusOf } = await restApi();
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

/** A whole number input, or undefined (after failing the step) when it is not one. */
function wholeNumberInput(name: string, fallback: number, min: number, max: number): number | undefined {
  const text = core.getInput(name);
  const value = text === '' ? fallback : Number(text);
  if (Number.isInteger(value) && value >= min && value <= max) return value;
  core.setFailed(`Input "${name}" must be a whole number from ${min} to ${max}, not "${text}".`);
  return undefined;
}

/**
 * With `evidence: true`, what reads this repository's runs on its default branch (src/evidence/),
 * within `max-requests`; undefined when not asked for or without a token (a notice says so);
 * 'invalid' after failing the step on a bad input.
 */
async function evidenceSource(): Promise<EvidenceSource | undefined | 'invalid'> {
  if (core.getInput('evidence') === '' || !core.getBooleanInput('evidence')) return undefined;
  const runs = wholeNumberInput('evidence-runs', DEFAULT_RUNS, 1, 1000);
  const maxRequests = wholeNumberInput('max-requests', DEFAULT_MAX_REQUESTS, 1, 100_000);
  if (runs === undefined || maxRequests === undefined) return 'invalid';
  // The input defaults to github.token; outside a runner that fills it in, GITHUB_TOKEN in the environment.
  const token = core.getInput('token') || process.env.GITHUB_TOKEN || '';
  const repo = currentRepo();
  if (!token || !repo?.owner || !repo.repo) {
    core.notice('evidence: no token input or no repository in the environment, so the runs were not read.');
    return undefined;
  }
  const { apiClient, evidenceFromApi, RequestBudget } = await restApi();
  const budget = new RequestBudget(maxRequests);
  const timeoutMs = networkTimeoutMs();
  const payload = github.payload as { repository?: { default_branch?: unknown } };
  const branch = typeof payload.repository?.default_branch === 'string' ? payload.repository.default_branch : undefined;
  return evidenceFromApi({
    client: apiClient(token, { timeoutMs, log: (message) => core.info(message), budget }),
    ...repo,
    ...(branch ? { branch } : {}),
    runs,
    budget,
    timeoutMs,
    log: (message) => core.notice(message),
  });
}

/** Fails the step with a message that also opens the job summary, and sets the outputs to nothing found. */
async function failWithSummary(summarise: boolean, message: string): Promise<void> {
  if (summarise && process.env.GITHUB_STEP_SUMMARY)
    await core.summary.addRaw(`## silent-failure-audit\n\n❌ ${escapeMarkdown(message, 2000)}\n`).write();
  for (const name of ['findings', 'new-findings', 'high', 'new-high', 'suppressed']) core.setOutput(name, 0);
  core.setFailed(message);
}

/**
 * Prints the text report in the log, with workflow commands switched off around it
 * (`::stop-commands::`), so that no file name or step name in it can be read as a command.
 */
function printInLog(report: string): void {
  const token = randomBytes(16).toString('hex');
  process.stdout.write(`::stop-commands::${token}\n${report}${report.endsWith('\n') ? '' : '\n'}::${token}::\n`);
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
      config = file ? loadConfig(file, { within: configInput ? pullRequestControlled(configInput) : root }) : null;
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
    const allowEmpty = core.getInput('allow-empty') !== '' && core.getBooleanInput('allow-empty');

    // A gate that audits nothing must not pass: a wrong `path:` is an error, not a clean bill of health.
    if (!existsSync(root)) {
      await failWithSummary(
        summarise,
        `Input "path": "${root}" does not exist in the workspace (${process.env.GITHUB_WORKSPACE || process.cwd()}), so nothing was audited. Check out the repository first, or correct the path.`,
      );
      return;
    }
    const evidence = await evidenceSource();
    if (evidence === 'invalid') return;
    const result = await audit([root], { config, ...(evidence ? { evidence } : {}) });
    for (const error of result.errors.slice(0, 50)) core.warning(`${error.file}: ${error.message}`);
    if (result.errors.length > 50)
      core.warning(`…and ${result.errors.length - 50} more file(s) that could not be read; all are in the JSON report.`);
    if (result.filesScanned === 0 && result.errors.length === 0 && !allowEmpty) {
      await failWithSummary(
        summarise,
        `No workflow or action file found under "${root}" (looked for .github/workflows/*.yml|yaml and action.yml|yaml), so nothing was audited. Set the input allow-empty: true if that is expected.`,
      );
      return;
    }
    const baselineFile = core.getInput('baseline');
    let baselineText: string | undefined;
    if (baselineFile) {
      try {
        baselineText = readInputFile(baselineFile, { within: pullRequestControlled(baselineFile) }).toString('utf8');
      } catch (error) {
        if (!(error instanceof InputFileError)) throw error;
        const why = error.code === 'ENOENT' ? 'the file does not exist' : error.message;
        await failWithSummary(summarise, `Input "baseline": cannot read "${baselineFile}": ${why}.`);
        return;
      }
    }
    const token = core.getInput('token');
    const readRequired = core.getInput('required-checks') === '' || core.getBooleanInput('required-checks');
    if (readRequired && !token) core.notice('No token input, so the required status checks were not read.');
    if (readRequired && token) {
      const required = await readRequiredChecks(token);
      if (required) applyRequiredChecks(result.inventory, result.findings, required);
    }
    if (baselineText !== undefined) applyBaseline(result.findings, parseBaseline(baselineText, baselineFile));
    const newOnlyInput = core.getInput('new-only');
    const newOnly = newOnlyInput === '' ? PULL_REQUEST_EVENTS.has(github.eventName) : core.getBooleanInput('new-only');
    const warnings: string[] = [];
    if (newOnly) {
      const warning = await compareWithBase(result, root, config);
      if (warning) warnings.push(warning);
      // What only the runs on the default branch show was there before the change: it never blocks it.
      for (const finding of result.findings) if (EVIDENCE_RULE_IDS.has(finding.ruleId)) finding.new = false;
    }
    const hiddenPolicy = core.getInput('hidden-findings') || 'warn';
    if (hiddenPolicy !== 'warn' && hiddenPolicy !== 'block') {
      core.setFailed(`Input "hidden-findings" must be warn or block, not "${hiddenPolicy}".`);
      return;
    }
    const hidden = result.hiddenByChange ?? [];
    // With `block`, a new finding the change hides blocks as if it were shown.
    const hiddenBlocking =
      hiddenPolicy === 'block' && failOn !== 'none'
        ? hidden.filter(({ finding }) => isAtLeast(finding.severity, failOn)).map(({ finding }) => finding)
        : [];
    const blocking = [...blockingFindings(result.findings, failOn, minConfidence), ...hiddenBlocking];

    let notAnnotated = 0;
    if (annotate) {
      const existing = core.getInput('existing-annotations') || 'notice';
      if (existing !== 'notice' && existing !== 'none') {
        core.setFailed(`Input "existing-annotations" must be notice or none, not "${existing}".`);
        return;
      }
      // Findings the change hides come first: a reviewer must see them on the diff.
      for (const { finding, how, reason } of hidden.slice(0, ANNOTATION_BUDGET)) {
        core.warning(`Hidden by this change (${how}${reason ? `: "${reason}"` : ''}): ${finding.message}`, {
          title: `${finding.ruleId} [${finding.severity} hidden]`,
          file: workspacePath(root, finding.file),
          startLine: finding.line,
          endLine: finding.endLine,
        });
      }
      // The failure message at the end is an error annotation of its own, and the hidden findings' warnings come first.
      const plan = planAnnotations(result.findings, existing, {
        error: blocking.length > 0 ? 1 : 0,
        warning: Math.min(hidden.length, ANNOTATION_BUDGET),
      });
      notAnnotated = plan.omitted + Math.max(0, hidden.length - ANNOTATION_BUDGET);
      for (const { level, finding, title } of plan.annotations) {
        const sameLine = finding.line === finding.endLine;
        const properties: core.AnnotationProperties = {
          title,
          file: workspacePath(root, finding.file),
          startLine: finding.line,
          endLine: finding.endLine,
          ...(sameLine ? { startColumn: finding.column, endColumn: finding.endColumn } : {}),
        };
        core[level](finding.message, properties);
      }
    }

    if (summarise && process.env.GITHUB_STEP_SUMMARY) {
      const base = currentRepo() ? linkBase(root) : undefined;
      await core.summary
        .addRaw(
          formatMarkdown(result, {
            linkBase: base,
            failOn,
            blocking: blocking.length,
            notAnnotated,
            collapseInventory: true,
            warnings,
            compared: newOnly || baselineFile !== '',
          }),
        )
        .write();
    }
    if (!annotate && !summarise) printInLog(formatText(result, { colour: false, blocking: blocking.length, failOn }));

    const reports = mkdtempSync(path.join(process.env.RUNNER_TEMP || tmpdir(), 'silent-failure-audit-'));
    const jsonFile = path.join(reports, 'findings.json');
    writeJson(jsonFile, result);
    // For github/codeql-action/upload-sarif: at the path asked for, else beside the JSON report.
    const sarifFile = core.getInput('sarif-file') || path.join(reports, 'results.sarif');
    mkdirSync(path.dirname(path.resolve(sarifFile)), { recursive: true });
    writeFileSync(sarifFile, formatSarif(result));
    const active = result.findings.filter((finding) => !finding.suppressed);
    core.setOutput('findings', active.length);
    core.setOutput('high', active.filter((finding) => finding.severity === 'high').length);
    core.setOutput('new-findings', active.filter((finding) => finding.new).length);
    core.setOutput('suppressed', result.findings.length - active.length);
    core.setOutput('new-high', active.filter((finding) => finding.new && finding.severity === 'high').length);
    core.setOutput('json-file', jsonFile);
    core.setOutput('sarif-file', sarifFile);

    // A file that could not be read or analysed was not checked: the gate cannot pass as if it had been.
    if (result.errors.length > 0) {
      const named = result.errors.slice(0, 10).map((error) => clip(error.file));
      const more = result.errors.length > named.length ? `, and ${result.errors.length - named.length} more` : '';
      core.setFailed(
        `${result.errors.length} file(s) could not be read or analysed, so nothing in them was checked: ${named.join(', ')}${more}. The warnings above say why.`,
      );
      return;
    }
    if (blocking.length > 0) {
      const where = annotate || summarise ? 'See the annotations and the job summary.' : 'They are listed in the log above.';
      core.setFailed(`${blocking.length} silent-failure finding(s) at or above "${failOn}". ${where}`);
    }
  } catch (error) {
    core.setFailed(`silent-failure-audit failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}
