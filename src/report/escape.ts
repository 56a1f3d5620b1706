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

/** A URL path segment list such as `.github/workflows/ci.yml`, each segment percent-encoded. */
export function encodePath(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}
