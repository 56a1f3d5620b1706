#!/usr/bin/env node
// `npm run hostile`: hostile inputs (issue 16) at 1×, 2×, 4× and 8× their base size, each audited by
// the bundled CLI (dist/cli/index.js) as a child process, with wall time, peak RSS, exit code and
// what came out. The goals: time grows at most linearly (8× / 1× ≤ 10), no case takes over 10 s or
// 512 MiB for inputs up to 5 MB, and every case ends with exit 0, 1 or 2 and a report or a clear
// error — never a hang (each case has a timeout), an out-of-memory or a stack trace.
//
//   node scripts/hostile.mjs [--scales 1,2,4,8] [--only FAMILY,...] [--timeout SECONDS] [--cli PATH] [--json]
//
// Every family puts its hostile file beside a small workflow with a known high finding
// (`continue-on-error: true` on `npm test`), which must still be reported. The exit code is 1 when a
// goal is missed, so the script can gate a change.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout, clearTimeout } from 'node:timers';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const GOAL_SECONDS = 10;
const GOAL_RSS_MIB = 512;
const GOAL_GROWTH = 10;
const GOAL_INPUT_BYTES = 5 * 1024 * 1024;

const KNOWN_BAD_FILE = '.github/workflows/known-bad.yml';
const KNOWN_BAD =
  'on: pull_request\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - run: npm test\n        continue-on-error: true\n';
const HOSTILE = '.github/workflows/hostile.yml';
const CONFIG = '.github/silent-failure-audit.yml';

const indent = (text, spaces) =>
  text
    .split('\n')
    .map((line) => ' '.repeat(spaces) + line)
    .join('\n');

/** A workflow with a known high finding on line 7 (`continue-on-error` on pytest), then a step with `shell` running `script`. */
function withScript(shell, script, { runsOn = 'ubuntu-latest', name } = {}) {
  return [
    'on: pull_request',
    'jobs:',
    '  test:',
    `    runs-on: ${runsOn}`,
    '    steps:',
    '      - run: pytest',
    '        continue-on-error: true',
    ...(shell ? [`      - shell: ${shell}`] : ['      - env: { A: b }']),
    ...(name ? [`        name: ${name}`] : []),
    '        run: |',
    indent(script, 10),
    '',
  ].join('\n');
}

const lines = (count, line) => Array.from({ length: count }, (_, i) => line(i)).join('\n');

// ---------------------------------------------------------------------------------------------
// What a case must produce. Each check gets the parsed JSON report (or undefined) and returns a
// short description and whether it is what was expected.

const findingsOf = (report, file, rule) => (report?.findings ?? []).filter((f) => f.file === file && (!rule || f.ruleId === rule));
const knownBadReported = (report) => findingsOf(report, KNOWN_BAD_FILE, 'continue-on-error').some((f) => f.severity === 'high');

function expectFindings(rule, severity, atLeast = 1) {
  return (report) => {
    const found = findingsOf(report, HOSTILE, rule).filter((f) => !severity || f.severity === severity);
    const ok = knownBadReported(report) && found.length >= atLeast;
    return { ok, what: `${found.length} ${rule}${severity ? ` ${severity}` : ''}` };
  };
}

const unparseable = () => (report) => {
  const found = findingsOf(report, HOSTILE, 'unparseable-script').filter((f) => f.severity === 'high');
  const coe = findingsOf(report, HOSTILE, 'continue-on-error').filter((f) => f.severity === 'high');
  return {
    ok: knownBadReported(report) && found.length === 1 && coe.length === 1,
    what: `unparseable-script high + continue-on-error high`,
  };
};

const invalidFile = (pattern) => (report) => {
  const found = findingsOf(report, HOSTILE, 'invalid-file').filter((f) => pattern.test(f.message));
  return {
    ok: knownBadReported(report) && found.length === 1,
    what: found.length === 1 ? `invalid-file: ${found[0].message.slice(0, 50)}…` : 'no invalid-file',
  };
};

/** Every hostile file is an invalid-file finding, and the known-bad file is reported. */
const everyFileInvalid = (count, pattern) => (report) => {
  const found = (report?.findings ?? []).filter((f) => f.ruleId === 'invalid-file' && pattern.test(f.message));
  return { ok: knownBadReported(report) && found.length === count, what: `${found.length}/${count} files invalid-file` };
};

/** The config is refused with exit 2 and a message naming it, or accepted and the audit ran. */
const configOutcome = (accepted) => (report, run) => {
  if (run.code === 2) {
    const named = run.stderr.split('\n').find((line) => line.includes('silent-failure-audit.yml')) ?? '';
    return { ok: named !== '', what: `config error: ${named.replace(/^.*silent-failure-audit\.yml:?[\d:]*\s*/, '').slice(0, 60)}` };
  }
  return { ok: accepted(report), what: 'config accepted, audit ran' };
};

// ---------------------------------------------------------------------------------------------
// The families. `make(scale)` returns the files to write (relative path → text).

const FAMILIES = [
  {
    name: 'pwsh-nesting',
    about: '`shell: pwsh`, 1,000 nested parentheses',
    make: (k) => ({
      [HOSTILE]: withScript('pwsh', `$x = ${'('.repeat(1000 * k)}1${')'.repeat(1000 * k)}\ncargo test`, { runsOn: 'windows-latest' }),
    }),
    expect: unparseable(),
  },
  {
    name: 'pwsh-string-nesting',
    about: '`shell: pwsh`, 1,000 strings nested through `"$( … )"`',
    make: (k) => ({
      [HOSTILE]: withScript('pwsh', `$x = ${'"$('.repeat(1000 * k)}1${')"'.repeat(1000 * k)}\ncargo test`, { runsOn: 'windows-latest' }),
    }),
    expect: expectFindings('continue-on-error', 'high'),
  },
  {
    name: 'cmd-nesting',
    about: '`shell: cmd`, 3,000 nested parentheses',
    make: (k) => ({
      [HOSTILE]: withScript('cmd', `${'('.repeat(3000 * k)}echo x${')'.repeat(3000 * k)}\npytest`, { runsOn: 'windows-latest' }),
    }),
    expect: unparseable(),
  },
  {
    name: 'cmd-if-nesting',
    about: '`shell: cmd`, 3,000 nested `if` on one line',
    make: (k) => ({ [HOSTILE]: withScript('cmd', `${'if a==a '.repeat(3000 * k)}echo x\npytest`, { runsOn: 'windows-latest' }) }),
    expect: unparseable(),
  },
  {
    name: 'python-nesting',
    about: '`shell: python`, a call with 150,000 arguments in a nested list',
    make: (k) => ({
      [HOSTILE]: withScript(
        'python',
        `import subprocess\nsubprocess.run([[${Array(150_000 * k)
          .fill("'a'")
          .join(',')}]])\nsubprocess.run(["pytest"])`,
      ),
    }),
    expect: expectFindings('python-unchecked-subprocess', 'high'),
  },
  {
    name: 'bash-nesting',
    about: 'bash, 200 nested `{ … }` groups, then `pytest || true`',
    make: (k) => ({ [HOSTILE]: withScript('bash', `${'{ '.repeat(200 * k)}echo x${'; }'.repeat(200 * k)}\npytest || true`) }),
    expect: unparseable(),
  },
  {
    name: 'unnamed-long-run',
    about: 'an unnamed `run:` step of 4,000 `pytest tN || true` lines',
    make: (k) => ({
      [HOSTILE]: withScript(
        undefined,
        lines(4000 * k, (i) => `pytest t${i} || true`),
      ),
    }),
    expect: (report, run, k) => expectFindings('or-true-swallows-failure', 'high', 4000 * k)(report),
  },
  {
    name: 'many-pipelines',
    about: '8,000 `pytest tN | tee log` lines under the runner default (no pipefail)',
    make: (k) => ({
      [HOSTILE]: withScript(
        undefined,
        lines(8000 * k, (i) => `pytest t${i} | tee log`),
        { name: 'Pipelines' },
      ),
    }),
    expect: (report, run, k) => expectFindings('pipe-without-pipefail', 'high', 8000 * k)(report),
  },
  {
    name: 'many-foo-pipelines',
    about: "8,000 `foo N | bar` lines (the issue's case: no finding)",
    make: (k) => ({
      [HOSTILE]: withScript(
        undefined,
        lines(8000 * k, (i) => `foo ${i} | bar`),
        { name: 'Pipelines' },
      ),
    }),
    expect: (report) => ({
      ok: knownBadReported(report),
      what: `${findingsOf(report, HOSTILE, 'pipe-without-pipefail').length} pipe-without-pipefail`,
    }),
  },
  {
    name: 'many-retry-loops',
    about: '2,000 `for i in 1 2 3; do pytest tN && break; done` loops',
    make: (k) => ({
      [HOSTILE]: withScript(
        undefined,
        lines(2000 * k, (i) => `for i in 1 2 3; do pytest t${i} && break; done`),
        { name: 'Retries' },
      ),
    }),
    // The last loop is final and ends in `pytest && break`: its failure is the step's, so it is not reported.
    expect: (report, run, k) => expectFindings('retry-loop-swallows-failure', 'high', 2000 * k - 1)(report),
  },
  {
    name: 'alias-bomb',
    about: '1,000 jobs aliasing one job of 1,000 aliased steps (1M steps)',
    make: (k) => {
      const steps = Array(1000).fill('*s').join(', ');
      const jobs = lines(1000 * k, (i) => `  j${i}: *j`);
      return {
        [HOSTILE]: `on: pull_request\nx-step: &s { run: npm test }\njobs:\n  j: &j\n    runs-on: ubuntu-latest\n    steps: [${steps}]\n${jobs}\n`,
      };
    },
    expect: invalidFile(/alias/i),
  },
  {
    name: 'alias-bomb-files',
    about: '64 alias-bomb files (worker threads)',
    make: (k) => {
      const steps = Array(1000).fill('*s').join(', ');
      const jobs = lines(1000, (i) => `  j${i}: *j`);
      const bomb = `on: pull_request\nx-step: &s { run: npm test }\njobs:\n  j: &j\n    runs-on: ubuntu-latest\n    steps: [${steps}]\n${jobs}\n`;
      return Object.fromEntries(Array.from({ length: 64 * k }, (_, i) => [`.github/workflows/bomb-${i}.yml`, bomb]));
    },
    expect: (report, run, k) => everyFileInvalid(64 * k, /alias/i)(report),
  },
  {
    name: 'needs-chain',
    about: 'a chain of 5,000 jobs, each needing the one before',
    make: (k) => ({
      [HOSTILE]: `on: pull_request\njobs:\n${lines(5000 * k, (i) => `  j${i}:\n    ${i > 0 ? `needs: j${i - 1}` : 'if: false'}\n    runs-on: ubuntu-latest\n    steps:\n      - run: npm test`)}\n`,
    }),
    expect: expectFindings('skipped-by-needs', undefined, 1),
  },
  {
    name: 'needs-fan',
    about: '2,000 jobs, each needing every 50 jobs before it',
    make: (k) => ({
      [HOSTILE]: `on: pull_request\njobs:\n${lines(2000 * k, (i) => {
        const needs = Array.from({ length: Math.min(i, 50) }, (_, j) => `j${i - j - 1}`);
        return `  j${i}:\n    ${needs.length > 0 ? `needs: [${needs.join(', ')}]` : 'if: false'}\n    runs-on: ubuntu-latest\n    steps:\n      - run: npm test`;
      })}\n`,
    }),
    expect: expectFindings('skipped-by-needs', undefined, 1),
  },
  {
    name: 'glob-plus',
    about: 'config `ignore: **/+(a|aa)…` (×30) against a file named a…ab',
    make: (k) => ({
      [CONFIG]: `ignore:\n  - '**/${'+(a|aa)'.repeat(30 * k)}'\n`,
      [`.github/workflows/${'a'.repeat(60)}b.yml`]: withScript(undefined, 'pytest || true'),
    }),
    expect: configOutcome(knownBadReported),
  },
  {
    name: 'glob-star',
    about: 'config `ignore: **/*(a|a*)…` (×20) against a file named a…ab',
    make: (k) => ({
      [CONFIG]: `ignore:\n  - '**/${'*(a|a*)'.repeat(20 * k)}'\n`,
      [`.github/workflows/${'a'.repeat(60)}b.yml`]: withScript(undefined, 'pytest || true'),
    }),
    expect: configOutcome(knownBadReported),
  },
  {
    name: 'glob-stars',
    about: 'config `ignore: **/*a*a*a*a*a*b` (5 stars ×k) against a file named with 200 `a`s',
    make: (k) => ({
      [CONFIG]: `ignore:\n  - '**/${'*a'.repeat(5 * k)}*b'\n`,
      [`.github/workflows/${'a'.repeat(200)}c.yml`]: withScript(undefined, 'pytest || true'),
    }),
    expect: configOutcome(knownBadReported),
  },
  {
    name: 'unknown-rules',
    about: 'config naming 10,000 unknown rules',
    make: (k) => ({ [CONFIG]: `rules:\n${lines(10_000 * k, (i) => `  continue-on-eror-${i}: off`)}\n` }),
    expect: configOutcome(() => false),
  },
  {
    name: 'many-steps',
    about: 'one job of 4,000 named steps, each `pytest tN || true`',
    make: (k) => ({
      [HOSTILE]: `on: pull_request\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n${lines(4000 * k, (i) => `      - name: t${i}\n        run: pytest t${i} || true`)}\n`,
    }),
    expect: (report, run, k) => expectFindings('or-true-swallows-failure', 'high', 4000 * k)(report),
  },
  {
    name: 'many-soft-steps',
    about: 'one job of 4,000 steps with an id, each `pytest tN` with continue-on-error',
    make: (k) => ({
      [HOSTILE]: `on: pull_request\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n${lines(4000 * k, (i) => `      - id: t${i}\n        run: pytest t${i}\n        continue-on-error: true`)}\n`,
    }),
    expect: (report, run, k) => expectFindings('continue-on-error', undefined, 4000 * k)(report),
  },
  {
    name: 'many-mixed-steps',
    about: 'one job of 4,000 steps of eight soft-failing kinds, ids and outcome checks among them',
    make: (k) => {
      const kinds = [
        (i) => `      - name: t${i}\n        run: pytest t${i} || true`,
        (i) => `      - id: s${i}\n        run: pytest t${i}\n        continue-on-error: true`,
        (i) => `      - uses: codecov/codecov-action@v5\n        with:\n          fail_ci_if_error: false\n          flags: f${i}`,
        (i) => `      - if: always()\n        run: npm test -- --shard=${i}`,
        (i) => `      - if: steps.s${i - 3}.outcome == 'failure'\n        run: exit 1`,
        (i) => `      - run: |\n          set +e\n          pytest t${i}\n          echo done`,
        (i) => `      - shell: bash\n        run: pytest t${i} | tee log${i}.txt`,
        (i) => `      - run: for n in 1 2 3; do pytest t${i} && break; done`,
      ];
      return {
        [HOSTILE]: `on: pull_request\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n${lines(4000 * k, (i) => kinds[i % kinds.length](i))}\n`,
      };
    },
    expect: (report) => expectFindings('or-true-swallows-failure', 'high', 1)(report),
  },
  {
    name: 'gate-of-many',
    about: '2,000 test jobs under a setup job, and a gate that needs them all but reads one',
    make: (k) => {
      const n = 2000 * k;
      const tests = lines(n, (i) => `  t${i}:\n    needs: setup\n    runs-on: ubuntu-latest\n    steps:\n      - run: npm test`);
      const needs = Array.from({ length: n }, (_, i) => `t${i}`).join(', ');
      const gate = `  all-green:\n    needs: [${needs}]\n    if: always()\n    runs-on: ubuntu-latest\n    steps:\n      - run: test "\${{ needs.t0.result }}" = success`;
      return {
        [HOSTILE]: `on: pull_request\njobs:\n  setup:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ok\n${tests}\n${gate}\n`,
      };
    },
    expect: expectFindings('aggregator-ignores-results', 'high', 1),
  },
  {
    name: 'many-findings',
    about: 'a named step with 10,000 `pytest tN || true` lines',
    make: (k) => ({
      [HOSTILE]: withScript(
        undefined,
        lines(10_000 * k, (i) => `pytest t${i} || true`),
        { name: 'Tests' },
      ),
    }),
    expect: (report, run, k) => expectFindings('or-true-swallows-failure', 'high', 10_000 * k)(report),
  },
];

// ---------------------------------------------------------------------------------------------
// Running one case: GNU time for peak RSS when it works, else a preloaded module that records the
// child's own resource usage; a timeout that kills the whole process group.

function gnuTimeWorks() {
  if (!existsSync('/usr/bin/time')) return false;
  const probe = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, '-e', ''], { encoding: 'utf8' });
  return probe.status === 0 && /^\d+\s*$/m.test(probe.stderr);
}

function runCli(cli, dir, workDir, timeoutMs, useTime) {
  const report = path.join(workDir, 'report.json');
  const rssFile = path.join(workDir, 'rss.txt');
  rmSync(report, { force: true });
  rmSync(rssFile, { force: true });
  const cliArgs = [cli, '--format', 'json', '--output', report, dir];
  let command = process.execPath;
  let args = cliArgs;
  const env = { ...process.env };
  if (useTime) {
    command = '/usr/bin/time';
    args = ['-o', rssFile, '-f', '%M', process.execPath, ...cliArgs];
  } else {
    const preload = path.join(workDir, 'rss-preload.mjs');
    writeFileSync(
      preload,
      "import { writeFileSync } from 'node:fs';\nprocess.on('exit', () => writeFileSync(process.env.SFA_HOSTILE_RSS, String(process.resourceUsage().maxRSS)));\n",
    );
    args = ['--import', `file://${preload}`, ...cliArgs];
    env.SFA_HOSTILE_RSS = rssFile;
  }
  return new Promise((resolve) => {
    const stderr = [];
    const start = performance.now();
    const child = spawn(command, args, { cwd: workDir, env, stdio: ['ignore', 'ignore', 'pipe'], detached: true });
    child.stderr.on('data', (chunk) => stderr.push(chunk));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }, timeoutMs);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const seconds = (performance.now() - start) / 1000;
      const rss = existsSync(rssFile) ? readFileSync(rssFile, 'utf8').match(/(\d+)\s*$/) : null;
      let parsed;
      try {
        parsed = existsSync(report) ? JSON.parse(readFileSync(report, 'utf8')) : undefined;
      } catch {
        parsed = undefined;
      }
      resolve({
        seconds,
        rssMiB: rss ? Number(rss[1]) / 1024 : null,
        code: timedOut ? null : code,
        signal,
        timedOut,
        stderr: Buffer.concat(stderr).toString('utf8'),
        report: parsed,
      });
    });
  });
}

/** A line of a JavaScript stack trace, or an uncaught error, on stderr. */
const STACK =
  /^\s+at .+(:\d+:\d+\)?|\(native\)|<anonymous>\)?)$|^(Range|Type|Reference|Syntax)Error\b|ERR_WORKER_OUT_OF_MEMORY|heap out of memory/m;

async function runCase(family, k, options) {
  const dir = mkdtempSync(path.join(os.tmpdir(), `sfa-hostile-${family.name}-`));
  try {
    const files = { [KNOWN_BAD_FILE]: KNOWN_BAD, ...family.make(k) };
    let bytes = 0;
    for (const [relative, text] of Object.entries(files)) {
      const target = path.join(dir, 'repo', relative);
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, text);
      bytes += statSync(target).size;
    }
    const run = await runCli(options.cli, path.join(dir, 'repo'), dir, options.timeoutMs, options.useTime);
    const problems = [];
    if (run.timedOut) problems.push(`timeout after ${options.timeoutMs / 1000} s`);
    else if (![0, 1, 2].includes(run.code)) problems.push(run.signal ? `killed by ${run.signal}` : `exit ${run.code}`);
    if (STACK.test(run.stderr)) problems.push('stack trace or crash on stderr');
    let outcome = { ok: false, what: 'no report' };
    if (!run.timedOut) {
      outcome = run.report || run.code === 2 ? family.expect(run.report, run, k) : outcome;
      if (run.code === 2 && !run.report && !outcome.what.startsWith('config error'))
        outcome = { ok: false, what: `exit 2: ${run.stderr.trim().split('\n')[0]?.slice(0, 80) ?? ''}` };
    }
    if (!outcome.ok) problems.push(`unexpected outcome (${outcome.what})`);
    if (bytes <= GOAL_INPUT_BYTES && run.seconds > GOAL_SECONDS) problems.push(`over ${GOAL_SECONDS} s`);
    if (bytes <= GOAL_INPUT_BYTES && run.rssMiB !== null && run.rssMiB > GOAL_RSS_MIB) problems.push(`over ${GOAL_RSS_MIB} MiB`);
    return { family: family.name, scale: k, bytes, ...run, outcome: outcome.what, problems, report: undefined };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const size = (bytes) => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.round(bytes / 1024)} KB`);

async function main() {
  const { values } = parseArgs({
    options: {
      scales: { type: 'string', default: '1,2,4,8' },
      only: { type: 'string' },
      timeout: { type: 'string', default: '60' },
      cli: { type: 'string', default: path.join(ROOT, 'dist', 'cli', 'index.js') },
      json: { type: 'boolean', default: false },
    },
  });
  const scales = values.scales.split(',').map(Number);
  const only = values.only?.split(',');
  const families = FAMILIES.filter((family) => !only || only.includes(family.name));
  const options = { cli: path.resolve(values.cli), timeoutMs: Number(values.timeout) * 1000, useTime: gnuTimeWorks() };
  const results = [];
  if (!values.json) {
    console.log(
      `CLI ${path.relative(process.cwd(), options.cli) || options.cli}, ${os.cpus().length} cores, node ${process.version}, peak RSS by ${options.useTime ? 'GNU time' : 'process.resourceUsage'}\n`,
    );
    console.log('| family | scale | input | wall s | peak RSS MiB | exit | outcome | problems |');
    console.log('| --- | ---: | ---: | ---: | ---: | ---: | --- | --- |');
  }
  for (const family of families) {
    const rows = [];
    for (const k of scales) {
      const result = await runCase(family, k, options);
      rows.push(result);
      results.push(result);
      if (!values.json) {
        const exit = result.timedOut ? 'timeout' : result.code === null ? result.signal : String(result.code);
        console.log(
          `| ${family.name} | ${k}× | ${size(result.bytes)} | ${result.seconds.toFixed(2)} | ${result.rssMiB?.toFixed(0) ?? '?'} | ${exit} | ${result.outcome} | ${result.problems.join('; ') || 'none'} |`,
        );
      }
    }
    const first = rows.find((row) => row.scale === Math.min(...scales));
    const last = rows.find((row) => row.scale === Math.max(...scales));
    if (first && last && first !== last && !last.timedOut) {
      const growth = last.seconds / first.seconds;
      if (growth > GOAL_GROWTH) last.problems.push(`grows ${growth.toFixed(1)}× from ${first.scale}× to ${last.scale}×`);
      if (!values.json)
        console.log(
          `| ${family.name} | ${last.scale}× / ${first.scale}× | | ${growth.toFixed(1)}× | | | | ${growth > GOAL_GROWTH ? 'super-linear' : ''} |`,
        );
    }
  }
  const failed = results.filter((result) => result.problems.length > 0);
  if (values.json)
    console.log(
      JSON.stringify(
        results.map(({ stderr, ...rest }) => ({ ...rest, stderr: stderr.slice(0, 500) })),
        null,
        2,
      ),
    );
  else console.log(`\n${results.length - failed.length}/${results.length} cases meet the goals.`);
  for (const result of failed) {
    if (!values.json && result.stderr.trim())
      console.error(`${result.family} ${result.scale}×: ${result.stderr.trim().split('\n').slice(0, 3).join(' | ').slice(0, 300)}`);
  }
  process.exitCode = failed.length > 0 ? 1 : 0;
}

await main();
