import type { CaseWords } from '../model/note';
import { namesIn } from '../cues/case-words';

/** The clients a supervision note discusses, by id, with the names each goes by (name, code, aliases). */
export type CaseNames = ReadonlyMap<string, readonly string[]>;

/**
 * The case a sentence of a supervision note belongs to (SPEC section 1): the clients its sentence
 * names; else the one client its paragraph or list item names; else the clients its section heading
 * names; else none (empty: it counts for every client discussed, with less weight). When the note
 * discusses one client only, every sentence is that client's: there is no other case to belong to.
 */
export function caseOf(words: CaseWords, clients: CaseNames): string[] {
  if (clients.size === 1) return [...clients.keys()];
  const sentence = named(words.sentence, clients);
  if (sentence.length > 0) return sentence;
  const block = named(words.block, clients);
  if (block.length === 1) return block;
  return named(words.section, clients);
}

function named(text: string, clients: CaseNames): string[] {
  if (text === '') return [];
  const words = new Set(text.split(' '));
  const out: string[] = [];
  for (const [id, names] of clients) if (names.some((n) => namesIn(words, n))) out.push(id);
  return out;
}
