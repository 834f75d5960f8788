/**
 * Appends every item to the list. `list.push(...items)` passes each item as an argument, and an
 * engine's stack holds only so many (about 120,000 in V8): one line of 130,000 links would throw.
 */
export function appendAll<T>(list: T[], items: Iterable<T>): T[] {
  for (const item of items) list.push(item);
  return list;
}
