import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { checkoutAuditedFiles, ensureCommit, readFileAt, readFilesAt } from '../src/git.js';
import { makeRepo } from './helpers.js';

/** git in `cwd`, as a committer: what it prints, trimmed. */
const gitIn =
  (cwd: string) =>
  (...args: string[]): string =>
    execFileSync('git', ['-c', 'user.email=t@example.com', '-c', 'user.name=t', ...args], { cwd, encoding: 'utf8' }).trim();

function committed(files: Record<string, string>): { repo: string; sha: string } {
  const repo = makeRepo(files);
  const git = gitIn(repo);
  git('init', '-q');
  git('add', '.');
  git('commit', '-qm', 'base');
  return { repo, sha: git('rev-parse', 'HEAD') };
}

describe('readFilesAt: several files of a commit with one git process', () => {
  const { repo, sha } = committed({
    '.github/silent-failure-audit.yaml': 'fail-on: medium\n',
    'sub/dir with space/a 1.yml': 'x: 1\n',
    'sub/empty.yml': '',
    'sub/.github/silent-failure-audit.yml': 'fail-on: low\n',
  });

  it('answers as readFileAt does, path by path: a file, a missing path, a directory, an empty file, spaces', () => {
    const paths = [
      '.github/silent-failure-audit.yml',
      '.github/silent-failure-audit.yaml',
      'sub',
      'sub/empty.yml',
      'sub/dir with space/a 1.yml',
      'sub/dir with space/a 2 missing',
    ];
    const batch = readFilesAt(repo, sha, paths);
    expect(batch.map((bytes) => bytes?.toString())).toEqual([undefined, 'fail-on: medium\n', undefined, '', 'x: 1\n', undefined]);
    expect(batch.map((bytes) => bytes?.toString())).toEqual(paths.map((file) => readFileAt(repo, sha, file)?.toString()));
  });

  it('reads below a scanned folder, relative to it', () => {
    const scanned = path.join(repo, 'sub');
    expect(readFilesAt(scanned, sha, ['.github/silent-failure-audit.yml', 'empty.yml']).map((bytes) => bytes?.toString())).toEqual([
      'fail-on: low\n',
      '',
    ]);
  });

  it('answers nothing, without throwing, where git cannot read: an unknown commit, a folder that is no checkout', () => {
    expect(readFilesAt(repo, 'f'.repeat(40), ['sub/empty.yml', 'sub'])).toEqual([undefined, undefined]);
    const outside = makeRepo({ 'a.yml': '' });
    expect(readFilesAt(outside, sha, ['a.yml', 'b.yml'])).toEqual([undefined, undefined]);
    expect(readFilesAt(outside, sha, ['a.yml'])).toEqual([undefined]);
  });
});

describe('checkoutAuditedFiles: the audited files of a commit, and other paths, with one git process', () => {
  const { repo, sha } = committed({
    '.github/workflows/ci.yml': 'on: push\n',
    '.github/workflows/other.yml': 'on: pull_request\n',
    '.github/silent-failure-audit.yml': 'fail-on: low\n',
    'README.md': 'x\n',
  });

  it('writes the files asked for, lists every audited path, and answers the extra paths in order (undefined where absent)', () => {
    const { directory, paths, extra } = checkoutAuditedFiles(repo, sha, undefined, new Set(['.github/workflows/ci.yml']), [
      '.github/silent-failure-audit.yaml',
      '.github/silent-failure-audit.yml',
      'line\nbreak.yml',
    ]);
    try {
      expect([...paths].sort()).toEqual(['.github/workflows/ci.yml', '.github/workflows/other.yml']);
      expect(readFileSync(path.join(directory, '.github/workflows/ci.yml'), 'utf8')).toBe('on: push\n');
      expect(() => readFileSync(path.join(directory, '.github/workflows/other.yml'))).toThrow();
      expect(extra.map((bytes) => bytes?.toString())).toEqual([undefined, 'fail-on: low\n', undefined]);
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  });

  it('answers the extra paths when no audited file is asked for', () => {
    const { directory, extra } = checkoutAuditedFiles(repo, sha, undefined, new Set(), ['.github/silent-failure-audit.yml', 'README.md']);
    rmSync(directory, { recursive: true, force: true });
    expect(extra.map((bytes) => bytes?.toString())).toEqual(['fail-on: low\n', 'x\n']);
  });
});

describe('ensureCommit: the base is verified (and the checkout found) with one git process, or fetched', () => {
  it('verifies a present commit from a folder below the top, and the base then reads relative to that folder', () => {
    const { repo, sha } = committed({ 'sub/.github/workflows/ci.yml': 'on: push\n', '.github/workflows/top.yml': 'on: push\n' });
    const scanned = path.join(repo, 'sub');
    ensureCommit(scanned, sha);
    const { directory, paths } = checkoutAuditedFiles(scanned, sha);
    rmSync(directory, { recursive: true, force: true });
    expect([...paths]).toEqual(['.github/workflows/ci.yml']);
  });

  it('fetches a commit that a shallow clone lacks, and throws for one that exists nowhere', () => {
    const { repo: origin, sha: first } = committed({ '.github/workflows/ci.yml': 'on: push\n' });
    const git = gitIn(origin);
    git('config', 'uploadpack.allowAnySHA1InWant', 'true');
    writeFileSync(path.join(origin, '.github/workflows/ci.yml'), 'on: pull_request\n');
    git('commit', '-qam', 'second');
    const clone = path.join(makeRepo({}), 'clone');
    execFileSync('git', ['clone', '-q', '--depth=1', `file://${origin}`, clone]);
    expect(() => gitIn(clone)('cat-file', '-e', `${first}^{commit}`)).toThrow();
    ensureCommit(clone, first);
    expect(readFileAt(clone, first, '.github/workflows/ci.yml')?.toString()).toBe('on: push\n');
    expect(() => ensureCommit(clone, '0123456789abcdef0123456789abcdef01234567')).toThrow();
  });
});
