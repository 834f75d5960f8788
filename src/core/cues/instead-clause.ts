import { NOUN_OPENERS } from '../text/noun-openers';
import { isPastForm } from '../text/past-forms';
import { SUBJECT_PRONOUNS, withoutContraction } from '../text/pronouns';
import { gapHolds } from '../text/token-gap';
import type { Token } from '../text/tokens';

// A clause after a denial, with the same person doing something else, tells what was done instead:
// "I did not draft the letter for her; I asked what she wanted it to say", "Siobhan did not move
// house alone; she let her friends help". Practitioners write restraint that way, and what stands
// in the second clause is the alternative to the dynamic denied, most often its healthy
// counterpart (asking, waiting, telling the supervisor): read as a description of its own, it heard
// another dynamic in most such sentences of the development sets. A cue phrase there still names
// its dynamic; only descriptions (patterns, the learnt reader) are read this way.

/** Words that may open the second clause before its subject: "; instead I asked", "; then she rang". */
const OPENERS = new Set(['instead', 'then', 'and', 'so', 'rather']);

/** Words between a subject and its negation: "I did not", "she has never", "I still haven't". */
const BETWEEN = new Set(['did', 'does', 'do', 'has', 'have', 'had', 'was', 'were', 'is', 'are', 'am', 'still', 'also', 'just', 'really', 'certainly', 'definitely', 'simply', 'even']);

/** A perfect before "never": what it denies is left undone so far. */
const SO_FAR = new Set(['have', 'has', "i've", "we've", "you've", "they've", "she's", "he's"]);

/** People outside the session a sentence opens on with a capital, as a name is written: "Mum did not turn up; we...". */
const OUTSIDERS = new Set(['mum', 'mom', 'mam', 'dad', 'mother', 'father', 'nan', 'gran', 'grandma', 'grandad', 'grandpa', 'sister', 'brother', 'aunt', 'auntie', 'uncle', 'husband', 'wife', 'partner', 'son', 'daughter', 'boss', 'manager', 'teacher', 'doctor', 'nurse', 'landlord', 'landlady']);

/** Words for the people of a session or supervision that a "she" or "he" after them may go on with. */
const PEOPLE = new Set(['supervisor', 'client', 'cl', 'pt', 'patient', 't', 'coachee', 'supervisee', 'clinician', 'therapist', 'counsellor', 'counselor', 'coach', 'practitioner', 'trainee']);

/**
 * Denials of an act done or not on the occasion: "did not", "didn't", "never" with a verb in the
 * past. Not "no" or "nothing", which deny a thing, nor "has not" or "still haven't", which tell of something left
 * undone so far, what the clause after goes on to describe ("I still haven't said what we're
 * working towards; I let him choose a topic each week").
 */
function deniesAct(tokens: readonly Token[], j: number): boolean {
  const word = tokens[j].word;
  let verb = j + 1;
  while (verb < tokens.length && BETWEEN.has(tokens[verb].word)) verb++;
  // "Never" with a verb in the present is a habit ("Jo never says no to her brother; she drafted his
  // reply"), whose clause after tells the habit at work, not something done instead.
  // So too "don't" and "does not", a habit told: "I don't usually do this; I filled in her form".
  // "I've never said what we're working towards; I let him choose" is left undone so far, as "still haven't" is.
  const denies = word === 'never' ? isPastForm(tokens[verb]?.word ?? '') && !(j > 0 && SO_FAR.has(tokens[j - 1].word)) : word === "didn't" || (word === 'not' && j > 0 && tokens[j - 1].word === 'did');
  const denied = tokens[verb]?.word ?? '';
  const next = tokens[verb + 1]?.word;
  return denies && !HOLDING_BACK.has(denied) && !(denied === 'say' && next === 'no') && !(denied === 'keep' && next === 'to');
}

/**
 * Verbs whose denial is no restraint but the lack of it, so that what follows is the act itself:
 * "I did not think twice; I rang the council for her", "I didn't wait for her to ask; I drafted it".
 */
const HOLDING_BACK = new Set(['think', 'hesitate', 'wait', 'stop', 'pause', 'ask', 'check', 'bother', 'hold', 'want', 'mean', 'plan', 'intend', 'realise', 'realize', 'notice', 'know', 'see',
  // Restraint denied, so what follows is what it would have held: "I did not stick to the contract;
  // I drafted his reply", "I didn't feel able to say no; I filled it in" (and "didn't say no", "keep to").
  // Not "keep" alone: "did not keep it from my supervisor" denies a withholding.
  'stick', 'refuse', 'resist', 'decline', 'manage', 'feel', 'have']);

/**
 * Nothing or no one as what a past act took: "I held nothing in reserve: I told my supervisor",
 * "my supervisor drafted nothing for me; she waited". The act was not done, as with "did not".
 */
function deniesThing(tokens: readonly Token[], j: number): boolean {
  return (tokens[j].word === 'nothing' || tokens[j].word === 'nobody') && j >= 2 && isPastForm(tokens[j - 1].word);
}

/** Whether the gap before token `k` closes a clause: a semicolon, or a colon not inside a time ("10:30"). */
function clauseBreakBefore(tokens: readonly Token[], text: string, k: number): boolean {
  for (let i = tokens[k - 1].end; i < tokens[k].start; i++) {
    const c = text[i];
    if (c === ';') return true;
    if (c === ':' && !(isDigit(text[i - 1]) && isDigit(text[i + 1]))) return true;
  }
  return false;
}

function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= '0' && c <= '9';
}

/**
 * Whether the description whose first word is token `at` of a block's `tokens` stands in a clause
 * telling what its subject did instead of what the clause before denied (see above), looking back
 * no further than token `from` (the sentence's first, or the one before's where a semicolon or
 * colon closed it: sentences are read apart there). The two subjects must be one person: "I ... ;
 * I", "I ... ; we", or someone else named or spoken of before "; she" or "; he". Linear in the
 * length of the two sentences.
 */
export function insteadOfDenied(tokens: readonly Token[], text: string, at: number, from: number): boolean {
  const breaks = (k: number): boolean => clauseBreakBefore(tokens, text, k);
  let k = at;
  while (k > from && !breaks(k)) k--;
  if (k === from) return false;
  // "...; I asked what she wanted, but in the end I filled in her form": past a "but", the clause turns back.
  for (let i = k; i < at; i++) if (TURNS.has(tokens[i].word)) return false;
  const subject = subjectOf(tokens, text, k, at);
  if (subject === undefined) return false;
  // The denial: the last negation of an act in the clause before, back to the clause break before that.
  let opening = k - 1;
  while (opening > from && !breaks(opening)) opening--;
  let denial = -1;
  let thing = false;
  for (let j = k - 1; j >= opening && denial < 0; j--) {
    thing = deniesThing(tokens, j);
    if (thing || deniesAct(tokens, j)) denial = j;
  }
  if (denial < 0) return false;
  // Its doer: the word before it (before its verb, for a thing denied), past any auxiliary or adverb ("I did not", "she has still not").
  let before = denial - (thing ? 2 : 1);
  while (before >= opening && BETWEEN.has(tokens[before].word)) before--;
  if (before < opening) return false;
  // "Mbali, the principal I reviewed in supervision, did not...; we": a name set off by a comma at the clause's start is its doer.
  const appositive = opening + 1 < k && gapHolds(text, tokens[opening].end, tokens[opening + 1].start, ',');
  return sameDoer(subject, tokens[before], text) || (subject === 'we' && appositive && named(tokens[opening], tokens[opening].word, text));
}

/** Words that turn a clause back against the one before: what follows them is no alternative to what was denied. */
const TURNS = new Set(['but', 'yet', 'though', 'although', 'still']);

/** Prepositions that may open a clause before its subject: "; in supervision I said", "; in the first minutes I checked". */
const PREPOSITIONS = new Set(['in', 'at', 'on', 'during', 'after', 'by', 'within', 'from', 'over']);

/** The most words an opening phrase before a clause's subject may have: "; the same week, I said". */
const OPENING_WORDS = 4;

/**
 * The subject of the clause opening at token `k` (whose description starts at `at`), as a pronoun:
 * after a joining word, an opening phrase set off by a comma or led by a preposition; "Jo and I"
 * is "we". Undefined where the clause opens on no person ("; it had gone well") or on a verb.
 */
function subjectOf(tokens: readonly Token[], text: string, k: number, at: number): string | undefined {
  let s = k;
  while (s < at && OPENERS.has(tokens[s].word)) s++;
  if (s + 2 < tokens.length && tokens[s + 1].word === 'and' && tokens[s + 2].word === 'i') return 'we';
  const pronoun = (i: number): string | undefined => {
    const word = withoutContraction(tokens[i].word);
    return SUBJECT_PRONOUNS.has(word) && word !== 'it' && word !== 'you' ? word : undefined;
  };
  const own = pronoun(s);
  if (own !== undefined) return own;
  const led = PREPOSITIONS.has(tokens[s].word);
  for (let i = s + 1; i <= s + OPENING_WORDS && i <= at; i++) {
    if (gapHolds(text, tokens[i - 1].end, tokens[i].start, ',')) return pronoun(i);
    if (led && pronoun(i) !== undefined) return pronoun(i);
  }
  return undefined;
}

/** Whether `subject` of the second clause can be the person `doer` of the denied act. */
function sameDoer(subject: string, doer: Token, text: string): boolean {
  const word = withoutContraction(doer.word);
  if (subject === 'i') return word === 'i';
  // "We" after one of the session's own denial is the two of the session going on: "my supervisor
  // did not labour it; we agreed the wording". Not after someone outside: "her social worker did not turn up; we...".
  if (subject === 'we') return word === 'i' || word === 'we' || named(doer, word, text);
  if (word === subject) return true;
  if (word === 'i' || word === 'we' || word === 'you' || word === 'it') return false;
  return named(doer, word, text);
}

/** Whether a word is one of the session's people, or written as a name: a capital, then a small letter ("Jo", not "DWP", nor a sentence's "Her"). */
function named(doer: Token, word: string, text: string): boolean {
  if (PEOPLE.has(word)) return true;
  if (NOUN_OPENERS.has(word) || OUTSIDERS.has(word)) return false;
  const first = text.charCodeAt(doer.start);
  const second = doer.end - doer.start > 1 ? text.charCodeAt(doer.start + 1) : 0;
  return first >= 65 && first <= 90 && second >= 97 && second <= 122;
}
