import type { StepKind } from '../model/classify/kinds.js';
import { classifyCommand } from '../model/classify/engine.js';
import { mostSevereKind } from '../model/classify/kinds.js';
import { isCheck, scriptsIn } from './script-analysis.js';
import type { CmdCommand } from '../shell/cmd-script.js';
import { commandText, exitCode, isBatchFile, lineEnd } from '../shell/cmd-script.js';
import { inline } from './text.js';
import type { Rule } from './types.js';

/**
 * `call` "calls one batch program from another without stopping the parent batch program"
 * (https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/call); without
 * it the parent stops where the child ends. The runner runs a `shell: cmd` step as a `.cmd` file,
 * and `npm`, `npx`, `mvn`, `gradlew`… are `.cmd`/`.bat` files on Windows, so every line after
 * `npm ci` is silently skipped. The rest of the line already read still runs (`x.bat && cl` runs
 * cl), which is why only later lines count.
 */

/** Commands that only steer the script or its environment: their not running loses no check. */
const HOUSEKEEPING = new Set([
  'cd',
  'chdir',
  'pushd',
  'popd',
  'set',
  'setlocal',
  'endlocal',
  'goto',
  'shift',
  'title',
  'cls',
  'pause',
  'exit',
]);

/** What a command that never runs would have done, or null when it would not have mattered. */
function kindOfSkipped(command: CmdCommand): StepKind | null {
  const name = command.argv[0]!.toLowerCase();
  if (HOUSEKEEPING.has(name) || name.startsWith(':') || exitCode(command) !== undefined) return null;
  return classifyCommand(command.argv);
}

export const cmdBatchWithoutCall: Rule = {
  meta: {
    id: 'cmd-batch-without-call',
    category: 'scope-gap',
    description:
      'A `shell: cmd` script runs a batch file (npm, npx, mvn, gradlew, *.cmd, *.bat) without `call`, so the lines after it never run.',
  },
  check(ctx) {
    for (const { step, job, script } of scriptsIn(ctx.file, 'cmd')) {
      // Only a `run:` script is a batch file; an action that passes its input to `cmd /c` runs a command line.
      if (script.origin !== 'run') continue;
      const commands = (script.cmd?.events ?? []).filter((event): event is CmdCommand => event.type === 'command');
      for (const shim of commands) {
        // In a pipeline each side runs in a child cmd, which returns.
        if (shim.called || shim.piped || !isBatchFile(shim.argv[0]!)) continue;
        const skipped = commands
          .filter((command) => command.statement > shim.statement)
          .map((command) => ({ command, kind: kindOfSkipped(command) }))
          .filter((entry): entry is { command: CmdCommand; kind: StepKind } => entry.kind !== null);
        if (skipped.length === 0) continue;
        const skippedKind = mostSevereKind(skipped.map((entry) => entry.kind));
        const first = skipped.find((entry) => entry.kind === skippedKind)!.command;
        // Commands we cannot place are what a step named "Test …" or "Build …" exists to run.
        const kind = skippedKind === 'unknown' && isCheck(step.kind) ? step.kind : skippedKind;
        const text = commandText(script.source.text, shim);
        const start = script.source.at(shim.start);
        const end = script.source.at(lineEnd(script.source.text, shim));
        const named = `"${inline(commandText(script.source.text, first), 50)}" (line ${script.source.at(first.start).line})`;
        const lost = skipped.length > 1 ? `the ${skipped.length} commands after it never run, among them ${named}` : `${named} never runs`;
        ctx.report({
          masked: { kind: isCheck(kind) ? kind : 'unknown', noun: 'command', argv: first.argv },
          message:
            `"${inline(text, 60)}" runs a batch file without "call": cmd hands the script over to it and never comes back, so ${lost}. ` +
            `Write "call ${inline(text, 40)}".`,
          pos: { line: start.line, column: start.column, endLine: end.line, endColumn: end.column },
          job,
          step,
          snippet: text,
        });
      }
    }
  },
};
