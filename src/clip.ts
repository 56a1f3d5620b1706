/**
 * The most characters of one user-controlled name — a workflow, job or step name, a file name, a
 * config value — that a message or a report carries; longer ones end in `…`. A 1 MB workflow name
 * copied into every finding would otherwise make reports of gigabytes (or none at all: V8 strings
 * stop at 2^29 characters).
 */
export const NAME_LIMIT = 200;

/** The most characters of a finding's or an error's message. */
export const MESSAGE_LIMIT = 1000;

/** `text` cut to at most `limit` characters, ending in `…` when cut; never splits a surrogate pair. */
export function clip(text: string, limit = NAME_LIMIT): string {
  if (text.length <= limit) return text;
  let end = limit - 1;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return `${text.slice(0, end)}…`;
}
