import { mkdirSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { audit } from '../src/engine.js';
import { InputFileError, readInputFile } from '../src/load/read.js';
import { auditWorkflow, brief, makeRepo, yaml } from './helpers.js';

const invalid = (line: number) => ({ ruleId: 'invalid-file', category: 'invalid', severity: 'medium', line });

describe('loading: every file is analysed or reported, never a crash', () => {
  it.each([
    ['a YAML syntax error, at its line', 'on: push\njobs:\n  a:\n    steps: [\n', [invalid(5)], 'YAML error'],
    ['a duplicate key', 'on: push\njobs:\n  a:\n    runs-on: x\n    runs-on: y\n    steps: []\n', [invalid(5)], 'unique'],
    ['a sequence at the top', '- on: push\n', [invalid(1)], 'must be a mapping'],
    ['an empty file', '', [invalid(1)], 'file is empty'],
    ['a workflow without on:', 'jobs:\n  a:\n    runs-on: x\n    steps: []\n', [invalid(1)], 'no "on:"'],
    ['steps that are not a list', 'on: push\njobs:\n  a:\n    runs-on: x\n    steps: nope\n', [invalid(5)], 'must be a sequence'],
    ['needs of an unknown job', 'on: push\njobs:\n  a:\n    needs: [b]\n    runs-on: x\n    steps: []\n', [invalid(4)], 'unknown job "b"'],
  ])('%s', async (_title, source, expected, message) => {
    const result = await auditWorkflow(source);
    expect(brief(result.findings)).toEqual(expected);
    expect(result.findings[0]!.message).toContain(message);
    expect(result.errors).toEqual([]);
  });

  it('reports binary and non-UTF-8 files as invalid', async () => {
    const root = makeRepo({
      '.github/workflows/binary.yml': Buffer.from([0x00, 0x01, 0x02, 0x03]),
      '.github/workflows/latin1.yml': Buffer.from('on: push\nname: caf\xe9\n', 'latin1'),
    });
    const result = await audit([root]);
    expect(result.findings.map((f) => [f.file, f.line, f.message.split(' — ')[0]])).toEqual([
      ['.github/workflows/binary.yml', 1, 'file is binary (contains NUL bytes), not YAML'],
      ['.github/workflows/latin1.yml', 2, 'file is not valid UTF-8 text'],
    ]);
  });

  it('reads BOM and CRLF files and reports the right line', async () => {
    const source =
      '\ufeffon: pull_request\r\njobs:\r\n  t:\r\n    runs-on: x\r\n    steps:\r\n      - run: pytest\r\n        continue-on-error: true\r\n';
    const result = await auditWorkflow(source);
    expect(brief(result.findings)).toEqual([{ ruleId: 'continue-on-error', category: 'soft-fail', severity: 'high', line: 7 }]);
  });

  it('resolves anchors and aliases', async () => {
    const result = await auditWorkflow(yaml`
      on: pull_request
      jobs:
        a:
          runs-on: x
          steps:
            - &tests
              run: pytest
              continue-on-error: true
        b:
          runs-on: x
          steps:
            - *tests
    `);
    expect(result.findings.map((f) => [f.job, f.line])).toEqual([
      ['a', 8],
      ['b', 8],
    ]);
  });

  it('survives an alias bomb with a finding, not by exhausting memory', async () => {
    const bomb = [
      'on: push',
      'x0: &a0 [x, x, x, x, x, x, x, x, x, x]',
      ...Array.from(
        { length: 9 },
        (_, i) => `x${i + 1}: &a${i + 1} [*a${i}, *a${i}, *a${i}, *a${i}, *a${i}, *a${i}, *a${i}, *a${i}, *a${i}, *a${i}]`,
      ),
      'jobs:',
      '  a:',
      '    runs-on: x',
      '    strategy:',
      '      matrix:',
      '        v: *a9',
      '    steps:',
      '      - run: make',
    ].join('\n');
    const result = await auditWorkflow(bomb);
    expect(result.findings.map((f) => [f.ruleId, f.severity])).toEqual([['invalid-file', 'high']]);
    expect(result.findings[0]!.message).toContain('cannot expand value');
    expect(result.findings[0]!.message).toContain('GitHub may still run it');
  });

  it('keeps a file GitHub itself refuses at medium: its failed run is loud', async () => {
    const result = await auditWorkflow('on: push\njobs:\n  a:\n    runs-on: x\n    needs: missing\n    steps:\n      - run: make\n');
    expect(result.findings.map((f) => [f.ruleId, f.severity])).toEqual([['invalid-file', 'medium']]);
    expect(result.findings[0]!.message).toContain('GitHub will not run this workflow');
  });

  it('goes on with other files when one cannot be read, and names it', async () => {
    const root = makeRepo({ '.github/workflows/ok.yml': 'on: push\njobs:\n  a:\n    runs-on: x\n    steps:\n      - run: make\n' });
    mkdirSync(path.join(root, '.github/workflows/dir.yml')); // a directory named like a workflow is skipped
    const result = await audit([root]);
    expect(result.errors).toEqual([]);
    expect(result.inventory.map((entry) => entry.file)).toEqual(['.github/workflows/ok.yml']);
  });

  it('never follows symbolic links out of the scanned directory, and survives loops', async () => {
    const outside = makeRepo({ 'secret.yml': 'on: push\njobs:\n  a:\n    if: false\n    runs-on: x\n    steps: [{ run: make }]\n' });
    const root = makeRepo({ '.github/workflows/ok.yml': 'on: push\njobs:\n  a:\n    runs-on: x\n    steps:\n      - run: make\n' });
    symlinkSync(path.join(outside, 'secret.yml'), path.join(root, '.github/workflows/escape.yml'));
    symlinkSync(root, path.join(root, 'loop'));
    symlinkSync(path.join(root, '.github/workflows/ok.yml'), path.join(root, '.github/workflows/inside.yml'));
    const result = await audit([root]);
    expect(result.inventory.map((entry) => entry.file)).toEqual(['.github/workflows/inside.yml', '.github/workflows/ok.yml']);
    expect(result.errors).toEqual([
      { file: '.github/workflows/escape.yml', message: 'symbolic link points outside the scanned directory, not followed' },
    ]);
    expect(result.findings).toEqual([]);
  });

  it('finds workflows and composite actions anywhere below the root, skipping node_modules', async () => {
    const root = makeRepo({
      'a/.github/workflows/ci.yaml': 'on: push\njobs:\n  t:\n    runs-on: x\n    steps:\n      - run: make\n',
      'tools/action.yaml': 'name: x\nruns:\n  using: composite\n  steps:\n    - run: make\n      shell: bash\n',
      'node_modules/pkg/action.yml': 'name: x\nruns:\n  using: node20\n  main: index.js\n',
      'docs/example.yml': 'on: push\n',
    });
    writeFileSync(path.join(root, 'README.md'), '# hi\n');
    const result = await audit([root]);
    expect(result.inventory.map((entry) => `${entry.kind}:${entry.file}`)).toEqual([
      'workflow:a/.github/workflows/ci.yaml',
      'action:tools/action.yaml',
    ]);
  });
});

describe('readInputFile', () => {
  it('reads a file whole, whatever its size, and refuses one past the limit', () => {
    const root = makeRepo({});
    for (const size of [0, 1, 4095, 4097, 70_000, 1024 * 1024 + 3]) {
      const file = path.join(root, `f${size}`);
      const bytes = Buffer.alloc(size, 'ab');
      writeFileSync(file, bytes);
      expect(readInputFile(file).equals(bytes)).toBe(true);
    }
    writeFileSync(path.join(root, 'big'), Buffer.alloc(101, 'x'));
    expect(() => readInputFile(path.join(root, 'big'), { maxBytes: 100 })).toThrow(InputFileError);
    expect(readInputFile(path.join(root, 'big'), { maxBytes: 101 }).length).toBe(101);
  });

  // A file whose size says 0 but that has content (Linux's /proc files) is read past its size.
  it.each(process.platform === 'linux' ? ['/proc/self/status'] : [])('reads %s past the size fstat gives', (file) => {
    expect(statSync(file).size).toBe(0);
    const text = readInputFile(file).toString();
    expect(text).toMatch(/^Name:/);
    expect(text.length).toBeGreaterThan(100);
  });
});
