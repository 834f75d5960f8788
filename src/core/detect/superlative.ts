import { REPORTING } from '../text/saying-verbs';
import { NOMINATIVE } from './subject-position';

/** Forms of "have" after the pronoun of "the best she has [ever had]". */
const HAVE = new Set(['has', 'had', 'have']);
/** A pronoun joined to "has" or "had": "he's", "she'd", "I've". */
const PERFECT_PRONOUN = /^[a-z]+'(?:s|d|ve)$/;
/** How many words a superlative's noun phrase may hold before its pronoun: "the most brilliant leader he". */
const SUPERLATIVE_REACH = 4;
/** How many words may stand between a verb of saying or naming and the superlative: "everyone Kai is", "me I'm". */
const JUDGED_WORDS = 4;
/** Verbs that name someone as something: "calls her the best...", "rates him the finest...". */
const NAMING = new Set(['calls', 'called', 'calling', 'rates', 'rated', 'rating', 'considers', 'considered', 'describes', 'described', 'describing', 'reckons', 'reckoned']);
/** Words in -est that are no superlative. */
const NOT_SUPERLATIVE = new Set(['interest', 'request', 'honest', 'modest', 'protest', 'contest', 'harvest', 'forest', 'suggest', 'arrest', 'digest', 'conquest', 'inquest', 'behest']);

/** "most", "best", "only", or an adjective in -est: a superlative, after "the". */
export function isSuperlative(word: string): boolean {
  return word === 'most' || word === 'best' || word === 'worst' || word === 'only' || word === 'first' || (word.length > 5 && word.endsWith('est') && !NOT_SUPERLATIVE.has(word));
}

/**
 * Where the verb of saying or naming stands whose subject judged, when the words end on the pronoun
 * of a clause hanging on a superlative: "the most insightful student she has [ever had]", "the best
 * leader he's [ever worked with]". That pronoun is whoever made the judgement, so after "Kai's tutor
 * tells everyone Kai is..." or "her chairman calls her..." the verb's subject, not the person judged
 * just before it. -1 when the words end otherwise, or no such verb comes before the superlative.
 */
export function superlativeVerb(words: readonly string[]): number {
  const last = words.length - 1;
  // The words end on the pronoun and a form of "have" ("she has"), or on the two in one ("he's").
  const about = HAVE.has(words[last]) ? last - 1 : last;
  if (about < 3 || !NOMINATIVE.has(words[about]) || (about === last && !PERFECT_PRONOUN.test(words[about]))) return -1;
  let opened = -1;
  for (let at = about - 1; at >= 1 && at >= about - SUPERLATIVE_REACH; at--) {
    if (words[at - 1] === 'the' && isSuperlative(words[at])) {
      opened = at - 1;
      break;
    }
  }
  if (opened < 1) return -1;
  // The verb stands before the person judged and a copula, or a listener: "tells everyone Kai is", "calls her", "told me I'm".
  for (let verbAt = opened - 1; verbAt >= 1 && verbAt >= opened - JUDGED_WORDS; verbAt--) {
    if (REPORTING.has(words[verbAt]) || NAMING.has(words[verbAt])) return verbAt;
  }
  return -1;
}
