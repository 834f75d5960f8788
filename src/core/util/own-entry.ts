/**
 * The value a record holds under a key of its own, never one its prototype lends ("constructor",
 * "__proto__"): records keyed by ids read from the user's settings file are the user's data.
 */
export function ownEntry<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}
