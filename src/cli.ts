import { existsSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { applyBaseline, BaselineError, createBaseline, parseBaseline, serializeBaseline } from './baseline.js';
import { ConfigError, findConfig, loadConfig } from './config.js';
import type { Config } from './config.js';
import { audit } from './engine.js';
import type { AuditOptions, AuditResult } from './engine.js';
import { DEFAULT_MAX_REQUESTS, DEFAULT_RUNS } from './evidence/defaults.js';
import { parseRepository, RemoteError } from './remote/name.js';
import type { RemoteCheckout } from './remote/repository.js';
import { checkoutAuditedFiles, GitError } from './git.js';
import { InputFileError, readInputFile } from './load/read.js';
import { blockingFindings, DEFAULT_MIN_CONFIDENCE, FAIL_ON_VALUES, parseConfidence, parseFailOn, strictest } from './outcome.js';
import { CONFIDENCES } from './rules/types.js';
import type { Confidence } from './rules/types.js';
import type { FailOn } from './outcome.js';
import { jsonChunks, writeChunks } from './report/json.js';
import { stripControl, textChunks } from './report/text.js';
import { neutraliseJsonCommands, neutraliseWorkflowCommands } from './report/escape.js';
import { didYouMean } from './suggest.js';
import { TOOL_NAME, TOOL_VERSION } from './version.js';

const FORMATS = ['text', 'json', 'sarif', 'markdown'] as const;
type Format = (typeof FORMATS)[number];

const HELP = `Usage: ${TOOL_NAME} [options] [PATH...]
       ${TOOL_NAME} --repo OWNER/NAME [--ref REF] [--evidence] [options]
       ${TOOL_NAME} --repo OWNER/NAME --evidence [options] PATH

Finds the places where GitHub Actions CI can fail without anyone noticing.
Each PATH is a repository root, a directory or a file (default: .). In a directory it reads every
.github/workflows/*.{yml,yaml} and every action.{yml,yaml}, skipping .git and node_modules.

Options:
  --format text|json|sarif|markdown
                                output format (default: text; colour only on a terminal)
  --output FILE                 write the report to FILE instead of standard output
  --fail-on LEVEL               exit 1 when a finding is at or above LEVEL:
                                high|medium|low|info|none (default: the config's
                                fail-on, else high)
  --min-confidence LEVEL        only findings of at least this confidence block:
                                high|medium|low (default: medium; a low-confidence
                                finding hides a step whose purpose was only guessed)
  --config FILE                 read the config from FILE instead of each PATH's
                                .github/silent-failure-audit.yml
  --baseline FILE               findings recorded in FILE are known: they are
                                reported but never fail the run
  --write-baseline FILE         record every current finding in FILE (sorted JSON,
                                meant to be committed) and treat them as known
  --base-ref REF                findings that the git ref REF already had are known:
                                only what the working tree adds can fail the run
  --allow-empty                 exit 0, not 2, when a PATH holds no workflow or
                                action file
  --jobs N                      audit in N worker threads when there are 64 files
                                or more (default: one per core, at most 4;
                                1 audits in this thread)
  --repo OWNER/NAME             audit that GitHub repository's workflows and local
                                actions read through the REST API, without a clone
                                (the API is GITHUB_API_URL, default https://api.github.com;
                                the token is GITHUB_TOKEN or GH_TOKEN, or --token)
  --ref REF                     with --repo: the branch, tag or commit to read
                                (default: the default branch)
  --evidence                    with --repo: read the last completed runs of each
                                workflow on the default branch and report what really
                                failed silently (needs actions: read; with a PATH, the
                                PATH's files are audited and the runs read from --repo)
  --runs N                      runs read per workflow with --evidence (default: ${DEFAULT_RUNS})
  --max-requests N              at most N requests to the API in all (default:
                                ${DEFAULT_MAX_REQUESTS}); evidence past it is left unread
                                and the report says it is partial
  --network-timeout SECONDS     how long one request may take (default: 30)
  --token TOKEN                 the token for --repo (prefer GITHUB_TOKEN: a command
                                line is visible to other users of the machine)
  --version                     print the version
  --help                        print this help

Exit codes: 0 no blocking finding, 1 blocking findings, 2 usage, config or I/O error
(a file that could not be read or analysed, a PATH with nothing to audit).
`;

class UsageError extends Error {}

/**
 * Prints an error on stderr, prefixed with the tool's name. File names, config keys and messages in
 * it are the repository's: it is made inert, since the runner reads stderr for workflow commands too.
 */
function printError(io: { stderr: NodeJS.WritableStream }, message: string): void {
  io.stderr.write(`${neutraliseWorkflowCommands(`${TOOL_NAME}: ${message}`)}\n`);
}

/** Errors repeated on stderr; the report lists all of them. */
const STDERR_ERRORS = 20;

/** Why a PATH in which nothing was audited is an error, and what to do about it. */
function nothingToAudit(empty: { path: string; discovered: number }): string {
  if (empty.discovered > 0)
    return `the config's paths/ignore left none of its ${empty.discovered} workflow and action file(s) to audit (pass --allow-empty if that is expected)`;
  const directoryNamedLikeYaml = /\.ya?ml$/i.test(empty.path.replace(/[\\/]+$/, ''));
  return directoryNamedLikeYaml
    ? 'it is a directory, not a workflow file, and holds no workflow or action file: name the file itself, or the repository root'
    : 'no workflow or action file found (looked for .github/workflows/*.yml|yaml and action.yml|yaml); pass --allow-empty if that is expected';
}

/** A file the user named could not be read or written: exit 2, naming the option and the file. */
class FileError extends Error {}

interface CliOptions {
  format: Format;
  output?: string;
  /** Undefined when not given: the config's, else high. */
  failOn?: FailOn;
  minConfidence: Confidence;
  config?: string;
  jobs?: number;
  baseline?: string;
  writeBaseline?: string;
  baseRef?: string;
  allowEmpty: boolean;
  paths: string[];
  /** Whether PATHs were given (else `.`, or the repository with --repo). */
  pathsGiven: boolean;
  repo?: { owner: string; repo: string };
  ref?: string;
  token?: string;
  evidence: boolean;
  runs: number;
  maxRequests: number;
  networkTimeoutMs: number;
}

/** A whole number from `min` to `max` given to `option`, or a usage error. */
function wholeNumber(value: string | undefined, option: string, fallback: number, min: number, max: number): number {
  if (value === undefined) return fallback;
  const number = Number(value);
  if (!Number.isInteger(number) || number < min || number > max)
    throw new UsageError(`${option} must be a whole number from ${min} to ${max}, not "${value}"`);
  return number;
}

function parseCommandLine(argv: string[]): CliOptions | 'help' | 'version' {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string' },
        output: { type: 'string' },
        'fail-on': { type: 'string' },
        'min-confidence': { type: 'string' },
        config: { type: 'string' },
        jobs: { type: 'string' },
        baseline: { type: 'string' },
        'write-baseline': { type: 'string' },
        'base-ref': { type: 'string' },
        'allow-empty': { type: 'boolean' },
        repo: { type: 'string' },
        ref: { type: 'string' },
        token: { type: 'string' },
        evidence: { type: 'boolean' },
        runs: { type: 'string' },
        'max-requests': { type: 'string' },
        'network-timeout': { type: 'string' },
        version: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) return 'help';
  if (values.version) return 'version';
  const format = (values.format ?? 'text') as Format;
  if (!FORMATS.includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}, not "${values.format}"`);
  const failOn = values['fail-on'] === undefined ? undefined : parseFailOn(values['fail-on']);
  if (values['fail-on'] !== undefined && !failOn) {
    throw new UsageError(
      `--fail-on must be one of ${FAIL_ON_VALUES.join(', ')}, not "${values['fail-on']}"${didYouMean(values['fail-on'], FAIL_ON_VALUES)}`,
    );
  }
  const minConfidence = parseConfidence(values['min-confidence'] ?? DEFAULT_MIN_CONFIDENCE);
  if (!minConfidence)
    throw new UsageError(
      `--min-confidence must be one of ${CONFIDENCES.join(', ')}, not "${values['min-confidence']}"${didYouMean(values['min-confidence']!, CONFIDENCES)}`,
    );
  const jobs = values.jobs === undefined ? undefined : Number(values.jobs);
  if (jobs !== undefined && (!Number.isInteger(jobs) || jobs < 1 || jobs > 64))
    throw new UsageError(`--jobs must be a whole number from 1 to 64, not "${values.jobs}"`);
  const repo = values.repo === undefined ? undefined : parseRepository(values.repo);
  if (values.repo !== undefined && !repo) throw new UsageError(`--repo must be OWNER/NAME, not "${values.repo}"`);
  if (!repo) {
    for (const option of ['ref', 'evidence', 'token', 'runs', 'max-requests'] as const)
      if (values[option] !== undefined) throw new UsageError(`--${option} needs --repo OWNER/NAME`);
  }
  if (repo && positionals.length > 0 && !values.evidence)
    throw new UsageError('give either PATHs or --repo; both only with --evidence (audit the PATH, read the runs from --repo)');
  if (repo && values.evidence && positionals.length > 1)
    throw new UsageError("--evidence reads one repository's runs: give one PATH, its checkout");
  if (repo && values['base-ref'] !== undefined && positionals.length === 0)
    throw new UsageError('--base-ref compares a local checkout; it does not apply to --repo');
  if (values.runs !== undefined && !values.evidence) throw new UsageError('--runs needs --evidence');
  return {
    repo,
    ref: values.ref,
    token: values.token,
    evidence: values.evidence ?? false,
    runs: wholeNumber(values.runs, '--runs', DEFAULT_RUNS, 1, 1000),
    maxRequests: wholeNumber(values['max-requests'], '--max-requests', DEFAULT_MAX_REQUESTS, 1, 100_000),
    networkTimeoutMs: wholeNumber(values['network-timeout'], '--network-timeout', 30, 1, 3600) * 1000,
    pathsGiven: positionals.length > 0,
    format,
    jobs,
    output: values.output,
    failOn,
    minConfidence,
    config: values.config,
    baseline: values.baseline,
    writeBaseline: values['write-baseline'],
    baseRef: values['base-ref'],
    allowEmpty: values['allow-empty'] ?? false,
    paths: positionals.length > 0 ? positionals : ['.'],
  };
}

/** The fingerprints of what each PATH had at a git ref, audited by the same engine. */
async function fingerprintsAt(ref: string, paths: readonly string[], config: Config | undefined): Promise<Set<string>> {
  const known = new Set<string>();
  for (const root of paths) {
    let directory = true;
    try {
      directory = statSync(root).isDirectory();
    } catch {
      // A missing PATH is reported by the audit itself.
    }
    if (!directory) throw new GitError(`--base-ref compares directories; ${root} is a file`);
    let checkout: string;
    try {
      checkout = checkoutAuditedFiles(root, ref).directory;
    } catch (error) {
      if (!(error instanceof GitError)) throw error;
      throw new GitError(`--base-ref ${ref}: ${error.message}`);
    }
    // The working tree's config applies to the base too, so that the same rules and severities compare.
    const ownConfig = findConfig(root);
    const base = await audit([checkout], {
      config: config ?? (ownConfig ? loadConfig(ownConfig, { within: root }) : null),
      complete: existsSync(path.join(root, '.git')),
    });
    for (const finding of base.findings) if (!finding.suppressed) known.add(finding.fingerprint);
  }
  return known;
}

/** A file the user named: a regular file within the input size cap (a FIFO or a device is refused, never opened). */
function readText(file: string, option: string): string {
  try {
    return readInputFile(file).toString('utf8');
  } catch (error) {
    if (!(error instanceof InputFileError)) throw error;
    throw new FileError(`${option}: cannot read ${file}: ${error.code === 'ENOENT' ? 'the file does not exist' : error.message}`);
  }
}

function writeText(file: string, text: string | Iterable<string>, option: string): void {
  try {
    if (typeof text === 'string') writeFileSync(file, text);
    else writeChunks(file, text);
  } catch (error) {
    throw new FileError(`${option}: cannot write ${file}: ${(error as Error).message}`);
  }
}

/** Runs the CLI and returns its exit code; the entry point only wires process I/O. */
export async function runCli(
  argv: string[],
  io: { stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream; isTTY: boolean },
): Promise<number> {
  let options;
  try {
    options = parseCommandLine(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    printError(io, `${error.message}\nRun "${TOOL_NAME} --help" for usage.`);
    return 2;
  }
  if (options === 'help') {
    io.stdout.write(HELP);
    return 0;
  }
  if (options === 'version') {
    io.stdout.write(`${TOOL_VERSION}\n`);
    return 0;
  }

  let remote: RemoteCheckout | undefined;
  try {
    return await auditAndReport(options, io, (checkout) => (remote = checkout));
  } catch (error) {
    if (!(error instanceof RemoteError)) throw error;
    printError(io, `--repo: ${stripControl(error.message)}`);
    return 2;
  } finally {
    if (remote) rmSync(remote.directory, { recursive: true, force: true });
  }
}

/** With --repo: the repository read through the API (no PATH), and the evidence source (--evidence). */
async function remoteSources(
  options: CliOptions,
  io: { stderr: NodeJS.WritableStream },
  onCheckout: (checkout: RemoteCheckout) => void,
): Promise<{ paths: string[]; audit: Partial<AuditOptions> }> {
  if (!options.repo) return { paths: options.paths, audit: {} };
  // One module, loaded only here: the REST client doubles the CLI's start-up time.
  const remote = await import('./remote/sources.js');
  const log = (message: string): void => printError(io, stripControl(message));
  return remote.remoteSources({ ...options, repo: options.repo }, log, onCheckout);
}

async function auditAndReport(
  options: CliOptions,
  io: { stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream; isTTY: boolean },
  onCheckout: (checkout: RemoteCheckout) => void,
): Promise<number> {
  let config: Config | undefined;
  let result: AuditResult;
  const { paths, audit: remote } = await remoteSources(options, io, onCheckout);
  try {
    config = options.config === undefined ? undefined : loadConfig(options.config);
    result = await audit(paths, {
      ...remote,
      ...(config === undefined ? {} : { config }),
      ...(options.jobs === undefined ? {} : { jobs: options.jobs }),
    });
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    printError(io, `invalid config:\n${error.problems.map((problem) => `  ${problem}`).join('\n')}`);
    return 2;
  }
  if (!options.allowEmpty)
    for (const empty of result.emptyPaths ?? []) result.errors.push({ file: empty.path, message: nothingToAudit(empty) });
  const failOn = options.failOn ?? strictest(result.configs.map((entry) => entry.failOn)) ?? 'high';
  try {
    if (options.baseline) applyBaseline(result.findings, parseBaseline(readText(options.baseline, '--baseline'), options.baseline));
    if (options.baseRef) applyBaseline(result.findings, await fingerprintsAt(options.baseRef, paths, config));
    if (options.writeBaseline) {
      const baseline = createBaseline(result.findings);
      writeText(options.writeBaseline, serializeBaseline(baseline), '--write-baseline');
      applyBaseline(result.findings, new Set(baseline.findings.map((entry) => entry.fingerprint)));
    }
  } catch (error) {
    if (!(error instanceof BaselineError || error instanceof FileError || error instanceof GitError || error instanceof ConfigError))
      throw error;
    printError(io, error.message);
    return 2;
  }
  const blocking = blockingFindings(result.findings, failOn, options.minConfidence).length;
  // The JSON and text reports are written in pieces (a report of 100,000 findings is tens of MB);
  // the others whole. SARIF (with every rule's help page, 200 KB) and Markdown are loaded only when asked for.
  const report: Iterable<string> =
    options.format === 'json'
      ? jsonChunks(result)
      : options.format === 'text'
        ? textChunks(result, { colour: io.isTTY && !options.output && !process.env.NO_COLOR, blocking, failOn })
        : [
            options.format === 'sarif'
              ? (await import('./report/sarif.js')).formatSarif(result)
              : (await import('./report/markdown.js')).formatMarkdown(result, {
                  failOn,
                  blocking,
                  compared: Boolean(options.baseline || options.baseRef || options.writeBaseline),
                }),
          ];
  // Nothing the CLI prints may be read as a workflow command when it runs in a step. A JSON piece
  // ends between tokens, so no `##[` is split between two pieces.
  const neutralise = options.format === 'json' || options.format === 'sarif' ? neutraliseJsonCommands : neutraliseWorkflowCommands;
  const inert = (function* () {
    for (const piece of report) yield neutralise(piece);
  })();
  if (options.output) {
    try {
      writeText(options.output, inert, '--output');
    } catch (error) {
      if (!(error instanceof FileError)) throw error;
      printError(io, error.message);
      return 2;
    }
  } else {
    for (const batch of inert) io.stdout.write(batch);
  }
  // A file that could not be read or analysed was not checked, and a PATH with nothing in it audited
  // nothing: the run cannot pass as if they had been (exit 2, an I/O error). The report has the rest.
  if (result.errors.length > 0) {
    for (const error of result.errors.slice(0, STDERR_ERRORS))
      printError(io, `${stripControl(error.file)}: ${stripControl(error.message)}`);
    if (result.errors.length > STDERR_ERRORS)
      printError(io, `…and ${result.errors.length - STDERR_ERRORS} more error(s), all listed in the report.`);
    return 2;
  }
  return blocking > 0 ? 1 : 0;
}
