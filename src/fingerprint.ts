import { createHash } from 'node:crypto';
import type { Step } from './model/types.js';

const collapse = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** A step's identity across commits: its id, else its name, else what it runs. */
/** What identifies a step: a model step, or the layout the evidence keeps of one. */
export type StepIdentity = Pick<Step, 'id' | 'name'> & { uses?: { value: string }; run?: { text: string } };

export function stepIdentity(step: StepIdentity | undefined): string {
  if (!step) return '';
  return step.id ?? step.name ?? collapse(step.uses?.value ?? step.run?.text ?? '');
}

/**
 * A fingerprint stays the same when lines move or unrelated steps come and go, and changes when
 * the offending construct or the step it masks changes. Duplicates get an occurrence index.
 */
export class Fingerprinter {
  private readonly seen = new Map<string, number>();

  fingerprint(parts: { ruleId: string; file: string; job: string | undefined; step: StepIdentity | undefined; snippet: string }): string {
    const key = [parts.ruleId, parts.file, parts.job ?? '', stepIdentity(parts.step), collapse(parts.snippet)].join('\u0000');
    const occurrence = this.seen.get(key) ?? 0;
    this.seen.set(key, occurrence + 1);
    return createHash('sha256').update(`${key}\u0000${occurrence}`).digest('hex').slice(0, 32);
  }
}
