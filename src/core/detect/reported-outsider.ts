import { SKIPPED_WORDS } from '../model/note';
import { SAYING } from '../text/saying-verbs';
import { VERB_LIKE } from './clauses';
import { opensOtherPhrase, OTHER_PHRASE_WORDS, placedPhraseToEnd, PLACE_WORDS, type MentionsFrom, type MentionsIn } from './mentions';
import { GENDER } from './pronoun-gender';
import { NOMINATIVE } from './subject-position';

/** The most words before the verb of saying: "Jo says", "Cl. reports", "S: Pt said". */
const SPEAKER_WORDS = 3;

/** Possessives and articles that may open the outsider's noun phrase after the verb of saying. */
const OPENERS = new Set(['her', 'his', 'their', 'the', 'a', 'an', 'one', 'my']);

/** Outsiders whose words say their gender: a he cannot be "her sister". */
const FEMALE = new Set(['sister', 'mother', 'mum', 'mom', 'wife', 'daughter', 'aunt', 'auntie', 'aunty', 'gran', 'granny', 'grandmother', 'nan', 'girlfriend', 'niece', 'stepmum', 'stepmother', 'landlady', 'headmistress']);
const MALE = new Set(['brother', 'father', 'dad', 'husband', 'son', 'uncle', 'grandad', 'granddad', 'grandfather', 'boyfriend', 'nephew', 'stepdad', 'stepfather', 'headmaster']);

/** Outsiders that are bodies, not one person: "the board will do what it wants whatever she says" is the client's she. */
const BODIES = new Set(['board', 'panel', 'team', 'service', 'council', 'company', 'family', 'police', 'trust', 'department', 'school', 'firm', 'court', 'agency', 'management']);

/** Words after which the sentence turns to another subject: "her sisters mean well but she has never...". */
const TURNS = new Set(['but', 'yet', 'although', 'though', 'while', 'whereas']);

/** Words that join a main clause: a he or she right after one is the subject of its own clause. */
const MAIN_CLAUSE_JOINS = new Set(['and', 'then', 'so']);

/**
 * Whether the he or she at `pronounAt` after "and" is the outsider's, not the speaker's: the
 * speaker's possessive opening the outsider's phrase is of the other gender, or the outsider's own
 * word is of the pronoun's gender with no object pronoun of that gender (another person acted on) between.
 */
function speakerRuledOut(words: readonly string[], phraseStart: number, outsiderEnd: number, pronounAt: number, noun: string, gender: 'f' | 'm'): boolean {
  // The phrase opens on one of OPENERS, so a gender found is a possessive's: her, his.
  const possessive = GENDER.get(words[phraseStart]);
  if (possessive !== undefined && possessive !== gender) return true;
  if (!(gender === 'f' ? FEMALE : MALE).has(noun)) return false;
  const object = gender === 'f' ? 'her' : 'him';
  for (let i = outsiderEnd; i < pronounAt; i++) if (words[i] === object) return false;
  return true;
}

/** Whether an outsider's last word names one person a he or she can be: not a body, not many ("consultants"). */
function onePerson(noun: string, gender: 'f' | 'm'): boolean {
  if (BODIES.has(noun) || (noun.endsWith('s') && !noun.endsWith('ss'))) return false;
  return !((gender === 'm' && FEMALE.has(noun)) || (gender === 'f' && MALE.has(noun)));
}

/**
 * Whether the he or she at `pronounAt` goes on with someone outside whom the client's reported
 * words are about: "Jo says her sister makes herself skip meals whenever she thinks she has let the
 * kids down" (she is the sister). The speaker opens the sentence and speaks of the outsider as the
 * subject of what is reported; a he or she after it, of a gender and number the outsider's word
 * allows, with none of the note's people, no "but" and no other pronoun between, is that outsider. Not "Jo says she ...":
 * the client speaking of herself names no one else first.
 */
export function reportedOutsiderGoesOn(words: readonly string[], pronounAt: number, mentions: MentionsIn): boolean {
  const gender = GENDER.get(words[pronounAt]);
  if (gender === undefined) return false;
  let verb = -1;
  for (let k = 1; k <= SPEAKER_WORDS && k < pronounAt; k++) if (SAYING.has(words[k])) verb = k;
  if (verb < 0) return false;
  // The writer speaking ("I said her mum sounded critical and she..."): the he or she is the one spoken to.
  for (let k = 0; k < verb; k++) if (words[k] === 'i' || words[k] === 'we') return false;
  let at = verb + 1;
  if (words[at] === 'that') at++;
  const phraseStart = at;
  if (OPENERS.has(words[at])) at++;
  if (at >= pronounAt) return false;
  const longest = mentions(words.slice(0, pronounAt), phraseStart);
  const outsider = longest[at] ?? longest[phraseStart];
  if (!outsider || outsider.value !== 'other') return false;
  const noun = words[outsider.end - 1];
  if (!onePerson(noun, gender)) return false;
  // A he or she opening a clause of its own after "and" is most often the sentence's subject going
  // on: "Jo says her manager shouted at her and she froze". Unless the words rule the speaker out and
  // name the outsider: "Jo says her dad lost his temper and he stormed out" (her: Jo is no he), "Keisha
  // says the father shouted at the nurses and he stormed off" (a he, and no him between).
  if (pronounAt > 0 && MAIN_CLAUSE_JOINS.has(words[pronounAt - 1]) && !speakerRuledOut(words, phraseStart, outsider.end, pronounAt, noun, gender)) return false;
  // Between the outsider and the pronoun: none of the note's people, no turn to another subject, and no pronoun of another person.
  for (let i = outsider.end; i < pronounAt; i++) {
    const mention = longest[i];
    if ((mention && mention.value !== 'other') || TURNS.has(words[i])) return false;
    if (NOMINATIVE.has(words[i]) && GENDER.get(words[i]) !== gender) return false;
  }
  return true;
}

/**
 * Whether the words end on a verb of saying and a noun phrase none of the note's people answer
 * to, the subject of what is reported: "Sigrid said the finance team [spent the hour...]", "Xanthe
 * says her board observer [noticed...]". Whoever that is, it is no one in the relationships.
 * `mentions`: the longest mention at each word of `words` from a place (SubjectReader.longestMentions).
 * `next`: the word right after them, where the cue opens.
 */
export function reportedOutsider(words: readonly string[], starts: readonly boolean[], mentions: MentionsFrom, next?: string): boolean {
  let n = words.length;
  // The cue's own auxiliary ends no noun phrase when a person's does: "Jo says the man in the next
  // room has [no use for people]", "Jo says her cousin has [...]"; a thing's may ("They said the
  // restructure is [being done to them]": theirs). So when the cue opens on one: "Iestyn said the
  // dissertation [is beyond him]" is Iestyn's.
  const cueAuxiliary = next !== undefined && CUE_AUXILIARIES.has(next);
  const auxiliary = cueAuxiliary || (n > 2 && CUE_AUXILIARIES.has(words[n - 1]) && !starts[n - 1]);
  if (auxiliary && !cueAuxiliary) n--;
  for (let k = Math.max(1, n - 1 - OTHER_PHRASE_WORDS); k <= n - 2; k++) {
    if (!afterSaying(words, k)) continue;
    // A verb among them ends the noun phrase before the cue: "said the worksheet was patronising, [would not...]".
    for (let i = k + 1; i < n; i++) if (NOMINATIVE.has(words[i]) || words[i] === SKIPPED_WORDS || VERB_LIKE.has(words[i]) || words[i].endsWith('ed')) return false;
    const found = mentions(k).slice(k, n);
    return found.every((m) => m === undefined || m.value === 'other') && (!auxiliary || found.some((m) => m !== undefined));
  }
  // The phrase placed by where the person is: "Babajide says the man in the next bed [turned down...]",
  // "a woman on her landing at the refuge [grips...]". Not one a comma closes before the cue: "Jo
  // reported the man in the flat above, [refused to...]" is Jo's.
  if (starts[n] === true) return false;
  const phrase = n === words.length ? words : words.slice(0, n);
  for (let k = Math.max(1, n - 3 - OTHER_PHRASE_WORDS - 2 * PLACE_WORDS); k <= n - 4; k++) if (afterSaying(phrase, k) && placedPhraseToEnd(phrase, k, mentions(k), starts)) return true;
  return false;
}

/** Auxiliaries that may stand between a subject and its cue. */
const CUE_AUXILIARIES = new Set(['has', 'had', 'have', 'is', 'was', 'are', 'were', 'would', 'could', 'will', 'can', 'does', 'did', 'do']);

/** Whether the word at `k` opens someone else's noun phrase right after a verb of saying ("says the", "said that her"). */
function afterSaying(words: readonly string[], k: number): boolean {
  if (!opensOtherPhrase(words[k])) return false;
  return SAYING.has(words[k - 1] === 'that' && k >= 2 ? words[k - 2] : words[k - 1]);
}
