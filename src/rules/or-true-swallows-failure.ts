import { classifyCommand, mostSevereKind } from '../model/classify.js';
import type { StepKind } from '../model/classify.js';
import {
  argvOf,
  commandsIn,
  carriesStatus,
  sourceLine,
  sourceText,
  isVerdict,
  isMaskingFallback,
  laterStepsReadOutputs,
  optionsTimeline,
  posixScripts,
  positionOf,
  statusCommands,
  inSubstitution,
  teeFiles,
  unredirect,
  verdictReadFromLog,
} from '../shell/analysis.js';
import type { SyntaxNode } from '../shell/parser.js';
import { describeKind, severityForKind } from './severity.js';
import { inline } from './text.js';
import type { Rule } from './types.js';

/**
 * What the swallowed status belongs to. `git diff --exit-code` is a question when its answer is
 * handled right there (`… && echo unchanged || echo changed`), not a check.
 */
function swallowedKind(left: SyntaxNode, pipefail: boolean | undefined): StepKind | null {
  // `pytest | tee log || true` is forgiven twice over (tee's status, then the fallback); the
  // fallback states the intent, so it is reported here, whatever pipefail says.
  const target = unredirect(left);
  const endsInTee = target.type === 'pipeline' && argvOf(commandsIn(target.lastNamedChild ?? target).at(-1) ?? target)[0] === 'tee';
  const kinds = statusCommands(left, pipefail || endsInTee)
    .map(argvOf)
    .filter(([name]) => name !== 'git')
    .map(classifyCommand)
    .filter((kind): kind is StepKind => kind !== null);
  return kinds.length > 0 ? mostSevereKind(kinds) : null;
}

/** `a || b` lists whose right side is a fallback that only prints or succeeds. */
function orFallbacks(root: SyntaxNode): Array<{ list: SyntaxNode; left: SyntaxNode; operator: SyntaxNode; right: SyntaxNode }> {
  const found = [];
  const stack = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'list') {
      const [left, operator, right] = [node.child(0), node.child(1), node.child(2)];
      // Inside `$( … )` a fallback supplies a value (`changed=$(git diff --quiet || echo yes)`).
      if (left && right && operator?.type === '||' && isMaskingFallback(right) && !inSubstitution(node))
        found.push({ list: node, left, operator, right });
    }
    for (const child of node.namedChildren) if (child) stack.push(child);
  }
  return found.sort((a, b) => a.list.startIndex - b.list.startIndex);
}

export const orTrueSwallowsFailure: Rule = {
  meta: {
    id: 'or-true-swallows-failure',
    category: 'soft-fail',
    description: '`cmd || true` (or `|| :`, `|| echo …`, `|| exit 0`) turns a failing command into success.',
  },
  check(ctx) {
    for (const { step, steps, job, script, root } of posixScripts(ctx.file)) {
      const outputsRead = laterStepsReadOutputs(step, steps);
      const optionsAt = optionsTimeline(root, script.shell);
      for (const { list, left, operator, right } of orFallbacks(root)) {
        // Without pipefail, `x | grep y || true` forgives grep's "no match", not x.
        const kind = swallowedKind(left, optionsAt(list.startIndex).pipefail);
        // Only a swallowed verdict is a silent failure. Forgiving a probe, a download or a cleanup
        // that may find nothing to clean (`xcrun --show-sdk-path || true`, `rm -f x || true`) is the
        // idiom working as intended, and flagging it is the noise that gets a linter switched off.
        if (!isVerdict(kind)) continue;
        if (carriesStatus(right, root, outputsRead)) continue;
        // `pytest … | tee out.txt || true` and then `grep … failed out.txt` … `exit 1`: the verdict is read back from the log.
        const target = unredirect(left);
        if (target.type === 'pipeline' && verdictReadFromLog(root, list, teeFiles(target.lastNamedChild ?? target))) continue;
        const pos = positionOf(script, operator);
        const end = positionOf(script, right);
        ctx.report({
          severity: severityForKind(kind, ctx.file),
          message: `"${inline(sourceLine(script, list), 80)}": when ${describeKind(kind, 'command')} fails, "|| ${inline(sourceLine(script, right), 40)}" turns the failure into success.`,
          pos: { ...pos, endLine: end.endLine, endColumn: end.endColumn },
          job,
          step,
          snippet: sourceText(script, list),
        });
      }
    }
  },
};
