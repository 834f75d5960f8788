import { SKIPPED_WORDS } from '../model/note';
import { OPENING_ADVERBIAL_WORDS, OPENING_PREPOSITIONS, OPENING_REACH, OPENING_TIME_DETERMINERS, OPENING_TIME_NOUNS } from '../text/opening-phrases';
import { isPastForm } from '../text/past-forms';
import { OBJECT_ONLY_PRONOUNS } from '../text/pronouns';
import { CLAUSE_STARTERS, DETERMINERS, SUBORDINATORS } from './clauses';
import { perceivedSubject } from './perceived-clause';
import { TITLES } from './titles';
import type { Who } from './mentions';

/** Subject pronouns and who they are, contracted or not. */
export const NOMINATIVE = new Map<string, Who>([
  ['i', 'me'],
  ['we', 'we'],
  ['she', 'third-person'],
  ['he', 'third-person'],
  ['they', 'third-person'],
]);
// Contracted subjects are one word to the tokenizer ("she's gone soft", "I'd had enough").
for (const [pronoun, who] of [...NOMINATIVE]) {
  for (const tail of ["'s", "'d", "'ll", "'m", "'ve", "'re"]) NOMINATIVE.set(pronoun + tail, who);
}

/** Words that stand before a person: possessives, articles, and the `s` of `Cl.'s` (read as its own word). */
export const POSSESSIVES = new Set(['her', 'his', 'their', 'my', 'your', 'our', 'the', 'a', 'an', 's', 'another', 'one']);

/** Numbers of people outside, which open their noun phrase as an article does: "Two colleagues on the day unit [have fallen into...]". */
const QUANTITIES = new Set(['two', 'three', 'four', 'five', 'six', 'several', 'both']);

/** Nouns a name before them describes, with "the" before the name: "the Svenja case", "the Okafor file". */
const ATTRIBUTIVE_HEADS = new Set(['case', 'cases', 'file', 'files', 'notes', 'referral', 'situation', 'work', 'contract', 'report', 'plan', 'review', 'material', 'session', 'sessions']);

/** Words a person's title may have between its possessive and itself: `Desmond's finance director`. */
const MODIFIERS = 2;
/** Owners of owners read back through: "Ruby's old school's deputy principal". */
const MAX_OWNERS = 3;

/**
 * A mention is a subject at the start of a sentence or clause, not after a verb or preposition;
 * `her sister`, `Sam's sister` and `Sam's younger sister` stand where `her` and `Sam's` stand.
 * `told`: whether one told about right after "told me" counts (toldAbout); not for a judgement,
 * which is the teller's ("Jo tells me her last therapist was a genius").
 */
export function isSubjectPosition(words: readonly string[], starts: readonly boolean[], index: number, who: Who, told = true, end?: number): boolean {
  const mentionAt = index;
  // A name standing before a noun it describes is no person: "the Svenja case was beyond her".
  if (who !== 'other' && index > 0 && words[index - 1] === 'the' && ATTRIBUTIVE_HEADS.has(words[end ?? index + 1])) return false;
  // A title before one of the note's people is part of the name: "Pastor Wafula", "Dr Okafor" stand where the title does.
  if (who !== 'other' && index > 0 && !starts[index] && TITLES.has(words[index - 1])) index--;
  // A clause opening at the mention itself: the word before it, after a comma, is no possessive of it
  // ("Each time I came back to the weekend at her dad's, Destiny started..."). Not a client's code in
  // brackets after a name, the same person's ("Bartek's (C-105) cousin").
  if (starts[index] && !CASE_CODE.test(words[index])) return !objectListItem(words, starts, index);
  // Only someone else's title takes modifiers ("Sam's job coach"); `my` and names do not. An owner
  // that is owned in turn stands where its own owner does: "Ruby's old school's deputy principal".
  const reach = who === 'other' ? MODIFIERS + 1 : 1;
  for (let owners = 0, owned = true; owned && owners < MAX_OWNERS; owners++) {
    owned = false;
    for (let back = 1; back <= reach && index - back >= 0; back++) {
      const before = words[index - back];
      // A number opening the sentence stands as an article would ("Two colleagues..."); after one, it is a modifier ("the two team leads").
      if (POSSESSIVES.has(before) || before.endsWith("'s") || (who === 'other' && QUANTITIES.has(before) && starts[index - back])) {
        index -= back;
        // The `s` of shorthand's possessive (`Cl.'s`, read as two words) stands where its owner does.
        if (before === 's' && index > 0) index--;
        owned = before.length > 2 && before.endsWith("'s") && !NOMINATIVE.has(before) && !starts[index];
        break;
      }
      // A modifier opens no clause and is no preposition: past one, the mention is not after a possessive.
      if (starts[index - back + 1] || CLAUSE_STARTERS.has(before) || PREPOSITIONS.has(before) || before === SKIPPED_WORDS) break;
    }
  }
  // Shorthand leaves the article out: "Hostel night manager [spent handover running Cl. down]".
  if (who === 'other' && index === mentionAt && !starts[index]) index = bareOpening(words, starts, index);
  if (starts[index]) return !objectListItem(words, starts, index);
  if (index > 0 && CLAUSE_STARTERS.has(words[index - 1])) return !(words[index - 1] === 'and' && joinsListItems(words, starts, index - 1));
  // The subject of a clause a verb of perceiving opens ("I noticed Jo [went quiet]": `end`, where the
  // mention ends, is needed to see that only auxiliaries follow it); not an owner ("I heard my
  // father's voice [come out of my mouth]"), nor the one a judgement is about ("I think the
  // consultant [walks on water]" is the thinker's idealising: `told` is false for a judgement).
  if (told && end !== undefined && index > 0 && !owns(words, end - 1) && perceivedSubject(words, starts, index, end)) return true;
  // Read as the one told about only when the mention owns nothing itself ("told me her mother's story").
  if (told && toldAbout(words, index) && !owns(words, mentionAt) && !(POSSESSIVES.has(words[mentionAt]) && owns(words, mentionAt + 1))) return true;
  if (end !== undefined && afterOpeningClause(words, starts, index) && !headsShortClause(words, starts, end)) return true;
  // Not where an object right before the cue may be the one who acts: "Once again Ann told me [to stop rescuing]".
  return afterOpeningPhrase(words, starts, index) && (end === undefined || !objectActsFrom(words, end));
}

/**
 * Whether the mention at `index` opens the main clause after a clause of time or condition that
 * opens the sentence with no comma: "When I asked about her dad Jo [changed the subject]",
 * "Each time her dad came up Jo...". The clause must hold a verb in the past, and the word before
 * the mention must not take it as its object (a verb, a preposition, a possessive or article).
 */
function afterOpeningClause(words: readonly string[], starts: readonly boolean[], index: number): boolean {
  const opener = openingSubordinator(words);
  if (!starts[0] || opener === 0 || index < opener + 2) return false;
  const before = words[index - 1];
  if (PREPOSITIONS.has(before) || POSSESSIVES.has(before) || DETERMINERS.has(before) || CLAUSE_STARTERS.has(before) || NOMINATIVE.has(before)) return false;
  if (VERB_WORDS.has(before) || isPastForm(before) || (before.endsWith('ing') && !ING_NOUNS.has(before)) || before === 'to' || before === SKIPPED_WORDS) return false;
  let verb = false;
  for (let k = opener; k < index - 1; k++) {
    if (starts[k] || words[k] === SKIPPED_WORDS) return false;
    verb ||= isPastForm(words[k]) || VERB_WORDS.has(words[k]);
  }
  return verb;
}

/**
 * Whether the mention ending at `end` is the subject of a clause hung on a noun with no "that",
 * someone else's subject right after it: "When I tried the exercise Ann suggested Jo [withdrew]",
 * "When I described the dream Jo had Ann [went quiet]": a verb follows the mention, then one more
 * word that no verb, preposition or article takes, last before the cue or followed by a verb.
 */
function headsShortClause(words: readonly string[], starts: readonly boolean[], end: number): boolean {
  let verb = end;
  if ((words[verb] === 'had' || words[verb] === 'has') && isPastForm(words[verb + 1] ?? '')) verb++;
  const next = verb + 1;
  if (next >= words.length || starts[next] || !(isPastForm(words[verb]) || VERB_WORDS.has(words[verb]))) return false;
  const word = words[next];
  if (OBJECT_ONLY_PRONOUNS.has(word) || NOT_A_PERSON.has(word) || PREPOSITIONS.has(word) || POSSESSIVES.has(word) || DETERMINERS.has(word)) return false;
  return next === words.length - 1 || isPastForm(words[next + 1]) || VERB_WORDS.has(words[next + 1]);
}

/** Nouns in "ing" that end a clause's object as any noun does: "Every time I mentioned the ending Jo [went quiet]". */
const ING_NOUNS = new Set([
  ...['ending', 'wedding', 'meeting', 'morning', 'evening', 'drinking', 'gambling', 'bullying', 'feeling', 'feelings', 'training'],
  ...['hearing', 'housing', 'building', 'thing', 'something', 'nothing', 'anything', 'everything', 'counselling', 'counseling', 'booking', 'offending'],
]);

/** Objects that are no one: "Jo had it [...]". */
const NOT_A_PERSON = new Set(['it', 'you', 'this', 'that', 'myself', 'herself', 'himself', 'themselves', 'her']);

/** How many words open the sentence as a subordinator: "when", "whenever", "each time", "the moment", "as soon as"; 0 for none. */
function openingSubordinator(words: readonly string[]): number {
  if (words[0] === 'as' && words[1] === 'soon' && words[2] === 'as') return 3;
  if ((words[0] === 'each' || words[0] === 'every' || words[0] === 'any') && words[1] === 'time') return 2;
  if (words[0] === 'the' && (words[1] === 'moment' || words[1] === 'minute')) return 2;
  return SUBORDINATORS.has(words[0]) ? 1 : 0;
}

/**
 * Whether an object pronoun after `from` stands right before the cue, or with only "to", "stop" and
 * the like between: "told me to stop [rescuing]", "noticed me [going quiet]". Who then does the
 * cue is not read here; the mention before it is not taken for sure.
 */
function objectActsFrom(words: readonly string[], from: number): boolean {
  let at = words.length - 1;
  while (at >= from && BEFORE_AN_ACT.has(words[at])) at--;
  if (at < from) return false;
  if (OBJECT_ONLY_PRONOUNS.has(words[at])) return true;
  // "Her" or a noun with its possessive or article only with "to" or the like after it: "told her
  // sister to stop [rescuing her]"; right before the cue they may be its own ("with her [easiest
  // cases]", "through my notes [line by line]").
  return at < words.length - 1 && (words[at] === 'her' || (at - 1 >= from && POSSESSIVES.has(words[at - 1])));
}

/** Words that may stand between an object and the act it is asked, told or seen to do: "me to stop [rescuing]", "accused me of [rescuing]". */
const BEFORE_AN_ACT = new Set(['to', 'stop', 'start', 'keep', 'be', 'not', 'again', 'just', 'always', 'also', 'still', 'for', 'of']);

/**
 * Whether the mention at `index` follows a phrase of time or place opening the sentence with no
 * comma: words of an adverbial ("Tonight the new data clerk", "As usual Jo", "This week Jo",
 * "Predictably her sister"), or a preposition's phrase after at most one of them ("In group
 * supervision a fellow clinician", "Later in the session Jo"). Not the object of a preposition
 * ending it ("at home with her partner"; "as soon as Jo" opens a clause, read where clauses are),
 * and not across words left out.
 */
function afterOpeningPhrase(words: readonly string[], starts: readonly boolean[], index: number): boolean {
  if (index === 0 || !starts[0] || PREPOSITIONS.has(words[index - 1])) return false;
  let at = 0;
  while (at < index && (at === 0 || !starts[at])) {
    // "Once" alone opens a clause as "when" does; "once again" and "once more" are adverbials.
    if (words[at] === 'once' && (words[at + 1] === 'again' || words[at + 1] === 'more')) at++;
    else if (!isOpeningAdverbial(words[at])) break;
    at++;
  }
  if (at === index) return index <= OPENING_REACH;
  if (at > 1 || !OPENING_PREPOSITIONS.has(words[at]) || (at > 0 && starts[at])) return false;
  return index >= at + 2 && index <= OPENING_REACH + at && !words.slice(at + 1, index).some((w) => NOMINATIVE.has(w) || w === SKIPPED_WORDS);
}

/** Words in "ly" that are no adverb: nouns, adjectives, names ("Supply teacher Jo...", "Emily Jo's..."). */
const NOT_ADVERBS = new Set(['supply', 'family', 'bully', 'belly', 'rally', 'jelly', 'holly', 'sally', 'emily', 'kelly', 'molly', 'polly', 'italy', 'lonely', 'friendly', 'elderly', 'lovely', 'silly', 'assembly', 'anomaly', 'reply', 'apply', 'butterfly', 'homely', 'lively', 'costly', 'deadly', 'orderly', 'unruly', 'wobbly', 'smelly', 'chilly', 'curly', 'hilly', 'jolly', 'woolly']);

/** A word of an adverbial of time or manner that may open a sentence before its subject: "again", "this", "week", "predictably". */
function isOpeningAdverbial(word: string): boolean {
  if (OPENING_PREPOSITIONS.has(word)) return false;
  return OPENING_ADVERBIAL_WORDS.has(word) || OPENING_TIME_DETERMINERS.has(word) || OPENING_TIME_NOUNS.has(word) || (word.length > 4 && word.endsWith('ly') && !NOT_ADVERBS.has(word));
}

/**
 * Where a title of someone outside starts when it opens its clause with nothing but nouns before it
 * and no article: "Hostel night manager", "Duty senior". Not after a word that may be a verb, which
 * shorthand opens with as often ("Rang hostel manager", "Called night staff", "Ask key worker",
 * "Cl. texts her sister"), nor after a pronoun, a preposition or words left out. `index` itself
 * when there is none.
 */
function bareOpening(words: readonly string[], starts: readonly boolean[], index: number): number {
  for (let at = index - 1; at >= Math.max(0, index - MODIFIERS); at--) {
    const word = words[at];
    // A word in -s may be a verb as well as a plural ("Cl. messages her girlfriend"); a word of one
    // or two letters is shorthand for someone ("Cl.", "T").
    if (!/^[a-z][a-z-]+[a-z]$/.test(word) || word.endsWith('s') || isPastForm(word) || word.endsWith('ing') || SHORTHAND_VERBS.has(word) || VERB_WORDS.has(word)) return index;
    if (CLAUSE_STARTERS.has(word) || PREPOSITIONS.has(word) || POSSESSIVES.has(word) || NOMINATIVE.has(word) || OBJECT_ONLY_PRONOUNS.has(word)) return index;
    if (starts[at]) return at;
  }
  return index;
}

/** Verbs shorthand opens a sentence with, in their plain form, whose object a title after them is (their past forms are isPastForm's). */
const SHORTHAND_VERBS = new Set(['call', 'ring', 'phone', 'email', 'text', 'contact', 'ask', 'tell', 'meet', 'see', 'chase', 'refer', 'book', 'update', 'inform', 'check', 'speak', 'write', 'send', 'visit', 'liaise', 'discuss', 'review', 'thank', 'remind', 'invite', 'let']);

/**
 * Whether the mention opening a clause at `index` is an item of a list of people after a verb,
 * which an object pronoun closes: "rang the physio, his gran and me the same afternoon, took...".
 * Its clause joins it to "me", "him", "us" or "them" with "and" or "or" before any subject or verb,
 * and no verb follows the pronoun: "her sister and me did all the talking" is said as a subject
 * (found by the review of session 35), and so is one the cue follows with no comma between.
 */
function objectListItem(words: readonly string[], starts: readonly boolean[], index: number): boolean {
  for (let k = index + 1; k + 1 < words.length && !starts[k]; k++) {
    const word = words[k];
    if (NOMINATIVE.has(word) || VERB_WORDS.has(word) || isPastForm(word) || word === SKIPPED_WORDS) return false;
    if ((word === 'and' || word === 'or') && !starts[k + 1]) {
      if (!OBJECT_ONLY_PRONOUNS.has(words[k + 1])) return false;
      const after = k + 2;
      if (after === words.length) return starts[after] === true;
      const next = words[after];
      return starts[after] || !(VERB_WORDS.has(next) || isPastForm(next) || next.endsWith('ing'));
    }
  }
  return false;
}

/** Verbs of telling whose listener comes before what is told. */
const TELLING = new Set(['tell', 'tells', 'told', 'telling']);

/**
 * Whether the mention at `index` (or the possessive its title stands after) opens what is told
 * right after "told me", "tells him" with no "that": "Robin told me Jo keeps asking him to decide"
 * is Jo's, "Jo told me her mother keeps..." the mother's. Not the writer's possessive ("told me my
 * notes read like a student's"), nor a name's ("told me Jo's news").
 */
function toldAbout(words: readonly string[], index: number): boolean {
  if (WRITERS.has(words[index]) || owns(words, index)) return false;
  if (index >= 2 && TELLING.has(words[index - 2]) && OBJECT_ONLY_PRONOUNS.has(words[index - 1])) return true;
  // A listener of two words: "I told my supervisor Donncha [rang his sponsor at midnight]".
  return index >= 3 && TELLING.has(words[index - 3]) && LISTENER_OPENERS.has(words[index - 2]) && LISTENERS.has(words[index - 1]);
}

/** Openers of a listener's noun phrase after "told": "told my supervisor", "told the team". */
const LISTENER_OPENERS = new Set(['my', 'our', 'the', 'her', 'his', 'their']);
/** Listeners told of someone: "told my supervisor Jo...", "told the group Jo...". */
const LISTENERS = new Set(['supervisor', 'supervisors', 'therapist', 'manager', 'team', 'group', 'colleague', 'colleagues', 'peers', 'mentor', 'tutor', 'supervisee', 'trainee']);

/** Whether the word at `at` is a possessive: "mother's", or shorthand's "Cl." and "s". */
export function owns(words: readonly string[], at: number): boolean {
  return at < words.length && (words[at].endsWith("'s") || words[at + 1] === 's');
}

/** The writer's possessives, which name no one told about. */
const WRITERS = new Set(['my', 'our', 'your']);

/** A client's code as a word: "c-105", "hi-503". */
const CASE_CODE = /^[a-z]{1,4}-\d+$/;

/** Words of "had barely begun when...", after which a clause of time tells what happened next. */
const NO_SOONER = new Set(['barely', 'hardly', 'scarcely']);

const PREPOSITIONS = new Set(['in', 'of', 'on', 'at', 'with', 'for', 'to', 'from', 'by', 'about', 'into', 'over', 'under', 'between', 'like']);

/**
 * Where the subordinator stands ("when", "whenever", "if") whose clause the mention at `at` is the
 * subject of, when that clause closes at a comma, the one right before the cue included ("The wing
 * officer, when Jo sneered, [started lecturing him]"); -1 when it does not.
 */
export function closedSubordinateClause(words: readonly string[], starts: readonly boolean[], at: number): number {
  let opener = at - 1;
  while (opener >= 0 && opener >= at - 2 && POSSESSIVES.has(words[opener])) opener--;
  if (opener < 0 || !SUBORDINATORS.has(words[opener])) return -1;
  for (let k = at + 2; k < words.length; k++) if (starts[k]) return opener;
  if (!starts[words.length]) return -1;
  // A comma right before the cue closes it too, but not after "had barely begun when...": there the
  // clause tells what happened, and its subject goes on ("I had barely begun when my supervisor
  // opened her laptop, [built him a spreadsheet]").
  for (let k = opener - 1; k >= 0 && !starts[k + 1]; k--) if (NO_SOONER.has(words[k])) return -1;
  return opener;
}

/**
 * Whether the "and" at `and` ends a list of things after a comma ("about the Luas, the neighbour's
 * dog and her cousin's hen"): the words since the comma name no one and hold no verb, so the one
 * after it is the list's last item, not a new clause's subject.
 */
function joinsListItems(words: readonly string[], starts: readonly boolean[], and: number): boolean {
  // After a comma, "and" joins clauses: "Eighth session, and Dagny described...".
  if (starts[and]) return false;
  for (let k = and - 1; k > 0; k--) {
    const word = words[k];
    if (NOMINATIVE.has(word) || word === SKIPPED_WORDS || isPastForm(word) || VERB_WORDS.has(word) || CLAUSE_STARTERS.has(word)) return false;
    if (starts[k]) return true;
  }
  return false;
}

/** Verbs a list of things holds none of. */
const VERB_WORDS = new Set(['is', 'was', 'are', 'were', 'has', 'had', 'have', 'does', 'did', 'do']);
