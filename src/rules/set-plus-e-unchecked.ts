import { classifyCommand } from '../model/classify/engine.js';
import {
  argvOf,
  buildUsedLater,
  isCheck,
  optionsTimeline,
  positionOf,
  posixScripts,
  sourceLine,
  sourceText,
  unreadStatuses,
} from './script-analysis.js';
import { describeKind } from './severity.js';
import { inline } from './text.js';
import type { Rule } from './types.js';

export const setPlusEUnchecked: Rule = {
  meta: {
    id: 'set-plus-e-unchecked',
    category: 'soft-fail',
    description: 'A check runs after `set +e` and nothing looks at its exit status, so its failure is lost.',
  },
  check(ctx) {
    for (const { step, job, script, root } of posixScripts(ctx.file)) {
      // A script the parser could not read whole is unparseable-script's: a lost `$?` read would be a false alarm.
      if (root.hasError) continue;
      const optionsAt = optionsTimeline(root, script.shell);
      for (const { command, fate } of unreadStatuses(root, (offset) => optionsAt(offset).pipefail)) {
        if (fate !== 'ignored') continue;
        const kind = classifyCommand(argvOf(command));
        if (!isCheck(kind)) continue;
        const { errexit, setBy } = optionsAt(command.startIndex);
        // Only a `set +e` that switched errexit off is the cause; under a shell that never had it,
        // the script is shell-without-errexit's business.
        if (errexit !== false || !setBy || optionsAt(setBy.startIndex).errexit !== true) continue;
        const setLine = script.source.at(setBy.startIndex).line;
        // A test's or linter's verdict has no other outlet; a build's failure may resurface in what uses it.
        const cap =
          kind === 'build' && buildUsedLater(root, command)
            ? { severity: 'low' as const, reason: 'a later command uses what it builds, so a failed build fails it too' }
            : undefined;
        ctx.report({
          masked: { kind, noun: 'command', argv: argvOf(command), cap },
          message: `"${inline(sourceLine(script, command), 80)}" runs after "${inline(sourceText(script, setBy), 30)}" (line ${setLine}) and nothing reads its exit status: when ${describeKind(kind, 'command')} fails, the script goes on and the step can still pass.`,
          pos: positionOf(script, command),
          job,
          step,
          snippet: sourceText(script, command),
        });
      }
    }
  },
};
