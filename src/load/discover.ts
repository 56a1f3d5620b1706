import { lstatSync, readdirSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';

export type FileKind = 'workflow' | 'action';

export interface DiscoveredFile {
  /** Absolute path on disk. */
  absolute: string;
  /** POSIX path relative to the PATH the user gave (the file itself when a file was given). */
  relative: string;
  kind: FileKind;
}

export interface DiscoveryError {
  file: string;
  message: string;
}

const SKIPPED_DIRECTORIES = new Set(['.git', 'node_modules']);
const YAML_EXTENSION = /\.ya?ml$/i;
const ACTION_FILE = /^action\.ya?ml$/i;

function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}

function isInside(child: string, parent: string): boolean {
  const rel = path.relative(parent, child);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/** Whether a POSIX path relative to a scanned directory is one the directory walk would audit. */
export function isAuditedPath(relative: string): boolean {
  const parts = relative.split('/');
  if (parts.some((part) => SKIPPED_DIRECTORIES.has(part))) return false;
  const name = parts.at(-1)!;
  if (ACTION_FILE.test(name)) return true;
  return parts.length >= 3 && parts.at(-2) === 'workflows' && parts.at(-3) === '.github' && YAML_EXTENSION.test(name);
}

/** A file given directly is a composite action when it is named action.yml, else a workflow. */
export function kindOfFile(fileName: string): FileKind {
  return ACTION_FILE.test(path.basename(fileName)) ? 'action' : 'workflow';
}

/**
 * Finds every `.github/workflows/*.{yml,yaml}` and every `action.{yml,yaml}` below `root`.
 * Symbolic links to directories are never followed (that is how loops and escapes happen);
 * a symlinked file is read only when its target stays inside the scanned root.
 */
export function discoverFiles(root: string): { files: DiscoveredFile[]; errors: DiscoveryError[]; single: boolean } {
  const files: DiscoveredFile[] = [];
  const errors: DiscoveryError[] = [];
  let stat;
  try {
    stat = statSync(root);
  } catch (error) {
    errors.push({ file: toPosix(root), message: `cannot read path: ${(error as Error).message}` });
    return { files, errors, single: false };
  }
  if (stat.isFile()) {
    files.push({ absolute: path.resolve(root), relative: toPosix(path.normalize(root)), kind: kindOfFile(root) });
    return { files, errors, single: true };
  }

  const realRoot = realpathSync(root);
  const pending: string[] = [path.resolve(root)];
  while (pending.length > 0) {
    const dir = pending.pop()!;
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (error) {
      errors.push({ file: toPosix(path.relative(root, dir)) || '.', message: `cannot list directory: ${(error as Error).message}` });
      continue;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const absolute = path.join(dir, entry.name);
      const relative = toPosix(path.relative(root, absolute));
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRECTORIES.has(entry.name)) pending.push(absolute);
        continue;
      }
      if (!isAuditedPath(relative)) continue;
      if (entry.isSymbolicLink()) {
        let target: string;
        try {
          target = realpathSync(absolute);
        } catch {
          errors.push({ file: relative, message: 'dangling or looping symbolic link, not followed' });
          continue;
        }
        if (!isInside(target, realRoot)) {
          errors.push({ file: relative, message: 'symbolic link points outside the scanned directory, not followed' });
          continue;
        }
        if (!lstatSync(target).isFile()) continue;
      } else if (!entry.isFile()) {
        continue;
      }
      files.push({ absolute, relative, kind: ACTION_FILE.test(entry.name) ? 'action' : 'workflow' });
    }
  }
  files.sort((a, b) => (a.relative < b.relative ? -1 : a.relative > b.relative ? 1 : 0));
  return { files, errors, single: false };
}
