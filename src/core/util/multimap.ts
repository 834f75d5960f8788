/** Adds a value to the set under a key, creating the set. */
export function addTo<K, V>(map: Map<K, Set<V>>, key: K, value: V): void {
  let set = map.get(key);
  if (!set) map.set(key, (set = new Set()));
  set.add(value);
}

/** Adds a value to the list under a key, creating the list: values in the order added. */
export function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Removes a value from the set under a key, dropping the set when it empties. */
export function removeFrom<K, V>(map: Map<K, Set<V>>, key: K, value: V): void {
  const set = map.get(key);
  if (!set) return;
  set.delete(value);
  if (set.size === 0) map.delete(key);
}

const NO_VALUES: readonly string[] = [];

/**
 * Strings under keys, where most keys hold one: that one is kept as it is, and a Set only for two or
 * more. A Set per key costs about 150 bytes, which a vault's names and link keys pay thousands of times.
 */
export class StringMultimap<K> {
  private readonly map = new Map<K, string | Set<string>>();

  add(key: K, value: string): void {
    const held = this.map.get(key);
    if (held === undefined) this.map.set(key, value);
    else if (typeof held === 'string') {
      if (held !== value) this.map.set(key, new Set([held, value]));
    } else held.add(value);
  }

  remove(key: K, value: string): void {
    const held = this.map.get(key);
    if (held === value) this.map.delete(key);
    else if (typeof held === 'object') {
      held.delete(value);
      if (held.size === 1) this.map.set(key, held.values().next().value as string);
    }
  }

  /** The values under a key (in the order added while there are two or more). */
  get(key: K): Iterable<string> {
    const held = this.map.get(key);
    return held === undefined ? NO_VALUES : typeof held === 'string' ? [held] : held;
  }
}

/**
 * A map of maps where most inner maps would hold one entry: that entry is kept as a pair, and a Map
 * only for two or more (a Map costs about 180 bytes, a pair about 60). Entries keep the order they
 * came in, as in a Map.
 */
export class NestedMap<V> {
  private readonly map = new Map<string, [string, V] | Map<string, V>>();

  get(key: string, inner: string): V | undefined {
    const held = this.map.get(key);
    if (held === undefined || held instanceof Map) return held?.get(inner);
    return held[0] === inner ? held[1] : undefined;
  }

  set(key: string, inner: string, value: V): void {
    const held = this.map.get(key);
    if (held === undefined) this.map.set(key, [inner, value]);
    else if (held instanceof Map) held.set(inner, value);
    else if (held[0] === inner) held[1] = value;
    else this.map.set(key, new Map([held, [inner, value]]));
  }

  delete(key: string, inner: string): void {
    const held = this.map.get(key);
    if (held === undefined) return;
    if (!(held instanceof Map)) {
      if (held[0] === inner) this.map.delete(key);
      return;
    }
    held.delete(inner);
    if (held.size === 1) this.map.set(key, held.entries().next().value!);
  }

  /** The inner keys under a key. */
  keys(key: string): Iterable<string> {
    const held = this.map.get(key);
    return held === undefined ? NO_VALUES : held instanceof Map ? held.keys() : [held[0]];
  }

  /** The values under a key. */
  values(key: string): Iterable<V> {
    const held = this.map.get(key);
    return held === undefined ? [] : held instanceof Map ? held.values() : [held[1]];
  }
}
