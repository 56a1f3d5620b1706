import type { Job } from '../model/types.js';
import { usesWithoutRef } from '../model/script-inputs.js';
import { consumesNeedsResults, isAggregator } from './aggregator.js';
import { runsAfterDependencies } from './conditions.js';
import { fixedSeverity, gatesChanges } from './severity.js';
import type { Rule } from './types.js';

/** The string literals a job's conditions and expressions compare results with. */
function resultWords(job: Job): Set<string> {
  const texts = [job.if?.value, ...job.steps.map((step) => step.if?.value), ...job.expressions.map((inner) => `\${{ ${inner} }}`)];
  const words = new Set<string>();
  for (const text of texts) {
    if (typeof text !== 'string') continue;
    for (const match of text.matchAll(/'(success|failure|cancelled|skipped)'/gi)) words.add(match[1]!.toLowerCase());
  }
  return words;
}

/**
 * A gate lets a skipped dependency pass when it only looks for `failure`/`cancelled` (and never
 * demands `success`), or when it lists `skipped` as acceptable, or when re-actors/alls-green is
 * told which jobs may be skipped.
 */
function acceptsSkipped(job: Job): boolean {
  if (job.steps.some((step) => step.uses && usesWithoutRef(step.uses.value) === 're-actors/alls-green' && step.with.has('allowed-skips')))
    return true;
  const words = resultWords(job);
  if (words.has('skipped')) return true;
  return (words.has('failure') || words.has('cancelled')) && !words.has('success');
}

/**
 * The jobs whose failure skips a job the gate needs, without the gate needing them itself: change
 * detection, setup and metadata jobs at the roots of the graph. When one fails, the tested jobs are
 * skipped, their result is `skipped`, and a gate that accepts skipped reports green.
 */
function unwatchedRoots(gate: Job, jobs: ReadonlyMap<string, Job>): string[] {
  const needed = new Set(gate.needs.map((need) => need.value));
  const roots = new Set<string>();
  // One depth-first walk for all the gate's needs, with its own stack: a `needs` chain thousands of
  // jobs long overflowed the call stack, and a walk per need repeated the shared part of the graph.
  // The roots come out in the order the walks one by one found them (the jobs a walk reaches give
  // the same roots whichever need it started from).
  const seen = new Set<string>();
  const enter = (id: string): Job | undefined => {
    const job = jobs.get(id);
    if (!job || seen.has(id)) return undefined;
    seen.add(id);
    // A job that runs after a failed dependency anyway is not skipped by it.
    return runsAfterDependencies(job, 'failure') ? undefined : job;
  };
  for (const id of needed) {
    const first = enter(id);
    const stack = first ? [{ job: first, next: 0 }] : [];
    while (stack.length > 0) {
      const frame = stack.at(-1)!;
      const need = frame.job.needs[frame.next++];
      if (!need) {
        stack.pop();
        continue;
      }
      if (!needed.has(need.value) && need.value !== gate.id) roots.add(need.value);
      const job = enter(need.value);
      if (job) stack.push({ job, next: 0 });
    }
  }
  return [...roots].filter((id) => jobs.has(id));
}

export const gateMissesRootJobs: Rule = {
  meta: {
    id: 'gate-misses-root-jobs',
    category: 'conditional-skip',
    description:
      'An "all green" gate that accepts skipped jobs but does not need the jobs (change detection, setup) whose failure skips the tested ones.',
  },
  check(ctx) {
    const file = ctx.file;
    if (file.kind !== 'workflow') return;
    const jobs = new Map(file.jobs.map((job) => [job.id, job]));
    for (const gate of file.jobs) {
      if (!isAggregator(gate) || !runsAfterDependencies(gate, 'failure') || !consumesNeedsResults(gate) || !acceptsSkipped(gate)) continue;
      const roots = unwatchedRoots(gate, jobs);
      if (roots.length === 0) continue;
      const first = gate.needs[0]!;
      const last = gate.needs.at(-1)!;
      const shown = roots.slice(0, 3).join(', ') + (roots.length > 3 ? ', …' : '');
      ctx.report({
        ...fixedSeverity(
          gatesChanges(file) ? 'medium' : 'low',
          'a broken setup or change-detection job skips the tested jobs, and the gate accepts skipped',
          gatesChanges(file) ? 'runs on pull requests or pushes' : 'runs only outside pull requests and pushes',
        ),
        message: `"${gate.name ?? gate.id}" accepts skipped jobs but does not need ${shown}: when ${roots.length > 1 ? 'one of them fails' : 'it fails'}, the jobs that need ${roots.length > 1 ? 'them' : 'it'} are skipped and the gate passes. Add ${roots.length > 1 ? 'them' : 'it'} to its needs.`,
        pos: { ...first.keyPos, endLine: last.valuePos.endLine, endColumn: last.valuePos.endColumn },
        job: gate,
        snippet: roots.join(','),
      });
    }
  },
};
