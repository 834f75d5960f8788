import { isPastForm } from '../text/past-forms';
import { NOUN_OPENERS } from '../text/noun-openers';
import { OPENING_ADVERBS, OPENING_PREPOSITIONS, OPENING_REACH } from '../text/opening-phrases';
import { SUBJECT_PRONOUNS } from '../text/pronouns';
import { labelLength } from '../text/section-labels';
import { gapHolds } from '../text/token-gap';
import { SAYING } from '../text/saying-verbs';
import type { Token } from '../text/tokens';

// Where a sentence's subject stands when it opens the sentence: the words kept as subject candidates
// however far the cue is (sentence-reader.ts, SentenceReader.subjectCandidates).

/** Words at a sentence's start kept as subject candidates however far the cue is: the sentence's subject. */
const SENTENCE_OPENING = 3;
/** Contractions that end in 's but are a pronoun and a verb, not a possessive. */
const NOT_POSSESSIVE = new Set(["she's", "he's", "it's", "that's", "there's", "what's", "who's", "here's", "where's", "let's"]);
/** How many words past SENTENCE_OPENING an opening may take to finish its noun phrase ("Ulrike says her own team lead"). */
const OPENING_EXTENSION = 3;

/**
 * The sentence's opening words kept as subject candidates (at most up to `begin`, where the reach
 * before the cue starts): SENTENCE_OPENING of them past the `fronted` words of a phrase set before
 * the subject (frontedLength), and when the last is a word that introduces a noun or a possessive
 * ("Seun said his" would leave whose tutor it was out), up to OPENING_EXTENSION more, room for a
 * title of three words ("Ulrike says her own team lead"), stopping before a pronoun, which starts a
 * clause of its own, and at a verb or a preposition, which end the noun phrase.
 */
export function openingLength(tokens: readonly { word: string }[], begin: number, frontedPhrase = 0): number {
  // A word of time before the subject ("Tonight the new data clerk...") is passed over as a phrase set before it.
  // After a section label too ("D: Tonight Jo..."): the label is a phrase set before it.
  const fronted = tokens.length > frontedPhrase + 1 && OPENING_ADVERBS.has(tokens[frontedPhrase].word) ? frontedPhrase + 1 : frontedPhrase;
  // A phrase of place or time with no comma ("In group supervision a peer brought...", "D: In group
  // supervision...") stands before the subject: the opening reaches as far as a subject may stand
  // after one (subject-position.ts).
  const opening = tokens.length > fronted && OPENING_PREPOSITIONS.has(tokens[fronted].word) ? OPENING_REACH + 1 : SENTENCE_OPENING;
  let length = Math.min(fronted + opening, begin);
  const limit = Math.min(fronted + opening + OPENING_EXTENSION, begin);
  // The whole noun phrase: "Remy said their youth worker" (a title of two words), not "their youth";
  // "Cl.'s housing officer", whose possessive is one word before the opening's last.
  // So too a phrase the opening starts and no verb has ended: "A new support worker sat...", not
  // "a new support" (but "My partner is" is whole).
  if (length > 0 && (introducesNoun(tokens[length - 1].word) || (length > 1 && introducesNoun(tokens[length - 2].word)) || phraseGoesOn(tokens, fronted, length))) {
    // A pronoun after "her" starts a clause of its own ("I told her she..."): "her" was an object there.
    // A verb or a preposition ends the phrase: "Seun said his tutor [returned his essay]".
    while (length < limit && !SUBJECT_PRONOUNS.has(tokens[length].word) && !endsNounPhrase(tokens[length].word)) length++;
  }
  return hangsClause(tokens, fronted, length) ? length - 1 : length;
}

/**
 * Whether the opening's last word is an I or a we that opens a clause hanging on the noun phrase
 * before it, with no "who" or "that": "A counsellor I mentor messages me..., wanting my word". The
 * clause is no part of the subject: kept, its pronoun stood as the subject of what follows the comma.
 */
function hangsClause(tokens: readonly { word: string }[], fronted: number, length: number): boolean {
  const last = tokens[length - 1]?.word;
  return length >= fronted + 3 && (last === 'i' || last === 'we') && NOUN_OPENERS.has(tokens[fronted].word);
}

/** The most words a phrase set before the subject may take ("Twenty minutes into the session, I..."). */
const FRONTED_REACH = 6;
/**
 * The most words a clause of time or condition set before the subject may take. Practitioners' run
 * long: "When Callum's voice cracked about the lockout where the old man was on the floor, I..." has
 * 15, and at a reach of 14 its first words stood as the subject of the main clause's acts. A reach of
 * 30 read no sentence of the labelled sets otherwise than 20 does.
 */
const FRONTED_CLAUSE_REACH = 20;
/** Words that open such a clause. */
const FRONTED_CLAUSE_OPENERS = new Set(['when', 'whenever', 'after', 'before', 'as', 'while', 'once', 'if', 'since', 'because', 'although', 'though']);

/**
 * How many words a phrase of time, place or condition set before the subject and closed by a comma
 * takes ("Twenty minutes in, I caught myself..."; "When we came back to it, Margaret asked..."):
 * the sentence's subject follows it, so the opening words are read from there. 0 when there is none.
 */
export function frontedLength(tokens: readonly Token[], text: string, begin: number, clauses = false): number {
  // A section label ("Response: Seun said his tutor...") is set before the subject too.
  const label = Math.min(labelLength(tokens, text), Math.max(0, begin - 1));
  // With `clauses`, a clause of time or condition, longer than a phrase before its comma: "When Jo
  // mentioned his car outside the school gates, I...". Only where all the words to the cue are kept
  // (a participle after a comma): where they are cut short, the opening must hold the subject.
  const reach = clauses && label < tokens.length && FRONTED_CLAUSE_OPENERS.has(tokens[label].word) ? FRONTED_CLAUSE_REACH : FRONTED_REACH;
  const limit = Math.min(label + reach, begin - 1, tokens.length - 1);
  for (let k = label + 1; k <= limit; k++) if (gapHolds(text, tokens[k - 1].end, tokens[k].start, ',')) return k;
  return label;
}

/** Where a sentence's opening words kept as subject candidates start and end. */
export interface Opening {
  from: number;
  to: number;
}

/**
 * The sentence's opening words kept as subject candidates, from `from` to `to` (openingLength). When
 * a clause of time or condition too long to be a phrase opens the sentence and ends before the reach
 * at `begin` ("When I said Rashid had mentioned a sum of money in passing, my supervisor had the
 * policy up ... and [wanted] the coordinator rung"), they are the main clause's first words, past its
 * comma: the subject of the verbs joined to it. Kept from the sentence's start, the clause's "I"
 * stood as that subject.
 */
export function openingWords(tokens: readonly Token[], text: string, begin: number): Opening {
  const phrase = frontedLength(tokens, text, begin);
  const clause = frontedLength(tokens, text, begin, true);
  if (clause > phrase && isWholeClause(tokens, labelLength(tokens, text), clause)) return { from: clause, to: openingLength(tokens, begin, clause) };
  return { from: 0, to: openingLength(tokens, begin, phrase) };
}

/** Words after which a subject pronoun opens a clause inside the fronted one ("when her voice shook as she talked..."). */
const INNER_CLAUSE_OPENERS = new Set([...FRONTED_CLAUSE_OPENERS, 'that', 'who', 'and', 'but', 'whether', 'how', 'what', 'why', 'where']);

/**
 * Whether the words from the opener at `opener` to the comma at `comma` are one clause of time or
 * condition: with a verb ("Since the fireworks in November my brother, also ex-forces, has..." has
 * none: its comma opens an aside), and with no subject pronoun that starts the main clause before
 * the comma ("When my ex rang on Sunday I agreed to meet within a minute, then sat...").
 */
function isWholeClause(tokens: readonly Token[], opener: number, comma: number): boolean {
  let verb = false;
  for (let k = opener + 1; k < comma; k++) {
    const word = tokens[k].word;
    const before = tokens[k - 1].word;
    if (SUBJECT_PRONOUNS.has(word) && k > opener + 1 && !INNER_CLAUSE_OPENERS.has(before) && !SAYING.has(before)) return false;
    verb ||= isPastForm(word) || ENDS_PHRASE.has(word);
  }
  return verb;
}

/** Words that end a noun phrase the opening starts: verbs a subject takes. */
const ENDS_PHRASE = new Set(['is', 'was', 'are', 'were', 'has', 'had', 'have', 'says', 'said', 'told', 'does', 'did', 'do', 'went', 'got', 'came', 'can', 'could', 'will', 'would', 'keeps', 'kept']);

/** Words that cannot go on a noun phrase: a verb a subject takes, a verb in the past, a preposition, a word opening a clause of time or reason. */
function endsNounPhrase(word: string): boolean {
  return ENDS_PHRASE.has(word) || OPENING_PREPOSITIONS.has(word) || NOUN_PHRASE_PREPOSITIONS.has(word) || TIME_OR_REASON_OPENERS.has(word) || isPastForm(word);
}

/**
 * Words that open a clause of time, reason or condition: past one, the words are that clause's, no
 * part of the phrase before it ("T's heart rate up when Cl. mentioned the notice; [talked fast]" is
 * T's, not the client's the clause names).
 */
const TIME_OR_REASON_OPENERS = new Set(['when', 'whenever', 'while', 'whilst', 'because', 'if', 'unless', 'until', 'although', 'though', 'whereas']);

/** Prepositions after a noun, beside those a sentence may open with (OPENING_PREPOSITIONS). */
const NOUN_PHRASE_PREPOSITIONS = new Set(['with', 'to', 'for', 'from', 'about', 'of', 'by', 'into']);

/** Whether the opening's words from `from` to `to` are a noun phrase its first word introduces, not yet ended by a verb. */
function phraseGoesOn(tokens: readonly { word: string }[], from: number, to: number): boolean {
  if (to - from < 2 || !introducesNoun(tokens[from].word)) return false;
  for (let i = from + 1; i < to; i++) {
    const word = tokens[i].word;
    if (ENDS_PHRASE.has(word) || word.endsWith('ed') || SUBJECT_PRONOUNS.has(word)) return false;
  }
  return true;
}

function introducesNoun(word: string): boolean {
  // `s` alone is shorthand's possessive: "Cl.'s" is read as `cl` and `s`.
  return NOUN_OPENERS.has(word) || word === 's' || (word.length > 2 && word.endsWith("'s") && !NOT_POSSESSIVE.has(word));
}
