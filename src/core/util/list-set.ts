const LIST_SET_MAX = 16;

/**
 * A small set of strings read, never changed, kept as a list: a Set costs about 200 bytes even for
 * a handful of entries, a list of them a third of that. `has` looks through the list, which for the
 * few entries it is meant for is as quick as hashing.
 */
export class ListSet implements ReadonlySet<string> {
  constructor(private readonly list: readonly string[]) {}

  /** The same values as this set, as a ListSet when they are few (`has` looks through them all), else the set itself. */
  static compact(set: ReadonlySet<string>): ReadonlySet<string> {
    return set.size <= LIST_SET_MAX ? new ListSet([...set]) : set;
  }

  get size(): number {
    return this.list.length;
  }

  has(value: string): boolean {
    return this.list.includes(value);
  }

  forEach(callback: (value: string, key: string, set: ReadonlySet<string>) => void, thisArg?: unknown): void {
    for (const value of this.list) callback.call(thisArg, value, value, this);
  }

  *entries(): IterableIterator<[string, string]> {
    for (const value of this.list) yield [value, value];
  }

  keys(): IterableIterator<string> {
    return this.list.values();
  }

  values(): IterableIterator<string> {
    return this.list.values();
  }

  [Symbol.iterator](): IterableIterator<string> {
    return this.list.values();
  }
}
