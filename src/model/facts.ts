import { parseCustomShell, resolveEffectiveShell, runnerOs } from './effective-shell.js';
import { readCmd } from '../shell/cmd-script.js';
import { commandWords, parseScript } from '../shell/commands.js';
import { readPowerShell } from '../shell/pwsh-script.js';
import { readPython } from '../shell/python-script.js';
import { classifyName, classifyStepWithBasis, classifyUses } from './classify/engine.js';
import { isCheckKind, mostSevereKind } from './classify/kinds.js';
import type { KindBasis, StepKind } from './classify/kinds.js';
import { inputShellLine, scriptInputOf } from './script-inputs.js';
import type { Analysable, Job, Located, Step, StepScript } from './types.js';

/** The script a step runs: its `run:`, or the script input of a well-known action. */
async function scriptOf(step: Step, job: Job | undefined, file: Analysable): Promise<StepScript | undefined> {
  let script: StepScript | undefined;
  if (step.run) {
    script = { source: step.run.source, origin: 'run', shell: resolveEffectiveShell(step, job, file) };
  } else {
    const input = scriptInputOf(step.uses?.value, step.with);
    const source = input && step.with.get(input.entry.input)?.source;
    if (!input || !source) return undefined;
    const os = runnerOs(job);
    script = { source, origin: 'input', shell: { ...parseCustomShell(inputShellLine(input.entry, step.with, os), os), explicit: false } };
  }
  await readScript(script);
  return script;
}

/**
 * Reads a script once, for its language; the rules and the classifier use what this leaves on it. A
 * reader that fails on one script (a stack overflow on input nested thousands deep) costs that script
 * only: it is marked unreadable, reported by unparseable-script, and the rest of the file is analysed.
 */
async function readScript(script: StepScript): Promise<void> {
  try {
    await readScriptAs(script);
  } catch (error) {
    script.tree = script.pwsh = script.cmd = script.python = undefined;
    script.unreadable = error instanceof Error ? error.message : String(error);
  }
}

async function readScriptAs(script: StepScript): Promise<void> {
  const text = script.source.text;
  switch (script.shell.language) {
    case 'pwsh':
      script.pwsh = readPowerShell(text);
      return;
    case 'cmd':
      script.cmd = readCmd(text);
      return;
    case 'python':
      script.pythonComments = [];
      script.python = readPython(text, script.pythonComments);
      return;
    default:
      script.tree = await parseScript(text);
  }
}

/** The words of every command a script runs, whatever its language, for the step classifier. */
function commandsOf(script: StepScript | undefined): Array<readonly string[]> {
  if (!script) return [];
  if (script.tree) return commandWords(script.tree.rootNode);
  const events = script.pwsh?.events ?? script.cmd?.events ?? [];
  return events.flatMap((event) => (event.type === 'command' && event.argv.length > 0 ? [event.argv] : []));
}

async function classifyStepInPlace(step: Step, job: Job | undefined, file: Analysable): Promise<void> {
  step.script = await scriptOf(step, job, file);
  step.commands = commandsOf(step.script);
  ({ kind: step.kind, basis: step.kindBasis } = classifyStepWithBasis({
    uses: step.uses?.value,
    commands: step.commands,
    name: step.name,
    code: typeof step.with.get('script')?.value === 'string' ? (step.with.get('script')!.value as string) : undefined,
  }));
}

/** The script input of a reusable-workflow call, as a pseudo-step that the script rules can read. */
async function callScriptOf(job: Job, uses: Located<string>): Promise<Step | undefined> {
  const input = scriptInputOf(uses.value, job.with);
  const source = input && job.with.get(input.entry.input)?.source;
  if (!input || !source) return undefined;
  const os = runnerOs(job);
  const shell = { ...parseCustomShell(inputShellLine(input.entry, job.with, os), os), explicit: false };
  const script: StepScript = { source, origin: 'input', shell };
  await readScript(script);
  const commands = commandsOf(script);
  const { kind, basis } = classifyStepWithBasis({ commands, name: job.name });
  return {
    index: 0,
    name: job.name ?? job.id,
    uses,
    with: job.with,
    expressions: job.expressions,
    pos: job.keyPos,
    label: `${job.name ?? job.id} (${input.entry.input} input)`,
    script,
    commands,
    kind,
    kindBasis: basis,
  };
}

/** What a workflow file's name says it does (`_linux-test.yml` → test), or null. */
export function kindOfWorkflowName(path: string): StepKind | null {
  const file = path.split('/').pop() ?? '';
  return classifyName(file.replace(/\.ya?ml$/i, '').replace(/[_-]/g, ' '));
}

/** A reusable-workflow call: its script input if it has one, else what the called file is named. */
async function classifyCall(job: Job, uses: Located<string>, calleeKind: CalleeKind | undefined): Promise<void> {
  job.callScript = await callScriptOf(job, uses);
  const fromScript = job.callScript && job.callScript.commands.length > 0 ? job.callScript.kind : 'unknown';
  job.kind = mostSevereKind([fromScript, kindOfWorkflowName(uses.value.split('@')[0]!) ?? 'unknown']);
  job.kindBasis =
    job.kind === fromScript && job.kind !== 'unknown' ? job.callScript!.kindBasis : job.kind === 'unknown' ? 'unknown' : 'named';
  if (job.kind === 'unknown') {
    job.kind = classifyName(job.name ?? job.id) ?? classifyUses(uses.value);
    job.kindBasis = job.kind === 'unknown' ? 'unknown' : 'named';
  }
  // Named for nothing: what the called file's own jobs do, when the audit read it (model/callers.ts).
  const called = job.kind === 'unknown' ? calleeKind?.(uses.value) : undefined;
  if (called) [job.kind, job.kindBasis] = [called.kind, called.basis];
}

/** What a local reusable workflow's jobs do, by the `uses:` that calls it; undefined when not known. */
export type CalleeKind = (uses: string) => { kind: StepKind; basis: KindBasis } | undefined;

/** Words that say a job or workflow exists to release: its image pushes are the product. */
const RELEASE_WORDS = /release|publish|deploy|distribution/i;
const CONTAINER_TOOLS = new Set(['docker', 'podman', 'buildah', 'archery', 'docker-compose', 'nerdctl']);

/** `docker push ci-image`, `archery docker push`, `docker compose push`: a container image pushed to a registry. */
function pushesImage(argv: readonly string[]): boolean {
  if (argv.includes('push') && argv.some((word) => CONTAINER_TOOLS.has(word.split('/').pop()!.toLowerCase()))) return true;
  // A task that names it: `rake docker:push:centos`, `make docker-push`, `just image-push`.
  return argv.some((word) => /^(docker|image|container)[:_-]push\b|^push[:_-](docker|image|container)\b/i.test(word));
}

/**
 * A CI job that tests or builds in a container and then pushes that container image is refreshing
 * the registry cache the next run pulls from: a failed push costs a slower build later, never a
 * wrong verdict now. In a job or workflow named for a release, the image is the product.
 */
function isCachePush(step: Step, job: Job, file: Analysable): boolean {
  if (step.kind !== 'deploy' || !step.commands.some(pushesImage)) return false;
  if (!job.steps.some((other) => other !== step && isCheckKind(other.kind))) return false;
  const names = [file.name, file.file.split('/').pop(), job.name, job.id, step.name];
  if (names.some((name) => name !== undefined && RELEASE_WORDS.test(name))) return false;
  return !(file.kind === 'workflow' && file.events.includes('release'));
}

/**
 * Fills in what every step and job does (the shared classifier) and the script each step runs,
 * with its effective shell and parse tree. Call `disposeModel` when the rules are done.
 */
export async function classifyModel(model: Analysable, calleeKind?: CalleeKind): Promise<void> {
  if (model.kind === 'action') {
    for (const step of model.steps) await classifyStepInPlace(step, undefined, model);
    return;
  }
  for (const job of model.jobs) {
    for (const step of job.steps) await classifyStepInPlace(step, job, model);
    for (const step of job.steps) {
      if (isCachePush(step, job, model)) [step.kind, step.kindBasis] = ['telemetry', 'named'];
    }
    if (job.uses) await classifyCall(job, job.uses, calleeKind);
    else {
      job.kind = job.steps.length > 0 ? mostSevereKind(job.steps.map((step) => step.kind)) : 'unknown';
      job.kindBasis = strongestBasis(job.steps.filter((step) => step.kind === job.kind).map((step) => step.kindBasis));
    }
  }
}

/** A job is what its most severe steps are, as surely as the surest of them. */
export function strongestBasis(bases: readonly KindBasis[]): KindBasis {
  return bases.includes('known') ? 'known' : bases.includes('named') ? 'named' : 'unknown';
}

/** The step lists whose scripts the script rules read: every job's steps, and the script a reusable-workflow call passes. */
export function scriptLists(file: Analysable): Array<{ job: Job | undefined; steps: readonly Step[] }> {
  if (file.kind === 'action') return [{ job: undefined, steps: file.steps }];
  return file.jobs.flatMap((job) => [{ job, steps: job.steps }, ...(job.callScript ? [{ job, steps: [job.callScript] }] : [])]);
}

/** Drops the parse trees once the rules ran, so that a model kept for longer does not keep them. */
export function disposeModel(model: Analysable): void {
  for (const step of scriptLists(model).flatMap((list) => list.steps)) {
    if (step.script) step.script.tree = undefined;
  }
}
