import { classifyCommand } from '../model/classify/engine.js';
import { mostSevereKind } from '../model/classify/kinds.js';
import type { StepKind } from '../model/classify/kinds.js';
import { argvOf, positionOf, posixScripts, programOf, sourceLine } from './script-analysis.js';
import type { SyntaxNode } from '../shell/parser.js';
import { describeKind } from './severity.js';
import { inline } from './text.js';
import type { Rule } from './types.js';

/** Programs that run the script they read on standard input: locally (`bash -s`) or elsewhere (`ssh host`). */
const SCRIPT_READERS = new Set(['ssh', 'bash', 'sh', 'zsh', 'dash', 'ksh']);
/** Container and VM tools that run a script only through a subcommand (`docker exec c bash`, `kubectl exec …`). */
const REMOTE_TOOLS = new Map([
  ['docker', ['exec', 'run']],
  ['podman', ['exec', 'run']],
  ['nerdctl', ['exec', 'run']],
  ['kubectl', ['exec']],
  ['lxc', ['exec']],
  ['multipass', ['exec']],
  ['vagrant', ['ssh']],
]);

function readsScript(argv: readonly string[]): boolean {
  const program = programOf(argv[0] ?? '');
  if (SCRIPT_READERS.has(program)) return true;
  const subcommands = REMOTE_TOOLS.get(program);
  return subcommands !== undefined && argv.slice(1).some((word) => subcommands.includes(word));
}

const STATUS = String.raw`(?<!\\)\$(\?|\{\?\})`;
const STATUS_DECIDES = new RegExp(
  String.raw`\b(exit|return)\s+"?${STATUS}|\[\[?\s+"?${STATUS}|\btest\s+"?${STATUS}|\(\(\s*${STATUS}|\b\w+="?${STATUS}`,
);

/**
 * `$?` in the body of an unquoted heredoc (`<<EOF`, not `<<'EOF'` or `<<\EOF`): the local shell
 * expands it while it writes the here-document, to the status of the last *local* command, before
 * the remote or child shell has run anything. `exit $?` then always sends back that old status.
 */
function expandsStatusLocally(redirect: SyntaxNode): boolean {
  const start = redirect.children.find((child) => child?.type === 'heredoc_start');
  const body = redirect.children.find((child) => child?.type === 'heredoc_body');
  if (!start || !body || /['"\\]/.test(start.text)) return false;
  // Only where the status decides something: `exit $?`, `[ $? -ne 0 ]`, `rc=$?`.
  return STATUS_DECIDES.test(body.text);
}

/** What the here-document runs, from its lines' first words: enough to grade the finding. */
function bodyKind(redirect: SyntaxNode): StepKind {
  const body = redirect.children.find((child) => child?.type === 'heredoc_body')?.text ?? '';
  const kinds = body
    .split(/\n|&&|\|\||;/)
    .map((line) => line.trim().split(/\s+/).filter(Boolean))
    .filter((argv) => argv.length > 0)
    .map((argv) => classifyCommand(argv))
    .filter((kind): kind is StepKind => kind !== null);
  return kinds.length > 0 ? mostSevereKind(kinds) : 'unknown';
}

export const heredocStatusExpandedLocally: Rule = {
  meta: {
    id: 'heredoc-status-expanded-locally',
    category: 'soft-fail',
    description:
      '`$?` in an unquoted here-document sent to `ssh`, `docker exec` or `bash`: it is expanded locally before the script runs, so the remote status is lost.',
  },
  check(ctx) {
    for (const { step, job, script, root } of posixScripts(ctx.file)) {
      const stack = [root];
      while (stack.length > 0) {
        const node = stack.pop()!;
        for (const child of node.namedChildren) if (child) stack.push(child);
        if (node.type !== 'redirected_statement') continue;
        const command = node.childForFieldName('body') ?? node.namedChild(0);
        if (command?.type !== 'command' || !readsScript(argvOf(command))) continue;
        for (const redirect of node.namedChildren) {
          if (redirect?.type !== 'heredoc_redirect' || !expandsStatusLocally(redirect)) continue;
          const kind = bodyKind(redirect);
          ctx.report({
            masked: { kind, noun: 'command', basis: kind === 'unknown' ? 'unknown' : 'named' },
            message: `"${inline(sourceLine(script, node), 60)}": the here-document is unquoted, so the local shell expands "$?" before "${programOf(argvOf(command)[0]!)}" runs it — to the status of the last local command, not of ${describeKind(kind, 'command')} in the here-document — and its failure is lost. Quote the delimiter (<<'EOF') or escape it (\\$?).`,
            pos: positionOf(script, redirect),
            job,
            step,
            snippet: sourceLine(script, node),
          });
        }
      }
    }
  },
};
