import { classifyCommand } from '../model/classify/engine.js';
import type { StepScript } from '../model/types.js';
import { checkNamedBy, isVerdict, mayUseBuildOutput, scriptsIn } from './script-analysis.js';
import type { FrameKind, PwshCommand, PwshEvent } from '../shell/pwsh-script.js';
import { commandText, lineEnd } from '../shell/pwsh-script.js';
import { reportOverwritten } from './overwritten-status.js';
import { inline } from './text.js';
import type { Rule } from './types.js';

/**
 * The runner wraps a PowerShell step as `$ErrorActionPreference = 'stop'` + script +
 * `if ((Test-Path -LiteralPath variable:\LASTEXITCODE)) { exit $LASTEXITCODE }`
 * (FixUpScriptContents in actions/runner's ScriptHandlerHelpers.cs). The preference stops on
 * cmdlet errors only; a native program reports failure through `$LASTEXITCODE`, which the next
 * native program overwrites — so only the last one can fail the step.
 * https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-syntax#exit-codes-and-error-action-preference
 */

/** What overwrites a failing command's exit code before the runner reads it. */
type Mask = { event: PwshEvent } | { loop: true };

/** Frames whose code may or may not run: an `exit` or `throw` there does not end every run. */
const CONDITIONAL: ReadonlySet<FrameKind> = new Set(['branch', 'loop', 'catch', 'scriptblock']);

/** Whether `event`, written after `command`, can run after it: not in a sibling branch, a `catch`, or a function body. */
function runsAfter(event: PwshEvent, command: PwshCommand): boolean {
  return event.frames.every(
    (frame) =>
      command.frames.includes(frame) ||
      (frame.kind !== 'definition' &&
        frame.kind !== 'catch' &&
        !(frame.kind === 'branch' && command.frames.some((own) => own.kind === 'branch' && own.chain === frame.chain))),
  );
}

/** The first thing after a failing `command` that overwrites its exit code unread, if any. */
function maskOf(command: PwshCommand, events: readonly PwshEvent[]): Mask | undefined {
  const loop = command.frames.findLast((frame) => frame.kind === 'loop');
  if (loop?.conditionReadsStatus) return undefined;
  let pastAnd = false;
  for (const event of events) {
    if (event.start < command.end) continue;
    // The next pass of the loop runs the command again and overwrites its status.
    if (loop && event.start >= loop.end) return { loop: true };
    if (!runsAfter(event, command)) continue;
    // `cmd && next` runs `next` only when cmd succeeded; a `||` after it runs on failure.
    if (event.chain === command.chain && event.link > command.link) {
      if (event.op === '||') pastAnd = true;
      if (!pastAnd) continue;
    }
    const conditional = event.frames.some((frame) => !command.frames.includes(frame) && CONDITIONAL.has(frame.kind));
    switch (event.type) {
      case 'status-read':
        return undefined;
      case 'status-write':
        return { event };
      case 'command':
        if (event.native) return { event };
        break;
      case 'exit':
        if (!conditional) return event.code === 'success' ? { event } : undefined;
        break;
      case 'throw':
        if (!conditional) return undefined;
        break;
      case 'preference':
        break;
    }
  }
  return loop ? { loop: true } : undefined;
}

/**
 * With `$PSNativeCommandUseErrorActionPreference = $true` (PowerShell 7.3+) a failing native
 * command raises an error, which `$ErrorActionPreference = 'stop'` turns into a failed step.
 * Windows PowerShell 5.1 (`shell: powershell`) has no such preference. The runner sets 'stop'
 * only for `run:` scripts; actions that run a script input leave PowerShell's default.
 * https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.core/about/about_preference_variables#psnativecommanduseerroractionpreference
 */
function nativeFailuresStop(events: readonly PwshEvent[], offset: number, script: StepScript): boolean {
  const program = script.shell.description.trim().split(/\s+/)[0]!.split(/[\\/]/).pop()!.toLowerCase();
  if (program === 'powershell' || program === 'powershell.exe') return false;
  let native = false;
  let action = script.origin === 'run';
  for (const event of events) {
    if (event.start >= offset) break;
    if (event.type !== 'preference') continue;
    if (event.name === 'native') native = event.stops;
    else action = event.stops;
  }
  return native && action;
}

function whatMasks(mask: Mask, script: StepScript): string {
  if ('loop' in mask) return 'it runs in a loop, and each pass overwrites the exit code of the one before';
  const { event } = mask;
  const text = `"${inline(commandText(script.source.text, event), 50)}" (line ${script.source.at(event.start).line})`;
  if (event.type === 'exit') return `${text} ends the script with success`;
  if (event.type === 'status-write') return `${text} overwrites its exit code`;
  return `${text} runs after it without a $LASTEXITCODE check`;
}

/**
 * Whether a native command after a build may use what it built (`cmake --build` … `ctest`, or
 * running the built program): then a failed build makes that command fail, and the step with it.
 */
function consumedLater(build: PwshCommand, events: readonly PwshEvent[]): boolean {
  return events.some((event) => {
    return event.type === 'command' && event.native && event.start >= build.end && runsAfter(event, build) && mayUseBuildOutput(event.argv);
  });
}

export const pwshNativeExitIgnored: Rule = {
  meta: {
    id: 'pwsh-native-exit-ignored',
    category: 'soft-fail',
    description:
      'A check run by a native program in a PowerShell script whose exit code a later command overwrites before anyone reads it.',
  },
  check(ctx) {
    for (const { step, job, script } of scriptsIn(ctx.file, 'pwsh')) {
      const events = script.pwsh?.events ?? [];
      for (const command of events) {
        if (command.type !== 'command' || !command.native || command.captured || !command.leads) continue;
        if (command.frames.some((frame) => frame.kind === 'definition')) continue;
        const own = classifyCommand(command.argv);
        const named = checkNamedBy(own, step);
        const kind = named ?? own;
        if (!isVerdict(kind)) continue;
        if (kind === 'build' && consumedLater(command, events)) continue;
        if (nativeFailuresStop(events, command.start, script)) continue;
        const mask = maskOf(command, events);
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
          rule: 'PowerShell fails a step only on the exit code of its last native command',
          masks: whatMasks(mask, script),
        });
      }
    }
  },
};
