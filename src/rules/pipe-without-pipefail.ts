import { classifyCommand, mostSevereKind } from '../model/classify.js';
import type { StepKind } from '../model/classify.js';
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
  verdictReadFromLog,
} from '../shell/analysis.js';
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
  while (node.parent?.type === 'list' && node.parent.firstChild?.id === node.id) node = node.parent;
  return node.id !== pipeline.id && node.parent?.type === 'pipeline' && node.parent.lastChild?.id === node.id;
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

/** Whether `${PIPESTATUS[…]}` is expanded between `start` and `end`: the elements' statuses are looked at. */
function readsPipestatus(root: SyntaxNode, start: number, end: number): boolean {
  const stack = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.endIndex <= start || node.startIndex >= end) continue;
    if (node.type === 'variable_name' && node.text === 'PIPESTATUS' && node.startIndex >= start) return true;
    for (const child of node.namedChildren) if (child) stack.push(child);
  }
  return false;
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
      pipelines.forEach((pipeline, i) => {
        // `shell: bash` runs `bash -eo pipefail`; the runner default `bash -e` and `sh -e` do not.
        if (optionsAt(pipeline.startIndex).pipefail !== false || inSubstitution(pipeline)) return;
        // PIPESTATUS is reset by the next pipeline, so a read before that one is about this one.
        const nextStart = pipelines.slice(i + 1).find((later) => later.startIndex >= pipeline.endIndex)?.startIndex ?? Infinity;
        if (readsPipestatus(root, pipeline.startIndex, nextStart)) return;
        const children = partsOf(pipeline);
        if (carriesVerdict(children.at(-1)!) || forgivesPipeline(pipeline)) return;
        // `make build | tee build.log && make test | tee test.log && grep -q passed test.log`: a failed
        // build fails the tests too, so a log read back after this pipeline judges it as well.
        const logs = pipelines.filter((later) => later.endIndex >= pipeline.endIndex).flatMap((later) => teeFiles(partsOf(later).at(-1)!));
        if (verdictReadFromLog(root, pipeline, logs)) return;
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
