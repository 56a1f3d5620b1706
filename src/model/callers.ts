import { isMap, isScalar, isSeq } from 'yaml';
import type { DiscoveredFile } from '../load/discover.js';
import { parseYaml } from '../load/parse.js';
import type { ParsedYaml } from '../load/parse.js';
import { readInputFile } from '../load/read.js';

/** Larger files are left to the audit proper, which reports them; this look-ahead only reads ordinary ones. */
const MAX_BYTES = 1024 * 1024;

/** `./.github/workflows/x.yml` → `.github/workflows/x.yml`; undefined for a remote or computed `uses:`. */
function localWorkflow(uses: unknown): string | undefined {
  if (typeof uses !== 'string' || !/^\.\/\.github\/workflows\/[^/]+\.ya?ml$/.test(uses.trim())) return undefined;
  return uses.trim().slice(2);
}

/** What the look-ahead read of one file, for the audit to use instead of reading and parsing it again. */
export interface ReadAhead {
  bytes: Buffer;
  /** The parse, for the callers it parsed (read only: nothing here changes the document). */
  parsed?: ParsedYaml;
}

export interface CallerLookAhead {
  /** The reusable workflows that a caller runs from a job another job of that caller needs. */
  needed: Set<string>;
  /** With `keep`: what was read (and parsed) of each workflow. */
  read: Map<DiscoveredFile, ReadAhead>;
}

/**
 * The reusable workflows (paths relative to the audited root) that some caller runs from a job
 * another job of that caller `needs`. A job-level `continue-on-error` in such a workflow turns the
 * calling job's `needs.<id>.result` green, and the job that needs it runs as if it had passed: the
 * severity model keeps its full severity there. Read before the audit, because callers and callees
 * are audited apart (in workers).
 *
 * With `keep` (the audit runs in this thread), what was read and parsed is returned, so that no
 * file is read or parsed twice; the audit in worker threads reads its files there.
 */
export function workflowsNeededByCallers(files: readonly DiscoveredFile[], { keep = false } = {}): CallerLookAhead {
  const needed = new Set<string>();
  const read = new Map<DiscoveredFile, ReadAhead>();
  const texts = new Map<DiscoveredFile, Buffer>();
  for (const file of files) {
    if (file.kind !== 'workflow') continue;
    try {
      texts.set(file, readInputFile(file.bytes ?? file.absolute, { maxBytes: MAX_BYTES }));
    } catch {
      continue;
    }
  }
  if (keep) for (const [file, bytes] of texts) read.set(file, { bytes });
  // Only a reusable workflow with a continue-on-error can use the answer, and only its callers are parsed.
  const callees = [...texts]
    .filter(([, bytes]) => bytes.includes('workflow_call') && bytes.includes('continue-on-error'))
    .map(([file]) => file.relative.slice(file.relative.lastIndexOf('/') + 1));
  if (callees.length === 0) return { needed, read };
  for (const [file, bytes] of texts) {
    if (!callees.some((name) => bytes.includes(`./.github/workflows/${name}`))) continue;
    const parsed = parseYaml(bytes);
    if (keep) read.set(file, { bytes, parsed });
    const jobs = parsed.doc?.get('jobs', true);
    if (!isMap(jobs)) continue;
    const usesById = new Map<string, string>();
    const neededIds = new Set<string>();
    for (const pair of jobs.items) {
      if (!isScalar(pair.key) || !isMap(pair.value)) continue;
      const callee = localWorkflow(pair.value.get('uses'));
      if (callee) usesById.set(String(pair.key.value), callee);
      const needs = pair.value.get('needs', true);
      const ids = isSeq(needs) ? needs.items : [needs];
      for (const id of ids) if (isScalar(id) && typeof id.value === 'string') neededIds.add(id.value);
    }
    // The callee's path is relative to the repository that holds the caller: the root, or a folder of it.
    const at = file.relative.lastIndexOf('.github/workflows/');
    const prefix = at >= 0 ? file.relative.slice(0, at) : '';
    for (const [id, callee] of usesById) if (neededIds.has(id)) needed.add(prefix + callee);
  }
  return { needed, read };
}
