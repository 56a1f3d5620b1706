import { isCheckKind } from '../model/classify/kinds.js';
import type { StepKind } from '../model/classify/kinds.js';
import type { Position, Step, Workflow } from '../model/types.js';

/**
 * What the evidence needs to know of a workflow once its model is gone: its jobs and steps, where
 * they are written, what they do. Plain data, so that a worker thread can send it back.
 */
export interface StepLayout {
  index: number;
  id?: string;
  name?: string;
  label: string;
  uses?: { value: string };
  run?: { text: string };
  pos: Position;
  kind: StepKind;
}

export interface JobLayout {
  id: string;
  name?: string;
  pos: Position;
  /** The `if:` as written, when there is one. */
  condition?: string;
  kind: StepKind;
  /** Whether it runs in a `container:` (the runner then adds an "Initialize containers" step). */
  container: boolean;
  /** A reusable-workflow call: its jobs are named `<caller> / <called>`. */
  calls: boolean;
  steps: StepLayout[];
}

export interface WorkflowLayout {
  file: string;
  /** The workflow's name, else its file: what findings in it carry. */
  workflow: string;
  events: string[];
  jobs: JobLayout[];
}

const stepLayout = (step: Step): StepLayout => ({
  index: step.index,
  ...(step.id === undefined ? {} : { id: step.id }),
  ...(step.name === undefined ? {} : { name: step.name }),
  label: step.label,
  ...(step.uses ? { uses: { value: step.uses.value } } : {}),
  ...(step.run ? { run: { text: step.run.text } } : {}),
  pos: step.pos,
  kind: step.kind,
});

/** The layout of a classified workflow model. */
export function workflowLayout(model: Workflow): WorkflowLayout {
  return {
    file: model.file,
    workflow: model.name ?? model.file,
    events: [...model.events],
    jobs: model.jobs.map((job) => ({
      id: job.id,
      ...(job.name === undefined ? {} : { name: job.name }),
      pos: job.keyPos,
      ...(job.if ? { condition: String(job.if.value) } : {}),
      kind: job.kind,
      container: job.container !== undefined,
      calls: job.uses !== undefined,
      steps: job.steps.map(stepLayout),
    })),
  };
}

export const isCheckStep = (step: StepLayout): boolean => isCheckKind(step.kind);
