/**
 * Appends every item to `target`. `target.push(...items)` passes each item as an argument, and V8
 * overflows the stack past about 120,000 of them: a file with that many findings crashed the report.
 */
export function pushAll<T>(target: T[], items: Iterable<T>): T[] {
  for (const item of items) target.push(item);
  return target;
}
