import { isMap, isScalar, isSeq } from 'yaml';
import type { DiscoveredFile } from '../load/discover.js';
import { parseYaml } from '../load/parse.js';
import type { ParsedYaml } from '../load/parse.js';
import { readInputFile } from '../load/read.js';
import { buildModel } from './build.js';
import { mostSevereKind } from './classify/kinds.js';
import type { KindBasis, StepKind } from './classify/kinds.js';
import { classifyModel, disposeModel, kindOfWorkflowName, strongestBasis } from './facts.js';
import type { CalleeKind } from './facts.js';

/** Larger files are left to the audit proper, which reports them; this look-ahead only reads ordinary ones. */
const MAX_BYTES = 1024 * 1024;

/** `./.github/workflows/x.yml` → `.github/workflows/x.yml`; undefined for a remote or computed `uses:`. */
export function localWorkflow(uses: unknown): string | undefined {
  if (typeof uses !== 'string' || !/^\.\/\.github\/workflows\/[^/]+\.ya?ml$/.test(uses.trim())) return undefined;
  return uses.trim().slice(2);
}

/**
 * The path a caller's `uses:` names, relative to the audited root: a local call resolves in the
 * caller's own repository folder (`repo/.github/workflows/x.yml` for a caller in `repo/`).
 */
export function calledWorkflowPath(caller: string, uses: unknown): string | undefined {
  const callee = localWorkflow(uses);
  return callee === undefined ? undefined : repositoryPrefix(caller) + callee;
}

/** What the look-ahead read of one file, for the audit to use instead of reading and parsing it again. */
export interface ReadAhead {
  bytes: Buffer;
  /** The parse, for the callers and callees it parsed (read only: nothing here changes the document). */
  parsed?: ParsedYaml;
}

export interface CallerLookAhead {
  /** The reusable workflows that a caller runs from a job another job of that caller needs. */
  needed: Set<string>;
  /** With `keep`: what was read (and parsed) of each workflow. */
  read: Map<DiscoveredFile, ReadAhead>;
  /** The text of every workflow read, by path relative to the audited root. */
  texts: Map<string, Buffer>;
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
  const byPath = new Map([...texts].map(([file, bytes]) => [file.relative, bytes]));
  // Only a reusable workflow with a continue-on-error can use the answer, and only its callers are parsed.
  const callees = [...texts]
    .filter(([, bytes]) => bytes.includes('workflow_call') && bytes.includes('continue-on-error'))
    .map(([file]) => file.relative.slice(file.relative.lastIndexOf('/') + 1));
  if (callees.length === 0) return { needed, read, texts: byPath };
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
      const callee = calledWorkflowPath(file.relative, pair.value.get('uses'));
      if (callee) usesById.set(String(pair.key.value), callee);
      const needs = pair.value.get('needs', true);
      const ids = isSeq(needs) ? needs.items : [needs];
      for (const id of ids) if (isScalar(id) && typeof id.value === 'string') neededIds.add(id.value);
    }
    for (const [id, callee] of usesById) if (neededIds.has(id)) needed.add(callee);
  }
  return { needed, read, texts: byPath };
}

/** The repository folder a file sits in: `` for the root, `repo/` for `repo/.github/workflows/x.yml`. */
export function repositoryPrefix(relative: string): string {
  const at = relative.lastIndexOf('.github/');
  return at >= 0 ? relative.slice(0, at) : '';
}

/** What a called workflow does, and how surely. */
export interface CalledKind {
  kind: StepKind;
  basis: KindBasis;
}

export type CalleeKinds = Map<string, CalledKind>;

const LOCAL_CALL = './.github/workflows/';

/**
 * For each workflow path, the files whose text names it as `./.github/workflows/<name>` in their own
 * repository folder: one pass over each text, not one per callee.
 */
function localCallers(texts: ReadonlyMap<string, Buffer>): Map<string, Set<string>> {
  const callers = new Map<string, Set<string>>();
  for (const [caller, bytes] of texts) {
    const folder = `${repositoryPrefix(caller)}.github/workflows/`;
    for (let at = bytes.indexOf(LOCAL_CALL); at >= 0; at = bytes.indexOf(LOCAL_CALL, at + 1)) {
      let end = at + LOCAL_CALL.length;
      while (end < bytes.length && /[\w.-]/.test(String.fromCharCode(bytes[end]!))) end++;
      const callee = folder + bytes.toString('utf8', at + LOCAL_CALL.length, end);
      const set = callers.get(callee);
      if (set) set.add(caller);
      else callers.set(callee, new Set([caller]));
    }
  }
  return callers;
}

/** Bounds on the callee look-ahead: it runs in one thread before the audit spreads over workers. */
const MAX_CALLEES = 50;
const MAX_CALLEE_BYTES = 2 * 1024 * 1024;

/**
 * What each local reusable workflow that its file name does not explain does: the most severe kind
 * of its jobs, as the classifier sees them. A caller's job that calls it and is named for nothing
 * (`performance-gate: uses: ./.github/workflows/ci-gate.yml`) is classified by it instead of
 * staying unknown. The callee's own calls are classified by name only, so this does not recurse.
 * Only callees some other workflow names are read, and at most MAX_CALLEES of them.
 */
export async function calleeKinds({ texts, read }: CallerLookAhead): Promise<CalleeKinds> {
  const kinds: CalleeKinds = new Map();
  const callers = localCallers(texts);
  // With `keep`, the audit in this thread takes the parse instead of parsing the callee again.
  const ahead = new Map([...read].map(([file, entry]) => [file.relative, entry]));
  const referenced = (relative: string): boolean => [...(callers.get(relative) ?? [])].some((caller) => caller !== relative);
  let budget = MAX_CALLEE_BYTES;
  for (const [relative, bytes] of texts) {
    if (kinds.size >= MAX_CALLEES || budget < bytes.length) break;
    if (!bytes.includes('workflow_call') || kindOfWorkflowName(relative) !== null || !referenced(relative)) continue;
    budget -= bytes.length;
    const entry = ahead.get(relative);
    const parsed = entry?.parsed ?? parseYaml(bytes);
    if (entry) entry.parsed = parsed;
    if (!parsed.doc || parsed.problems.length > 0) continue;
    const { model, problems } = buildModel(relative, 'workflow', parsed.doc, parsed.lineCounter, parsed.text);
    if (model?.kind !== 'workflow' || problems.length > 0 || model.jobs.length === 0) continue;
    try {
      await classifyModel(model);
    } finally {
      disposeModel(model);
    }
    const kind = mostSevereKind(model.jobs.map((job) => job.kind));
    if (kind !== 'unknown')
      kinds.set(relative, { kind, basis: strongestBasis(model.jobs.filter((job) => job.kind === kind).map((job) => job.kindBasis)) });
  }
  return kinds;
}

/** The `CalleeKind` of one caller: its local `uses:` resolved in its own repository folder. */
export function calleeKindFor(kinds: ReadonlyMap<string, CalledKind>, caller: string): CalleeKind {
  return (uses) => {
    const callee = calledWorkflowPath(caller, uses);
    return callee === undefined ? undefined : kinds.get(callee);
  };
}
