import type { CueHit } from '../model/note';
import { DETERMINERS } from './clauses';
import { VERB_LIKE } from './clauses';
import { NOMINATIVE } from './subject-position';

/** How far before such a cue its "and" may stand: "and the duty psychiatrist from my car [within...]". */
const JOINED_REACH = 8;
/** Words that open a phrase of place, time or manner: a cue starting with one goes on the clause before it. */
const PHRASE_OPENERS = new Set(['within', 'from', 'in', 'on', 'at', 'for', 'with', 'by', 'before', 'after', 'as', 'to', 'over', 'into']);

/**
 * The words before a cue that opens with a phrase of place or time, without a noun phrase joined by
 * "and" just before it: "I phoned the GP and the duty psychiatrist [within ten minutes...]" goes on
 * the writer's clause, the psychiatrist one of what was phoned, not a new subject (as in "...and the
 * psychiatrist rang back").
 */
export function withoutJoinedObject(hit: Pick<CueHit, 'first' | 'words' | 'starts'>): [readonly string[], readonly boolean[]] {
  const { words, starts } = hit;
  if (!PHRASE_OPENERS.has(hit.first)) return [words, starts];
  for (let k = words.length - 1; k >= Math.max(1, words.length - JOINED_REACH); k--) {
    if (starts[k] || NOMINATIVE.has(words[k])) break;
    if (words[k] === 'and' && k + 1 < words.length && DETERMINERS.has(words[k + 1]) && !starts[k]) return withoutListItems(words.slice(0, k), starts.slice(0, k + 1));
  }
  return [words, starts];
}

/** The words without the items of a list they end on after a comma ("the GP, the health visitor"): no new subjects. */
function withoutListItems(words: readonly string[], starts: readonly boolean[]): [readonly string[], readonly boolean[]] {
  let end = words.length;
  for (let k = end - 1; k > 0; k--) {
    if (NOMINATIVE.has(words[k]) || VERB_LIKE.has(words[k])) break;
    if (!starts[k]) continue;
    if (!DETERMINERS.has(words[k])) break;
    end = k;
  }
  return [words.slice(0, end), starts.slice(0, end + 1)];
}
