import type { Token } from '../text/tokens';
import { gapHolds } from '../text/token-gap';

/** Words in -ing that are no participle. */
const NOT_PARTICIPLES = new Set(['nothing', 'something', 'anything', 'everything', 'morning', 'evening', 'during', 'meeting', 'feeling', 'feelings', 'building', 'wedding', 'ceiling', 'sibling', 'spring', 'string', 'thing', 'things']);

/** Adverbs that may stand between the comma and the participle: "..., barely waiting for answers". */
const ADVERBS = new Set(['barely', 'hardly', 'scarcely', 'still', 'just', 'often', 'always', 'never', 'again', 'even', 'only', 'then', 'also', 'all', 'quietly', 'quickly', 'constantly', 'repeatedly']);

/**
 * Whether the word at `at` is a participle set after a comma ("..., wondering whether I was unhappy
 * with her"), or an adverb of one there ("..., barely waiting for answers"): its clause goes on with
 * the sentence's subject (sentence-reader.ts, subjectCandidates).
 */
export function isParticipleAfterComma(tokens: readonly Token[], text: string, at: number): boolean {
  if (at < 3) return false;
  const adverb = ADVERBS.has(tokens[at].word) && at + 1 < tokens.length;
  const participle = tokens[adverb ? at + 1 : at].word;
  return participle.length > 5 && participle.endsWith('ing') && !NOT_PARTICIPLES.has(participle) && gapHolds(text, tokens[at - 1].end, tokens[at].start, ',');
}

/** Words that join a clause with a subject of its own: "Tobi came late and I went at him, [listing...]". */
const JOINS = new Set(['and', 'but', 'so', 'then']);
/** Subject pronouns that open such a clause. */
const JOINED_SUBJECTS = new Set(['i', 'we', 'he', 'she', 'they']);

/**
 * Where the subject stands of the last clause joined by "and" (or but, so, then) before a participle at
 * `at`, or -1: the participle goes on with that clause ("Tobi came forty minutes late again and I
 * went at him about it, [listing every late arrival]" is mine), not with the sentence's first.
 */
export function joinedSubjectBefore(tokens: readonly Token[], from: number, at: number): number {
  for (let i = at - 2; i > from; i--) if (JOINED_SUBJECTS.has(tokens[i].word) && JOINS.has(tokens[i - 1].word)) return i;
  return -1;
}
