import { clip } from '../clip.js';

/** A YAML value quoted in a message: one line, whitespace collapsed, long values clipped. */
export function inline(value: unknown, maxLength = 120): string {
  return clip(String(value).replace(/\s+/g, ' ').trim(), maxLength);
}
