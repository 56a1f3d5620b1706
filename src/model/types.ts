import type { Node as YamlNode, Scalar } from 'yaml';
import type { StepKind } from './classify.js';

/** A 1-based source range. */
export interface Position {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** A YAML value together with where its key and its value sit in the file. */
export interface Located<T = unknown> {
  value: T;
  keyPos: Position;
  valuePos: Position;
  /** From the key to the end of the value: `continue-on-error: true` — what findings point at. */
  span: Position;
}

/** A step of a job or of a composite action. */
export interface Step {
  index: number;
  id?: string;
  name?: string;
  uses?: Located<string>;
  run?: RunScript;
  /** The `shell:` value as written, if any. */
  shell?: Located<string>;
  if?: Located;
  continueOnError?: Located;
  /** `with:` inputs by name. */
  with: Map<string, Located>;
  /** The inner text of every `${{ }}` anywhere in the step (env, inputs, script). */
  expressions: string[];
  pos: Position;
  /** What a person would call this step: name, else id, else `uses`, else the first line of `run`. */
  label: string;
  /** The script this step runs — its `run:`, or a well-known action's script input. */
  script?: string;
  /** The simple commands of that script, as words (filled in by `classifyModel`). */
  commands: string[][];
  /** What the step does (filled in by `classifyModel`). */
  kind: StepKind;
}

/** A `run:` script and what is needed to map script offsets back to file lines. */
export interface RunScript {
  text: string;
  keyPos: Position;
  valuePos: Position;
  /** The YAML scalar node, so later passes can map script offsets to the file. */
  node: Scalar;
}

export interface Matrix {
  /** Every leg of the matrix, or undefined when it is computed at run time (`fromJSON(…)`). */
  legs: Array<Record<string, unknown>> | undefined;
  pos: Position;
}

export interface Job {
  id: string;
  name?: string;
  keyPos: Position;
  needs: Array<Located<string>>;
  if?: Located;
  continueOnError?: Located;
  runsOn?: Located;
  container?: Located;
  matrix?: Matrix;
  failFast?: Located;
  /** Whether the job declares `outputs:` — it computes something for later jobs. */
  hasOutputs: boolean;
  /** A reusable-workflow call (`jobs.<id>.uses`). */
  uses?: Located<string>;
  with: Map<string, Located>;
  steps: Step[];
  defaultShell?: Located<string>;
  /** What the job does: its most severe step, or what a reusable-workflow call runs. */
  kind: StepKind;
  /** The inner text of every `${{ }}` anywhere in the job (inputs, env, scripts). */
  expressions: string[];
}

export type TriggerEvent = string;

export interface Workflow {
  kind: 'workflow';
  file: string;
  name?: string;
  events: TriggerEvent[];
  onPos?: Position;
  defaultShell?: Located<string>;
  jobs: Job[];
}

export interface CompositeAction {
  kind: 'action';
  file: string;
  name?: string;
  /** `runs.using` — only `composite` actions have steps to analyse. */
  using?: string;
  steps: Step[];
}

export type Analysable = Workflow | CompositeAction;

/** A YAML node we keep for diagnostics. */
export type AnyYamlNode = YamlNode;
