/**
 * One shared value per key, for values that recur across thousands of notes and live as long as
 * their evidence (a note's set of dynamics, a case's list of clients): each note's reading makes its
 * own, and a vault has few distinct ones. Should there be more than the pool holds, it starts again
 * rather than grow: values handed out stay valid, and later ones are shared with each other only.
 */
export class SharedPool<T> {
  private readonly known = new Map<string, T>();

  constructor(private readonly capacity: number) {}

  /** The value shared under `key`, or undefined when there is none yet. */
  get(key: string): T | undefined {
    return this.known.get(key);
  }

  /** Shares `value` under `key` (a new key: see get) and returns it. */
  add(key: string, value: T): T {
    if (this.known.size >= this.capacity) this.known.clear();
    this.known.set(key, value);
    return value;
  }
}

/**
 * One copy of each string of a kind that recurs across thousands of notes (a dynamic id, a property's
 * evidence text such as "client_dynamics: stuckness"): each note's reading makes its own copy, and
 * evidence keeps it as long as the note (SharedPool).
 */
export class StringPool {
  private readonly pool: SharedPool<string>;

  constructor(capacity: number) {
    this.pool = new SharedPool(capacity);
  }

  /** The pool's copy of `text` (this one, when it is new). */
  intern(text: string): string {
    return this.pool.get(text) ?? this.pool.add(text, text);
  }
}
