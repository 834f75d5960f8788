import { LEXICON_GROUPS } from '../privacy/lexicon-words';
import { forEachWord } from '../util/word-list';
import type { NoteKind } from '../model/note-types';
import type { Mention } from './mentions';
import type { PeopleNames } from './subjects';

let names: ReadonlySet<string> | undefined;

/**
 * First names, lower-cased: those of the lexicon the privacy check reads (lexicon-words.ts, from
 * compromise: 3,317) that are no everyday word there ("will", "hope", "may" are not among them).
 * Made on first use and kept.
 */
export function firstNames(): ReadonlySet<string> {
  if (names) return names;
  const found = new Set<string>();
  for (const group of LEXICON_GROUPS) {
    if (group.facts.includes('firstName') && !group.facts.includes('common')) forEachWord(group.words, (word) => found.add(word));
  }
  return (names = found);
}

/**
 * A first name none of the note's people answer to (their mentions are in `longest` already) marked
 * as someone outside: in a session note the client is their code, name and aliases (SPEC section
 * 1), so "Dan turned his chair toward the window" in a couple's note, where the couple is the
 * client, is one partner's doing and no evidence for anyone; where the client's first name is an
 * alias, it stays theirs. In a reflection, what someone named does is theirs, not the writer's.
 * Not in a supervision note, where a client discussed may go by a first name never given as an alias.
 */
export function namedOthers(kind: NoteKind, people: PeopleNames, words: readonly string[], from: number, longest: (Mention | undefined)[]): void {
  if (kind !== 'session' && kind !== 'reflection') return;
  const known = firstNames();
  for (let i = from; i < words.length; i++) {
    // Not its possessive: "Eli's" is no subject, and read as someone outside it lost a client's reading in the labelled sets.
    if (!longest[i] && known.has(words[i]) && !opensNameOf(people, words[i])) longest[i] = { end: i + 1, value: 'other' };
  }
}

/**
 * Whether the first name opens a name of several words of the client or the practitioner ("Sam" of
 * a client note named "Sam Jones"): no one outside, so it is left as it was read before (no one known).
 */
function opensNameOf(people: PeopleNames, word: string): boolean {
  for (const names of [people.client, people.practitioner ?? []]) {
    for (const name of names) if (name.length > word.length && name.charAt(word.length) === ' ' && name.slice(0, word.length).toLowerCase() === word) return true;
  }
  return false;
}
