import { PhraseIndex } from '../cues/phrases';
import { NOUN_OPENERS } from '../text/noun-openers';
import { SAYING } from '../text/saying-verbs';
import { CLAUSE_STARTERS, VERB_LIKE } from './clauses';
import { NOMINATIVE } from './subject-position';
import { HONORIFICS } from './titles';

/** Who a mention in a sentence is: the writer, the note's people by role, a pronoun, or someone outside. */
export type Who = 'me' | 'we' | 'third-person' | 'client' | 'practitioner' | 'supervisor' | 'supervisee' | 'other';

/** A mention found at a word: who it names, and the word after its last. */
export interface Mention {
  end: number;
  value: Who;
}

/** The longest mention starting at each word from `from` of the words SubjectReader reads, the note's own names first (its longestMentions). */
export type MentionsFrom = (from: number) => readonly (Mention | undefined)[];
/** The same for any words, such as the part of them before a pronoun. */
export type MentionsIn = (words: readonly string[], from: number) => readonly (Mention | undefined)[];

/**
 * Mentions every note shares: role words and people outside the relationships of more than one
 * word in `index`; outsiders of one word (most of them: landlord, surgeon) in `others`, a set, which
 * costs a tenth of a phrase index's entry each (otherMentions reads it).
 */
export interface SharedMentions {
  index: PhraseIndex<Who>;
  others: ReadonlySet<string>;
}

/**
 * The people of a session or a supervision named by their roles. Clinical shorthand names the two
 * people of a session so: "Cl. went quiet", "Pt avoided eye contact", "T jumped in", "This writer
 * provided psychoeducation". Not a bare "patient" or "clinician": "another patient", "a fellow
 * clinician" are someone else.
 */
export const ROLE_PHRASES: readonly (readonly [string, Who])[] = [
  ...['the client', 'my client', 'client', 'c', 'cl', 'clt', 'pt', 'the pt', 'the patient', 'my patient'].map((p) => [p, 'client'] as const),
  ...['t', 'th', 'writer', 'this writer', 'the writer', 'this clinician', 'the clinician'].map((p) => [p, 'practitioner'] as const),
  ...['my supervisor', 'the supervisor'].map((p) => [p, 'supervisor'] as const),
  ...['my supervisee', 'the supervisee'].map((p) => [p, 'supervisee'] as const),
];

let shared: { outsiders: readonly string[]; mentions: SharedMentions } | undefined;

export function sharedMentions(outsiders: readonly string[]): SharedMentions {
  if (shared?.outsiders === outsiders) return shared.mentions;
  const index = new PhraseIndex<Who>(0);
  const others = new Set<string>();
  // `Sam's sister`, `my colleague's supervisor`: someone else's person is someone else.
  for (const phrase of outsiders) {
    if (!/\s/.test(phrase.trim())) {
      others.add(phrase.trim().toLowerCase());
      continue;
    }
    index.add(phrase, 'other');
    index.add(`${phrase}'s`, 'other');
  }
  for (const [phrase, who] of ROLE_PHRASES) index.add(phrase, who);
  // A client's own supervisor (a doctorate's, a placement's) is someone else; so is a supervisor's
  // other supervisee ("Ann described how her supervisee..."): the note's own is "I" or "my supervisee".
  for (const possessive of ['her', 'his', 'their']) for (const role of ['supervisor', 'supervisors', 'supervisee', 'supervisees']) index.add(`${possessive} ${role}`, 'other');
  index.add('my', 'me');
  shared = { outsiders, mentions: { index, others } };
  return shared.mentions;
}

/**
 * Outsiders of one word (SharedMentions.others), and their possessive (`colleague's`), added to
 * `longest` (the longest mention starting at each word) where no mention starts.
 */
export function otherMentions(words: readonly string[], from: number, others: ReadonlySet<string>, longest: (Mention | undefined)[]): void {
  for (let i = from; i < words.length; i++) {
    if (longest[i]) continue;
    const word = words[i];
    if (isOther(word.endsWith("'s") ? word.slice(0, -2) : word, others) || modifiedRole(words, i) || anotherPerson(words, i)) longest[i] = { end: i + 1, value: 'other' };
  }
  someOf(words, from, others, longest);
  // "My colleague", "my manager": the writer's possessive opens someone outside's noun phrase, and
  // is no mention of the writer ("For the sixth month running my co-worker brought..." is theirs).
  for (let i = from; i + 1 < words.length; i++) {
    const owned = longest[i + 1];
    if (words[i] === 'my' && longest[i]?.value === 'me' && longest[i]?.end === i + 1 && owned?.value === 'other') longest[i] = { end: owned.end, value: 'other' };
  }
}

/** Roles named by a word that is also a verb or a thing ("lead to", "took the lead"): someone only after a word that says what of. */
const MODIFIED_ROLES = new Set(['lead', 'leads', "lead's"]);
/** Openers of a noun phrase a role stands in: "the audit lead", "her unit's safeguarding lead". */
const ROLE_OPENERS = new Set(['the', 'a', 'an', 'her', 'his', 'their', 'our', 'my']);

/** Whether the word at `i` is such a role after one or two words of what it leads, in a noun phrase: "the audit lead", "the unit's safer custody lead". */
function modifiedRole(words: readonly string[], i: number): boolean {
  if (!MODIFIED_ROLES.has(words[i]) || i < 2) return false;
  for (let modifiers = 1; modifiers <= 2 && i - modifiers - 1 >= 0; modifiers++) {
    const modifier = words[i - modifiers];
    if (!nounOfPhrase(modifier) || ROLE_OPENERS.has(modifier)) return false;
    const opener = words[i - modifiers - 1];
    if (ROLE_OPENERS.has(opener) || (opener.length > 2 && opener.endsWith("'s"))) return true;
  }
  return false;
}

/** Words for a person that name no one in particular, and so are someone else after "another". */
const PERSON_WORDS = new Set(['man', 'woman', 'person', 'lad', 'boy', 'girl', 'guy', 'bloke', 'chap', 'resident', 'student', 'member', 'mum', 'dad', 'mother', 'father', 'parent']);

/**
 * Whether the word at `i` names someone after "another" and at most two words that describe them:
 * "another young man at Yonas's hotel", "another woman in the group". The note's people are one
 * each, so another of them is someone outside; alone, a man or a woman may be the client.
 */
function anotherPerson(words: readonly string[], i: number): boolean {
  if (!PERSON_WORDS.has(words[i])) return false;
  for (let at = i - 1; at >= 0 && at >= i - 3; at--) {
    if (words[at] === 'another') return true;
    if (!nounOfPhrase(words[at])) return false;
  }
  return false;
}

/** The roles of the note's own people, of whom another is someone else: "another of her clients". */
const MANY_ROLES = new Set(['client', 'patient', 'supervisee', 'coachee', 'trainee', 'user', 'practitioner', 'therapist', 'counsellor', 'counselor', 'coach']);

/** The most words between "another of" (or "two of") and the many it picks from: "another of my supervisor's supervisees". */
const SOME_OF_WORDS = 3;

/** Words that pick some of many: "another of", "two of", "several of the associates". */
const SOME_OF = new Set(['another', 'one', 'two', 'three', 'four', 'several', 'some', 'both', 'most', 'many', 'few', 'none', 'each']);

/**
 * "Another of my supervisor's supervisees", "two of the associates": some of many, none of them
 * the note's own people, are someone outside, whoever the words inside name. One mention from the
 * word that picks ("another", "two") to the many, in place of those inside it.
 */
function someOf(words: readonly string[], from: number, others: ReadonlySet<string>, longest: (Mention | undefined)[]): void {
  for (let i = from; i + 2 < words.length; i++) {
    if (!SOME_OF.has(words[i]) || words[i + 1] !== 'of') continue;
    for (let k = i + 2; k < words.length && k <= i + 2 + SOME_OF_WORDS; k++) {
      const word = words[k];
      // People, not things: "another of those days" names no one.
      const one = word.endsWith('s') && !word.endsWith("'s") ? word.slice(0, -1) : '';
      if (!(MANY_ROLES.has(one) || PERSON_WORDS.has(one) || (one !== '' && isOther(one, others)))) continue;
      longest[i] = { end: k + 1, value: 'other' };
      for (let inside = i + 1; inside <= k; inside++) longest[inside] = undefined;
      break;
    }
  }
}

/** Words ending in "mate" that name no companion: "climate", "estimate", "checkmate". */
const NOT_MATES = new Set(['climate', 'estimate', 'ultimate', 'intimate', 'primate', 'checkmate', 'stalemate', 'legitimate', 'animate', 'inanimate', 'approximate', 'consummate', 'automate', 'decimate', 'cremate', 'sublimate', 'guesstimate', 'underestimate', 'overestimate', 'proximate', 'penultimate', 'illegitimate']);

/**
 * Whether one word names someone outside: listed, a medical specialist, or made from a listed word
 * as English makes companions, partners and relatives ("officemate", "bunkmate"; "co-leader",
 * "half-brother", "ex-husband").
 */
function isOther(word: string, others: ReadonlySet<string>): boolean {
  if (others.has(word)) return true;
  // A doctor named by specialty, which the lexicon mostly leaves out: "endocrinologist", "paediatrician", "podiatrist".
  if (word.length > 8 && (word.endsWith('ologist') || word.endsWith('iatrician') || word.endsWith('iatrist'))) return true;
  // Longer than six letters: not "inmate", who in prison work is the client.
  if (word.length > 6 && word.endsWith('mate') && !NOT_MATES.has(word)) return true;
  const dash = word.indexOf('-');
  return dash > 0 && JOINED_PREFIXES.has(word.slice(0, dash)) && others.has(word.slice(dash + 1));
}

/** Prefixes English joins to a role or a relative with a hyphen: "co-leader", "half-brother", "step-mum", "great-aunt", "ex-husband". */
const JOINED_PREFIXES = new Set(['co', 'half', 'step', 'great', 'grand', 'ex', 'foster']);


/**
 * "Mr Baird", "Professor Okafor": a title and a name none of the note's people answer to is someone
 * outside, added to `longest` (the longest mention starting at each word) where nothing stands.
 */
export function titledOthers(words: readonly string[], from: number, longest: (Mention | undefined)[]): void {
  for (let i = from; i + 1 < words.length; i++) {
    if (HONORIFICS.has(words[i]) && !longest[i] && !longest[i + 1]) longest[i] = { end: i + 2, value: 'other' };
  }
}

/**
 * Openers of a noun phrase that may be someone else: not `my`, `our` (the writer's), nor `your`; and
 * someone's possessive ("Sam's"), not a pronoun's contraction ("she's").
 */
const OTHER_OPENERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'her', 'his', 'their']);
/** The most words of such a noun phrase after its opener: "his section head", "her finance business partner". */
export const OTHER_PHRASE_WORDS = 3;
/**
 * Verbs of speaking that only a person does: the noun phrase before them speaks. Not verbs of
 * thinking or feeling ("the session felt rushed").
 */
const SPEAKING = new Set(['says', 'said', 'tells', 'told', 'insists', 'insisted', 'claims', 'claimed', 'explains', 'explained', 'complains', 'complained', 'admits', 'admitted', 'announces', 'announced', 'swears', 'swore', 'warns', 'warned', 'snapped', 'shouted', 'yelled', 'replied']);
/** Pronouns, and adverbs that stand between a subject and its verb ("Sam's always said": Sam has): no part of a noun phrase. */
const NOT_NOUNS = new Set(['i', 'we', 'he', 'she', 'they', 'you', 'it', 'me', 'him', 'them', 'us', 'who', 'what', 'always', 'just', 'often', 'also', 'already', 'still', 'now', 'really', 'only', 'even', 'ever', 'usually', 'sometimes']);

/** Verbs that tell of what someone did when "how" or "that" follows them: "described how her caseworker drives him". */
const DESCRIBING = new Set(['described', 'describes', 'mentioned', 'mentions', 'explained', 'explains', 'noticed', 'heard', 'learned', 'learnt']);

/** Whether a word may be part of a noun phrase after its opener: no pronoun, auxiliary, clause opener or possessive. */
function nounOfPhrase(word: string): boolean {
  return !NOT_NOUNS.has(word) && !VERB_LIKE.has(word) && !CLAUSE_STARTERS.has(word) && !word.endsWith("'s");
}

/** Whether a word opens a noun phrase that may be someone else: an article, a third person's possessive, someone's ("Sam's"). */
export function opensOtherPhrase(word: string): boolean {
  return OTHER_OPENERS.has(word) || (word.length > 2 && word.endsWith("'s") && !NOMINATIVE.has(word));
}

/**
 * "His section head told him...", "the duty officer said...": a noun phrase none of the note's
 * people answer to, opened by an article or someone's possessive and followed by a verb of
 * speaking, is a person outside the relationships, whatever the noun (no list holds every title).
 * Added to `longest` at the phrase's first word after its opener, where no mention stands in it;
 * `starts`, when given, marks the words that open a clause after punctuation.
 */
export function unnamedSpeakers(words: readonly string[], from: number, longest: (Mention | undefined)[], starts?: readonly boolean[]): void {
  for (let i = from; i + 2 < words.length; i++) {
    // A phrase one of the note's people answers to ("the clinician", "the patient") is theirs.
    if (!opensOtherPhrase(words[i]) || longest[i]) continue;
    const end = phraseBeforeVerb(words, i, longest, starts, (at) => SPEAKING.has(words[at]));
    if (end !== undefined) longest[i + 1] = { end, value: 'other' };
  }
}

/**
 * Where the noun phrase opened at `opener` ends, when a verb (`isVerb`, asked of the word after it)
 * follows it within OTHER_PHRASE_WORDS words, or after a short place of PLACING ("the man in the
 * next bed thinks"): no pronoun, auxiliary, clause opener, possessive or mention inside it, and no
 * comma before the verb, after which it opens a clause of its own ("...as a process problem, says
 * she has never..."). Undefined otherwise.
 */
function phraseBeforeVerb(words: readonly string[], opener: number, longest: readonly (Mention | undefined)[], starts: readonly boolean[] | undefined, isVerb: (at: number) => boolean): number | undefined {
  let places = 0;
  let last = opener + 1 + OTHER_PHRASE_WORDS;
  for (let end = opener + 2; end <= last && end < words.length; end++) {
    const at = end - 1;
    // A place after the noun, and one more within it: "the man in the next bed", "a student in his
    // year", "the tighthead from Paarl", "a woman on her landing at the refuge".
    if (places < MOST_PLACES && at > opener + 1 && PLACING.has(words[at]) && !starts?.[at]) {
      places++;
      last = end + PLACE_WORDS;
      continue;
    }
    const placed = places > 0;
    if (!(placed ? inPlace(words[at], longest[at]) : nounOfPhrase(words[at]) && !longest[at])) return undefined;
    if (isVerb(end) && !starts?.[end]) return end;
  }
  return undefined;
}

/** Prepositions that place a person by where they are or come from, after the noun: "the woman in the next bed", "the man across the corridor". */
const PLACING = new Set(['in', 'on', 'at', 'from', 'across']);
/** The most places after one noun: "a woman on her landing at the refuge". */
const MOST_PLACES = 2;
/** The most words of such a place: "in the next bed", "at her practice". */
export const PLACE_WORDS = 3;

/**
 * Whether the words after `opener` to their end are a noun phrase placed by where the person is or
 * comes from ("the man in the next bed", "a woman on her landing"), with no clause punctuation and
 * none of the note's people in it: before a cue, the cue is its verb (SubjectReader.reportedOutsider).
 */
export function placedPhraseToEnd(words: readonly string[], opener: number, longest: readonly (Mention | undefined)[], starts: readonly boolean[]): boolean {
  let at = opener + 1;
  const nounEnd = Math.min(words.length, at + OTHER_PHRASE_WORDS);
  while (at < nounEnd && !PLACING.has(words[at]) && !starts[at] && nounOfPhrase(words[at]) && !words[at].endsWith('ed') && (longest[at] === undefined || longest[at]!.value === 'other')) at++;
  if (at === opener + 1 || at >= words.length || !PLACING.has(words[at]) || starts[at]) return false;
  // A person, not a thing placed ("says the letter in the post [upset her]"): someone else's title, or a man or a woman.
  if (longest[at - 1]?.value !== 'other' && !PLACED_PEOPLE.has(words[at - 1])) return false;
  const place = at + 1;
  if (place >= words.length || words.length - place > PLACE_WORDS * MOST_PLACES + 1) return false;
  // Past one place's words, a second place: "a woman on her landing at the refuge".
  if (words.length - place > PLACE_WORDS && !words.slice(place + 1, place + PLACE_WORDS + 1).some((word) => PLACING.has(word))) return false;
  for (let k = place; k < words.length; k++) if (starts[k] || !inPlace(words[k], longest[k])) return false;
  return true;
}

/** People named by no title, who in a note may be the client, except where placed: "the woman in the next bed". */
export const PLACED_PEOPLE: ReadonlySet<string> = new Set(['man', 'woman', 'men', 'women', 'guy', 'guys', 'lady', 'ladies', 'girl', 'girls', 'boy', 'boys', 'bloke', 'person', 'people', 'kid', 'kids', 'chap', 'fella', 'fellow']);

/** Whether a word may stand in such a place: an opener ("his year") or a noun, and none of the note's people ("in Sam's ward"). */
function inPlace(word: string, mention: { value: Who } | undefined): boolean {
  return (OTHER_OPENERS.has(word) || nounOfPhrase(word)) && (mention === undefined || mention.value === 'other');
}

/**
 * "Sam says his FIFO supervisor picked him up...", "Sam said their family support worker phoned...":
 * after a verb of saying, a noun phrase none of the note's people answer to, opened by an article or
 * someone's possessive and followed by a verb of action, is the subject of what is reported: someone
 * outside the relationships, whatever the noun. Not before a copula or an auxiliary ("says the
 * worksheet was patronising" speaks of a thing). Added to `longest` as unnamedSpeakers adds its own.
 */
export function reportedSubjects(words: readonly string[], from: number, longest: (Mention | undefined)[], starts?: readonly boolean[]): void {
  for (let i = Math.max(from, 1); i + 2 < words.length; i++) {
    // A phrase one of the note's people answers to ("the clinician", "the patient") is theirs; a
    // possessive of theirs ("Tareq's") opens someone else's.
    const mention = longest[i];
    if (!opensOtherPhrase(words[i]) || (mention && mention.end > i + 1)) continue;
    const linked = (words[i - 1] === 'that' || words[i - 1] === 'how') && i >= 2;
    const verb = linked ? words[i - 2] : words[i - 1];
    // "said his cofounder...", "described how Tareq's line manager...", "mentioned that her notary...".
    if (!SAYING.has(verb) && !(linked && DESCRIBING.has(verb))) continue;
    const end = phraseBeforeVerb(words, i, longest, starts, (at) => actionVerb(words[at], words[at + 1]) || perfect(words[at], words[at + 1]));
    if (end !== undefined) longest[i + 1] = { end, value: 'other' };
  }
}

/**
 * Whether a word after a noun phrase is read as its verb of action: a past in -ed, a common irregular
 * past of a person ("told", "rang"; "spent" only before its object), or a word in -s (not "-ss", nor
 * a possessive) that no auxiliary follows ("his concussion symptoms were gone" ends its noun phrase
 * on a plural). A plural noun in -s passes too ("the team leaders"), and a rarer irregular past does
 * not: a cheap reading, measured on the sentence sets.
 */
function actionVerb(word: string, next: string | undefined): boolean {
  if (IRREGULAR_PASTS.has(word)) return true;
  if (PAST_OR_PARTICIPLE.has(word)) return next !== undefined && OBJECT_OPENERS.has(next);
  if (word.length <= 4) return false;
  if (word.endsWith('ed')) return true;
  return word.endsWith('s') && !word.endsWith('ss') && !word.endsWith("'s") && !(next !== undefined && VERB_LIKE.has(next));
}

/**
 * Pasts of common irregular verbs whose subject is a person, which no -ed shows: "said his father told
 * the physio". Not those a thing, a feeling or a time does as often ("the shift ran late", "the letter
 * came", "the guilt drove her to", "the anxiety gave her an excuse", "the marriage taught her", "the
 * bill sat unopened", "the pain kept her up", "the journey took an hour"): there the client who said
 * it stays the subject.
 */
const IRREGULAR_PASTS = new Set(['told', 'rang', 'wrote', 'met', 'heard', 'spoke', 'chose', 'swore', 'fought', 'knew']);

/**
 * Pasts that are as often a participle after a noun ("the time spent apologising", "the email sent to
 * Jo", "the money paid into"): a verb only before an object ("the finance team spent the first hour",
 * "her dad paid the rent").
 */
const PAST_OR_PARTICIPLE = new Set(['spent', 'sent', 'paid', 'bought', 'sold']);
/** Words that open such a past's object: an article, a possessive, an object pronoun, a quantity or a time. */
const OBJECT_OPENERS = new Set([...NOUN_OPENERS, 'him', 'them', 'me', 'us', 'every', 'each', 'all', 'most', 'hours', 'days', 'weeks', 'months', 'years']);

/** Participles of common irregular verbs, which no -ed shows: "has gone through", "had taken over". */
const IRREGULAR_PARTICIPLES = new Set(['gone', 'done', 'taken', 'given', 'made', 'kept', 'told', 'brought', 'sent', 'left', 'got', 'gotten', 'put', 'run', 'spent', 'shown']);

/** Whether two words after a noun phrase are a perfect tense: "has played him the same verses", "had gone through". */
function perfect(auxiliary: string, participle: string | undefined): boolean {
  return (auxiliary === 'has' || auxiliary === 'had' || auxiliary === 'have') && participle !== undefined && ((participle.length > 4 && participle.endsWith('ed')) || IRREGULAR_PARTICIPLES.has(participle));
}
