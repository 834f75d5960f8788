/**
 * One copy of each string of a kind that recurs across thousands of notes (a dynamic id, a property's
 * evidence text such as "client_dynamics: stuckness"): each note's reading makes its own copy, and
 * evidence keeps it as long as the note. A vault has few distinct ones; should it have more than the
 * pool holds, the pool starts again rather than grow: later copies are shared with each other, not with
 * those handed out before.
 */
export class StringPool {
  private readonly known = new Map<string, string>();

  constructor(private readonly capacity: number) {}

  /** The pool's copy of `text` (this one, when it is new). */
  intern(text: string): string {
    const known = this.known.get(text);
    if (known !== undefined) return known;
    if (this.known.size >= this.capacity) this.known.clear();
    this.known.set(text, text);
    return text;
  }
}
