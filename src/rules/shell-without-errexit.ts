import { classifyCommand } from '../model/classify/engine.js';
import type { StepKind } from '../model/classify/kinds.js';
import {
  argvOf,
  buildUsedLater,
  commandsIn,
  isCheck,
  optionsTimeline,
  positionOf,
  posixScripts,
  sourceLine,
  sourceText,
  statementsOf,
  unreadStatuses,
} from './script-analysis.js';
import type { SyntaxNode } from '../shell/parser.js';
import { describeKind, kindSeverity, minSeverity } from './severity.js';
import type { Cap } from './types.js';
import { inline } from './text.js';
import type { Rule, Severity } from './types.js';
import { severityRank } from './types.js';

/**
 * What a masked command puts at stake. A check's failure is a verdict and a deploy's a release; an
 * unclassified command is judged by the step it is in (`${CONDA_RUN} pip install …` in a test step
 * may be what the tests stand on). A failed install or cleanup surfaces in the checks after it, and
 * a failed upload loses a report, not a result.
 */
function stake(command: StepKind | null, step: StepKind): StepKind | undefined {
  if (command === null) return undefined;
  if (isCheck(command) || command === 'deploy') return command;
  if (command === 'unknown' && (isCheck(step) || step === 'deploy' || step === 'unknown')) return 'unknown';
  return undefined;
}

/** Filters that may end a listing pipeline (`ls build | grep .so | wc -l`) without making it a check. */
const FILTERS: ReadonlySet<string> = new Set(['grep', 'egrep', 'fgrep', 'head', 'tail', 'sort', 'wc']);

/**
 * A command in a pipeline made only of commands that print (`find … | grep -z x | xargs -0 file --`,
 * `ls dist | sort`): the pipeline shows something and checks nothing, whichever command's status it has.
 */
function inPrintingPipeline(command: SyntaxNode): boolean {
  let pipeline = command.parent;
  while (pipeline && pipeline.type === 'redirected_statement') pipeline = pipeline.parent;
  if (pipeline?.type !== 'pipeline') return false;
  return commandsIn(pipeline).every((part) => {
    const argv = argvOf(part);
    return classifyCommand(argv) === null || FILTERS.has(argv[0]?.split('/').pop() ?? '');
  });
}

/**
 * A test's or linter's verdict has no other outlet. A build's failure may resurface in what uses it
 * later, and an unclassified command may or may not matter (`eval "export $line"`): worth knowing,
 * not worth blocking a merge on.
 */
function cap(kind: StepKind, root: SyntaxNode, command: SyntaxNode): Cap | undefined {
  if (kind === 'unknown') return { severity: 'low', reason: 'an unclassified command may or may not matter' };
  if (kind === 'build' && buildUsedLater(root, command))
    return { severity: 'low', reason: 'a later command uses what it builds, so a failed build fails it too' };
  return undefined;
}

export const shellWithoutErrexit: Rule = {
  meta: {
    id: 'shell-without-errexit',
    category: 'soft-fail',
    description: 'A custom shell without `-e` (`bash {0}`, `bash -l {0}`) runs the script on after a command fails.',
  },
  check(ctx) {
    for (const { step, job, script, root } of posixScripts(ctx.file)) {
      if (script.shell.errexit !== false || root.hasError || statementsOf(root).length < 2) continue;
      const optionsAt = optionsTimeline(root, script.shell);
      const masked: Array<{ command: SyntaxNode; kind: StepKind; cap: Cap | undefined; severity: Severity }> = [];
      for (const { command, fate } of unreadStatuses(root, (offset) => optionsAt(offset).pipefail)) {
        if (fate !== 'ignored' || optionsAt(command.startIndex).errexit !== false || inPrintingPipeline(command)) continue;
        const kind = stake(classifyCommand(argvOf(command)), step.kind);
        if (!kind) continue;
        const capped = cap(kind, root, command);
        masked.push({ command, kind, cap: capped, severity: minSeverity(kindSeverity(kind), capped?.severity ?? 'high') });
      }
      if (masked.length === 0) continue;
      const worst = masked.reduce((a, b) => (severityRank(b.severity) > severityRank(a.severity) ? b : a));
      const { command: first, kind, cap: worstCap } = worst;
      const shell = step.shell?.value ?? script.shell.description;
      const others = masked.length > 1 ? ` (${masked.length - 1} other command${masked.length === 2 ? ' is' : 's are'} unchecked too)` : '';
      const fix = script.origin === 'run' ? 'add -e to the shell or start the script with "set -e"' : 'start the script with "set -e"';
      ctx.report({
        masked: { kind, noun: 'command', argv: argvOf(first), cap: worstCap },
        message: `The script runs without errexit under "${inline(shell, 60)}": when "${inline(sourceLine(script, first), 60)}" (line ${script.source.at(first.startIndex).line}), ${describeKind(kind, 'command')}, fails, the script goes on and only its last command decides the step${others}. To stop at the first failure, ${fix}.`,
        pos: step.shell ? step.shell.span : positionOf(script, first),
        job,
        step,
        snippet: `${script.shell.description}\n${sourceText(script, first)}`,
      });
    }
  },
};
