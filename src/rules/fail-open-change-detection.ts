import { argvOf, inSubstitution, laterStepsReadOutputs, positionOf, posixScripts, sourceLine, unredirect } from './script-analysis.js';
import { isCheckKind } from '../model/classify/kinds.js';
import { contextsIn } from '../model/expression.js';
import type { Analysable, Job } from '../model/types.js';
import type { SyntaxNode } from '../shell/parser.js';
import { fixedSeverity, gatesChanges } from './severity.js';
import { inline } from './text.js';
import type { Rule } from './types.js';

/** An empty JSON list or object: what a matrix or an `if:` reads as "nothing to do". */
const EMPTY_JSON = /^\s*(\[\s*\]|\{\s*\})\s*$/;

/** `echo '[]'`, `printf '{}'`: the fallback prints an empty selection. */
function printsEmptySelection(node: SyntaxNode): boolean {
  const target = unredirect(node);
  if (target.type !== 'command') return false;
  const [name, ...args] = argvOf(target);
  return (name === 'echo' || name === 'printf') && args.length === 1 && EMPTY_JSON.test(args[0]!);
}

/** The `a || b` lists inside `$( … )` whose fallback prints an empty list or object. */
function emptyFallbacks(root: SyntaxNode): Array<{ list: SyntaxNode; operator: SyntaxNode }> {
  const found: Array<{ list: SyntaxNode; operator: SyntaxNode }> = [];
  const stack = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'list') {
      const [left, operator, right] = [node.child(0), node.child(1), node.child(2)];
      if (left && right && operator?.type === '||' && printsEmptySelection(right) && inSubstitution(node))
        found.push({ list: node, operator });
    }
    for (const child of node.namedChildren) if (child) stack.push(child);
  }
  return found.sort((a, b) => a.list.startIndex - b.list.startIndex);
}

/** The test, build or lint jobs that read this job's outputs (`needs.<id>.outputs…` in their `if:` or matrix). */
function checkJobsReading(file: Analysable, job: Job): string[] {
  if (file.kind !== 'workflow') return [];
  const prefix = `needs.${job.id.toLowerCase()}.outputs`;
  return file.jobs
    .filter((other) => isCheckKind(other.kind) && other.needs.some((need) => need.value === job.id))
    .filter((other) => contextsIn([other.if?.value], other.expressions).some((context) => context.startsWith(prefix)))
    .map((other) => other.name ?? other.id);
}

export const failOpenChangeDetection: Rule = {
  meta: {
    id: 'fail-open-change-detection',
    category: 'scope-gap',
    description:
      "A step output computed as `$(detect || echo '[]')`: when the detection fails it selects nothing, and the matrix or `if:` that reads it tests nothing.",
  },
  check(ctx) {
    for (const { step, steps, job, script, root } of posixScripts(ctx.file)) {
      // The value must leave the step: written to $GITHUB_OUTPUT and read by a later step or the job's outputs.
      if (!step.id || !script.source.text.includes('GITHUB_OUTPUT')) continue;
      const prefix = `steps.${step.id.toLowerCase()}.outputs`;
      const read = laterStepsReadOutputs(step, steps) || (job?.expressions ?? []).some((inner) => inner.toLowerCase().includes(prefix));
      if (!read) continue;
      const checks = job ? checkJobsReading(ctx.file, job) : [];
      for (const { list, operator } of emptyFallbacks(root)) {
        const pos = positionOf(script, operator);
        const gates = gatesChanges(ctx.file);
        ctx.report({
          ...fixedSeverity(
            !gates ? 'low' : checks.length > 0 ? 'high' : 'medium',
            'when the detection fails, an empty selection is read as "nothing to test"',
            gates ? 'runs on pull requests or pushes' : 'runs only outside pull requests and pushes',
            ...(checks.length > 0
              ? [`it selects what check jobs run ("${checks.slice(0, 3).join('", "')}"): they are skipped and count as passing`]
              : []),
          ),
          message: `"${inline(sourceLine(script, list), 80)}": when the detection fails, the fallback outputs an empty selection, which the jobs or steps that read this output take as "nothing to test", so their checks are skipped and pass. Let the detection fail the step, or fall back to everything.`,
          pos,
          job,
          step,
          snippet: sourceLine(script, list),
        });
      }
    }
  },
};
