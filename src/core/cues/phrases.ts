import type { Token } from '../text/tokens';
import { words } from '../text/tokens';

export interface PhraseHit<T> {
  value: T;
  /** Token indices: [start, end). */
  start: number;
  end: number;
}

interface Entry<T> {
  value: T;
  rest: Set<string>[];
}

/**
 * Finds phrases in token lists. Each phrase word may have several accepted forms (inflections), and
 * `gap` extra words may sit inside a multi-word phrase.
 */
export class PhraseIndex<T> {
  private readonly byFirst = new Map<string, Entry<T>[]>();

  constructor(private readonly gap = 0) {}

  add(phrase: string, value: T, forms: (word: string) => Set<string> = (w) => new Set([w])): void {
    const ws = words(phrase);
    if (ws.length === 0) return;
    const entry: Entry<T> = { value, rest: ws.slice(1).map(forms) };
    for (const first of forms(ws[0])) {
      let list = this.byFirst.get(first);
      if (!list) this.byFirst.set(first, (list = []));
      list.push(entry);
    }
  }

  find(tokens: readonly Token[], from = 0, to = tokens.length): PhraseHit<T>[] {
    return this.findIn((i) => tokens[i].word, from, to);
  }

  /** The same over plain words, with no token objects to build. */
  /** Phrases starting at or after `from`. */
  findWords(words: readonly string[], from = 0): PhraseHit<T>[] {
    return this.findIn((i) => words[i], from, words.length);
  }

  private findIn(word: (i: number) => string, from: number, to: number): PhraseHit<T>[] {
    const hits: PhraseHit<T>[] = [];
    for (let i = from; i < to; i++) {
      const entries = this.byFirst.get(word(i));
      if (!entries) continue;
      for (const entry of entries) {
        const end = this.matchRest(word, i + 1, to, entry.rest);
        if (end !== undefined) hits.push({ value: entry.value, start: i, end });
      }
    }
    return hits;
  }

  private matchRest(word: (i: number) => string, at: number, to: number, rest: Set<string>[]): number | undefined {
    let position = at;
    let skipped = 0;
    for (const forms of rest) {
      while (position < to && !forms.has(word(position)) && skipped < this.gap) {
        position++;
        skipped++;
      }
      if (position >= to || !forms.has(word(position))) return undefined;
      position++;
    }
    return position;
  }
}
