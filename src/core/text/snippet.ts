/** The longest evidence text, in characters: a sentence in one line, cut around the cue when longer. */
export const SNIPPET = 160;

const SPACE = /\s/;
/**
 * What flattening a trimmed sentence would change: white space other than single plain spaces, a
 * quote left open at the start, a blank before punctuation. Without any, it is its own flat form.
 */
const NEEDS_FLATTENING = /[^\S ]| {2}|^["”'’] | [,.;:!?)]/;

/**
 * Evidence texts for the cues of one sentence. The sentence is flattened once and each cue's text
 * is cut from it, with offsets asked for in increasing order, so a sentence of any length with any
 * number of cues costs one pass over it (a dictated transcript can be one sentence of many pages).
 */
export class SentenceSnippets {
  private readonly flat: string;
  /** Where `leading` has been counted up to, and the state of that count. */
  private position = 0;
  private leading = 0;
  private inSpace = false;

  constructor(private readonly sentence: string) {
    // A link leaves its display text between blanks where its brackets were: `[[C-014]]:` reads `C-014:`.
    // Most sentences need none of it: one look rules that out before four passes that would copy them.
    // Only for a sentence of evidence-text length: one longer (a dictated page with no full stop) is
    // cut into evidence texts many times, from a flat copy of its own, which the bench's long hostile
    // notes read faster than from the note's own text.
    const trimmed = sentence.trim();
    this.flat = trimmed.length > SNIPPET || NEEDS_FLATTENING.test(trimmed) ? trimmed.replace(/\s+/g, ' ').replace(/^["”'’] /, '').replace(/ ([,.;:!?)])/g, '$1') : trimmed;
  }

  /** The sentence in one line, cut around the cue at `cueOffset` (in the sentence) when long. */
  around(cueOffset: number): string {
    const flat = this.flat;
    if (flat.length <= SNIPPET) return flat;
    const from = Math.max(0, Math.min(this.flattenedLength(cueOffset) - 40, flat.length - SNIPPET));
    // A copy, not a slice: a slice would keep the whole flattened sentence alive with each cue.
    return `${from > 0 ? '…' : ''}${detached(flat.slice(from, from + SNIPPET).trim())}${from + SNIPPET < flat.length ? '…' : ''}`;
  }

  /** The length of the sentence's text before `offset` with white space collapsed and trimmed at the start. */
  private flattenedLength(offset: number): number {
    if (offset < this.position) {
      this.position = 0;
      this.leading = 0;
      this.inSpace = false;
    }
    for (; this.position < offset; this.position++) {
      const space = SPACE.test(this.sentence[this.position]);
      // A run of white space counts as one character, except at the start, where it is trimmed.
      if (!space || (!this.inSpace && this.leading > 0)) this.leading++;
      this.inSpace = space;
    }
    return this.leading;
  }
}

/**
 * A copy of a short slice that no longer points into the string it was cut from. V8 keeps a slice
 * as a view of its parent; prefixing a character and slicing it off again makes V8 copy the
 * characters into a new string of their own first.
 */
function detached(text: string): string {
  return (' ' + text).slice(1);
}
