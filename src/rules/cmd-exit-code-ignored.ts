import { classifyCommand } from '../model/classify/engine.js';
import type { StepScript } from '../model/types.js';
import { checkNamedBy, isVerdict, mayUseBuildOutput, scriptsIn } from './script-analysis.js';
import type { CmdCommand, CmdEvent, CmdScript } from '../shell/cmd-script.js';
import { commandText, exitCode, isBatchFile, keepsErrorlevel, lineEnd, onlyAfterSuccess } from '../shell/cmd-script.js';
import { reportOverwritten } from './overwritten-status.js';
import { inline } from './text.js';
import type { Rule } from './types.js';

/**
 * `shell: cmd` runs the script as `cmd /D /E:ON /V:OFF /S /C "CALL "{0}""`: the step fails only
 * when ERRORLEVEL is non-zero at the end, and every program (and many internal commands) sets it
 * anew. https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-syntax#exit-codes-and-error-action-preference
 */

/** What overwrites a failing command's ERRORLEVEL before the script ends. */
type Mask = { event: CmdCommand } | { loop: true };

/** Whether `event`, written after `command`, can run after it: not in the other branch of the same `if`. */
function runsAfter(event: CmdEvent, command: CmdCommand): boolean {
  return event.frames.every(
    (frame) =>
      command.frames.includes(frame) ||
      !(frame.kind === 'branch' && command.frames.some((own) => own.kind === 'branch' && own.chain === frame.chain)),
  );
}

function maskOf(command: CmdCommand, { events, operators }: CmdScript): Mask | undefined {
  const loop = command.frames.findLast((frame) => frame.kind === 'loop');
  for (const event of events) {
    if (event.start < command.end) continue;
    // The next pass of the loop runs the command again and overwrites its ERRORLEVEL.
    if (loop && event.start >= loop.end) return { loop: true };
    if (!runsAfter(event, command) || onlyAfterSuccess(event, command, operators)) continue;
    if (event.type === 'status-read') {
      // `%errorlevel%` on the command's own line or block was expanded before the command ran.
      if (event.runtime || event.statement !== command.statement) return undefined;
      continue;
    }
    const conditional = event.frames.some((frame) => !command.frames.includes(frame) && frame.kind !== 'group');
    const exit = exitCode(event);
    if (exit !== undefined) {
      if (!conditional) return exit === 'success' ? { event } : undefined;
      continue;
    }
    const name = event.argv[0]!.toLowerCase();
    // A jump or a subroutine call: where it leads is beyond this reading.
    if ((!event.called && name === 'goto') || (event.called && name.startsWith(':'))) return undefined;
    if (keepsErrorlevel(event)) continue;
    return { event };
  }
  return loop ? { loop: true } : undefined;
}

function whatMasks(mask: Mask, script: StepScript): string {
  if ('loop' in mask) return 'it runs in a loop, and each pass overwrites the ERRORLEVEL of the one before';
  const { event } = mask;
  const text = `"${inline(commandText(script.source.text, event), 50)}" (line ${script.source.at(event.start).line})`;
  if (exitCode(event) === 'success') return `${text} ends the script with success`;
  return `${text} runs after it and sets ERRORLEVEL again, with no errorlevel check in between`;
}

/**
 * Whether a command after a build may use what it built (`cmake --build` … `ctest`, or running the
 * built program): then a failed build makes that command fail, and the step with it.
 */
function consumedLater(build: CmdCommand, events: readonly CmdEvent[]): boolean {
  return events.some((event) => {
    return event.type === 'command' && event.start >= build.end && runsAfter(event, build) && mayUseBuildOutput(event.argv);
  });
}

export const cmdExitCodeIgnored: Rule = {
  meta: {
    id: 'cmd-exit-code-ignored',
    category: 'soft-fail',
    description: 'A check in a `shell: cmd` script whose ERRORLEVEL a later command overwrites before anything checks it.',
  },
  check(ctx) {
    for (const { step, job, script } of scriptsIn(ctx.file, 'cmd')) {
      const read = script.cmd;
      if (!read) continue;
      for (const command of read.events) {
        if (command.type !== 'command' || command.piped === 'left') continue;
        // A batch file run without `call` never returns: its status is the script's (cmd-batch-without-call).
        if (!command.called && isBatchFile(command.argv[0]!)) continue;
        const own = classifyCommand(command.argv);
        const named = checkNamedBy(own, step);
        const kind = named ?? own;
        if (!isVerdict(kind)) continue;
        if (kind === 'build' && consumedLater(command, read.events)) continue;
        const mask = maskOf(command, read);
        if (!mask) continue;
        reportOverwritten(ctx, {
          step,
          job,
          script,
          argv: command.argv,
          kind,
          named: named !== null,
          text: commandText(script.source.text, command),
          start: command.start,
          end: lineEnd(script.source.text, command),
          rule: 'cmd fails a step only on the ERRORLEVEL it ends with',
          masks: whatMasks(mask, script),
        });
      }
    }
  },
};
