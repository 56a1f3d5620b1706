import { classifyCommand } from '../model/classify/engine.js';
import { mostSevereKind } from '../model/classify/kinds.js';
import type { StepKind } from '../model/classify/kinds.js';
import {
  argvOf,
  sourceLine,
  sourceText,
  isVerdict,
  isMaskingFallback,
  optionsTimeline,
  posixScripts,
  positionOf,
  statusCommands,
  forgiven,
  GREPS,
  inSubstitution,
  programOf,
  teeFiles,
  logGreps,
} from './script-analysis.js';
import type { SyntaxNode } from '../shell/parser.js';
import { describeKind } from './severity.js';
import { inline } from './text.js';
import type { Rule } from './types.js';

/**
 * Inside `$( … )` or `<( … )` the pipeline produces a value; whether its status matters is up to
 * the command that consumes it, not to the script's errexit.
 */
const QUERY_FLAGS = new Set(['--version', '-version', '--help', '-help', '--list', '-list', '--collect-only', '--co', '--print']);
const QUERY_PREFIXES = ['-dump', '-print-', '--print-', '-show'];
/** Flags that ask a question of one tool only: `-n` is make's dry run but pytest-xdist's worker count. */
const TOOL_QUERY_FLAGS: ReadonlyArray<readonly [RegExp, readonly string[]]> = [
  [/^(g?make)$/, ['-n', '--dry-run', '--just-print', '--recon', '-p', '--print-data-base', '-q', '--question', '-v']],
  [/^ctest$/, ['-N', '--show-only']],
  // Preprocess only, list dependencies, or print the driver's configuration.
  [/^(cc|cxx|gcc|g\+\+|c\+\+|clang|clang\+\+|clang-cl|cl|nvcc|icx|icpx|emcc)$/, ['-E', '-M', '-MM', '-dM', '-###', '-v']],
];

/** The program a word names, without quotes, `${ }`, directories and a version suffix: `"${CC}"` → `cc`, `/usr/bin/gcc-13` → `gcc`. */

function isQuery([name = '', ...args]: readonly string[]): boolean {
  const program = programOf(name);
  const own = TOOL_QUERY_FLAGS.filter(([pattern]) => pattern.test(program)).flatMap(([, flags]) => flags);
  return args.some((arg) => QUERY_FLAGS.has(arg) || own.includes(arg) || QUERY_PREFIXES.some((prefix) => arg.startsWith(prefix)));
}

/**
 * What the pipeline hides when `element` fails, if it is a check or a deploy. Only the first element
 * is run for its own sake: a command further along reads the previous one's output as data
 * (`printf … | convert.py | insert.py`), unless it is `xargs`, which runs a command with it.
 */
function masked(element: SyntaxNode, first: boolean): { command: SyntaxNode; kind: StepKind } | undefined {
  const candidates = statusCommands(element, false)
    .map((command) => ({ command, argv: argvOf(command) }))
    .filter(({ argv }) => first || argv[0] === 'xargs')
    // `git diff | …` and `git log | head` read the repository; a git verdict is never piped away.
    .filter(({ argv }) => argv[0] !== 'git' && !isQuery(argv))
    .map(({ command, argv }) => ({ command, kind: classifyCommand(argv) }))
    .filter((candidate): candidate is { command: SyntaxNode; kind: StepKind } => candidate.kind !== null);
  if (candidates.length === 0) return undefined;
  const kind = mostSevereKind(candidates.map((candidate) => candidate.kind));
  return isVerdict(kind) ? candidates.find((candidate) => candidate.kind === kind) : undefined;
}

const QUIET = /^(-[a-zA-Z]*q[a-zA-Z]*|--quiet|--silent)$/;

/**
 * A last command that judges the output: `go test -v ./... 2>&1 | go-junit-report -set-exit-code >
 * report.xml` fails when a test did (https://github.com/jstemmer/go-junit-report#flags), and
 * `swift test | tee log | grep -q "tests passed"` makes the pipeline's status the answer to a
 * question about the run. Both are deliberate, whatever one thinks of parsing logs.
 */
function carriesVerdict(last: SyntaxNode): boolean {
  return statusCommands(last, false).some((command) => {
    const [name = '', ...args] = argvOf(command);
    const program = programOf(name);
    if (program === 'go-junit-report') return args.includes('-set-exit-code');
    return GREPS.has(program) && args.some((arg) => QUIET.test(arg));
  });
}

/**
 * `npx playwright test | tee e2e.log || echo "not configured"`: the author forgives the failure on
 * purpose, and `pipefail` would not change the outcome (that is or-true-swallows-failure's business).
 * tree-sitter-bash hangs the fallback of `a | b | c || true` inside the pipeline's last part.
 */
function forgivesPipeline(pipeline: SyntaxNode): boolean {
  if (forgiven(pipeline)) return true;
  const tail = pipeline.lastChild;
  return tail?.type === 'list' && tail.child(1)?.type === '||' && isMaskingFallback(tail.child(2)!);
}

/**
 * tree-sitter-bash reads `a | b | c || d` as `a | ((b | c) || d)`, where bash runs `(a | b | c) || d`.
 * The elements of a pipeline and the operators between them, in order, as bash sees them.
 */
function partsOf(pipeline: SyntaxNode): SyntaxNode[] {
  const children = pipeline.children.filter((child): child is SyntaxNode => child !== null && child.type !== 'comment');
  let tail = children.at(-1);
  if (tail?.type !== 'list') return children;
  while (tail.type === 'list' && tail.firstChild) tail = tail.firstChild;
  return [...children.slice(0, -1), ...(tail.type === 'pipeline' ? partsOf(tail) : [tail])];
}

/** The `b | c` of that misreading, which is the rest of an enclosing pipeline, not a pipeline of its own. */
function isMisreadTail(pipeline: SyntaxNode): boolean {
  let node = pipeline;
  while (node.parent?.type === 'list' && node.parent.firstChild === node) node = node.parent;
  return node !== pipeline && node.parent?.type === 'pipeline' && node.parent.lastChild === node;
}

/** Every pipeline of a script outside substitutions, in source order. */
function pipelinesIn(root: SyntaxNode): SyntaxNode[] {
  const found: SyntaxNode[] = [];
  const stack = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'command_substitution' || node.type === 'process_substitution') continue;
    if (node.type === 'pipeline' && !isMisreadTail(node)) found.push(node);
    for (const child of node.namedChildren) if (child) stack.push(child);
  }
  return found.sort((a, b) => a.startIndex - b.startIndex);
}

/** Where `PIPESTATUS` is expanded in a script, in source order. */
function pipestatusReads(root: SyntaxNode): number[] {
  const found: number[] = [];
  const stack = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'variable_name' && node.text === 'PIPESTATUS') found.push(node.startIndex);
    for (const child of node.namedChildren) if (child) stack.push(child);
  }
  return found.sort((a, b) => a - b);
}

/** Whether one of the sorted offsets `reads` lies in [start, end): `${PIPESTATUS[…]}` read there looks at the elements' statuses. */
function readsPipestatus(reads: readonly number[], start: number, end: number): boolean {
  let low = 0;
  let high = reads.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (reads[middle]! < start) low = middle + 1;
    else high = middle;
  }
  return low < reads.length && reads[low]! < end;
}

/**
 * `make build | tee build.log && make test | tee test.log && grep -q passed test.log`: a log that a
 * pipeline ending at or after this one writes, read back by a later grep, judges this pipeline too.
 * Whether that holds for a pipeline is whether its end is at most the largest min(end of a pipeline
 * that tees a file, start of the last grep of that file): computed once, not once per pipeline.
 */
function logVerdictReach(root: SyntaxNode, pipelines: readonly SyntaxNode[]): number {
  const greps = logGreps(root);
  let reach = -1;
  for (const pipeline of pipelines) {
    for (const file of teeFiles(partsOf(pipeline).at(-1)!)) {
      const grep = greps.get(file);
      if (grep !== undefined) reach = Math.max(reach, Math.min(pipeline.endIndex, grep));
    }
  }
  return reach;
}

export const pipeWithoutPipefail: Rule = {
  meta: {
    id: 'pipe-without-pipefail',
    category: 'soft-fail',
    description: 'A check piped into another command (`pytest | tee log`) in a shell without `pipefail`, so only the last command decides.',
  },
  check(ctx) {
    for (const { step, job, script, root } of posixScripts(ctx.file)) {
      const optionsAt = optionsTimeline(root, script.shell);
      const pipelines = pipelinesIn(root);
      const pipestatus = pipestatusReads(root);
      let logReach: number | undefined;
      pipelines.forEach((pipeline, i) => {
        // `shell: bash` runs `bash -eo pipefail`; the runner default `bash -e` and `sh -e` do not.
        if (optionsAt(pipeline.startIndex).pipefail !== false || inSubstitution(pipeline)) return;
        // PIPESTATUS is reset by the next pipeline, so a read before that one is about this one.
        let next = i + 1;
        while (next < pipelines.length && pipelines[next]!.startIndex < pipeline.endIndex) next++;
        if (readsPipestatus(pipestatus, pipeline.startIndex, pipelines[next]?.startIndex ?? Infinity)) return;
        const children = partsOf(pipeline);
        if (carriesVerdict(children.at(-1)!) || forgivesPipeline(pipeline)) return;
        // A failed build fails the tests too, so a log read back after this pipeline judges it as well.
        logReach ??= logVerdictReach(root, pipelines);
        if (pipeline.endIndex <= logReach) return;
        for (let j = 0; j < children.length - 1; j++) {
          const element = children[j]!;
          const operator = children[j + 1]!;
          if (!element.isNamed || (operator.type !== '|' && operator.type !== '|&')) continue;
          const found = masked(element, j === 0);
          if (!found) continue;
          const { command, kind } = found;
          const next = children[j + 2] ?? operator;
          const pos = positionOf(script, operator);
          const end = positionOf(script, next);
          const quoted = `${sourceLine(script, command)} ${operator.type} ${sourceLine(script, next)}`;
          ctx.report({
            masked: { kind, noun: 'command', argv: argvOf(command) },
            message:
              `"${inline(quoted, 80)}": without pipefail a pipeline has the status of its last command, so when ` +
              `${describeKind(kind, 'command')} "${inline(sourceLine(script, command), 40)}" fails the script goes on ` +
              `and the step can pass (${script.shell.pipefail ? 'pipefail is switched off by `set +o pipefail`' : script.shell.description}). ` +
              'Use `shell: bash` or `set -o pipefail`.',
            pos: { ...pos, endLine: end.endLine, endColumn: end.endColumn },
            job,
            step,
            snippet: `${sourceText(script, command)} ${operator.type} ${sourceText(script, next)}`,
          });
          // One finding per pipeline: its first masked check.
          return;
        }
      });
    }
  },
};
