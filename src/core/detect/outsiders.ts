import { contextCues } from '../taxonomy/default-taxonomy';
import { decodeWords } from '../util/word-list';
import { PEOPLE_NOUNS } from './people-nouns';

let outsiders: readonly string[] | undefined;

/**
 * Words for people outside the relationships (SPEC section 1, third parties): context-cues.yaml's
 * experiencer_other, then the people nouns of compromise's lexicon it does not list (people-nouns.ts:
 * "surgeon", "bartender", "electrician"). One list, made once: subject readers are keyed by it.
 */
export function outsiderWords(): readonly string[] {
  if (!outsiders) {
    const listed = contextCues().experiencer_other;
    const known = new Set(listed);
    outsiders = [...listed, ...decodeWords(PEOPLE_NOUNS).filter((word) => !known.has(word))];
  }
  return outsiders;
}
