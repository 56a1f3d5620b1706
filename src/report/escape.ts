import { clip } from '../clip.js';

/**
 * Makes a user-controlled string (a step name, a job id, a file name, a message quoting YAML)
 * inert inside a Markdown table cell: no HTML, no table breaks, no links, no code spans, one line.
 */
export function escapeMarkdown(text: string, maxLength = 300): string {
  const oneLine = text.replace(/\r\n|\r|\n/g, ' ');
  const clipped = clip(oneLine, maxLength);
  // Markdown punctuation first, so the `#` of the entities added next is not escaped again.
  return clipped
    .replace(/([\\`*_[\]{}()#+!~:@])/g, '\\$1')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\|/g, '&#124;');
}

/**
 * A URL path segment list such as `.github/workflows/ci.yml`, each segment percent-encoded — also
 * the `( ) ! * ' ~` that encodeURIComponent leaves, since a `)` would end a Markdown link early.
 */
export function encodePath(path: string): string {
  return path
    .split('/')
    .map((segment) => encodeURIComponent(segment).replace(/[()!*'~]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`))
    .join('/');
}

/**
 * Makes text the CLI prints inert when the CLI runs in a workflow step, where the runner reads every
 * line of stdout and stderr for workflow commands
 * (https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-commands): a line that
 * starts with `::` once leading whitespace is trimmed, and — the runner's older syntax — `##[`
 * anywhere in a line. Such a line gets a `\` before its `::`, and `##[` becomes `#\#[`. A lone `\r`
 * ends a line for the runner too, so it becomes a line break here and the line after it is checked.
 */
export function neutraliseWorkflowCommands(text: string): string {
  // Most reports hold nothing to neutralise: then the text is returned as it is, not copied line by line.
  if (!/\r|##\[|^\s*::/m.test(text)) return text;
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => line.replace(/##\[/g, '#\\#[').replace(/^(\s*)::/, '$1\\::'))
    .join('\n');
}

/**
 * The same for JSON (and SARIF) printed in a step: `##[` inside a string is written `#\u0023[`, which
 * every JSON reader decodes back to `##[`. No line of pretty-printed JSON starts with `::`.
 */
export function neutraliseJsonCommands(json: string): string {
  return json.replace(/##\[/g, '#\\u0023[');
}
