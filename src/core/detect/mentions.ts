import { PhraseIndex } from '../cues/phrases';

/** Who a mention in a sentence is: the writer, the note's people by role, a pronoun, or someone outside. */
export type Who = 'me' | 'we' | 'third-person' | 'client' | 'practitioner' | 'supervisor' | 'supervisee' | 'other';

let shared: { others: readonly string[]; index: PhraseIndex<Who> } | undefined;

/** Mentions every note shares: people outside the relationships, and role words. */
export function sharedMentions(others: readonly string[]): PhraseIndex<Who> {
  if (shared?.others === others) return shared.index;
  const index = new PhraseIndex<Who>(0);
  // `Sam's sister`, `my colleague's supervisor`: someone else's person is someone else.
  for (const phrase of others) {
    index.add(phrase, 'other');
    index.add(`${phrase}'s`, 'other');
  }
  // Clinical shorthand names the two people of a session by their roles: "Cl. went quiet", "Pt
  // avoided eye contact", "T jumped in", "This writer provided psychoeducation". Not a bare
  // "patient" or "clinician": "another patient", "a fellow clinician" are someone else.
  for (const phrase of ['the client', 'my client', 'client', 'c', 'cl', 'clt', 'pt', 'the pt', 'the patient', 'my patient']) index.add(phrase, 'client');
  for (const phrase of ['t', 'th', 'writer', 'this writer', 'the writer', 'this clinician', 'the clinician']) index.add(phrase, 'practitioner');
  for (const phrase of ['my supervisor', 'the supervisor']) index.add(phrase, 'supervisor');
  // A client's own supervisor (a doctorate's, a placement's) is someone else.
  for (const phrase of ['her supervisor', 'his supervisor', 'their supervisor']) index.add(phrase, 'other');
  for (const phrase of ['my supervisee', 'the supervisee']) index.add(phrase, 'supervisee');
  index.add('my', 'me');
  shared = { others, index };
  return index;
}

/** Titles before a surname: with a name none of the note's people answer to, someone else. */
const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'professor']);

/**
 * "Mr Baird", "Professor Okafor": a title and a name none of the note's people answer to is someone
 * outside, added to `longest` (the longest mention starting at each word) where nothing stands.
 */
export function titledOthers(words: readonly string[], from: number, longest: ({ end: number; value: Who } | undefined)[]): void {
  for (let i = from; i + 1 < words.length; i++) {
    if (HONORIFICS.has(words[i]) && !longest[i] && !longest[i + 1]) longest[i] = { end: i + 2, value: 'other' };
  }
}
