import { SKIPPED_WORDS } from '../model/note';
import { REPORTING } from '../text/saying-verbs';
import { PLACED_PEOPLE, type MentionsFrom, type Who } from './mentions';
import { NOMINATIVE } from './subject-position';

/** Adverbs that may stand between "who" and the clause's verb: "a colleague who also sees Jo". */
const ADVERBS = new Set(['also', 'still', 'now', 'never', 'always', 'often', 'sometimes', 'usually', 'once', 'already', 'just']);
/** Common verbs of such a clause that no -s or -ed of four letters or more shows: "the woman who had the bed before her". */
const IRREGULAR = new Set(['has', 'had', 'is', 'was', 'saw', 'knew', 'met', 'took', 'gave', 'came', 'left', 'told', 'sent', 'kept', 'ran', 'sat']);

/**
 * The one a relative clause with no commas hangs on, where that clause opens the sentence's subject
 * and has its own verb before the cue: "A colleague who also sees Jo [emailed my supervisor three
 * times...]" is the colleague's, though Jo stands last before the cue. Someone known only as a man
 * or a woman whose clause names one of the note's people is someone else: "The woman who shares a
 * room with Jo [kept her own months in Turkey to herself]". Undefined when the words are no such clause,
 * when a pronoun, words left out, a verb of saying or a comma stand in it: the words are then read
 * as usual. Without a verb of its own, the cue is the clause's: "Jo, who I keep [rescuing]".
 */
export function restrictiveRelativeAntecedent(words: readonly string[], starts: readonly boolean[], mentionsFrom: MentionsFrom): Who | undefined {
  const who = words.lastIndexOf('who');
  if (who < 1) return undefined;
  // The subject is a short noun phrase opening the sentence or a clause after punctuation ("Case 1
  // (Lisa): a colleague who..."): "a colleague", "the woman", "Jo's keyworker".
  let opening = who - 1;
  while (opening > 0 && !starts[opening]) opening--;
  if (!starts[opening] || who - opening > 3) return undefined;
  let verb = who + 1;
  while (verb < words.length && ADVERBS.has(words[verb])) verb++;
  if (verb >= words.length - 1 || !verbForm(words[verb])) return undefined;
  for (let i = opening; i < words.length; i++) if ((i > opening && starts[i]) || NOMINATIVE.has(words[i]) || words[i] === SKIPPED_WORDS || REPORTING.has(words[i])) return undefined;
  const mentions = mentionsFrom(opening);
  const antecedent = mentions.findIndex((m, i) => i >= opening && i < who && m?.end === who);
  if (antecedent >= 0) return mentions[antecedent]!.value;
  if (!PLACED_PEOPLE.has(words[who - 1])) return undefined;
  for (let i = verb + 1; i < words.length; i++) {
    const value = mentions[i]?.value;
    if (value !== undefined && value !== 'other') return 'other';
  }
  return undefined;
}

/** Whether a word may be the verb of a relative clause: a present in -s, a past in -ed, or a common irregular one. */
function verbForm(word: string): boolean {
  return IRREGULAR.has(word) || (word.length > 3 && (word.endsWith('ed') || (word.endsWith('s') && !word.endsWith('ss') && !word.endsWith("'s"))));
}
