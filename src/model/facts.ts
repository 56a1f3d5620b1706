import { parseScriptCommands } from '../shell/commands.js';
import { classifyName, classifyStep, classifyUses, mostSevereKind } from './classify.js';
import { scriptFromInputs } from './script-inputs.js';
import type { Analysable, Job, Step } from './types.js';

async function classifyStepInPlace(step: Step): Promise<void> {
  step.script = step.run?.text ?? scriptFromInputs(step.uses?.value, step.with);
  step.commands = step.script ? (await parseScriptCommands(step.script)).map((command) => command.argv) : [];
  step.kind = classifyStep({ uses: step.uses?.value, commands: step.commands, name: step.name });
}

async function classifyJob(job: Job): Promise<void> {
  for (const step of job.steps) await classifyStepInPlace(step);
  if (job.uses) {
    // A reusable-workflow call: its script input if it has one, else what the called file is named.
    const script = scriptFromInputs(job.uses.value, job.with);
    const commands = script ? (await parseScriptCommands(script)).map((command) => command.argv) : [];
    const fromScript = commands.length > 0 ? classifyStep({ commands }) : 'unknown';
    const calledFile = job.uses.value.split('@')[0]!.split('/').pop() ?? '';
    job.kind = mostSevereKind([fromScript, classifyName(calledFile.replace(/\.ya?ml$/i, '').replace(/[_-]/g, ' ')) ?? 'unknown']);
    if (job.kind === 'unknown') job.kind = classifyName(job.name ?? job.id) ?? classifyUses(job.uses.value);
    return;
  }
  job.kind = job.steps.length > 0 ? mostSevereKind(job.steps.map((step) => step.kind)) : 'unknown';
}

/** Fills in what every step and job does, from its commands, `uses` and name (the shared classifier). */
export async function classifyModel(model: Analysable): Promise<void> {
  if (model.kind === 'action') {
    for (const step of model.steps) await classifyStepInPlace(step);
    return;
  }
  for (const job of model.jobs) await classifyJob(job);
}
