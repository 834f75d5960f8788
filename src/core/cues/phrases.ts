import type { Token } from '../text/tokens';
import { words } from '../text/tokens';
import type { WordForms } from '../text/word-forms';

export interface PhraseHit<T> {
  value: T;
  /** Token indices: [start, end). */
  start: number;
  end: number;
}

interface Entry<T> {
  value: T;
  /** The accepted forms of each word after the first. */
  rest: WordForms[];
  /** Its place among the phrases added: hits at one word come in this order. */
  order: number;
}

/**
 * The phrases starting with one word: those of one word, and the longer ones, by their second word
 * once there are two or more (INDEX_FROM), made on a bucket's first use: only the words a vault
 * holds pay for a Map.
 */
interface Bucket<T> {
  single: Entry<T>[];
  multi: Entry<T>[];
  /** The longer phrases by their second word: one phrase as itself, not a list of one (most of them: 23,000 lists over the bench's 10,000 notes, a megabyte). */
  bySecond?: Map<string, Entry<T> | Entry<T>[]>;
}

/** The rest of a one-word phrase, one array for all of them: an index holds thousands. */
const NO_REST: WordForms[] = [];

/**
 * Longer phrases a first word opens before they are kept by their second word. Two: a lookup or two
 * of the words after costs less than trying each phrase's second word at each of them (a sixth less
 * time matching patterns over the bench's 10,000 notes than from eight, for about 0.02 KB a note).
 */
const INDEX_FROM = 2;

/**
 * Finds phrases in token lists. Each phrase word may have several accepted forms (inflections), and
 * `gap` extra words may sit inside a multi-word phrase.
 *
 * Phrases are kept by their first word, and where a word opens many (the, not, when) by their second
 * too, so that a common word costs a lookup or two of the words after it, not a try of every phrase
 * it opens.
 */
export class PhraseIndex<T> {
  private readonly byFirst = new Map<string, Bucket<T>>();
  private added = 0;
  /** Whether buckets may be shared by several words (shareBuckets), so that adding to one must copy it first. */
  private shared = false;
  /** Whether phrases were added since buckets were last shared. */
  private addedSinceShared = false;
  /** The longer phrases found at one word and their ends, reused by every search (findIn). */
  private readonly entries: Entry<T>[] = [];
  private readonly ends: number[] = [];
  /** Whether a search is running, whose lists another may not take. */
  private searching = false;

  /**
   * @param gap how many extra words may sit inside a multi-word phrase.
   * @param unskippable words that may not be one of those: a negation inside a phrase ("heart not
   *   racing", "did not move us on") is no extra word but turns the phrase around; a modal ("his
   *   body may go rigid") only fears it (CueMatcher).
   */
  constructor(
    private readonly gap = 0,
    private readonly unskippable: (word: string) => boolean = () => false,
  ) {}

  add(phrase: string, value: T, forms: (word: string) => WordForms = (w) => [w]): void {
    const ws = words(phrase);
    if (ws.length === 0) return;
    const entry: Entry<T> = { value, rest: ws.length === 1 ? NO_REST : ws.slice(1).map(forms), order: this.added++ };
    this.addedSinceShared = true;
    for (const first of forms(ws[0])) {
      let bucket = this.byFirst.get(first);
      if (!bucket) this.byFirst.set(first, (bucket = { single: [], multi: [] }));
      else if (this.shared) this.byFirst.set(first, (bucket = { single: bucket.single.slice(), multi: bucket.multi.slice() }));
      if (entry.rest.length === 0) bucket.single.push(entry);
      else {
        bucket.multi.push(entry);
        bucket.bySecond = undefined;
      }
    }
  }

  /** The bucket's longer phrases by their second word, made on first use when there are many. */
  private bySecond(bucket: Bucket<T>): Map<string, Entry<T> | Entry<T>[]> | undefined {
    if (bucket.bySecond || bucket.multi.length < INDEX_FROM) return bucket.bySecond;
    const map = new Map<string, Entry<T> | Entry<T>[]>();
    for (const entry of bucket.multi) {
      for (const second of entry.rest[0]) {
        const kept = map.get(second);
        if (kept === undefined) map.set(second, entry);
        else if (Array.isArray(kept)) kept.push(entry);
        else map.set(second, [kept, entry]);
      }
    }
    for (const [second, kept] of map) if (Array.isArray(kept) && kept.length > 2) map.set(second, exact(kept));
    return (bucket.bySecond = map);
  }

  /** The phrases in `tokens`, in order of start, then of adding. */
  find(tokens: readonly Token[]): PhraseHit<T>[] {
    return this.findWords(tokens.map((t) => t.word));
  }

  /**
   * Each phrase in `words` handed to `visit`, in order of start, then end, then adding, with no
   * list of hits made: a search whose every hit is read once and let go (pattern slots: a million
   * over a 10,000-note scan) makes no object for one. A longer phrase whose value `wanted` turns
   * down when the search reaches its first word is not matched at all (a pattern's later slot with
   * no chain to extend: most of them); `wanted` may only turn down what `visit` would ignore.
   */
  visit(words: readonly string[], visit: (value: T, start: number, end: number) => void, wanted?: (value: T) => boolean): void {
    this.findIn(words, 0, words.length, true, visit, wanted);
  }

  /** The phrases in `words` starting at or after `from`. */
  findWords(words: readonly string[], from = 0): PhraseHit<T>[] {
    return this.collect(words, from, words.length);
  }

  /**
   * The longest phrase starting at each word from `from` put in `longest` where none longer is there
   * already (the first found of equally long ones stays). What a list of every phrase found gave,
   * without the list: subject reading asks this of a few words around each of 100,000 cues in a
   * 10,000-note rebuild, where the lists were a tenth of what it allocated. Each kept as `{ end,
   * value }`, the shape of the mentions subject reading adds beside them.
   */
  longestInto(words: readonly string[], from: number, longest: ({ end: number; value: T } | undefined)[]): void {
    this.findIn(words, from, words.length, false, (value, start, end) => {
      const current = longest[start];
      if (!current || end > current.end) longest[start] = { end, value };
    });
  }

  /** Every phrase found, as a list in order of start, then of adding. */
  private collect(words: readonly string[], from: number, to: number): PhraseHit<T>[] {
    const hits: PhraseHit<T>[] = [];
    this.findIn(words, from, to, false, (value, start, end) => void hits.push({ value, start, end }));
    return hits;
  }

  /**
   * Words that open the same phrases share one bucket. Every form of a phrase's first word opens
   * it (write, writes, wrote, written, writing), so most buckets have copies under other words: a
   * third of the pattern index's memory, with its second-word maps. Done before the first search,
   * in time linear in the phrases kept.
   */
  private shareBuckets(): void {
    this.addedSinceShared = false;
    this.shared = true;
    const bySignature = new Map<string, Bucket<T>>();
    for (const [first, bucket] of this.byFirst) {
      const signature = `${bucket.single.map((e) => e.order).join(',')}|${bucket.multi.map((e) => e.order).join(',')}`;
      const same = bySignature.get(signature);
      if (same) this.byFirst.set(first, same);
      else {
        // A copy holds its entries only: a list grown by push keeps room for sixteen more, most of
        // the index's lists (a third of a megabyte over the shipped taxonomy).
        const kept = { single: exact(bucket.single), multi: exact(bucket.multi) };
        bySignature.set(signature, kept);
        this.byFirst.set(first, kept);
      }
    }
  }

  /**
   * Every phrase found, handed to `emit` in order of start, then (when `byEnd`) end, then adding.
   * The longer phrases found at one word are gathered in two lists reused from word to word and put
   * in order where they are, then merged with the word's one-word phrases, which are in order
   * already: this runs for most words of every note, and a sort or an object per phrase found was a
   * third of what a scan allocates. Most phrases found are of one word (one and a half million of
   * 1.8 million over the bench's 10,000 notes), handed on with no gathering and no sorting.
   */
  private findIn(words: readonly string[], from: number, to: number, byEnd: boolean, emit: (value: T, start: number, end: number) => void, wanted?: (value: T) => boolean): void {
    if (this.addedSinceShared) this.shareBuckets();
    // The two lists are the index's own, kept from search to search: made afresh, they were most of
    // what a search of a few words allocated (17 MB of a 10,000-note rebuild). A search begun from
    // `emit` while one runs (none does now) gets lists of its own.
    const own = !this.searching;
    const entries = own ? this.entries : [];
    const ends = own ? this.ends : [];
    this.searching = true;
    try {
      this.findFrom(words, from, to, byEnd, emit, wanted, entries, ends);
    } finally {
      if (own) this.searching = false;
    }
  }

  private findFrom(words: readonly string[], from: number, to: number, byEnd: boolean, emit: (value: T, start: number, end: number) => void, wanted: ((value: T) => boolean) | undefined, entries: Entry<T>[], ends: number[]): void {
    let count = 0;
    for (let i = from; i < to; i++) {
      const bucket = this.byFirst.get(words[i]);
      if (!bucket) continue;
      const bySecond = this.bySecond(bucket);
      if (!bySecond) {
        // A phrase's second word stands within the gap after its first: most phrases a common word
        // opens ("i", "and") are ruled out by that alone, with no call to match the rest.
        const reach = Math.min(to, i + 2 + this.gap);
        for (const entry of bucket.multi) {
          if (wanted !== undefined && !wanted(entry.value)) continue;
          const second = entry.rest[0];
          let near = false;
          for (let at = i + 1; at < reach && !near; at++) near = second.includes(words[at]);
          if (!near) continue;
          const end = this.matchRest(words, i + 1, to, entry.rest, 0, 0);
          if (end === undefined) continue;
          entries[count] = entry;
          ends[count++] = end;
        }
      } else {
        // The second word stands right after the first, or after up to `gap` skipped words; a phrase
        // is tried at the first place its second word appears, as a left-to-right reading would.
        for (let skipped = 0; skipped <= this.gap && i + 1 + skipped < to; skipped++) {
          const at = i + 1 + skipped;
          const kept = bySecond.get(words[at]);
          if (kept === undefined) continue;
          const list = Array.isArray(kept) ? kept : undefined;
          for (let k = 0, n = list ? list.length : 1; k < n; k++) {
            const entry = list ? list[k] : (kept as Entry<T>);
            if (wanted !== undefined && !wanted(entry.value)) continue;
            if (skipped > 0 && (appearsBetween(words, entry.rest[0], i + 1, at) || this.cannotSkip(words, i + 1, at))) continue;
            const end = this.matchRest(words, at + 1, to, entry.rest, 1, skipped);
            if (end === undefined) continue;
            entries[count] = entry;
            ends[count++] = end;
          }
        }
      }
      // One-word phrases end first, and come in order of adding: by end they go before the longer ones, else among them.
      const single = bucket.single;
      if (count > 1) inOrder(entries, ends, count, byEnd);
      let next = 0;
      for (let k = 0; k < count; k++) {
        const order = entries[k].order;
        while (next < single.length && (byEnd || single[next].order < order)) emit(single[next++].value, i, i + 1);
        emit(entries[k].value, i, ends[k]);
      }
      while (next < single.length) emit(single[next++].value, i, i + 1);
      count = 0;
    }
  }

  /** Whether any word of [from, to) may not be skipped. */
  private cannotSkip(words: readonly string[], from: number, to: number): boolean {
    for (let i = from; i < to; i++) if (this.unskippable(words[i])) return true;
    return false;
  }

  /** Where a phrase ends whose words before `rest[from]` matched, the next looked for from `at`; undefined when it does not match. */
  private matchRest(words: readonly string[], at: number, to: number, rest: WordForms[], from: number, skipped: number): number | undefined {
    let position = at;
    for (let k = from; k < rest.length; k++) {
      const forms = rest[k];
      // Each word is looked up once: the one the phrase word is, or one skipped while the gap allows.
      while (position < to && !forms.includes(words[position])) {
        if (skipped >= this.gap) return undefined;
        // Skipping helps only if the phrase word stands within the gap left: looked at first, as
        // most tries fail there, and a lookup in a short list costs less than asking whether the
        // word may be skipped.
        if (!appearsBetween(words, forms, position + 1, Math.min(to, position + 1 + this.gap - skipped)) || this.unskippable(words[position])) return undefined;
        position++;
        skipped++;
      }
      if (position >= to) return undefined;
      position++;
    }
    return position;
  }
}

/** A list with no room to grow: a copy, unless it is empty (which holds no room). */
function exact<T>(list: T[]): T[] {
  return list.length === 0 ? list : list.slice();
}

/** Whether a word of `forms` stands at any of [from, to). */
function appearsBetween(words: readonly string[], forms: WordForms, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (forms.includes(words[i])) return true;
  return false;
}

/** Past this many phrases found at one word, they are put in order by a sort rather than by insertion. */
const INSERTION_LIMIT = 16;

/**
 * The first `count` phrases found at one word (entries and their ends, side by side) put in order of
 * adding, or of end and then adding: in place, as the few found at a word come nearly in order.
 */
function inOrder<T>(entries: Entry<T>[], ends: number[], count: number, byEnd: boolean): void {
  if (count > INSERTION_LIMIT) {
    bySort(entries, ends, count, byEnd);
    return;
  }
  for (let a = 1; a < count; a++) {
    const entry = entries[a];
    const end = ends[a];
    let b = a - 1;
    while (b >= 0 && (byEnd && ends[b] !== end ? ends[b] > end : entries[b].order > entry.order)) {
      entries[b + 1] = entries[b];
      ends[b + 1] = ends[b];
      b--;
    }
    entries[b + 1] = entry;
    ends[b + 1] = end;
  }
}

/**
 * inOrder for many phrases, by a sort. A function of its own: the closures it makes would have the
 * variables they share allocated on every call of inOrder (a tenth of what reading cues allocated).
 */
function bySort<T>(entries: Entry<T>[], ends: number[], count: number, byEnd: boolean): void {
  const before = (a: number, b: number): boolean => (byEnd && ends[a] !== ends[b] ? ends[a] < ends[b] : entries[a].order < entries[b].order);
  const order = Array.from({ length: count }, (_, k) => k).sort((a, b) => (before(a, b) ? -1 : before(b, a) ? 1 : 0));
  const sortedEntries = order.map((k) => entries[k]);
  const sortedEnds = order.map((k) => ends[k]);
  for (let k = 0; k < count; k++) {
    entries[k] = sortedEntries[k];
    ends[k] = sortedEnds[k];
  }
}
