import { createHash } from 'node:crypto';
import type { Step } from './model/types.js';

const collapse = (text: string): string => text.replace(/\s+/g, ' ').trim();

/**
 * Identities longer than this (after white space is collapsed) are replaced by their SHA-256. An
 * unnamed `run:` step is identified by its whole script, and every finding in it hashed that script
 * again: 4,000 `pytest tN || true` lines (143 KB) took 83 s (issue 16). Shorter identities are used
 * as they are, so the fingerprints recorded in existing baselines still match (docs/fingerprints.md).
 */
export const MAX_IDENTITY_LENGTH = 1024;

/** What identifies a step: a model step, or the layout the evidence keeps of one. */
export type StepIdentity = Pick<Step, 'id' | 'name'> & { uses?: { value: string }; run?: { text: string } };

const identities = new WeakMap<StepIdentity, string>();

/** A step's identity across commits: its id, else its name, else what it runs; hashed when long. */
export function stepIdentity(step: StepIdentity | undefined): string {
  if (!step) return '';
  let identity = identities.get(step);
  if (identity === undefined) {
    identity = step.id ?? step.name ?? collapse(step.uses?.value ?? step.run?.text ?? '');
    if (identity.length > MAX_IDENTITY_LENGTH) identity = `sha256:${createHash('sha256').update(identity).digest('hex')}`;
    identities.set(step, identity);
  }
  return identity;
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
    // The first 16 bytes in hex: the same 32 characters as slicing the whole digest's hex, without
    // keeping that 64-character string alive under each fingerprint (issue 16).
    return createHash('sha256').update(`${key}\u0000${occurrence}`).digest().toString('hex', 0, 16);
  }
}
