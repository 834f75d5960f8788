import type { Token } from '../text/tokens';
import { gapHolds } from '../text/token-gap';

/** Words in -ing that are no participle. */
const NOT_PARTICIPLES = new Set(['nothing', 'something', 'anything', 'everything', 'morning', 'evening', 'during', 'meeting', 'feeling', 'feelings', 'building', 'wedding', 'ceiling', 'sibling', 'spring', 'string', 'thing', 'things']);

/**
 * Whether the word at `at` is a participle set after a comma ("..., wondering whether I was unhappy
 * with her"): its clause goes on with the sentence's subject (cue-hits.ts, subjectCandidates).
 */
export function isParticipleAfterComma(tokens: readonly Token[], text: string, at: number): boolean {
  const word = tokens[at].word;
  return at >= 3 && word.length > 5 && word.endsWith('ing') && !NOT_PARTICIPLES.has(word) && gapHolds(text, tokens[at - 1].end, tokens[at].start, ',');
}
