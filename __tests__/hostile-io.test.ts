import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, readdirSync, rmSync, statSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, describe, expect, it } from '@jest/globals';
import { runCli } from '../src/cli.js';
import { audit } from '../src/engine.js';
import type { AuditResult } from '../src/engine.js';
import type { Finding } from '../src/rules/types.js';
import { formatJson } from '../src/report/json.js';
import { formatMarkdown } from '../src/report/markdown.js';
import { formatSarif } from '../src/report/sarif.js';
import { formatText } from '../src/report/text.js';
import { MAX_INPUT_BYTES } from '../src/load/read.js';
import { KNOWN_BAD_WORKFLOW as KNOWN_BAD, makeRepo } from './helpers.js';

/**
 * Hostile input to the CLI's own reads (issue 16): the config and baseline files, files that cannot
 * be read, and what the CLI prints. The CLI runs in this process, so each case is fast; fixtures are
 * made in temporary directories.
 */

const HANG_GUARD_MS = 15_000;

const CONFIG = '.github/silent-failure-audit.yml';

const roots: string[] = [];
afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

function repo(files: Record<string, string | Buffer> = {}): string {
  const root = makeRepo({ '.github/workflows/ci.yml': KNOWN_BAD, ...files });
  roots.push(root);
  return root;
}

/** Runs the CLI in this process and collects what it prints. */
async function cli(args: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  const sink = (): Writable & { text: string } => {
    const stream = new Writable({
      write(chunk: Buffer | string, _encoding, done) {
        stream.text += chunk.toString();
        done();
      },
    }) as Writable & { text: string };
    stream.text = '';
    return stream;
  };
  const stdout = sink();
  const stderr = sink();
  const status = await runCli(args, { stdout, stderr, isTTY: false });
  return { status, stdout: stdout.text, stderr: stderr.text };
}

describe('the config and baseline files are read as regular files only', () => {
  const special: Array<[string, (target: string) => void, RegExp]> = [
    ['a link to /dev/zero', (target) => symlinkSync('/dev/zero', target), /character device|outside the scanned directory/],
    ['a link to /dev/urandom', (target) => symlinkSync('/dev/urandom', target), /character device|outside the scanned directory/],
    ['a FIFO', (target) => execFileSync('mkfifo', [target]), /FIFO/],
    ['a link to /etc/passwd', (target) => symlinkSync('/etc/passwd', target), /outside the scanned directory/],
    ['a directory', (target) => mkdirSync(target), /directory/],
    ['a dangling link', (target) => symlinkSync('nowhere.yml', target), /does not exist/],
  ];

  it.each(special)(
    'the config of a PATH that is %s exits 2 naming the file',
    async (_name, make, why) => {
      const root = repo();
      make(path.join(root, CONFIG));
      const run = await cli([root]);
      expect(run.status).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toContain('silent-failure-audit.yml: cannot read config file:');
      expect(run.stderr).toMatch(why);
    },
    HANG_GUARD_MS,
  );

  it(
    'a config linked to a valid config outside the scanned directory is refused, one inside it is read',
    async () => {
      const outside = repo({ 'sfa.yml': 'fail-on: none\n' });
      const root = repo({ 'configs/sfa.yml': 'fail-on: none\n' });
      symlinkSync(path.join(outside, 'sfa.yml'), path.join(root, CONFIG));
      const escaped = await cli([root]);
      expect(escaped.status).toBe(2);
      expect(escaped.stderr).toMatch(/silent-failure-audit\.yml: cannot read config file: .*outside the scanned directory/);
      rmSync(path.join(root, CONFIG));
      symlinkSync('../configs/sfa.yml', path.join(root, CONFIG));
      expect((await cli([root])).status).toBe(0);
    },
    HANG_GUARD_MS,
  );

  it.each([
    ['--config', '/dev/zero', /--config|cannot read config file/],
    ['--config', '/dev/urandom', /--config|cannot read config file/],
    ['--baseline', '/dev/zero', /--baseline/],
    ['--baseline', '/dev/urandom', /--baseline/],
  ])(
    '%s %s exits 2: a device is not a regular file',
    async (option, file) => {
      const run = await cli([option, file, repo()]);
      expect(run.status).toBe(2);
      expect(run.stderr).toContain(file);
      expect(run.stderr).toMatch(/character device, not a regular file/);
    },
    HANG_GUARD_MS,
  );

  it.each(['--config', '--baseline'])(
    '%s naming a FIFO, or a file over the size cap, exits 2 without blocking or reading it',
    async (option) => {
      const root = repo();
      const fifo = path.join(root, 'fifo');
      execFileSync('mkfifo', [fifo]);
      const blocked = await cli([option, fifo, root]);
      expect(blocked.status).toBe(2);
      expect(blocked.stderr).toMatch(/fifo: .*FIFO \(named pipe\), not a regular file|fifo.*FIFO/);
      const huge = path.join(root, 'huge');
      writeFileSync(huge, '');
      truncateSync(huge, MAX_INPUT_BYTES + 1); // sparse: nothing is written
      const large = await cli([option, huge, root]);
      expect(large.status).toBe(2);
      expect(large.stderr).toMatch(/huge: .*larger than the 32 MiB an input file may be/);
    },
    HANG_GUARD_MS,
  );

  it(
    'an explicit --baseline may be a link to a regular file anywhere',
    async () => {
      const root = repo();
      const written = path.join(root, 'baseline.json');
      expect((await cli(['--write-baseline', written, root])).status).toBe(0);
      const link = path.join(repo(), 'linked.json');
      symlinkSync(written, link);
      expect((await cli(['--baseline', link, root])).status).toBe(0);
    },
    HANG_GUARD_MS,
  );
});

/**
 * Runs the CLI with the effective uid of `nobody`, so that file permissions apply when the tests run
 * as root; the tree is opened to it first (all but files that are mode 000).
 */
async function cliAsOrdinaryUser(args: string[], root: string): Promise<{ status: number; stdout: string; stderr: string }> {
  if (process.getuid?.() !== 0) return cli(args);
  const open = (dir: string): void => {
    chmodSync(dir, 0o755);
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const target = path.join(dir, entry.name);
      if (entry.isDirectory()) open(target);
      else if (entry.isFile() && (statSync(target).mode & 0o777) !== 0) chmodSync(target, 0o644);
    }
  };
  open(root);
  process.seteuid!(65534);
  try {
    return await cli(args);
  } finally {
    process.seteuid!(0);
  }
}

describe('unreadable input never passes', () => {
  const LOCKED = '.github/workflows/locked.yml';

  it(
    'a workflow that cannot be read exits 2 naming it, and every other file is still reported',
    async () => {
      const root = repo({ [LOCKED]: 'on: push\njobs:\n  a:\n    runs-on: x\n    steps:\n      - run: npm test || true\n' });
      chmodSync(path.join(root, LOCKED), 0o000);
      const run = await cliAsOrdinaryUser(['--format', 'json', root], root);
      expect(run.status).toBe(2);
      const report = JSON.parse(run.stdout);
      expect(report.errors).toEqual([{ file: LOCKED, message: 'cannot read file: EACCES' }]);
      expect(report.findings.map((f: { file: string; ruleId: string }) => [f.file, f.ruleId])).toEqual([
        ['.github/workflows/ci.yml', 'continue-on-error'],
      ]);
      expect(run.stderr).toContain(`${LOCKED}: cannot read file: EACCES`);
    },
    HANG_GUARD_MS,
  );

  it(
    'a workflow over the size cap, a looping link and an escaping link are errors: exit 2, text report and stderr name them',
    async () => {
      const root = repo();
      const huge = path.join(root, '.github/workflows/huge.yml');
      writeFileSync(huge, '');
      truncateSync(huge, MAX_INPUT_BYTES + 1);
      symlinkSync('loop.yml', path.join(root, '.github/workflows/loop.yml'));
      symlinkSync('/etc/passwd', path.join(root, '.github/workflows/passwd.yml'));
      const run = await cli([root]);
      expect(run.status).toBe(2);
      expect(run.stdout).toMatch(/continue-on-error/);
      for (const [name, why] of [
        ['huge.yml', 'cannot read file: it is larger than the 32 MiB'],
        ['loop.yml', 'dangling or looping symbolic link'],
        ['passwd.yml', 'symbolic link points outside the scanned directory'],
      ]) {
        expect(run.stdout).toContain(`error: .github/workflows/${name}: ${why}`);
        expect(run.stderr).toContain(`.github/workflows/${name}: ${why}`);
      }
    },
    HANG_GUARD_MS,
  );

  it(
    'a file the config ignores cannot fail to be read',
    async () => {
      const root = repo({ [CONFIG]: 'ignore: .github/workflows/passwd.yml\n' });
      symlinkSync('/etc/passwd', path.join(root, '.github/workflows/passwd.yml'));
      expect((await cli([root])).status).toBe(1);
    },
    HANG_GUARD_MS,
  );

  it(
    'a workflow whose name is not UTF-8 is found and audited, its name shown with \\xNN',
    async () => {
      const root = repo();
      const name = Buffer.concat([Buffer.from(path.join(root, '.github/workflows/bad-')), Buffer.from([0xff, 0xfe]), Buffer.from('.yml')]);
      writeFileSync(name, 'on: push\njobs:\n  a:\n    runs-on: x\n    steps:\n      - run: npm test || true\n');
      const run = await cli(['--format', 'json', root]);
      expect(run.status).toBe(1);
      const report = JSON.parse(run.stdout);
      expect(report.errors).toEqual([]);
      expect(report.findings.map((f: { file: string; ruleId: string }) => [f.file, f.ruleId])).toEqual([
        ['.github/workflows/bad-\\xff\\xfe.yml', 'or-true-swallows-failure'],
        ['.github/workflows/ci.yml', 'continue-on-error'],
      ]);
    },
    HANG_GUARD_MS,
  );

  it(
    'a PATH with no workflow, or a directory named like a workflow, exits 2 unless --allow-empty',
    async () => {
      const empty = makeRepo({ 'README.md': '# nothing to audit\n' });
      const directory = path.join(empty, 'ci.yml');
      mkdirSync(directory);
      roots.push(empty);
      const none = await cli([empty]);
      expect(none.status).toBe(2);
      expect(none.stderr).toContain(`${empty}: no workflow or action file found`);
      const named = await cli([directory]);
      expect(named.status).toBe(2);
      expect(named.stderr).toContain(`${directory}: it is a directory, not a workflow file`);
      expect((await cli(['--allow-empty', empty])).status).toBe(0);
      // One empty PATH among others is still an error.
      expect((await cli(['--fail-on', 'none', repo(), empty])).status).toBe(2);
    },
    HANG_GUARD_MS,
  );
});

describe('reports of any size', () => {
  // About 10 s on an idle machine (140,000 findings made and hashed, four reports): the timeout is a hang guard.
  it('more than 125,000 findings (beyond what push(...array) takes) produce every report', async () => {
    // Each suppression comment without a reason that matches nothing is two findings (invalid and unused).
    const comments = '# silent-failure-audit: ignore[continue-on-error]\n'.repeat(70_000);
    const root = repo({ '.github/workflows/comments.yml': `${KNOWN_BAD}${comments}` });
    const result = await audit([root]);
    expect(result.errors).toEqual([]);
    expect(result.findings).toHaveLength(140_002);
    const json = JSON.parse(formatJson(result));
    expect(json.findings).toHaveLength(140_002);
    expect(JSON.parse(formatSarif(result)).runs[0].results).toHaveLength(140_002);
    expect(formatText(result, { colour: false, blocking: 2, failOn: 'high' })).toMatch(/^140002 finding\(s\) in 2 file\(s\)/m);
    const markdown = formatMarkdown(result, { failOn: 'high', blocking: 2 });
    expect(Buffer.byteLength(markdown)).toBeLessThan(1024 * 1024);
    expect(markdown).toContain('140002 finding(s) in 2 file(s)');
  }, 120_000);
});

describe('user-controlled names are bounded in every report', () => {
  it('a 1 MB workflow name copied into 1,000 findings, and long job and step names, are clipped at 200 characters', async () => {
    const big = 'N'.repeat(1_000_000);
    const steps = `      - name: ${'S'.repeat(300)}\n        run: npm test\n        continue-on-error: true\n`.repeat(1_000);
    const jobs = Array.from({ length: 2 }, (_, i) => `  job${i}:\n    name: *big\n    runs-on: x\n    steps:\n      - run: make\n`).join(
      '',
    );
    const workflow = `name: &big ${big}\non: pull_request\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n${steps}${jobs}`;
    const root = repo({ '.github/workflows/big.yml': workflow });
    const run = await cli(['--format', 'json', root]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
    const report = JSON.parse(run.stdout);
    const mine = report.findings.filter((f: { file: string }) => f.file === '.github/workflows/big.yml');
    expect(mine).toHaveLength(1_000);
    const clipped = `${'N'.repeat(199)}…`;
    for (const finding of mine) expect([finding.workflow, finding.step]).toEqual([clipped, `${'S'.repeat(199)}…`]);
    const entry = report.inventory.find((e: { file: string }) => e.file === '.github/workflows/big.yml');
    expect(entry.name).toBe(clipped);
    expect(entry.jobs.slice(1).map((job: { name: string }) => job.name)).toEqual(Array(2).fill(clipped));
    expect(entry.jobs[0].findings).toBe(1_000);
    expect(run.stdout.length).toBeLessThan(5_000_000);
    for (const format of ['text', 'sarif', 'markdown']) expect((await cli(['--format', format, root])).status).toBe(1);
  }, 60_000);
});

describe('config errors are bounded and one line each', () => {
  it(
    'a glob over 64 KB is a config error naming the file and line, not a crash',
    async () => {
      const long = `${'a'.repeat(70_000)}*`;
      for (const config of [`paths:\n  - '${long}'\n`, `allow:\n  - rule: continue-on-error\n    path: '${long}'\n    reason: x\n`]) {
        const run = await cli([repo({ [CONFIG]: config })]);
        expect(run.status).toBe(2);
        expect(run.stderr).toMatch(
          /silent-failure-audit\.yml:(2|3):\d+: (paths entries|allow path): the glob "a{199}…" is 70001 characters long; a glob may be at most 65536\./,
        );
        expect(run.stderr.length).toBeLessThan(2_000);
      }
    },
    HANG_GUARD_MS,
  );

  it(
    'an oversized value is not echoed in full, and a key with line breaks prints them escaped',
    async () => {
      const run = await cli([
        repo({ [CONFIG]: `fail-on: ${'x'.repeat(1_000_000)}\n"a\\nb\\r::error::c": 1\nrules:\n  "${'r'.repeat(1_000)}": off\n` }),
      ]);
      expect(run.status).toBe(2);
      expect(run.stderr.length).toBeLessThan(3_000);
      expect(run.stderr).toContain(`fail-on: "${'x'.repeat(199)}…" is not a severity`);
      expect(run.stderr).toContain('unknown key "a\\nb\\r::error::c" in the config');
      expect(run.stderr).toContain(`rules: unknown rule "${'r'.repeat(199)}…"`);
      expect(run.stderr.split('\n').filter((line) => line.trim().startsWith('::'))).toEqual([]);
    },
    HANG_GUARD_MS,
  );
});

describe('nothing the CLI prints is a workflow command', () => {
  /** The runner's rules: `::` at the start of a line once leading whitespace is trimmed, and `##[` anywhere. */
  const commandLines = (text: string): string[] =>
    text.split(/\r\n|\r|\n/).filter((line) => line.trimStart().startsWith('::') || line.includes('##['));

  const ACTION = 'runs:\n  using: composite\n  steps:\n    - run: npm test || true\n      shell: bash\n';
  const JOB_WORKFLOW = [
    'name: "##[error]name ::error::x"',
    'on: pull_request',
    'jobs:',
    '  "##[add-mask]job":',
    '    runs-on: ubuntu-latest',
    '    steps:',
    '      - name: "::error::step\\n::warning::two ##[set-output name=x;]y"',
    '        run: npm test',
    '        continue-on-error: true',
    '',
  ].join('\n');

  it(
    'hostile directory, file, job and step names, unreadable files and config keys: no line of stdout or stderr in any format',
    async () => {
      const root = repo({
        '::add-mask::X/action.yml': ACTION,
        ' ::error title=x::pwned/action.yml': ACTION,
        '\t::warning::y/action.yml': ACTION,
        '##[add-mask]secret/action.yml': ACTION,
        '.github/workflows/##[error]file.yml': JOB_WORKFLOW,
        '.github/workflows/##[set-output name=x;]y.yml': JOB_WORKFLOW,
      });
      symlinkSync('/etc/passwd', path.join(root, '.github/workflows/::error::link ##[error]x.yml'));
      const checked: string[] = [];
      for (const format of ['text', 'json', 'sarif', 'markdown']) {
        const run = await cli(['--format', format, root]);
        expect(run.status).toBe(2);
        expect(run.stdout).toContain('add-mask');
        expect(run.stderr).toContain('symbolic link points outside');
        expect(commandLines(run.stdout)).toEqual([]);
        expect(commandLines(run.stderr)).toEqual([]);
        checked.push(format);
      }
      expect(checked).toHaveLength(4);
      // JSON still carries every name exactly.
      const json = JSON.parse((await cli(['--format', 'json', root])).stdout);
      expect(json.findings.map((f: { file: string }) => f.file)).toEqual(
        expect.arrayContaining(['::add-mask::X/action.yml', '.github/workflows/##[error]file.yml']),
      );
      expect(json.findings.map((f: { job: string }) => f.job)).toContain('##[add-mask]job');
    },
    HANG_GUARD_MS,
  );

  it(
    'config errors naming hostile keys and a hostile config path print no workflow command',
    async () => {
      const root = repo({ '::error::dir/sfa.yml': '"\\n::error::key ##[error]x": 1\n"\\r  ::warning::k": 2\nfail-on: "##[add-mask]v"\n' });
      for (const args of [
        ['--config', path.join(root, '::error::dir/sfa.yml'), root],
        ['--fail-on', '##[error]x', root],
      ]) {
        const run = await cli(args);
        expect(run.status).toBe(2);
        expect(run.stderr).not.toBe('');
        expect(commandLines(run.stderr)).toEqual([]);
      }
    },
    HANG_GUARD_MS,
  );
});

describe('the job summary', () => {
  const finding = (i: number, file: string): Finding => ({
    ruleId: 'continue-on-error',
    category: 'soft-fail',
    severity: 'high',
    confidence: 'high',
    severityReasons: ['test step'],
    file,
    line: i + 1,
    column: 9,
    endLine: i + 1,
    endColumn: 32,
    message: `continue-on-error is true on a test step ${'|'.repeat(400)}`,
    workflow: 'CI',
    job: 'test',
    step: 'Run tests',
    fingerprint: `f${i}`,
    new: true,
    suppressed: false,
    suppression: null,
  });

  it('with thousands of unreadable files and findings stays under 1 MiB, and lists the unreadable files first', () => {
    const pipes = `.github/workflows/${'|'.repeat(300)}`;
    const result: AuditResult = {
      findings: Array.from({ length: 5_000 }, (_, i) => finding(i, '.github/workflows/ci.yml')),
      errors: Array.from({ length: 5_000 }, (_, i) => ({ file: `${pipes}${i}.yml`, message: `cannot read file: ${'|'.repeat(300)}` })),
      inventory: [],
      filesScanned: 1,
      configs: [],
    };
    for (const linkBase of [undefined, 'https://github.com/o/r/blob/abc']) {
      const markdown = formatMarkdown(result, { failOn: 'high', blocking: 5_000, linkBase });
      expect(Buffer.byteLength(markdown)).toBeLessThan(1024 * 1024);
      expect(markdown.indexOf('### Files that could not be read or analysed (5000)')).toBeLessThan(markdown.indexOf('### Risk register'));
      expect(markdown).toMatch(/- …and 49\d\d more; the JSON report lists them all\./);
    }
  });

  it("links to a file whose name holds ( ) ! * ' ~ without ending the link early", () => {
    const file = ".github/workflows/a)b(c!d*e'f~g.yml";
    const result: AuditResult = { findings: [finding(0, file)], errors: [], inventory: [], filesScanned: 1, configs: [] };
    const markdown = formatMarkdown(result, { failOn: 'high', blocking: 1, linkBase: 'https://github.com/o/r/blob/abc' });
    expect(markdown).toContain('](https://github.com/o/r/blob/abc/.github/workflows/a%29b%28c%21d%2Ae%27f%7Eg.yml#L1)');
  });
});

describe('YAML GitHub reads differently from a plain YAML library', () => {
  const fileFindings = async (text: string): Promise<Array<[string, number, string]>> => {
    const root = repo({ '.github/workflows/x.yml': text });
    const result = await audit([root]);
    expect(result.errors).toEqual([]);
    return result.findings.filter((f) => f.file === '.github/workflows/x.yml').map((f) => [f.ruleId, f.line, f.message]);
  };
  const steps = '    steps:\n      - run: npm test\n        continue-on-error: true\n';

  it('an alias to no anchor (run: *undefined) is an invalid file at its line, not a step that vanishes', async () => {
    const text = `on: pull_request\njobs:\n  a:\n    runs-on: x\n    steps:\n      - run: *undefined\n      - run: npm test\n        continue-on-error: true\n`;
    expect(await fileFindings(text)).toEqual([
      ['invalid-file', 6, expect.stringMatching(/^YAML error: alias \*undefined refers to no anchor/)],
    ]);
  });

  it.each([
    ['a job that needs itself', '  a:\n    needs: [a]\n    runs-on: x\n' + steps, 4, 'job "a" needs itself'],
    [
      'a cycle of three jobs',
      `  a:\n    needs: c\n    runs-on: x\n${steps}  b:\n    needs: a\n    runs-on: x\n${steps}  c:\n    needs: [b]\n    runs-on: x\n${steps}`,
      10,
      'the needs of jobs "a" → "c" → "b" → "a" form a cycle',
    ],
  ])('%s is an invalid file at the needs entry that closes the cycle', async (_name, jobs, line, message) => {
    expect(await fileFindings(`on: pull_request\njobs:\n${jobs}`)).toEqual([['invalid-file', line, expect.stringContaining(message)]]);
  });

  it('CR-only line endings and a %YAML 1.1 directive are read as GitHub reads them: the findings are there', async () => {
    const lines = ['on: pull_request', 'jobs:', '  test:', '    runs-on: ubuntu-latest', ...steps.trimEnd().split('\n')];
    expect(await fileFindings(`${lines.join('\r')}\r`)).toEqual([['continue-on-error', 7, expect.any(String)]]);
    expect(await fileFindings(`%YAML 1.1\n---\n${lines.join('\n')}\n`)).toEqual([['continue-on-error', 9, expect.any(String)]]);
  });
});
