/** A YAML value quoted in a message: one line, whitespace collapsed, long values clipped. */
export function inline(value: unknown, maxLength = 120): string {
  const text = String(value).replace(/\s+/g, ' ').trim();
  return text.length > maxLength ? `${text.slice(0, maxLength - 1)}…` : text;
}
