import { SKIPPED_WORDS } from '../model/note';

/**
 * Verbs whose object is a subject of talk or attention in the room: "I asked about the divorce",
 * "I gently raised her grief", "when I mentioned the ending". A theme after one is what was talked
 * of, not the talker's own life.
 */
const TALKING_OF = new Set([
  'ask', 'asks', 'asked', 'asking',
  'raise', 'raises', 'raised', 'raising',
  'explore', 'explores', 'explored', 'exploring',
  'mention', 'mentions', 'mentioned', 'mentioning',
  'discuss', 'discusses', 'discussed', 'discussing',
  'talk', 'talks', 'talked', 'talking',
  'speak', 'speaks', 'spoke', 'speaking',
  'enquire', 'enquired', 'enquiring', 'inquire', 'inquired', 'inquiring',
  'acknowledge', 'acknowledged', 'acknowledging',
  'validate', 'validated', 'validating',
  'normalise', 'normalised', 'normalising', 'normalize', 'normalized', 'normalizing',
  'revisit', 'revisited', 'revisiting',
  'name', 'named', 'naming',
]);

/** Words of the writer's own life: "I mentioned my own divorce" is theirs. */
const OWN = new Set(['my', 'mine', 'me', 'myself', 'own']);

/** How far back from the cue the verb may stand: "asked gently about the [divorce]". */
const REACH = 5;

/**
 * Whether the writer only talks of the theme the cue names, in the clause it stands in: the verb
 * of talk stands within REACH words before the cue, with no word of the writer's own life between.
 * Themes are about the life of the note's person (SPEC section 1): a loss the practitioner asks
 * about in a session is the client's, not the practitioner's.
 */
export function talkedOf(words: readonly string[], starts: readonly boolean[]): boolean {
  for (let at = words.length - 1; at >= 0 && at >= words.length - REACH; at--) {
    const word = words[at];
    if (word === SKIPPED_WORDS || OWN.has(word)) return false;
    if (TALKING_OF.has(word)) return true;
    // A clause of its own opens here: what stands before it says nothing of this one.
    if (starts[at]) return false;
  }
  return false;
}
