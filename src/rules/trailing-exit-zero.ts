import { classifyCommand } from '../model/classify/engine.js';
import { mostSevereKind } from '../model/classify/kinds.js';
import type { StepKind } from '../model/classify/kinds.js';
import {
  argvOf,
  isCheck,
  optionsTimeline,
  positionOf,
  posixScripts,
  sourceLine,
  sourceText,
  trailingSuccessExit,
  unreadStatuses,
} from './script-analysis.js';
import type { SyntaxNode } from '../shell/parser.js';
import { describeKind } from './severity.js';
import { inline } from './text.js';
import type { Rule } from './types.js';

export const trailingExitZero: Rule = {
  meta: {
    id: 'trailing-exit-zero',
    category: 'soft-fail',
    description: 'A script without errexit ends in `exit 0` (or `true`, `:`) right after a check, so the check can never fail the step.',
  },
  check(ctx) {
    for (const { step, job, script, root } of posixScripts(ctx.file)) {
      const exit = trailingSuccessExit(root);
      if (!exit || root.hasError) continue;
      const optionsAt = optionsTimeline(root, script.shell);
      const { errexit, setBy } = optionsAt(exit.startIndex);
      // Under errexit a failing check never reaches the `exit 0`: it is harmless there.
      if (errexit !== false) continue;
      const hidden: Array<{ command: SyntaxNode; kind: StepKind }> = [];
      for (const { command, fate } of unreadStatuses(root, (offset) => optionsAt(offset).pipefail)) {
        const kind = classifyCommand(argvOf(command));
        if (fate === 'final' && isCheck(kind) && optionsAt(command.startIndex).errexit === false) hidden.push({ command, kind });
      }
      if (hidden.length === 0) continue;
      const kind = mostSevereKind(hidden.map((entry) => entry.kind));
      const check = hidden.find((entry) => entry.kind === kind)!.command;
      const why = setBy
        ? `errexit is off since "${inline(sourceText(script, setBy), 30)}" (line ${script.source.at(setBy.startIndex).line})`
        : `"${inline(step.shell?.value ?? script.shell.description, 40)}" runs the script without errexit (-e)`;
      ctx.report({
        masked: { kind, noun: 'command', argv: argvOf(check) },
        message: `"${inline(sourceLine(script, exit), 20)}" ends the script after "${inline(sourceLine(script, check), 60)}" (line ${script.source.at(check.startIndex).line}) and ${why}: when ${describeKind(kind, 'command')} fails, the step still passes.`,
        pos: positionOf(script, exit),
        job,
        step,
        snippet: `${sourceText(script, check)}\n${sourceText(script, exit)}`,
      });
    }
  },
};
