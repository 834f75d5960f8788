import type { Mention } from './mentions';

/** Nouns for a person that, in a session note, may be the client ("the patient") or anyone ("the man"). */
const PERSON_NOUNS: ReadonlySet<string> = new Set(['patient', 'client', 'man', 'woman', 'lady', 'gentleman', 'chap', 'guy', 'lad', 'girl', 'boy', 'person', 'resident', 'family']);
/** Places beside one's own: "the patient in the next bed", "the woman in the bay opposite". */
const PLACES: ReadonlySet<string> = new Set(['bed', 'bay', 'room', 'cubicle', 'chair', 'cell', 'flat', 'house', 'seat', 'side', 'corridor', 'ward', 'hall', 'landing', 'road', 'street', 'desk']);

/** How many words after the person noun tell that they are beside the client: 0 when none do. */
function besideLength(words: readonly string[], at: number): number {
  const [a, b, c, d] = [words[at], words[at + 1], words[at + 2], words[at + 3]];
  if (a === 'next' && b === 'door') return 2;
  if (a === 'opposite') return 1;
  if (a === 'across' && b === 'the' && PLACES.has(c)) return 3;
  if (a === 'in' && b === 'the' && c === 'next' && PLACES.has(d)) return 4;
  if (a === 'in' && b === 'the' && PLACES.has(c) && (d === 'opposite' || d === 'next')) return d === 'next' ? (words[at + 4] === 'door' ? 5 : 0) : 4;
  return 0;
}

/**
 * "The patient in the next bed", "the man next door", "the woman in the bay opposite": someone beside
 * the client, not the client, though "the patient" alone is the client in a session note's shorthand.
 * Marked in `longest` (the longest mention starting at each word from `from`) as someone outside,
 * over a mention of the client there.
 */
export function neighbourMentions(words: readonly string[], from: number, longest: (Mention | undefined)[]): void {
  for (let i = Math.max(from, 1); i + 1 < words.length; i++) {
    if (words[i - 1] !== 'the' || !PERSON_NOUNS.has(words[i])) continue;
    const beside = besideLength(words, i + 1);
    if (beside === 0) continue;
    const end = i + 1 + beside;
    if (i - 1 >= from) longest[i - 1] = { end, value: 'other' };
    longest[i] = { end, value: 'other' };
  }
}
