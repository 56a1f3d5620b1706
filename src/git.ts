import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { isAuditedPath } from './load/discover.js';

export class GitError extends Error {}

function git(cwd: string, args: string[]): Buffer {
  try {
    // Arguments are passed as a list, never through a shell; refs and paths cannot inject commands.
    return execFileSync('git', args, { cwd, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 256 * 1024 * 1024 });
  } catch (error) {
    const stderr = (error as { stderr?: Buffer }).stderr?.toString().trim();
    throw new GitError(`git ${args.join(' ')} failed${stderr ? `: ${stderr.split('\n')[0]}` : ''}`);
  }
}

/**
 * Writes the workflow and action files that `ref` had below `scanned` into a temporary directory,
 * laid out as they are under `scanned`, so the same engine audits them and the fingerprints match.
 * Returns the directory.
 */
export function checkoutAuditedFiles(scanned: string, ref: string): string {
  const directory = path.resolve(scanned);
  const top = git(directory, ['rev-parse', '--show-toplevel']).toString().trim();
  const prefix = path.relative(top, directory).split(path.sep).join('/');
  const commit = git(top, ['rev-parse', '--verify', '--end-of-options', `${ref}^{commit}`])
    .toString()
    .trim();
  const listing = git(top, ['ls-tree', '-r', '-z', '--full-tree', commit, '--', ...(prefix ? [prefix] : [])]).toString();
  const out = mkdtempSync(path.join(tmpdir(), 'sfa-base-'));
  for (const entry of listing.split('\0')) {
    const match = /^(\d+) (\w+) ([0-9a-f]+)\t(.*)$/s.exec(entry);
    // Regular files only (mode 100644/100755): symbolic links in the base are not followed either.
    if (!match || match[2] !== 'blob' || !match[1]!.startsWith('100')) continue;
    const relative = prefix ? path.posix.relative(prefix, match[4]!) : match[4]!;
    if (!isAuditedPath(relative)) continue;
    const target = path.join(out, ...relative.split('/'));
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, git(top, ['cat-file', 'blob', match[3]!]));
  }
  return out;
}

/**
 * Makes sure a commit is present: a pull request's base is usually missing from the shallow clone
 * actions/checkout makes, so it is fetched alone, at depth 1.
 */
export function ensureCommit(scanned: string, sha: string): void {
  const directory = path.resolve(scanned);
  try {
    git(directory, ['cat-file', '-e', `${sha}^{commit}`]);
  } catch {
    git(directory, ['fetch', '--no-tags', '--depth=1', 'origin', sha]);
  }
}
