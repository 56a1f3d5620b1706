import type { StepKind } from '../model/classify/kinds.js';
import type { Job, Step, StepScript } from '../model/types.js';
import { describeKind } from './severity.js';
import type { Cap } from './types.js';
import { inline } from './text.js';
import type { RuleContext } from './types.js';

/** A failed build usually makes a later step fail in its place, so it is rarely silent for long. */
export const severityCap = (kind: StepKind): Cap | undefined =>
  kind === 'build' ? { severity: 'medium', reason: 'a failed build usually makes a later step fail in its place' } : undefined;

/** A check whose status a later command of a cmd or PowerShell script overwrites, as the rules that find one report it. */
export interface OverwrittenCheck {
  step: Step;
  job: Job | undefined;
  script: StepScript;
  argv: readonly string[];
  kind: StepKind;
  /** The step's name made it a check (the command alone did not). */
  named: boolean;
  /** The command's text and where it starts and ends (offsets into the script). */
  text: string;
  start: number;
  end: number;
  /** How the shell decides the step ("cmd fails a step only on the ERRORLEVEL it ends with"). */
  rule: string;
  /** What overwrites the status ("… runs after it and sets ERRORLEVEL again"). */
  masks: string;
}

export function reportOverwritten(ctx: RuleContext, found: OverwrittenCheck): void {
  const { kind, script } = found;
  const start = script.source.at(found.start);
  const end = script.source.at(found.end);
  ctx.report({
    masked: { kind, noun: 'command', argv: found.argv, basis: found.named ? 'named' : undefined, cap: severityCap(kind) },
    message: `"${inline(found.text, 80)}": when ${describeKind(kind, 'command')} fails, the step still passes — ${found.rule}, and ${found.masks}.`,
    pos: { line: start.line, column: start.column, endLine: end.line, endColumn: end.column },
    job: found.job,
    step: found.step,
    snippet: found.text,
  });
}
