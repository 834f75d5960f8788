import { SAYING } from '../text/saying-verbs';
import type { MentionsIn } from './mentions';
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
