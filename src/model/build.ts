import { isAlias, isMap, isPair, isScalar, isSeq, visit } from 'yaml';
import type { Document, LineCounter, Node as YamlNode, Pair, YAMLMap } from 'yaml';
import type { Problem } from '../load/parse.js';
import { rangeToPosition } from '../load/parse.js';
import type { CompositeAction, Job, Located, Matrix, Position, Step, Trigger, Workflow } from './types.js';
import { analyzeCondition } from './expression.js';
import { findExpressionSpans } from '../shell/spans.js';
import { expandMatrix } from './matrix.js';
import { scriptSource } from './script-source.js';
import { pushAll } from '../arrays.js';
import { clip } from '../clip.js';

/** GitHub caps a matrix at 256 jobs; aliases beyond this count are an alias bomb, not a workflow. */
const MAX_ALIAS_COUNT = 256;

/**
 * How much its aliases may repeat of a file's steps and jobs: at most this many mappings, or as many
 * as one per 64 bytes of the file, and at most 256 KiB of YAML or the file's own size, whichever is
 * more. A job of 1,000 aliased steps aliased by 1,000 jobs is a 15 KB file of a million steps, which
 * exhausted memory (issue 16); within these bounds the model is at most a few times the file. Past
 * them the file is refused as an alias bomb, like a value that expands past MAX_ALIAS_COUNT.
 */
export const MIN_REUSED_NODES = 1000;
const MIN_REUSED_BYTES = 256 * 1024;

export function reuseBudget(text: string): { nodes: number; bytes: number } {
  return { nodes: Math.max(MIN_REUSED_NODES, Math.floor(text.length / 64)), bytes: Math.max(MIN_REUSED_BYTES, text.length) };
}

/** Thrown by the builder when aliases repeat more steps and jobs than `reuseBudget` allows. */
class AliasBombError extends Error {
  constructor(
    readonly at: YamlNode | null,
    budget: { nodes: number; bytes: number },
  ) {
    super(
      `cannot expand value: aliases repeat steps and jobs more than ${budget.nodes.toLocaleString('en-US')} times ` +
        `or over ${Math.ceil(budget.bytes / 1024).toLocaleString('en-US')} KiB (an alias bomb)`,
    );
  }
}

/** The filters of `push` and `pull_request` events that narrow when a workflow runs. */
const TRIGGER_FILTERS = new Set(['branches', 'branches-ignore', 'tags', 'tags-ignore', 'paths', 'paths-ignore']);

/**
 * The keys GitHub accepts on a job that calls a reusable workflow
 * (https://docs.github.com/en/actions/reference/workflows-and-actions/reusable-workflows); anything
 * else, `continue-on-error` included, makes the workflow invalid.
 */
const REUSABLE_CALL_KEYS = new Set(['name', 'uses', 'with', 'secrets', 'strategy', 'needs', 'if', 'permissions', 'concurrency']);

class Builder {
  readonly problems: Problem[] = [];
  /** The step and job mappings built so far, and how many (and how large) of them were built again through an alias. */
  private readonly built = new WeakSet<YAMLMap>();
  private reusedNodes = 0;
  /** What each alias of the document stands for, found in one walk when the first alias is followed. */
  private anchors: Map<unknown, YamlNode> | undefined;
  private reusedBytes = 0;
  private readonly budget: { nodes: number; bytes: number };

  constructor(
    private readonly doc: Document.Parsed,
    private readonly lineCounter: LineCounter,
    private readonly text: string,
  ) {
    this.budget = reuseBudget(text);
  }

  pos(node: YamlNode | null | undefined): Position {
    const range = node?.range;
    if (!range) return { line: 1, column: 1, endLine: 1, endColumn: 1 };
    return rangeToPosition(this.lineCounter, range[0], range[1]);
  }

  problem(message: string, node: YamlNode | null | undefined, unanalysed?: boolean): void {
    this.problems.push({ message, pos: this.pos(node), ...(unanalysed ? { unanalysed } : {}) });
  }

  /** Counts a step or job mapping met again (through an alias), and stops the build past the bounds. */
  reuse(node: YAMLMap, at: unknown): void {
    if (!this.built.has(node)) {
      this.built.add(node);
      return;
    }
    this.reusedNodes++;
    this.reusedBytes += node.range ? node.range[1] - node.range[0] : 0;
    if (this.reusedNodes > this.budget.nodes || this.reusedBytes > this.budget.bytes)
      throw new AliasBombError(isAlias(at) ? (at as unknown as YamlNode) : node, this.budget);
  }

  /** Follows an alias to its anchor (one hop: anchors cannot point at aliases). */
  deref(node: unknown): YamlNode | null {
    if (isAlias(node)) {
      this.anchors ??= resolveAliases(this.doc);
      return this.anchors.get(node) ?? null;
    }
    return (node as YamlNode | null) ?? null;
  }

  pairs(map: YAMLMap): Array<{ key: string; pair: Pair<YamlNode, YamlNode>; keyNode: YamlNode; value: YamlNode | null }> {
    const out = [];
    for (const pair of map.items as Array<Pair<YamlNode, YamlNode>>) {
      const keyNode = this.deref(pair.key);
      const key = isScalar(keyNode) ? String(keyNode.value) : undefined;
      if (key === undefined || !keyNode) continue;
      out.push({ key, pair, keyNode, value: this.deref(pair.value) });
    }
    return out;
  }

  field(map: YAMLMap, name: string): { keyNode: YamlNode; value: YamlNode | null } | undefined {
    return this.pairs(map).find((entry) => entry.key === name);
  }

  /** The plain JS value of a node, with aliases expanded under a budget. */
  toJS(node: YamlNode | null): unknown {
    if (node === null) return null;
    if (isScalar(node)) return node.value;
    try {
      return node.toJS(this.doc, { maxAliasCount: MAX_ALIAS_COUNT });
    } catch (error) {
      this.problem(`cannot expand value: ${(error as Error).message}`, node, true);
      return undefined;
    }
  }

  /** An `if:` whose expression does not parse makes GitHub reject the workflow. */
  condition(map: YAMLMap): Located | undefined {
    const condition = this.located(map, 'if');
    const error = condition && analyzeCondition(condition.value).error;
    if (condition && error) this.problems.push({ message: `invalid expression in "if": ${error.message}`, pos: condition.valuePos });
    return condition;
  }

  locate<T>(value: T, keyNode: YamlNode, valueNode: YamlNode): Located<T> {
    const keyPos = this.pos(keyNode);
    const valuePos = this.pos(valueNode);
    const located: Located<T> = { value, keyPos, valuePos, span: span(keyPos, valuePos) };
    if (typeof value === 'string' && isScalar(valueNode)) located.source = scriptSource(value, valueNode, this.text, this.lineCounter);
    return located;
  }

  located(map: YAMLMap, name: string): Located | undefined {
    const entry = this.field(map, name);
    if (!entry) return undefined;
    return this.locate(this.toJS(entry.value), entry.keyNode, entry.value ?? entry.keyNode);
  }

  locatedString(map: YAMLMap, name: string): Located<string> | undefined {
    const entry = this.field(map, name);
    if (!entry) return undefined;
    if (!isScalar(entry.value) || entry.value.value === null || typeof entry.value.value === 'object') {
      this.problem(`"${name}" must be a string`, entry.value ?? entry.keyNode);
      return undefined;
    }
    return this.locate(String(entry.value.value), entry.keyNode, entry.value);
  }

  stringValue(map: YAMLMap, name: string): string | undefined {
    const entry = this.field(map, name);
    return isScalar(entry?.value) && entry.value.value !== null ? String(entry.value.value) : undefined;
  }

  mapping(map: YAMLMap, name: string): YAMLMap | undefined {
    const entry = this.field(map, name);
    if (!entry || entry.value === null) return undefined;
    if (!isMap(entry.value)) {
      this.problem(`"${name}" must be a mapping`, entry.value);
      return undefined;
    }
    return entry.value;
  }

  inputs(map: YAMLMap, name: string): Map<string, Located> {
    const inputs = new Map<string, Located>();
    const withMap = this.mapping(map, name);
    if (!withMap) return inputs;
    for (const entry of this.pairs(withMap)) {
      inputs.set(entry.key, this.locate(this.toJS(entry.value), entry.keyNode, entry.value ?? entry.keyNode));
    }
    return inputs;
  }

  /** `defaults.run` of a workflow or job: the shell and the working directory its steps start from. */
  runDefaults(map: YAMLMap): { defaultShell?: Located<string>; defaultWorkingDirectory?: string } {
    const defaults = this.mapping(map, 'defaults');
    const run = defaults && this.mapping(defaults, 'run');
    if (!run) return {};
    return { defaultShell: this.locatedString(run, 'shell'), defaultWorkingDirectory: this.stringValue(run, 'working-directory') };
  }

  steps(container: YAMLMap, required: boolean): Step[] {
    const entry = this.field(container, 'steps');
    if (!entry) {
      return [];
    }
    if (!isSeq(entry.value)) {
      if (required || entry.value !== null) this.problem('"steps" must be a sequence of steps', entry.value ?? entry.keyNode);
      return [];
    }
    const steps: Step[] = [];
    entry.value.items.forEach((item, index) => {
      const node = this.deref(item);
      if (!isMap(node)) {
        this.problem(`step ${index + 1} must be a mapping`, node ?? entry.value);
        return;
      }
      this.reuse(node, item);
      steps.push(this.step(node, index));
    });
    return steps;
  }

  step(node: YAMLMap, index: number): Step {
    const runEntry = this.field(node, 'run');
    let run: Step['run'];
    if (runEntry && isScalar(runEntry.value) && runEntry.value.value !== null) {
      const text = String(runEntry.value.value);
      run = {
        text,
        keyPos: this.pos(runEntry.keyNode),
        valuePos: this.pos(runEntry.value),
        source: scriptSource(text, runEntry.value, this.text, this.lineCounter),
      };
    }
    const id = this.stringValue(node, 'id');
    const name = this.stringValue(node, 'name');
    const uses = this.locatedString(node, 'uses');
    const firstRunLine = run?.text
      .split('\n')
      .find((line) => line.trim() !== '')
      ?.trim();
    return {
      index,
      id,
      name,
      uses,
      run,
      shell: this.locatedString(node, 'shell'),
      workingDirectory: this.stringValue(node, 'working-directory'),
      if: this.condition(node),
      continueOnError: this.located(node, 'continue-on-error'),
      with: this.inputs(node, 'with'),
      expressions: this.expressionsIn(node),
      pos: this.pos(node),
      label: name ?? id ?? uses?.value ?? firstRunLine ?? `step ${index + 1}`,
      commands: [],
      kind: 'unknown',
      kindBasis: 'unknown',
    };
  }

  matrix(job: YAMLMap): { matrix?: Matrix; failFast?: Located } {
    const strategy = this.mapping(job, 'strategy');
    if (!strategy) return {};
    const failFast = this.located(strategy, 'fail-fast');
    const entry = this.field(strategy, 'matrix');
    if (!entry) return { failFast };
    return { matrix: { legs: expandMatrix(this.toJS(entry.value)), pos: this.pos(entry.keyNode) }, failFast };
  }

  needs(job: YAMLMap): Array<Located<string>> {
    const entry = this.field(job, 'needs');
    if (!entry) return [];
    const items = isSeq(entry.value) ? entry.value.items.map((item) => this.deref(item)) : [entry.value];
    const needs: Array<Located<string>> = [];
    // Two objects per entry: the key's position is the job's one `needs:` key, shared, and a job id
    // is no script, so it has no source map. A job needing 50 others in a workflow of 8,000 such jobs
    // had 400,000 entries of six objects and a closure each, holding on to their YAML nodes (issue 16).
    const keyPos = this.pos(entry.keyNode);
    for (const item of items) {
      if (!isScalar(item) || item.value === null || typeof item.value === 'object') {
        this.problem('"needs" must be a job id or a list of job ids', item ?? entry.keyNode);
        continue;
      }
      // A finding about one dependency points at that entry, not at the whole `needs:` list.
      const valuePos = this.pos(item);
      needs.push({ value: String(item.value), keyPos, valuePos, span: valuePos });
    }
    return needs;
  }

  /** Every `${{ }}` in the scalars below `node` (aliases are not followed: their anchors are walked where they stand). */
  expressionsIn(node: YamlNode): string[] {
    const found: string[] = [];
    visit(node, {
      Scalar(_, scalar) {
        if (typeof scalar.value === 'string' && scalar.value.includes('${{')) {
          for (const span of findExpressionSpans(scalar.value)) found.push(span.inner);
        }
      },
    });
    return found;
  }

  job(id: string, keyNode: YamlNode, node: YAMLMap): Job {
    if (this.field(node, 'uses')) {
      for (const { key, keyNode: unexpected } of this.pairs(node)) {
        if (!REUSABLE_CALL_KEYS.has(key))
          this.problem(`"${key}" is not allowed on job "${id}", which calls a reusable workflow`, unexpected);
      }
    }
    return {
      id,
      name: this.stringValue(node, 'name'),
      keyPos: this.pos(keyNode),
      needs: this.needs(node),
      if: this.condition(node),
      continueOnError: this.located(node, 'continue-on-error'),
      runsOn: this.located(node, 'runs-on'),
      container: this.located(node, 'container'),
      ...this.matrix(node),
      hasOutputs: this.field(node, 'outputs') !== undefined,
      uses: this.locatedString(node, 'uses'),
      with: this.inputs(node, 'with'),
      steps: this.steps(node, false),
      ...this.runDefaults(node),
      kind: 'unknown',
      kindBasis: 'unknown',
      expressions: this.expressionsIn(node),
    };
  }

  /** `inputs.<name>.default` of a workflow_call / workflow_dispatch trigger or of an action. */
  inputDefaults(inputs: unknown, into: Record<string, unknown>): void {
    const map = this.deref(inputs as YamlNode);
    if (!isMap(map)) return;
    for (const { key, value } of this.pairs(map)) {
      if (!isMap(value)) continue;
      const entry = this.field(value, 'default');
      if (entry && isScalar(this.deref(entry.value))) into[key.toLowerCase()] = (this.deref(entry.value) as { value: unknown }).value;
    }
  }

  events(root: YAMLMap): { events: string[]; onPos?: Position; triggers: Trigger[]; inputDefaults: Record<string, unknown> } {
    const inputDefaults: Record<string, unknown> = {};
    const entry = this.field(root, 'on');
    if (!entry) {
      this.problem('workflow has no "on:" trigger', root);
      return { events: [], triggers: [], inputDefaults };
    }
    const value = entry.value;
    const onPos = this.pos(entry.keyNode);
    const bare = (event: string, node: YamlNode): Trigger => ({ event, keyPos: this.pos(node), filters: new Map() });
    let triggers: Trigger[] = [];
    if (isScalar(value) && value.value !== null) triggers = [bare(String(value.value), value)];
    else if (isSeq(value)) {
      triggers = value.items
        .map((item) => this.deref(item))
        .filter(isScalar)
        .map((item) => bare(String(item.value), item));
    } else if (isMap(value)) {
      triggers = this.pairs(value).map(({ key, keyNode, value: config }) => {
        const trigger: Trigger = { event: key, keyPos: this.pos(keyNode), filters: isMap(config) ? this.filters(config) : new Map() };
        if (isMap(config) && (key === 'workflow_call' || key === 'workflow_dispatch')) {
          const inputs = this.field(config, 'inputs')?.value;
          this.inputDefaults(inputs, inputDefaults);
          const map = this.deref(inputs as YamlNode);
          if (isMap(map)) trigger.inputs = this.pairs(map).map(({ key: name }) => name);
        }
        return trigger;
      });
    } else {
      this.problem('"on" must be an event name, a list of events or a mapping', value ?? entry.keyNode);
    }
    return { events: triggers.map((trigger) => trigger.event), onPos, triggers, inputDefaults };
  }

  /** An event's `branches`, `paths`, … filters, each a list of globs. */
  filters(config: YAMLMap): Map<string, Located<string[]>> {
    const filters = new Map<string, Located<string[]>>();
    for (const { key, keyNode, value } of this.pairs(config)) {
      if (!TRIGGER_FILTERS.has(key)) continue;
      const items = isSeq(value) ? value.items.map((item) => this.deref(item)) : [value];
      const globs = items.filter(isScalar).map((item) => String(item.value));
      filters.set(key, this.locate(globs, keyNode, value ?? keyNode));
    }
    return filters;
  }

  workflow(file: string, root: YAMLMap): Workflow {
    const jobsMap = this.mapping(root, 'jobs');
    const jobs: Job[] = [];
    if (!jobsMap) {
      if (!this.field(root, 'jobs')) this.problem('workflow has no "jobs:"', root);
    } else {
      for (const { key, pair, keyNode, value } of this.pairs(jobsMap)) {
        if (!isMap(value)) {
          this.problem(`job "${key}" must be a mapping`, value ?? keyNode);
          continue;
        }
        this.reuse(value, pair.value);
        jobs.push(this.job(key, keyNode, value));
      }
    }
    const ids = new Set(jobs.map((job) => job.id));
    for (const job of jobs) {
      for (const need of job.needs) {
        if (!ids.has(need.value)) {
          this.problems.push({ message: `job "${clip(job.id)}" needs unknown job "${clip(need.value)}"`, pos: need.valuePos });
        }
      }
    }
    pushAll(this.problems, needsCycles(jobs));
    return {
      kind: 'workflow',
      file,
      lines: this.text.split(/\r\n|\r|\n/),
      name: this.stringValue(root, 'name'),
      ...this.events(root),
      ...this.runDefaults(root),
      jobs,
    };
  }

  action(file: string, root: YAMLMap): CompositeAction {
    const runs = this.mapping(root, 'runs');
    if (!runs) {
      if (!this.field(root, 'runs')) this.problem('action has no "runs:"', root);
      return {
        kind: 'action',
        file,
        lines: this.text.split(/\r\n|\r|\n/),
        name: this.stringValue(root, 'name'),
        inputDefaults: {},
        steps: [],
      };
    }
    const using = this.stringValue(runs, 'using');
    const inputDefaults: Record<string, unknown> = {};
    this.inputDefaults(this.field(root, 'inputs')?.value, inputDefaults);
    return {
      inputDefaults,
      kind: 'action',
      file,
      lines: this.text.split(/\r\n|\r|\n/),
      name: this.stringValue(root, 'name'),
      using,
      steps: using === 'composite' ? this.compositeSteps(runs) : [],
    };
  }

  /** Composite-action steps inherit no default shell, so GitHub requires `shell:` on every `run:` step. */
  compositeSteps(runs: YAMLMap): Step[] {
    const steps = this.steps(runs, true);
    for (const step of steps) {
      if (step.run && !step.shell)
        this.problems.push({ message: `step "${step.label}" of a composite action has "run" but no "shell"`, pos: step.run.keyPos });
    }
    return steps;
  }
}

/**
 * GitHub refuses a workflow whose `needs` form a cycle, a job that needs itself included: each cycle
 * is a problem at the `needs` entry that closes it. Depth-first with an explicit stack, so that a
 * chain of 20,000 jobs cannot overflow it; each job and each edge is visited once.
 */
function needsCycles(jobs: readonly Job[]): Problem[] {
  const byId = new Map(jobs.map((job) => [job.id, job]));
  const state = new Map<string, 'visiting' | 'done'>();
  const problems: Problem[] = [];
  for (const start of jobs) {
    if (state.has(start.id)) continue;
    const stack: Array<{ job: Job; next: number }> = [{ job: start, next: 0 }];
    state.set(start.id, 'visiting');
    while (stack.length > 0) {
      const frame = stack.at(-1)!;
      const need = frame.job.needs[frame.next++];
      if (!need) {
        state.set(frame.job.id, 'done');
        stack.pop();
        continue;
      }
      const target = byId.get(need.value);
      if (!target) continue;
      const seen = state.get(target.id);
      if (seen === 'visiting') {
        const from = stack.findIndex((entry) => entry.job === target);
        const cycle = [...stack.slice(from).map((entry) => `"${clip(entry.job.id)}"`), `"${clip(target.id)}"`];
        const message =
          target === frame.job ? `job "${clip(target.id)}" needs itself` : `the needs of jobs ${cycle.join(' → ')} form a cycle`;
        problems.push({ message, pos: need.valuePos });
      } else if (seen === undefined) {
        state.set(target.id, 'visiting');
        stack.push({ job: target, next: 0 });
      }
    }
  }
  return problems;
}

/**
 * What each alias of a document refers to: the last node before it, in document order, with its
 * anchor — what yaml's `Alias.resolve` finds, but for all aliases in one walk. `resolve` walks the
 * whole document for each alias it is asked about, and a workflow of thousands of aliased steps took
 * seconds to build (issue 16). The walk keeps its own stack, so deep nesting cannot overflow.
 */
function resolveAliases(doc: Document.Parsed): Map<unknown, YamlNode> {
  const resolved = new Map<unknown, YamlNode>();
  const anchors = new Map<string, YamlNode>();
  const pending: unknown[] = [doc.contents];
  while (pending.length > 0) {
    const node = pending.pop();
    if (isAlias(node)) {
      const target = anchors.get(node.source);
      if (target) resolved.set(node, target);
      continue;
    }
    if (isPair(node)) {
      pending.push(node.value, node.key);
      continue;
    }
    if (isScalar(node) || isMap(node) || isSeq(node)) {
      if (node.anchor) anchors.set(node.anchor, node);
      if (isMap(node) || isSeq(node)) for (let i = node.items.length - 1; i >= 0; i--) pending.push(node.items[i]);
    }
  }
  return resolved;
}

/** The range from a key to the end of its value. */
function span(keyPos: Position, valuePos: Position): Position {
  return { line: keyPos.line, column: keyPos.column, endLine: valuePos.endLine, endColumn: valuePos.endColumn };
}

export interface BuildResult {
  model: Workflow | CompositeAction | undefined;
  problems: Problem[];
}

/** Builds the typed model of one parsed file; shape errors become problems at their line. */
export function buildModel(
  file: string,
  kind: 'workflow' | 'action',
  doc: Document.Parsed,
  lineCounter: LineCounter,
  text: string,
): BuildResult {
  const builder = new Builder(doc, lineCounter, text);
  const root = builder.deref(doc.contents);
  if (root === null || (isScalar(root) && (root.value === null || root.value === ''))) {
    builder.problem('file is empty', root);
    return { model: undefined, problems: builder.problems };
  }
  if (!isMap(root)) {
    builder.problem(`the top level must be a mapping, not a ${isSeq(root) ? 'sequence' : 'scalar'}`, root);
    return { model: undefined, problems: builder.problems };
  }
  try {
    const model = kind === 'workflow' ? builder.workflow(file, root) : builder.action(file, root);
    return { model, problems: builder.problems };
  } catch (error) {
    if (!(error instanceof AliasBombError)) throw error;
    builder.problem(error.message, error.at, true);
    return { model: undefined, problems: builder.problems };
  }
}
