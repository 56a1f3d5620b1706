import { localWorkflow } from '../model/callers.js';
import { isCheckKind } from '../model/classify/kinds.js';
import { usesWithoutRef } from '../model/script-inputs.js';
import type { Job, Position, Step, Workflow } from '../model/types.js';

/**
 * A file of the repository that a check provably reads: a local composite action a test, build or
 * lint step uses, a local reusable workflow a check job calls, or a script a check step runs by path. A paths filter that
 * leaves such a file out lets a pull request change what the check does without running it.
 */
export interface RepositoryInput {
  /** The file's path from the repository root; for an action, its `action.yml`. */
  path: string;
  /** Other names the same input may have (`action.yaml`): the filter covers the input when it admits any. */
  alternatives: readonly string[];
  what: 'local action' | 'reusable workflow' | 'script';
  job: Job;
  /** The step that runs it; none for a job-level reusable-workflow call. */
  step?: Step;
  pos: Position;
}

const SCRIPT_EXTENSION = /\.(sh|bash|py|js|mjs|cjs|ts|mts|rb|pl|ps1|php|lua)$/i;

/** Programs whose first operand is a script file they run (not `source`: a sourced file sets up the shell, it checks nothing). */
const INTERPRETERS = new Set([
  'bash',
  'sh',
  'zsh',
  'dash',
  'ksh',
  'python',
  'python2',
  'python3',
  'node',
  'ruby',
  'perl',
  'pwsh',
  'powershell',
  'php',
  'lua',
  'tsx',
  'ts-node',
]);

/** Options of those interpreters after which the next word is no script (`python -m mod`, `bash -c '…'`). */
const STOPPING_OPTIONS = new Set(['-c', '-m', '-e', '--eval', '-Command', '-command', '-p', '--print']);

/** Directories that hold what the job builds, not what the repository holds. */
const OUTPUT_DIRECTORIES = new Set(['build', 'dist', 'out', 'target', 'node_modules', '_build', 'tmp', '.venv', 'venv', 'artifacts']);

/** A relative path inside the repository, `./` removed and `a/./b` folded, or undefined. */
function repositoryPath(word: string, workingDirectory: string | undefined): string | undefined {
  if (/[$`*?{}[\]~\\\s]|^\//.test(word) || word.includes('..')) return undefined;
  const joined = workingDirectory ? `${workingDirectory}/${word}` : word;
  const parts = joined.split('/').filter((part) => part !== '' && part !== '.');
  if (parts.length === 0 || OUTPUT_DIRECTORIES.has(parts[0]!)) return undefined;
  return parts.join('/');
}

const checksOut = (step: Step): boolean => step.uses !== undefined && usesWithoutRef(step.uses.value) === 'actions/checkout';

/** `with.repository` of a checkout that is not this repository, or `with.path`: paths below are not the repository's. */
function checksOutElsewhere(step: Step): boolean {
  if (!checksOut(step)) return false;
  const repository = step.with.get('repository')?.value;
  const path = step.with.get('path')?.value;
  const own = repository === undefined || (typeof repository === 'string' && /^\$\{\{\s*github\.repository\s*\}\}$/.test(repository));
  return !own || (path !== undefined && path !== '' && path !== '.');
}

/** The scripts a step runs by path, in order, up to the first `cd`/`pushd` (after which paths are relative to elsewhere). */
function scriptsRunBy(step: Step, workingDirectory: string | undefined): string[] {
  const text = step.script?.source.text;
  if (!text) return [];
  const found: string[] = [];
  for (const argv of step.commands) {
    const program = argv[0]!;
    if (program === 'cd' || program === 'pushd' || program === 'Set-Location' || program === 'sl') break;
    let candidate: string | undefined;
    if (program.includes('/') && SCRIPT_EXTENSION.test(program)) candidate = program;
    else if (INTERPRETERS.has(program.replace(/\.exe$/i, '').replace(/^python3\.\d+$/, 'python3'))) {
      for (const word of argv.slice(1)) {
        if (STOPPING_OPTIONS.has(word)) break;
        if (word.startsWith('-')) continue;
        if (SCRIPT_EXTENSION.test(word)) candidate = word;
        break;
      }
    }
    // A word made from a `${{ }}` (masked before parsing) is not in the text as written.
    if (!candidate || !text.includes(candidate)) continue;
    const path = repositoryPath(candidate, workingDirectory);
    if (path) found.push(path);
  }
  return found;
}

/**
 * What the check jobs of a workflow provably read from the repository. Only jobs that check out
 * this repository at the workspace root are read: after a checkout of another repository, or into
 * a sub-directory, a relative path names something else. Scripts are taken only from the command
 * words of a parsed script, never from the text around them.
 */
export function repositoryInputs(workflow: Workflow): RepositoryInput[] {
  const inputs: RepositoryInput[] = [];
  for (const job of workflow.jobs) {
    if (!isCheckKind(job.kind)) continue;
    if (job.uses) {
      const path = localWorkflow(job.uses.value);
      if (path) inputs.push({ path, alternatives: [], what: 'reusable workflow', job, pos: job.uses.span });
      continue;
    }
    if (job.steps.some(checksOutElsewhere) || !job.steps.some(checksOut)) continue;
    for (const step of job.steps) {
      // What sets up, cleans up, reports or ships is not what the check checks, and a step the
      // classifier cannot place ("Free disk space") may be any of those: only check steps count.
      if (!isCheckKind(step.kind)) continue;
      const uses = step.uses?.value.trim();
      if (uses?.startsWith('./')) {
        const path = repositoryPath(uses, undefined);
        if (path)
          inputs.push({
            path: `${path}/action.yml`,
            alternatives: [`${path}/action.yaml`],
            what: 'local action',
            job,
            step,
            pos: step.uses!.span,
          });
        continue;
      }
      const workingDirectory = step.workingDirectory ?? job.defaultWorkingDirectory ?? workflow.defaultWorkingDirectory;
      // `.` is the root; a directory that is no plain path inside the repository (`${{ }}`, `/tmp`) hides where scripts are.
      const base = workingDirectory === undefined || workingDirectory === '.' ? undefined : repositoryPath(workingDirectory, undefined);
      if (base === undefined && workingDirectory !== undefined && workingDirectory !== '.') continue;
      for (const path of scriptsRunBy(step, base))
        inputs.push({
          path,
          alternatives: [],
          what: 'script',
          job,
          step,
          pos: step.run?.keyPos ?? step.pos,
        });
    }
  }
  return inputs;
}
