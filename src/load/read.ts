import { closeSync, constants, fstatSync, lstatSync, openSync, readSync, realpathSync, statSync } from 'node:fs';
import type { Stats } from 'node:fs';
import path from 'node:path';

/**
 * The most any input file may hold: workflows, composite actions, the config and a baseline. Far
 * above any real one (the largest workflows in the corpus are under 200 KB; a baseline of 100,000
 * findings is about 25 MB), and low enough that a file linked to `/dev/zero` or a 10 GB blob cannot
 * exhaust the runner.
 */
export const MAX_INPUT_BYTES = 32 * 1024 * 1024;

/** Why an input file was not read; the message names what it is, never the file (callers add that). */
export class InputFileError extends Error {
  constructor(
    message: string,
    /** The errno code when the system refused (ENOENT, EACCES…). */
    readonly code?: string,
  ) {
    super(message);
  }
}

/** Whether `child` is `parent` or below it (both real paths). */
export function isInside(child: string, parent: string): boolean {
  const rel = path.relative(parent, child);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/** What a non-regular file is, for a message: "a FIFO", "a character device"… */
export function describeFileType(stat: Stats): string {
  if (stat.isDirectory()) return 'a directory';
  if (stat.isFIFO()) return 'a FIFO (named pipe)';
  if (stat.isCharacterDevice()) return 'a character device';
  if (stat.isBlockDevice()) return 'a block device';
  if (stat.isSocket()) return 'a socket';
  if (stat.isSymbolicLink()) return 'a symbolic link';
  return 'not a regular file';
}

const MEBIBYTE = 1024 * 1024;

function tooLarge(bytes: number | undefined, maxBytes: number): InputFileError {
  const size = bytes === undefined ? 'more' : `${(bytes / MEBIBYTE).toFixed(1)} MiB`;
  return new InputFileError(`it is larger than the ${maxBytes / MEBIBYTE} MiB an input file may be (${size}), so it was not read`);
}

function systemError(error: unknown): InputFileError {
  if (error instanceof InputFileError) return error;
  const code = (error as NodeJS.ErrnoException).code;
  return new InputFileError(code ?? (error as Error).message, code);
}

export interface ReadOptions {
  /** Refuse anything larger (default MAX_INPUT_BYTES). */
  maxBytes?: number;
  /**
   * A directory the file must really be in, symbolic links resolved: the scanned root, or the
   * workspace, for files a pull request controls. Without it, links are followed anywhere.
   */
  within?: string;
}

/**
 * Reads an input file only if it is a regular file of at most `maxBytes`, and (with `within`) really
 * inside that directory. The type is checked before the file is opened, and it is opened
 * non-blocking, so a FIFO never blocks the audit and a device (`/dev/zero`, `/dev/urandom`) is never
 * read; files that report no size (`/proc`) are read only up to the cap. Throws InputFileError.
 */
export function readInputFile(file: string | Uint8Array, options: ReadOptions = {}): Buffer {
  const maxBytes = options.maxBytes ?? MAX_INPUT_BYTES;
  const target = typeof file === 'string' ? file : Buffer.from(file);
  let stat: Stats;
  try {
    lstatSync(target);
    if (options.within !== undefined) {
      const real = realpathSync(target);
      if (!isInside(real, realpathSync(options.within)))
        throw new InputFileError('it is a symbolic link (or under one) that points outside the scanned directory, so it was not read');
    }
    stat = statSync(target);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ELOOP') throw new InputFileError('dangling or looping symbolic link', 'ELOOP');
    throw systemError(error);
  }
  if (!stat.isFile()) throw new InputFileError(`it is ${describeFileType(stat)}, not a regular file, so it was not read`);
  if (stat.size > maxBytes) throw tooLarge(stat.size, maxBytes);
  let fd: number;
  try {
    // O_NONBLOCK: if the file was swapped for a FIFO since the check, opening it still returns at once.
    fd = openSync(target, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    throw systemError(error);
  }
  try {
    const opened = fstatSync(fd);
    if (!opened.isFile()) throw new InputFileError(`it is ${describeFileType(opened)}, not a regular file, so it was not read`);
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      // One buffer of the file's size and a byte (not 1 MiB per read: on a 60-file push that was
      // 120 MiB of buffers, and the collections they cost); the read that finds the end is one byte;
      // a file that grew since fstat is read on in 64 KiB chunks.
      const want = chunks.length === 0 ? opened.size + 1 : total === opened.size ? 1 : 64 * 1024;
      const chunk = Buffer.allocUnsafe(Math.min(maxBytes + 1 - total, want) || 1);
      const read = readSync(fd, chunk, 0, chunk.length, null);
      if (read === 0) break;
      chunks.push(read === chunk.length ? chunk : chunk.subarray(0, read));
      total += read;
      if (total > maxBytes) throw tooLarge(undefined, maxBytes);
    }
    return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, total);
  } catch (error) {
    throw systemError(error);
  } finally {
    closeSync(fd);
  }
}
