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
