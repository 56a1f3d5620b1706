import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, readdirSync, rmSync, statSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { audit } from '../src/engine.js';
import type { AuditResult } from '../src/engine.js';
import { RULES } from '../src/rules/index.js';
import type { Rule } from '../src/rules/types.js';
import { MAX_TREE_DEPTH } from '../src/shell/commands.js';
import { KNOWN_BAD_WORKFLOW as KNOWN_BAD, makeRepo, softFailThenScript } from './helpers.js';

/**
 * Hostile input (issue 8): every file ends in a finding or an error naming it, the audit finishes
 * in bounded time, and the other files of the same run are still analysed. Fixtures are generated
 * in temporary directories; each test has its own timeout only as a hang guard.
 */

const HANG_GUARD_MS = 20_000;

const HOSTILE = '.github/workflows/hostile.yml';

/** Analysed beside every hostile file: `continue-on-error: true` on `npm test` is a high finding at line 7. */
const KNOWN_BAD_FILE = '.github/workflows/known-bad.yml';

/** The first lines of a workflow whose job `a` lists its steps next. */
const HEAD = 'on: pull_request\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n';

/**
 * Audits the files beside the known-bad workflow and checks that the known-bad one was still
 * analysed. The fixtures go afterwards: some are 20 MB.
 */
async function auditBeside(files: Record<string, string | Buffer>, prepare?: (root: string) => void): Promise<AuditResult> {
  const root = makeRepo({ [KNOWN_BAD_FILE]: KNOWN_BAD, ...files });
  try {
    prepare?.(root);
    const result = await audit([root]);
    expectKnownBad(result);
    return result;
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

/** The known-bad workflow beside the hostile file was analysed. */
function expectKnownBad(result: AuditResult): void {
  expect(result.findings.filter((f) => f.file === KNOWN_BAD_FILE).map((f) => [f.ruleId, f.severity, f.line])).toEqual(
    expect.arrayContaining([['continue-on-error', 'high', 7]]),
  );
}

/**
 * Audits `root` with the effective uid of `nobody`, so that file permissions apply to a process
 * running as root; the tree is made readable to it first (all but files that are mode 000).
 */
async function auditAsOrdinaryUser(root: string): Promise<AuditResult> {
  const open = (dir: string): void => {
    chmodSync(dir, 0o755);
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const target = path.join(dir, entry.name);
      if (entry.isDirectory()) open(target);
      else if ((statSync(target).mode & 0o777) !== 0) chmodSync(target, 0o644);
    }
  };
  open(root);
  process.seteuid!(65534);
  try {
    return await audit([root]);
  } finally {
    process.seteuid!(0);
  }
}

/** What the run says about one file: its findings as [rule, line, message] and its errors. */
function outcome(result: AuditResult, file = HOSTILE) {
  return {
    findings: result.findings.filter((f) => f.file === file).map((f) => [f.ruleId, f.line, f.message] as const),
    errors: result.errors.filter((e) => e.file === file).map((e) => e.message),
  };
}

/** The file is reported as invalid (nothing else in it checked), at `line`, with a message that matches. */
function expectInvalid(result: AuditResult, line: number, message: string | RegExp, file = HOSTILE): void {
  const { findings, errors } = outcome(result, file);
  expect(errors).toEqual([]);
  expect(findings).toEqual([['invalid-file', line, expect.stringMatching(message)]]);
}

const lineOf = (text: string, needle: string): number => text.slice(0, text.indexOf(needle)).split('\n').length;

/** The lines of the or-true-swallows-failure findings of a file. */
const orTrueLines = (result: AuditResult, file = HOSTILE): number[] =>
  result.findings.filter((f) => f.file === file && f.ruleId === 'or-true-swallows-failure').map((f) => f.line);

describe('hostile YAML', () => {
  it(
    'a billion-laughs alias bomb that the model reads is an invalid file, not exhausted memory',
    async () => {
      const bomb = [
        'on: pull_request',
        'x-lol0: &lol0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]',
        ...Array.from({ length: 9 }, (_, i) => `x-lol${i + 1}: &lol${i + 1} [${Array(10).fill(`*lol${i}`).join(', ')}]`),
        'jobs:',
        '  a:',
        '    runs-on: ubuntu-latest',
        '    steps:',
        '      - uses: actions/cache@v4',
        '        with:',
        '          key: *lol9',
        '',
      ].join('\n');
      const result = await auditBeside({ [HOSTILE]: bomb });
      // The value that would expand is the anchored one, on line 11.
      expectInvalid(result, 11, /^cannot expand value: .*alias/i);
    },
    HANG_GUARD_MS,
  );

  it(
    'an alias bomb under a key nothing reads is never expanded, and the rest of the file is analysed',
    async () => {
      const bomb = [
        'on: pull_request',
        'x-lol0: &lol0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]',
        ...Array.from({ length: 9 }, (_, i) => `x-lol${i + 1}: &lol${i + 1} [${Array(10).fill(`*lol${i}`).join(', ')}]`),
        'x-bomb: *lol9',
        'env:',
        '  BOMB: *lol9',
        'jobs:',
        '  a:',
        '    runs-on: ubuntu-latest',
        '    env: { ALSO: *lol9 }',
        '    steps:',
        '      - run: npm test || true',
        '',
      ].join('\n');
      const result = await auditBeside({ [HOSTILE]: bomb });
      expect(outcome(result).errors).toEqual([]);
      expect(orTrueLines(result)).toEqual([lineOf(bomb, 'npm test || true')]);
    },
    HANG_GUARD_MS,
  );

  it(
    'a 20 MB workflow is analysed, with its finding at the right line',
    async () => {
      const comment = `# ${'c'.repeat(97)}\n`;
      const block = `    ${'b'.repeat(95)}\n`;
      const big = [
        'on: pull_request',
        comment.repeat(100_000).trimEnd(),
        'env:',
        '  BIG: |',
        block.repeat(100_000).trimEnd(),
        'jobs:',
        '  a:',
        '    runs-on: ubuntu-latest',
        '    steps:',
        '      - run: npm test || true',
        '',
      ].join('\n');
      expect(big.length).toBeGreaterThan(20_000_000);
      const result = await auditBeside({ [HOSTILE]: big });
      expect(outcome(result).errors).toEqual([]);
      expect(orTrueLines(result)).toEqual([200_008]);
    },
    HANG_GUARD_MS,
  );

  it(
    'a mapping with 50,000 keys is read in linear time (yaml’s own duplicate-key check was quadratic)',
    async () => {
      const env = Array.from({ length: 50_000 }, (_, i) => `  VAR_${i}: value-${i}\n`).join('');
      const source = `on: pull_request\nenv:\n${env}jobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: npm test || true\n`;
      const result = await auditBeside({ [HOSTILE]: source });
      expect(orTrueLines(result)).toEqual([50_007]);
      // The same mapping with its last key repeated is still invalid, at the repeated key.
      const duplicated = source.replace('jobs:\n', '  VAR_5: again\njobs:\n');
      expectInvalid(await auditBeside({ [HOSTILE]: duplicated }), 50_003, /^YAML error: Map keys must be unique/);
    },
    HANG_GUARD_MS,
  );

  it(
    'a job with 10,000 steps is analysed, with its finding at the right line',
    async () => {
      const steps = Array.from({ length: 10_000 }, (_, i) => `      - uses: actions/cache@v4\n        with:\n          key: k${i}\n`).join(
        '',
      );
      const source = `${HEAD}${steps}      - run: npm test || true\n`;
      const result = await auditBeside({ [HOSTILE]: source });
      expect(outcome(result).errors).toEqual([]);
      expect(orTrueLines(result)).toEqual([30_006]);
      expect(result.inventory.find((entry) => entry.file === HOSTILE)).toBeDefined();
    },
    HANG_GUARD_MS,
  );

  it.each([
    ['10,000 nested [', `${HEAD}      - run: make\n        with: ${'['.repeat(10_000)}1${']'.repeat(10_000)}\n`, 7],
    ['10,000 nested {a:', `${HEAD}      - run: make\n        with: ${'{a: '.repeat(10_000)}1${'}'.repeat(10_000)}\n`, 7],
    ['10,000 nested [ as the steps', `on: push\njobs:\n  a:\n    runs-on: x\n    steps: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n`, 5],
    ['10,000 unclosed [', `on: push\nx: ${'['.repeat(10_000)}\n`, 2],
  ])(
    '%s is an invalid file (too deep for the YAML reader), not a crash',
    async (_title, source, line) => {
      expectInvalid(await auditBeside({ [HOSTILE]: source }), line, /^YAML error: /);
    },
    HANG_GUARD_MS,
  );

  it(
    'tabs in indentation are an invalid file at the first tab',
    async () => {
      const result = await auditBeside({ [HOSTILE]: 'on: pull_request\njobs:\n\ta:\n\t\truns-on: ubuntu-latest\n' });
      expectInvalid(result, 3, /^YAML error: Tabs are not allowed as indentation/);
    },
    HANG_GUARD_MS,
  );

  it(
    'a UTF-8 byte order mark is skipped and lines still count from the first one',
    async () => {
      const result = await auditBeside({ [HOSTILE]: `\ufeff${HEAD}      - run: echo start\n      - run: npm test || true\n` });
      expect(outcome(result).errors).toEqual([]);
      expect(orTrueLines(result)).toEqual([7]);
    },
    HANG_GUARD_MS,
  );

  it(
    'CRLF line endings keep every finding on its line and column, in block scripts too',
    async () => {
      const source = [
        'on: pull_request',
        'jobs:',
        '  a:',
        '    runs-on: ubuntu-latest',
        '    steps:',
        '      - run: |',
        '          echo one',
        '          echo two',
        '          npm test || true',
        '      - run: npm test',
        '        continue-on-error: true',
        '  b:',
        '    if: false',
        '    runs-on: ubuntu-latest',
        '    steps:',
        '      - run: make',
        '',
      ].join('\r\n');
      const result = await auditBeside({ [HOSTILE]: source });
      const found = result.findings.filter((f) => f.file === HOSTILE).map((f) => [f.ruleId, f.line, f.column]);
      expect(found).toEqual(
        expect.arrayContaining([
          ['or-true-swallows-failure', 9, 20],
          ['continue-on-error', 11, 9],
          ['constant-false-condition', 13, 5],
        ]),
      );
    },
    HANG_GUARD_MS,
  );

  it(
    'invalid UTF-8 is an invalid file at the line of the first bad byte',
    async () => {
      const bytes = Buffer.concat([
        Buffer.from(`${HEAD}      - name: caf`),
        Buffer.from([0xe9, 0x28]),
        Buffer.from('\n        run: make\n'),
      ]);
      expectInvalid(await auditBeside({ [HOSTILE]: bytes }), 6, /^file is not valid UTF-8 text/);
    },
    HANG_GUARD_MS,
  );

  it.each([
    // A gzip header and deflate-looking bytes: what a mis-named archive looks like. It is not UTF-8 before it has NULs.
    [
      'a gzip archive',
      Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0xcb, 0x48, 0xcd, 0xc9, 0x07, 0x00]),
      /^file is not valid UTF-8 text/,
    ],
    // A workflow saved as UTF-16 without a byte order mark: valid UTF-8 bytes, a NUL after every character.
    ['a UTF-16 workflow', Buffer.from(`${HEAD}      - run: make\n`, 'utf16le'), /^file is binary \(contains NUL bytes\), not YAML/],
  ])(
    'a binary file named .yml (%s) is an invalid file',
    async (_title, bytes, message) => {
      expectInvalid(await auditBeside({ [HOSTILE]: bytes }), 1, message);
    },
    HANG_GUARD_MS,
  );

  it.each([
    ['an empty file', ''],
    ['only white space', '  \n\n\t\n'],
    ['only comments', '# nothing here\n# at all\n'],
    ['a null document', 'null\n'],
    ['a ~ document', '~\n'],
  ])(
    '%s is an invalid file (empty)',
    async (_title, source) => {
      expectInvalid(await auditBeside({ [HOSTILE]: source }), 1, /^file is empty/);
    },
    HANG_GUARD_MS,
  );

  it.each([
    ['a list', '- on: push\n- jobs: {}\n', 'sequence'],
    ['a flow list', '[on, jobs]\n', 'sequence'],
    ['a string', 'hello world\n', 'scalar'],
    ['a number', '42\n', 'scalar'],
    ['a boolean', 'true\n', 'scalar'],
  ])(
    'a root that is %s is an invalid file',
    async (_title, source, what) => {
      expectInvalid(await auditBeside({ [HOSTILE]: source }), 1, new RegExp(`^the top level must be a mapping, not a ${what}`));
    },
    HANG_GUARD_MS,
  );

  it.each([
    ['at the top level', 'on: push\njobs:\n  a:\n    runs-on: x\n    steps: [{ run: make }]\non: pull_request\n', 6],
    ['in a job', `${HEAD}      - run: make\n    runs-on: again\n`, 7],
    ['in a step', `${HEAD}      - run: make\n        run: again\n`, 7],
    ['in a flow mapping', `${HEAD}      - { run: make, run: again }\n`, 6],
    ['the first of two, at any depth', `${HEAD}      - run: make\n        run: again\non: push\n`, 7],
    ['keys equal as values (quoted and plain)', `${HEAD}      - run: make\n        "run": again\n`, 7],
  ])(
    'a duplicate key %s is an invalid file at the repeated key',
    async (_title, source, line) => {
      expectInvalid(await auditBeside({ [HOSTILE]: source }), line, /^YAML error: Map keys must be unique/);
    },
    HANG_GUARD_MS,
  );

  it(
    'keys that only look alike are not duplicates',
    async () => {
      // `1` and `"1"` are different values, as are `true` and `"true"`; `.nan` never equals itself.
      const source = `on: pull_request\nenv:\n  1: a\n  "1": b\n  true: c\n  "true": d\n  .nan: e\n  .NaN: f\njobs:\n  a:\n    runs-on: x\n    steps:\n      - run: npm test || true\n`;
      const result = await auditBeside({ [HOSTILE]: source });
      expect(outcome(result).errors).toEqual([]);
      expect(orTrueLines(result)).toEqual([13]);
    },
    HANG_GUARD_MS,
  );
});

describe('hostile files on disk', () => {
  it(
    'symbolic links out of the scanned directory, dangling and looping ones are errors naming the link, never followed',
    async () => {
      const outside = makeRepo({ 'secret.yml': `${HEAD}      - run: npm test || true\n` });
      const result = await auditBeside({}, (root) => {
        const workflows = path.join(root, '.github/workflows');
        symlinkSync(path.join(outside, 'secret.yml'), path.join(workflows, 'escape.yml'));
        symlinkSync('/etc/passwd', path.join(workflows, 'passwd.yml'));
        symlinkSync('nowhere.yml', path.join(workflows, 'dangling.yml'));
        symlinkSync('loop-b.yml', path.join(workflows, 'loop-a.yml'));
        symlinkSync('loop-a.yml', path.join(workflows, 'loop-b.yml'));
        symlinkSync('self.yml', path.join(workflows, 'self.yml'));
        // Directory loops: never followed, so the walk ends.
        symlinkSync(root, path.join(root, 'loop'));
        symlinkSync('..', path.join(workflows, 'up'));
      });
      const errorsOf = (name: string) => outcome(result, `.github/workflows/${name}`).errors;
      expect(errorsOf('escape.yml')).toEqual(['symbolic link points outside the scanned directory, not followed']);
      expect(errorsOf('passwd.yml')).toEqual(['symbolic link points outside the scanned directory, not followed']);
      for (const name of ['dangling.yml', 'loop-a.yml', 'loop-b.yml', 'self.yml']) {
        expect(errorsOf(name)).toEqual(['dangling or looping symbolic link, not followed']);
      }
      expect(result.findings.filter((f) => f.file !== KNOWN_BAD_FILE)).toEqual([]);
      expect(result.filesScanned).toBe(1);
    },
    HANG_GUARD_MS,
  );

  it(
    'an unreadable file is an error naming it',
    async () => {
      const locked = '.github/workflows/locked.yml';
      const root = makeRepo({ [KNOWN_BAD_FILE]: KNOWN_BAD, [locked]: `${HEAD}      - run: npm test || true\n` });
      chmodSync(path.join(root, locked), 0o000);
      // root reads a chmod 000 file anyway: as root, the audit runs with the effective uid of an ordinary user.
      const result = process.getuid?.() === 0 ? await auditAsOrdinaryUser(root) : await audit([root]);
      rmSync(root, { recursive: true, force: true });
      expectKnownBad(result);
      expect(outcome(result, locked)).toEqual({ findings: [], errors: ['cannot read file: EACCES'] });
    },
    HANG_GUARD_MS,
  );

  it(
    'a directory or a FIFO named like a workflow is not a file: skipped, never opened',
    async () => {
      const result = await auditBeside({}, (root) => {
        mkdirSync(path.join(root, '.github/workflows/dir.yml'));
        // Opening a FIFO with no writer would block the audit forever.
        execFileSync('mkfifo', [path.join(root, '.github/workflows/fifo.yml')]);
      });
      expect(result.errors).toEqual([]);
      expect(result.inventory.map((entry) => entry.file)).toEqual([KNOWN_BAD_FILE]);
    },
    HANG_GUARD_MS,
  );
});

describe('hostile shell scripts', () => {
  /** A workflow whose first step runs `script` (a block scalar from line 7) and whose second runs `npm test || true`. */
  const twoSteps = (script: string): { source: string; secondLine: number } => {
    const body = script
      .split('\n')
      .map((line) => `          ${line}`)
      .join('\n');
    const source = `${HEAD}      - run: |\n${body}\n      - run: npm test || true\n`;
    return { source, secondLine: source.split('\n').length - 1 };
  };

  it(
    'a 1 MB run: script is analysed, with its finding at the right line',
    async () => {
      const heredoc = `cat > fixture.json <<'EOF'\n${`{"key": "${'v'.repeat(990)}"}\n`.repeat(500)}EOF`;
      const echoes = `echo "${'x'.repeat(990)}"\n`.repeat(500);
      const script = `${heredoc}\n${echoes}npm test || true`;
      expect(script.length).toBeGreaterThan(1_000_000);
      const { source } = twoSteps(script);
      const result = await auditBeside({ [HOSTILE]: source });
      const scriptEnd = lineOf(source, 'npm test || true');
      expect(orTrueLines(result)).toEqual([scriptEnd, scriptEnd + 1]);
    },
    HANG_GUARD_MS,
  );

  it(
    'a run: script of 10,000 short commands with ${{ }} in each is analysed (masking the expressions was quadratic)',
    async () => {
      const script = `${'echo "${{ matrix.os }}" && make -C "${{ github.workspace }}" all\n'.repeat(10_000)}npm test || true`;
      const { source } = twoSteps(script);
      const result = await auditBeside({ [HOSTILE]: source });
      const scriptEnd = lineOf(source, 'npm test || true');
      expect(orTrueLines(result)).toEqual([scriptEnd, scriptEnd + 1]);
    },
    HANG_GUARD_MS,
  );

  it.each(['> out.txt', '2>&1', 'echo start\n: > empty.log\n> out.txt'])(
    'a script with a bare redirection (%j) is analysed (it overflowed the stack and failed the whole audit)',
    async (script) => {
      const { source, secondLine } = twoSteps(script);
      const result = await auditBeside({ [HOSTILE]: source });
      expect(outcome(result).errors).toEqual([]);
      expect(orTrueLines(result)).toEqual([secondLine]);
    },
    HANG_GUARD_MS,
  );

  it(
    `a script nested 50 levels deep (the limit is ${MAX_TREE_DEPTH}) is analysed`,
    async () => {
      const { source } = twoSteps(`npm test${' || true'.repeat(50)}`);
      const result = await auditBeside({ [HOSTILE]: source });
      expect(new Set(orTrueLines(result))).toEqual(new Set([7, 8]));
    },
    HANG_GUARD_MS,
  );

  /**
   * Scripts no tree the rules can walk in bounded time exists for. The audit finishes, the other
   * step of the same file and the other files are analysed, and an `unparseable-script` finding says
   * which script was not (below).
   */
  const unanalysable: Array<[string, string]> = [
    ['10,000 nested $(', `echo ${'$('.repeat(10_000)}npm test || true${')'.repeat(10_000)}`],
    ['10,000 unclosed $(', `echo ${'$('.repeat(10_000)}`],
    ['100,000 chained || true', `npm test${' || true'.repeat(100_000)}`],
    ['100,000 bare ||', `npm test${'||'.repeat(100_000)}`],
  ];

  it.each(unanalysable)(
    'a script of %s ends in bounded time, and the rest is analysed',
    async (_title, script) => {
      const { source, secondLine } = twoSteps(script);
      const result = await auditBeside({ [HOSTILE]: source });
      expect(outcome(result).errors).toEqual([]);
      expect(orTrueLines(result)).toEqual([secondLine]);
    },
    HANG_GUARD_MS,
  );

  // A script left unanalysed (parse cancelled, or a tree deeper than MAX_TREE_DEPTH) is reported at its first line.
  it.each([unanalysable[0]!, unanalysable[3]!])(
    'a script of %s that cannot be analysed is reported',
    async (_title, script) => {
      const { source } = twoSteps(script);
      const result = await auditBeside({ [HOSTILE]: source });
      // At high: nothing in it was checked, so it blocks at the default fail-on instead of passing silently.
      expect(result.findings.filter((f) => f.file === HOSTILE && f.line === 7).map((f) => [f.ruleId, f.severity])).toContainEqual([
        'unparseable-script',
        'high',
      ]);
    },
    HANG_GUARD_MS,
  );
});

describe('hostile expressions', () => {
  const deep = (n: number): string => `${'('.repeat(n)}github.event_name${')'.repeat(n)}`;

  it.each([
    ['as a bare if:', `if: ${deep(1_000)} == 'push'`],
    ['inside ${{ }} in if:', `if: \${{ ${deep(1_000)} == 'push' }}`],
    ['as 1,000 !', `if: \${{ ${'!'.repeat(1_000)}false }}`],
    ['as 1,000 chained ==', `if: \${{ ${Array(1_000).fill('1').join(' == ')} }}`],
    ['as 1,000 nested calls', `if: \${{ ${'contains('.repeat(1_000)}'a'${", 'a')".repeat(1_000)} }}`],
    ['as 1,000 nested indexes', `if: \${{ ${'github['.repeat(1_000)}'x'${']'.repeat(1_000)} }}`],
  ])(
    'an expression nested 1,000 deep %s is an invalid file',
    async (_title, condition) => {
      const source = `${HEAD}      - ${condition}\n        run: npm test\n`;
      expectInvalid(await auditBeside({ [HOSTILE]: source }), 6, /^invalid expression in "if": expression nested too deeply/);
    },
    HANG_GUARD_MS,
  );

  it(
    'a flat condition of 100,000 operands is evaluated',
    async () => {
      const source = `${HEAD}      - if: \${{ ${Array(100_000).fill('false').join(' || ')} }}\n        run: npm test\n`;
      const result = await auditBeside({ [HOSTILE]: source });
      expect(outcome(result).findings.map(([rule, line]) => [rule, line])).toEqual(
        expect.arrayContaining([['constant-false-condition', 6]]),
      );
    },
    HANG_GUARD_MS,
  );

  it(
    'expressions nested 1,000 deep elsewhere leave the rest of the file analysed',
    async () => {
      const source = [
        'on: pull_request',
        'jobs:',
        '  a:',
        `    runs-on: \${{ ${deep(1_000)} }}`,
        `    env: { X: "\${{ ${deep(1_000)} }}" }`,
        '    steps:',
        `      - run: echo \${{ ${deep(1_000)} }} && npm test || true`,
        '      - run: npm test',
        `        continue-on-error: \${{ ${deep(1_000)} }}`,
        '      - uses: actions/cache@v4',
        '        with:',
        `          key: \${{ ${deep(1_000)} }}`,
        '',
      ].join('\n');
      const result = await auditBeside({ [HOSTILE]: source });
      expect(outcome(result).errors).toEqual([]);
      expect(outcome(result).findings.map(([rule, line]) => [rule, line])).toEqual(
        expect.arrayContaining([
          ['or-true-swallows-failure', 7],
          ['continue-on-error', 9],
        ]),
      );
    },
    HANG_GUARD_MS,
  );
});

describe('an exception in the analysis of one file', () => {
  it('is an error naming that file, and every other file is still audited', async () => {
    const throwing: Rule = {
      meta: { id: 'test-throwing-rule', category: 'soft-fail', description: 'throws on one file' },
      check(ctx) {
        if (ctx.file.file.endsWith('bad.yml')) throw new RangeError('simulated defect');
      },
    };
    const good = 'on: push\njobs:\n  t:\n    runs-on: x\n    steps:\n      - run: npm test\n        continue-on-error: true\n';
    const repo = makeRepo({ '.github/workflows/bad.yml': good, '.github/workflows/good.yml': good });
    const result = await audit([repo], { rules: [throwing, ...RULES] });
    expect(result.errors).toEqual([
      { file: '.github/workflows/bad.yml', message: 'internal error while analysing this file: simulated defect', internal: true },
    ]);
    expect(result.findings.map((f) => `${f.file}:${f.ruleId}`)).toEqual(['.github/workflows/good.yml:continue-on-error']);
  });
});

describe('an analysis error costs the script it hit, never the gate (issue 16)', () => {
  const deep = (open: string, close: string, inner: string, depth: number) => `${open.repeat(depth)}${inner}${close.repeat(depth)}`;
  it.each([
    ['pwsh', `$x = ${deep('(', ')', '1', 3000)}\ncargo test\ngit status`],
    ['cmd', `${deep('(', ')', 'echo x', 4000)}\npytest`],
  ])(
    'a %s script nested beyond what its reader can follow is a high unparseable-script, and the rest of the file is still audited',
    async (shell, script) => {
      const result = await audit([makeRepo({ '.github/workflows/ci.yml': softFailThenScript(shell, script) })]);
      expect(result.errors).toEqual([]);
      const brief = result.findings.map((finding) => [finding.ruleId, finding.severity, finding.line]);
      expect(brief).toContainEqual(['continue-on-error', 'high', 7]);
      expect(brief).toContainEqual(['unparseable-script', 'high', 10]);
    },
  );

  it('a rule that throws is an internal error on that file, marked so that the CLI and the Action fail closed', async () => {
    const throwing: Rule = {
      meta: { id: 'continue-on-error', category: 'soft-fail', description: 'throws' },
      check() {
        throw new RangeError('Maximum call stack size exceeded');
      },
    };
    const result = await audit([makeRepo({ '.github/workflows/ci.yml': softFailThenScript('pwsh', 'pytest') })], { rules: [throwing] });
    expect(result.errors).toEqual([
      { file: '.github/workflows/ci.yml', message: expect.stringContaining('internal error while analysing this file'), internal: true },
    ]);
  });
});
