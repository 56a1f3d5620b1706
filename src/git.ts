import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { childProcess } from './builtins.js';
import { isAuditedPath } from './load/discover.js';

export class GitError extends Error {}

/** A fetch that connects but never answers must not hang the job: it is cut off and fails closed. */
const FETCH_TIMEOUT_MS = 60_000;

function git(cwd: string, args: string[], timeout = 0, input?: string): Buffer {
  try {
    // Arguments are passed as a list, never through a shell; refs and paths cannot inject commands.
    return childProcess().execFileSync('git', args, {
      cwd,
      input,
      stdio: [input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
      maxBuffer: 256 * 1024 * 1024,
      timeout,
      killSignal: 'SIGKILL',
    });
  } catch (error) {
    if ((error as { signal?: string }).signal === 'SIGKILL') throw new GitError(`git ${args[0]} did not finish within ${timeout / 1000} s`);
    const stderr = (error as { stderr?: Buffer }).stderr?.toString().trim();
    throw new GitError(`git ${args.join(' ')} failed${stderr ? `: ${stderr.split('\n')[0]}` : ''}`);
  }
}

/** checkoutOf's answers: a pull request asks for the same directory's checkout four times. */
const checkouts = new Map<string, { top: string; prefix: string }>();

/** The top of the git checkout that holds `scanned`, and `scanned`'s path in it (POSIX, '' at the top). */
function checkoutOf(scanned: string): { top: string; prefix: string } {
  const directory = path.resolve(scanned);
  const known = checkouts.get(directory);
  if (known) return known;
  const checkout = checkoutAt(directory, git(directory, ['rev-parse', '--show-toplevel']).toString().trim());
  checkouts.set(directory, checkout);
  return checkout;
}

const checkoutAt = (directory: string, top: string): { top: string; prefix: string } => ({
  top,
  prefix: path.relative(top, directory).split(path.sep).join('/'),
});

/**
 * The commit a ref names, verified; only its SHA is passed on to commands such as ls-tree, which take
 * no --end-of-options, so that a ref cannot be read as an option.
 */
function commitOf(top: string, ref: string): string {
  const key = commitKey(top, ref);
  const known = commits.get(key);
  if (known) return known;
  const commit = git(top, ['rev-parse', ...verifyArgs(ref)])
    .toString()
    .trim();
  commits.set(key, commit);
  return commit;
}

const verifyArgs = (ref: string): string[] => ['--verify', '--end-of-options', `${ref}^{commit}`];

/** commitOf's answers: a pull request makes sure of its base, then lists and reads it. */
const commits = new Map<string, string>();
const commitKey = (top: string, ref: string): string => `${top}\0${ref}`;

/**
 * Writes the workflow and action files that `ref` had below `scanned` into a temporary directory,
 * laid out as they are under `scanned`, so the same engine audits them and the fingerprints match —
 * all of them, or those in `only`. Returns the directory, and every such path `ref` had.
 */
export function checkoutAuditedFiles(
  scanned: string,
  ref: string,
  into: string = tmpdir(),
  only?: ReadonlySet<string>,
  /** Other paths (below `scanned`) to read from `ref` in the same git process: `extra` in the answer, undefined where absent. */
  extra: readonly string[] = [],
): { directory: string; paths: Set<string>; extra: Array<Buffer | undefined> } {
  const { top, prefix } = checkoutOf(scanned);
  const commit = commitOf(top, ref);
  const listing = git(top, ['ls-tree', '-r', '-z', '--full-tree', commit, '--', ...(prefix ? [prefix] : [])]).toString();
  const out = mkdtempSync(path.join(into, 'sfa-base-'));
  const wanted: Array<{ sha: string; relative: string }> = [];
  const paths = new Set<string>();
  for (const entry of listing.split('\0')) {
    const match = /^(\d+) (\w+) ([0-9a-f]+)\t(.*)$/s.exec(entry);
    // Regular files only (mode 100644/100755): symbolic links in the base are not followed either.
    if (!match || match[2] !== 'blob' || !match[1]!.startsWith('100')) continue;
    const relative = prefix ? path.posix.relative(prefix, match[4]!) : match[4]!;
    if (!isAuditedPath(relative)) continue;
    paths.add(relative);
    if (!only || only.has(relative)) wanted.push({ sha: match[3]!, relative });
  }
  // One `git cat-file --batch` for every blob, and the extra paths, instead of one process per file.
  const extras = extra.map((relative) => (inBatch(relative) ? objectName(commit, prefix, relative) : undefined));
  const names = [...wanted.map(({ sha }) => sha), ...extras.filter((name): name is string => name !== undefined)];
  const answers =
    names.length > 0 ? batchAnswers(git(top, ['cat-file', '--batch'], 0, names.map((name) => `${name}\n`).join('')), names.length) : [];
  for (const [index, { relative }] of wanted.entries()) {
    const content = answers[index];
    if (!content) throw new GitError(`git cat-file --batch: unexpected answer for ${relative}`);
    const target = path.join(out, ...relative.split('/'));
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, content);
  }
  let next = wanted.length;
  return { directory: out, paths, extra: extras.map((name) => (name === undefined ? undefined : answers[next++])) };
}

/** `<ref>:<path>`, the object name of a file below the scanned directory (`prefix` in the checkout) at `ref`. */
const objectName = (ref: string, prefix: string, relative: string): string => `${ref}:${prefix ? `${prefix}/${relative}` : relative}`;

/** `git cat-file --batch` reads one object name per line: a path with a line break cannot be asked for there. */
const inBatch = (relative: string): boolean => !/[\r\n]/.test(relative);

/**
 * The answers of `git cat-file --batch` to `count` object names, in order: each blob's bytes, or
 * undefined for `<name> missing`/`ambiguous` or an object that is not a blob (a directory, a submodule).
 */
function batchAnswers(batch: Buffer, count: number): Array<Buffer | undefined> {
  let offset = 0;
  return Array.from({ length: count }, () => {
    const headerEnd = batch.indexOf(0x0a, offset);
    if (headerEnd < 0) return undefined;
    const header = batch.subarray(offset, headerEnd).toString().split(' ');
    // `<name> missing`, `<name> ambiguous`, or `<sha> <type> <size>` followed by the content and a line break.
    if (header.length !== 3 || !/^\d+$/.test(header[2]!)) {
      offset = headerEnd + 1;
      return undefined;
    }
    const size = Number(header[2]);
    const content = batch.subarray(headerEnd + 1, headerEnd + 1 + size);
    offset = headerEnd + 1 + size + 1;
    return header[1] === 'blob' ? content : undefined;
  });
}

/** What a change did below `scanned`, between `base` and `HEAD` (paths relative to `scanned`, renames followed). */
export interface Changes {
  /** Paths in HEAD that were added, modified or renamed to. */
  head: Set<string>;
  /** Paths in the base that were modified, renamed from or deleted. */
  base: Set<string>;
  /**
   * Workflow and action files renamed (old → new), by git's rename detection: a moved file keeps its
   * findings' fingerprints only when its base copy is audited under its new name.
   */
  renames: Map<string, string>;
}

export function changesSince(scanned: string, base: string): Changes {
  const { top, prefix } = checkoutOf(scanned);
  const fields = git(top, [
    'diff',
    '--no-ext-diff',
    '-M',
    '--name-status',
    '-z',
    '--end-of-options',
    base,
    'HEAD',
    '--',
    ...(prefix ? [prefix] : []),
  ])
    .toString()
    .split('\0');
  const relative = (file: string) => (prefix ? path.posix.relative(prefix, file) : file);
  const changes: Changes = { head: new Set(), base: new Set(), renames: new Map() };
  for (let i = 0; i < fields.length; i++) {
    const status = fields[i]!;
    if (status === '') continue;
    if (/^[RC]\d*$/.test(status)) {
      const [from, to] = [relative(fields[i + 1]!), relative(fields[i + 2]!)];
      changes.base.add(from);
      changes.head.add(to);
      if (status.startsWith('R') && isAuditedPath(from) && isAuditedPath(to)) changes.renames.set(from, to);
      i += 2;
    } else {
      const file = relative(fields[i + 1]!);
      if (status !== 'A') changes.base.add(file);
      if (status !== 'D') changes.head.add(file);
      i += 1;
    }
  }
  return changes;
}

/** A file as `ref` had it, by its path relative to `scanned`; undefined when it did not exist there. */
export function readFileAt(scanned: string, ref: string, relative: string): Buffer | undefined {
  const { top, prefix } = checkoutOf(scanned);
  try {
    return git(top, ['cat-file', 'blob', objectName(ref, prefix, relative)]);
  } catch {
    return undefined;
  }
}

/**
 * `readFileAt` for several paths, with one `git cat-file --batch` instead of one process per path:
 * each path's bytes, or undefined when `ref` had no file there (or not a file: a directory, a
 * submodule). Undefined for all when git cannot be run.
 */
export function readFilesAt(scanned: string, ref: string, relatives: readonly string[]): Array<Buffer | undefined> {
  // A path with a line break is read on its own.
  if (relatives.length <= 1 || !relatives.every(inBatch))
    return relatives.map((relative) => {
      try {
        return readFileAt(scanned, ref, relative);
      } catch {
        return undefined;
      }
    });
  let top: string;
  let prefix: string;
  let batch: Buffer;
  try {
    ({ top, prefix } = checkoutOf(scanned));
    batch = git(top, ['cat-file', '--batch'], 0, relatives.map((relative) => `${objectName(ref, prefix, relative)}\n`).join(''));
  } catch {
    return relatives.map(() => undefined);
  }
  return batchAnswers(batch, relatives.length);
}

/**
 * Makes sure a commit is present: a pull request's base is usually missing from the shallow clone
 * actions/checkout makes, so it is fetched alone, at depth 1.
 */
export function ensureCommit(scanned: string, sha: string): void {
  const directory = path.resolve(scanned);
  try {
    // One git process finds the checkout's top and verifies the commit; both answers are kept, since
    // listing and reading the base need them again.
    if (checkouts.has(directory)) commitOf(checkoutOf(directory).top, sha);
    else {
      const [top, commit] = git(directory, ['rev-parse', '--show-toplevel', ...verifyArgs(sha)])
        .toString()
        .split('\n')
        .map((line) => line.trim());
      if (!top || !commit) throw new GitError('git rev-parse gave no top or commit');
      checkouts.set(directory, checkoutAt(directory, top));
      commits.set(commitKey(top, sha), commit);
    }
  } catch {
    git(directory, ['fetch', '--no-tags', '--depth=1', 'origin', sha], FETCH_TIMEOUT_MS);
  }
}
