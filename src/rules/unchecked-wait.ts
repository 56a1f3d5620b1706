import { classifyCommand } from '../model/classify/engine.js';
import { mostSevereKind } from '../model/classify/kinds.js';
import { argvOf, commandsIn, failingCommands, isCheck, optionsTimeline, positionOf, posixScripts, sourceLine } from './script-analysis.js';
import type { SyntaxNode } from '../shell/parser.js';
import { describeKind } from './severity.js';
import { inline } from './text.js';
import type { Rule } from './types.js';

/** Statements sent to the background: tree-sitter-bash leaves the `&` as an anonymous token after the statement. */
function backgrounded(root: SyntaxNode): SyntaxNode[] {
  const found: SyntaxNode[] = [];
  const stack = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    for (let i = 0; i < node.childCount; i++) {
      const child = node.child(i);
      if (child?.isNamed && node.child(i + 1)?.type === '&') found.push(child);
    }
    for (const child of node.namedChildren) if (child) stack.push(child);
  }
  return found.sort((a, b) => a.startIndex - b.startIndex);
}

const isWait = (command: SyntaxNode): boolean => argvOf(command)[0] === 'wait';
/** Commands that stop background jobs on purpose: the status `wait` then drops is the signal's, not a check's. */
const STOPPERS = new Set(['kill', 'pkill', 'killall']);

export const uncheckedWait: Rule = {
  meta: {
    id: 'unchecked-wait',
    category: 'soft-fail',
    description: 'A check sent to the background (`pytest &`) and collected by a bare `wait`, which returns 0 whatever the job returned.',
  },
  check(ctx) {
    for (const { step, job, script, root } of posixScripts(ctx.file)) {
      const commands = commandsIn(root);
      // `wait PID` and `wait -n` return the job's status (https://www.gnu.org/software/bash/manual/html_node/Job-Control-Builtins.html):
      // a script that collects any job that way is taken to collect its checks so.
      if (commands.some((command) => isWait(command) && argvOf(command).length > 1)) continue;
      const waits = commands.filter(isWait);
      const optionsAt = optionsTimeline(root, script.shell);
      const byWait = new Map<SyntaxNode, Array<{ job: SyntaxNode; checks: SyntaxNode[] }>>();
      for (const background of backgrounded(root)) {
        const checks = failingCommands(background, optionsAt(background.startIndex).pipefail).filter((command) =>
          isCheck(classifyCommand(argvOf(command))),
        );
        if (checks.length === 0) continue;
        const wait = waits.find((command) => command.startIndex >= background.endIndex);
        if (!wait) continue;
        const stopped = commands.some(
          (command) =>
            command.startIndex >= background.endIndex && command.endIndex <= wait.startIndex && STOPPERS.has(argvOf(command)[0] ?? ''),
        );
        if (stopped) continue;
        byWait.set(wait, [...(byWait.get(wait) ?? []), { job: background, checks }]);
      }
      for (const [wait, jobs] of byWait) {
        const kind = mostSevereKind(jobs.flatMap(({ checks }) => checks.map((command) => classifyCommand(argvOf(command))!)));
        const first = jobs.find(({ checks }) => checks.some((command) => classifyCommand(argvOf(command)) === kind));
        const others = jobs.length > 1 ? ` (and ${jobs.length - 1} more background check${jobs.length > 2 ? 's' : ''})` : '';
        ctx.report({
          masked: { kind, noun: 'command' },
          message: `A bare "wait" returns 0 whatever its jobs returned, so when ${describeKind(kind, 'command')} "${inline(sourceLine(script, first!.job), 60)} &" (line ${script.source.at(first!.job.startIndex).line})${others} fails, the step succeeds.`,
          pos: positionOf(script, wait),
          job,
          step,
          snippet: `${first!.job.text} & … wait`,
        });
      }
    }
  },
};
