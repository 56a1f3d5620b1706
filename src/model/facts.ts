import { parseCustomShell, resolveEffectiveShell, runnerOs } from '../shell/effective-shell.js';
import { collectCommands, parseScript } from '../shell/commands.js';
import { classifyName, classifyStep, classifyUses, mostSevereKind } from './classify.js';
import { scriptInputOf } from './script-inputs.js';
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
    script = { source, origin: 'input', shell: { ...parseCustomShell(input.entry.shell, runnerOs(job)), explicit: false } };
  }
  if (script.shell.language === 'posix' || script.shell.language === 'unknown') script.tree = await parseScript(script.source.text);
  return script;
}

function commandsOf(script: StepScript | undefined): string[][] {
  return script?.tree ? collectCommands(script.tree.rootNode).map((command) => command.argv) : [];
}

async function classifyStepInPlace(step: Step, job: Job | undefined, file: Analysable): Promise<void> {
  step.script = await scriptOf(step, job, file);
  step.commands = commandsOf(step.script);
  step.kind = classifyStep({ uses: step.uses?.value, commands: step.commands, name: step.name });
}

/** A reusable-workflow call: its script input if it has one, else what the called file is named. */
async function classifyCall(job: Job, uses: Located<string>): Promise<void> {
  const input = scriptInputOf(uses.value, job.with);
  const tree = input ? await parseScript(input.value) : undefined;
  const commands = tree ? collectCommands(tree.rootNode).map((command) => command.argv) : [];
  tree?.delete();
  const fromScript = commands.length > 0 ? classifyStep({ commands }) : 'unknown';
  const calledFile = uses.value.split('@')[0]!.split('/').pop() ?? '';
  job.kind = mostSevereKind([fromScript, classifyName(calledFile.replace(/\.ya?ml$/i, '').replace(/[_-]/g, ' ')) ?? 'unknown']);
  if (job.kind === 'unknown') job.kind = classifyName(job.name ?? job.id) ?? classifyUses(uses.value);
}

/**
 * Fills in what every step and job does (the shared classifier) and the script each step runs,
 * with its effective shell and parse tree. Call `disposeModel` when the rules are done.
 */
export async function classifyModel(model: Analysable): Promise<void> {
  if (model.kind === 'action') {
    for (const step of model.steps) await classifyStepInPlace(step, undefined, model);
    return;
  }
  for (const job of model.jobs) {
    for (const step of job.steps) await classifyStepInPlace(step, job, model);
    if (job.uses) await classifyCall(job, job.uses);
    else job.kind = job.steps.length > 0 ? mostSevereKind(job.steps.map((step) => step.kind)) : 'unknown';
  }
}

/** Releases the parse trees (WebAssembly memory, not garbage-collected). */
export function disposeModel(model: Analysable): void {
  const steps = model.kind === 'action' ? model.steps : model.jobs.flatMap((job) => job.steps);
  for (const step of steps) {
    step.script?.tree?.delete();
    if (step.script) step.script.tree = undefined;
  }
}
