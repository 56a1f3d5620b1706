#!/usr/bin/env node
// The "pull request" scenario of `npm run bench`: where users wait. It runs the bundled Action
// (dist/index.js) the way the runner does — inputs as INPUT_* variables, an event file, the
// GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files — in a temporary git repository made from one corpus
// repository, with a base commit and a head commit that adds one finding, and reports medians of:
//   - a pull request (new-only: the base is read with git and audited too),
//   - a push on the same workspace,
//   - the CLI on a one-file repository,
// with the goals of issue 13 (≤ 1.0 s, ≤ 0.5 s, ≤ 0.3 s; pull request ≤ 1.3× push) as ratios.
//
//   node scripts/bench-pr.mjs [REPO_DIR] [--runs N] [--node PATH]
//     (default ../shared/corpus/pytorch__pytorch, 5 runs, this Node; the Action declares `node24`, so
//     `--node` a Node 24 binary measures it with the runtime GitHub's runner gives it)
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ACTION = path.join(ROOT, 'dist', 'index.js');
const CLI = path.join(ROOT, 'dist', 'cli', 'index.js');

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

function git(cwd, ...args) {
  return execFileSync('git', ['-c', 'user.email=bench@example.com', '-c', 'user.name=bench', ...args], {
    cwd,
    encoding: 'utf8',
    stdio: 'pipe',
  }).trim();
}

/** A git repository holding a copy of `source`, with a base commit and a head commit that adds `pytest || true` to a workflow. */
function pullRequestRepo(source) {
  const repo = mkdtempSync(path.join(tmpdir(), 'sfa-bench-pr-'));
  cpSync(source, repo, { recursive: true });
  git(repo, 'init', '-q');
  git(repo, 'add', '.');
  git(repo, 'commit', '-qm', 'base');
  const base = git(repo, 'rev-parse', 'HEAD');
  const workflows = path.join(repo, '.github', 'workflows');
  const first = readdirSync(workflows)
    .filter((name) => /\.ya?ml$/.test(name))
    .sort()[0];
  mkdirSync(workflows, { recursive: true });
  writeFileSync(
    path.join(workflows, first ? `bench-added-${first}` : 'bench-added.yml'),
    'on: pull_request\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - run: pytest || true\n',
  );
  git(repo, 'add', '.');
  git(repo, 'commit', '-qm', 'head');
  return { repo, base, head: git(repo, 'rev-parse', 'HEAD') };
}

/** Milliseconds of one run of the Action on `repo` for `eventName`. */
function runAction(repo, base, head, eventName, node = process.execPath) {
  const temp = mkdtempSync(path.join(tmpdir(), 'sfa-bench-runner-'));
  const files = { event: path.join(temp, 'event.json'), output: path.join(temp, 'output'), summary: path.join(temp, 'summary.md') };
  writeFileSync(files.event, JSON.stringify({ pull_request: { number: 1, base: { sha: base, ref: 'main' }, head: { sha: head } } }));
  for (const file of [files.output, files.summary]) appendFileSync(file, '');
  const env = {
    PATH: process.env.PATH,
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: repo,
    GITHUB_EVENT_NAME: eventName,
    GITHUB_EVENT_PATH: files.event,
    GITHUB_REPOSITORY: 'bench/repo',
    GITHUB_SHA: head,
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    RUNNER_TEMP: temp,
    INPUT_PATH: '.',
    'INPUT_REQUIRED-CHECKS': 'false',
  };
  const start = process.hrtime.bigint();
  const run = spawnSync(node, [ACTION], { cwd: repo, env, encoding: 'utf8' });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  rmSync(temp, { recursive: true, force: true });
  if (run.status !== 0 && run.status !== 1) throw new Error(`the Action exited ${run.status}: ${run.stdout.slice(-500)}`);
  return ms;
}

function runCli(dir, node = process.execPath) {
  const start = process.hrtime.bigint();
  const run = spawnSync(node, [CLI, dir], { encoding: 'utf8' });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (run.status !== 0 && run.status !== 1) throw new Error(`the CLI exited ${run.status}: ${run.stderr}`);
  return ms;
}

/** The version of the Node binary that runs the scenario. */
const nodeVersion = (node) =>
  node === process.execPath ? process.versions.node : execFileSync(node, ['-p', 'process.versions.node'], { encoding: 'utf8' }).trim();

/** Runs the scenario; returns the medians and the report lines. */
export function pullRequestScenario({ source, runs = 5, node = process.execPath }) {
  const { repo, base, head } = pullRequestRepo(source);
  const one = mkdtempSync(path.join(tmpdir(), 'sfa-bench-one-'));
  mkdirSync(path.join(one, '.github', 'workflows'), { recursive: true });
  writeFileSync(
    path.join(one, '.github', 'workflows', 'ci.yml'),
    'on: pull_request\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - run: pytest\n        continue-on-error: true\n',
  );
  const times = { pullRequest: [], push: [], oneFile: [] };
  runAction(repo, base, head, 'pull_request', node); // warm the page cache
  for (let i = 0; i < runs; i++) {
    times.pullRequest.push(runAction(repo, base, head, 'pull_request', node));
    times.push.push(runAction(repo, base, head, 'push', node));
    times.oneFile.push(runCli(one, node));
  }
  rmSync(repo, { recursive: true, force: true });
  rmSync(one, { recursive: true, force: true });
  const result = {
    files: readdirSync(path.join(source, '.github', 'workflows')).length,
    pullRequestMs: median(times.pullRequest),
    pushMs: median(times.push),
    oneFileMs: median(times.oneFile),
    fastestMs: { pullRequest: Math.min(...times.pullRequest), push: Math.min(...times.push), oneFile: Math.min(...times.oneFile) },
  };
  // The median decides the goal; the fastest run shows how much of the spread is the machine's load.
  const goal = (ms, limit, fastest) =>
    `${(ms / 1000).toFixed(2)} s (goal ≤ ${limit} s: ${ms <= limit * 1000 ? 'met' : 'not met'}; fastest run ${(fastest / 1000).toFixed(2)} s)`;
  const lines = [
    `## Pull request scenario (${path.basename(source)}, Node ${nodeVersion(node)}, ${runs} interleaved runs, medians)`,
    '',
    `- pull request (Action, new-only against the base commit): ${goal(result.pullRequestMs, 1.0, result.fastestMs.pullRequest)}`,
    `- push (Action, same workspace): ${goal(result.pushMs, 0.5, result.fastestMs.push)}`,
    `- one-file repository (CLI): ${goal(result.oneFileMs, 0.3, result.fastestMs.oneFile)}`,
    `- pull request / push: ${(result.pullRequestMs / result.pushMs).toFixed(2)}× (goal ≤ 1.3×: ${result.pullRequestMs <= 1.3 * result.pushMs ? 'met' : 'not met'})`,
    '',
  ];
  return { result, lines };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values, positionals } = parseArgs({
    options: { runs: { type: 'string', default: '5' }, node: { type: 'string', default: process.execPath } },
    allowPositionals: true,
  });
  const source = path.resolve(positionals[0] ?? path.join(ROOT, '..', 'shared', 'corpus', 'pytorch__pytorch'));
  const { lines } = pullRequestScenario({ source, runs: Number(values.runs), node: values.node });
  process.stdout.write(lines.join('\n'));
}
