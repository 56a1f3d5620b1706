import type { Node as YamlNode } from 'yaml';
import type { ScriptComment } from '../shell/comments.js';
import type { CmdScript } from '../shell/cmd-script.js';
import type { SyntaxTree } from '../shell/parser.js';
import type { PwshScript } from '../shell/pwsh-script.js';
import type { PyScript } from '../shell/python-script.js';
import type { KindBasis, StepKind } from './classify/kinds.js';
import type { ScriptSource } from './script-source.js';

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
  /** For string values: the text with a map back to file positions (scripts passed as inputs). */
  source?: ScriptSource;
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
  /** `working-directory:` as written, when it is a plain string. */
  workingDirectory?: string;
  if?: Located;
  continueOnError?: Located;
  /** `with:` inputs by name. */
  with: Map<string, Located>;
  /** The inner text of every `${{ }}` anywhere in the step (env, inputs, script). */
  expressions: string[];
  pos: Position;
  /** What a person would call this step: name, else id, else `uses`, else the first line of `run`. */
  label: string;
  /** The script this step runs — its `run:`, or a well-known action's script input (filled in by `classifyModel`). */
  script?: StepScript;
  /** The simple commands of that script, as words (filled in by `classifyModel`). */
  commands: Array<readonly string[]>;
  /** What the step does (filled in by `classifyModel`). */
  kind: StepKind;
  /** How the kind was found: a listed tool, words of a name, or nothing (filled in by `classifyModel`). */
  kindBasis: KindBasis;
}

/** A `run:` script and where it sits in the file. */
export interface RunScript {
  text: string;
  keyPos: Position;
  valuePos: Position;
  source: ScriptSource;
}

/** A script a step runs, with the shell the runner really uses for it. */
export interface StepScript {
  source: ScriptSource;
  /** `run` for a `run:` block; else the input of a well-known action that takes a script. */
  origin: 'run' | 'input';
  shell: EffectiveShell;
  /** The bash parse tree of a POSIX script; released by `disposeModel` after the rules ran. */
  tree?: SyntaxTree;
  /** The script read once for its language, so that no rule reads it again. */
  pwsh?: PwshScript;
  cmd?: CmdScript;
  python?: PyScript;
  /** Why the script's reader failed (input nested too deep for it, say): nothing in it was analysed. */
  unreadable?: string;
  /** A Python script's `#` comments (the other languages keep theirs on what read them). */
  pythonComments?: ScriptComment[];
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
  /** `defaults.run.working-directory` as written, when it is a plain string. */
  defaultWorkingDirectory?: string;
  /** What the job does: its most severe step, or what a reusable-workflow call runs. */
  kind: StepKind;
  kindBasis: KindBasis;
  /**
   * The script a reusable-workflow call passes in a well-known input (pytorch/test-infra's
   * `script`), as a step of its own so the script rules read it like a `run:` block.
   */
  callScript?: Step;
  /** The inner text of every `${{ }}` anywhere in the job (inputs, env, scripts). */
  expressions: string[];
}

export type TriggerEvent = string;

/** One event of `on:`, with its filters (`branches`, `paths`, …). */
export interface Trigger {
  event: TriggerEvent;
  keyPos: Position;
  filters: Map<string, Located<string[]>>;
  /** The names of the inputs a `workflow_dispatch` or `workflow_call` trigger declares. */
  inputs?: readonly string[];
}

export interface Workflow {
  kind: 'workflow';
  file: string;
  /** The file's lines, for what a finding reads around its line (a comment stating intent). */
  lines: readonly string[];
  name?: string;
  events: TriggerEvent[];
  triggers: Trigger[];
  onPos?: Position;
  /** Defaults of `workflow_call` / `workflow_dispatch` inputs by lower-case name. */
  inputDefaults: Record<string, unknown>;
  defaultShell?: Located<string>;
  /** `defaults.run.working-directory` as written, when it is a plain string. */
  defaultWorkingDirectory?: string;
  jobs: Job[];
  /** A workflow that a caller runs from a job another job of that caller needs (model/callers.ts). */
  neededByCallers?: boolean;
}

export interface CompositeAction {
  kind: 'action';
  file: string;
  lines: readonly string[];
  name?: string;
  /** Defaults of the action's `inputs` by lower-case name. */
  inputDefaults: Record<string, unknown>;
  /** `runs.using` — only `composite` actions have steps to analyse. */
  using?: string;
  steps: Step[];
}

export type Analysable = Workflow | CompositeAction;

/** A YAML node we keep for diagnostics. */
export type AnyYamlNode = YamlNode;

export type ScriptLanguage = 'posix' | 'pwsh' | 'cmd' | 'python' | 'unknown';
export type RunnerOs = 'linux' | 'macos' | 'windows' | 'unknown';

/** What the runner really executes for a script (DESIGN §3); computed in shell/effective-shell.ts. */
export interface EffectiveShell {
  language: ScriptLanguage;
  /** For POSIX scripts: whether a failing command stops the script (`-e`); undefined when not known. */
  errexit: boolean | undefined;
  /** For POSIX scripts: whether a pipeline fails when any part fails (`-o pipefail`). */
  pipefail: boolean | undefined;
  /** The shell as written, or the runner default that applies. */
  description: string;
  /** Whether the shell was written out (`shell:`, `defaults.run.shell`, a custom command line). */
  explicit: boolean;
  os: RunnerOs;
}
