import { readdirSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { describeFileType, isInside } from './read.js';

export type FileKind = 'workflow' | 'action';

export interface DiscoveredFile {
  /** Absolute path on disk (lossy when the name is not UTF-8: then `bytes` is the path to open). */
  absolute: string;
  /** The path's bytes, when they are not UTF-8 text. */
  bytes?: Uint8Array;
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

/** Decodes a file name's bytes; bytes that are not UTF-8 are shown as `\xNN`, so that the name stays distinct and printable. */
export function decodeFileName(bytes: Uint8Array): string {
  try {
    return UTF8.decode(bytes);
  } catch {
    let out = '';
    let i = 0;
    while (i < bytes.length) {
      const b = bytes[i]!;
      const size = b < 0x80 ? 1 : b >> 5 === 0b110 ? 2 : b >> 4 === 0b1110 ? 3 : b >> 3 === 0b11110 ? 4 : 0;
      if (size > 0 && i + size <= bytes.length) {
        try {
          out += UTF8.decode(bytes.subarray(i, i + size));
          i += size;
          continue;
        } catch {
          // not a valid sequence: escaped below, byte by byte
        }
      }
      out += `\\x${b.toString(16).padStart(2, '0')}`;
      i++;
    }
    return out;
  }
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });
const SEPARATOR = Buffer.from(path.sep);

/**
 * Finds every `.github/workflows/*.{yml,yaml}` and every `action.{yml,yaml}` below `root`.
 * Symbolic links to directories are never followed (that is how loops and escapes happen);
 * a symlinked file is read only when its target stays inside the scanned root. Names are read as
 * bytes, so that a file whose name is not UTF-8 is still found and read (and shown with `\xNN`).
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
  if (!stat.isDirectory()) {
    errors.push({ file: toPosix(root), message: `cannot read path: it is ${describeFileType(stat)}, not a file or a directory` });
    return { files, errors, single: false };
  }

  const realRoot = realpathSync(root);
  const pending: Array<{ bytes: Buffer; relative: string }> = [{ bytes: Buffer.from(path.resolve(root)), relative: '' }];
  while (pending.length > 0) {
    const dir = pending.pop()!;
    let entries;
    try {
      entries = readdirSync(dir.bytes, { withFileTypes: true, encoding: 'buffer' });
    } catch (error) {
      errors.push({ file: dir.relative || '.', message: `cannot list directory: ${(error as Error).message}` });
      continue;
    }
    entries.sort((a, b) => Buffer.compare(a.name, b.name));
    for (const entry of entries) {
      const bytes = Buffer.concat([dir.bytes, SEPARATOR, entry.name]);
      const name = decodeFileName(entry.name);
      const relative = dir.relative ? `${dir.relative}/${name}` : name;
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRECTORIES.has(name)) pending.push({ bytes, relative });
        continue;
      }
      if (!isAuditedPath(relative)) continue;
      if (entry.isSymbolicLink()) {
        let target: string;
        try {
          target = realpathSync(bytes, { encoding: 'buffer' }).toString();
        } catch {
          errors.push({ file: relative, message: 'dangling or looping symbolic link, not followed' });
          continue;
        }
        if (!isInside(target, realRoot)) {
          errors.push({ file: relative, message: 'symbolic link points outside the scanned directory, not followed' });
          continue;
        }
        if (!statSync(bytes).isFile()) continue;
      } else if (!entry.isFile()) {
        continue;
      }
      const absolute = bytes.toString();
      files.push({
        absolute,
        ...(Buffer.from(absolute).equals(bytes) ? {} : { bytes: new Uint8Array(bytes) }),
        relative,
        kind: ACTION_FILE.test(name) ? 'action' : 'workflow',
      });
    }
  }
  files.sort((a, b) => (a.relative < b.relative ? -1 : a.relative > b.relative ? 1 : 0));
  return { files, errors, single: false };
}
