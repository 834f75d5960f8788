/**
 * A compact form for a long list of lower-case words, for data shipped inside the plugin: sorted,
 * each word written as how many letters it shares with the word before it (one capital letter, A
 * for none up to Z for 25) followed by the rest of it. "walk, walked, walking" is `AwalkEedEing`.
 * Capitals never occur in the words, so they also mark where each word starts.
 */

const SHARED_MAX = 25;
const A = 65;
const Z = 90;

export function encodeWords(words: Iterable<string>): string {
  const sorted = [...new Set(words)].sort();
  let out = '';
  let previous = '';
  for (const word of sorted) {
    if (word === '' || /[A-Z]/.test(word)) throw new Error(`Cannot encode ${JSON.stringify(word)}: words must be non-empty and without capitals A to Z`);
    let shared = 0;
    while (shared < SHARED_MAX && shared < previous.length && shared < word.length && previous[shared] === word[shared]) shared++;
    out += String.fromCharCode(A + shared) + word.slice(shared);
    previous = word;
  }
  return out;
}

/** Calls `each` with every word of an encoded list, in order, without building the list. */
export function forEachWord(encoded: string, each: (word: string) => void): void {
  let previous = '';
  let i = 0;
  while (i < encoded.length) {
    const shared = encoded.charCodeAt(i) - A;
    let end = i + 1;
    while (end < encoded.length && !isMark(encoded.charCodeAt(end))) end++;
    previous = previous.slice(0, shared) + encoded.slice(i + 1, end);
    each(previous);
    i = end;
  }
}

export function decodeWords(encoded: string): string[] {
  const words: string[] = [];
  forEachWord(encoded, (word) => words.push(word));
  return words;
}

function isMark(code: number): boolean {
  return code >= A && code <= Z;
}
