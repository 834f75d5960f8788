import { isEachTime } from '../text/opening-phrases';
import { isPastForm } from '../text/past-forms';
import { NOUN_OPENERS } from '../text/noun-openers';
import { isNumber } from '../text/numbers';
import { SUBJECT_PRONOUNS, withoutContraction } from '../text/pronouns';
import { RELATIVE_OPENERS } from '../text/relative-pronouns';
import { gapHolds, gapHoldsAny } from '../text/token-gap';
import type { Token } from '../text/tokens';
import type { PhraseHit } from './phrases';
import { pastAfterModal } from './past-after-modal';

// Where a negation or a modal stops. NegEx lets a trigger run to the next termination word (but,
// however) or the sentence's end; in notes, a sentence often goes on into a clause of its own that
// the trigger never reached: "Brynlee didn't know how to raise it, so I emailed him myself", "the
// board paper he was dreading, and I spent twenty minutes drafting it". A condition ("if",
// "unless") and a past set early in a sentence still govern what follows ("If he asks again, I
// phone the council"; "As a teenager she would hide in her room, and she...").

/** Words that open an adverbial clause of time or concession: "When she did not ring, I ...". */
const CLAUSE_OPENERS = new Set(['when', 'whenever', 'after', 'before', 'once', 'while', 'although', 'though', 'since', 'until', 'as']);

/**
 * Words that join a clause of its own on after a comma: ", so I emailed him", ", then said", ",
 * while he watched". Not "and" for a negation: after one it most often goes on with what is negated
 * ("I did not ring the council, and did not write the letter"), and measured, cutting a negation
 * there heard more that no one wrote than it found; only a past verb after it (isPastForm) cuts it.
 */
const JOINERS = new Set(['so', 'then', 'while', 'until', 'before', 'after', 'because']);

/** Words that open a clause of time or reason, or a relative clause, inside a sentence, which a comma closes. */
const INNER_OPENERS = new Set(['when', 'whenever', 'because', 'although', 'though', 'since', 'after', 'until', ...RELATIVE_OPENERS]);

/** The writer as a subject, alone or with the other: after ", and" a clause of their own ("..., and we traded wording"). */
const WRITER_SUBJECTS = new Set(['i', 'we']);

/** The last words of the modal triggers that name a time to come: "next week", "next month", "next time". */
const TIMES_TO_COME = new Set(['week', 'month', 'time']);

/** Words that open a sentence on a time to come: "Next week, ...", "Tomorrow, ...". */
const FUTURE_OPENERS = new Set(['next', 'tomorrow']);

/** Dashes that set a clause off when they stand between words. */
const DASHES = '–—-';

/** A colon after this many words or fewer closes a heading ("Denies:", "Not discussed:"), whose negation governs what follows. */
const HEADING_WORDS = 3;

/**
 * Forgets, in `negation`, `modal` and `condition` (per position, the end of the last such trigger before it),
 * each trigger that a clause boundary stands between it and the position, in a sentence whose own
 * words start at `first` (after any section label). A clause begins:
 * - after the comma closing a sentence's opening clause of time or concession ("When Maree asked
 *   what I'm not saying to Priya, I started telling her about my diary"; after any section label);
 * - after a semicolon; after a colon past a heading's few words, not inside a time ("10:30"); after
 *   a dash standing between words, unless a second one makes the two an aside ("I did not – as I
 *   so often do – jump in");
 * - after a comma, at a joining word (", so I", ", then said"): a list of acts after one negation
 *   ("I did not ring the council, write the letter or fill in the form") stays negated;
 * - after a comma, at "and" before a verb in the past ("would not do the task, and turned down each
 *   step"): what a negation governs is the bare verb, so a past one after it is an act of its own;
 *   and at "and" before a clause of time ("..., and when she asked again I wrote it"), before "I"
 *   or "we" ("Jo would not sign it, and we traded wording for forty minutes") and before a
 *   comparison ("..., and the more she pressed the more I planted my feet");
 * - for a negation or a modal inside a clause of time or reason, or a relative one, within the
 *   sentence ("..., and when I explained why it doesn't suit, she repeated the instruction"; "the
 *   partner who won't do nights, and I leave with the same ideas"), at the comma closing that
 *   clause: one before the clause goes on past it, and a time to come inside it ("next week") does
 *   unless a past verb follows; a condition (`condition`, which otherwise governs every clause after
 *   its own) ends there too when the clause is a relative one, also one right after an opening
 *   clause ("Each time I raised it, which he wanted to do if there was time, he...");
 * - for "without" or "with no", which negate their own phrase, at the next comma or "and" (not an
 *   "and" before a noun phrase, "without ranking one brilliant and the other clueless", nor one
 *   after "between"); for "instead of", "rather than" and a "no" had ("has no room"), at
 *   the next comma;
 * - for a modal (might, would, next week, dreading) only, also after a comma at "and" or a subject
 *   pronoun ("I kept insisting he bring the diary next week, and each time..."), unless what follows
 *   "and" is a verb phrase going on with the subject before ("Jo may go quiet, and change the
 *   subject": sharesTheModal). A sentence that opens on a time to come ("Next week, I fill in
 *   the form") stays in it, as after a condition.
 */
export function cutAtClauses(tokens: readonly Token[], text: string, first: number, negation: Int32Array, modal: Int32Array, condition: Int32Array): void {
  const n = tokens.length;
  const opensClause = first < n && (CLAUSE_OPENERS.has(tokens[first].word) || isEachTime(tokens[first].word, tokens[first + 1]?.word));
  const opening = opensClause ? openingEnd(tokens, text, first) : -1;
  // A sentence opening on a time to come ("Next week, I fill in the form"; "Tomorrow, she..."): a
  // modal there governs the sentence. Not any opening phrase: "Worried she might relapse, I rang
  // the GP for her" did ring (measured: keeping every opening phrase's modal lost a blind vault's flag).
  const keptModalEnd = first < n && FUTURE_OPENERS.has(tokens[first].word) ? firstComma(tokens, text, first) : -1;
  const asides = dashGaps(tokens, text) > 1;
  let clause = -1;
  let modalClause = -1;
  // A clause of time or reason, or a relative one, inside the sentence ("..., and when I explained why
  // it doesn't suit, she repeated..."): from its opening word to the comma that closes it.
  let inner = -1;
  let innerFrom = -1;
  let innerTo = -1;
  // Whether the inner clause last closed is a relative one, where a condition ends too.
  let innerRelative = false;
  // The end of a "without" or "with no" whose phrase has closed (prepositional below), or -1; and
  // where "between" last stood, whose "and" joins its two ends ("without the swings between
  // pleading and pushing me away").
  let closedPhrase = -1;
  let between = -1;
  // Where "and" with no comma began a verb of its own that the negation's auxiliary does not take (ownVerbAfterAnd).
  let ownVerb = -1;
  for (let p = 1; p <= n; p++) {
    if (p < n) {
      const comma = gapHolds(text, tokens[p - 1].end, tokens[p].start, ',');
      if (comma && inner >= 0) {
        innerFrom = inner;
        innerTo = p;
        innerRelative = RELATIVE_OPENERS.has(tokens[inner].word);
        inner = -1;
      }
      // A clause opened inside one still open is part of it: "Jo, who may ring when she's anxious, changed...".
      // Where the opening clause ends, only a relative one opens inside: it is the opening's last
      // noun's ("Every time I raised the fine, which he wanted to look at if we had time, he...").
      if (inner < 0 && p > first && (p !== opening || RELATIVE_OPENERS.has(tokens[p].word)) && INNER_OPENERS.has(tokens[p].word)) inner = p;
      if (tokens[p].word === 'between') between = p;
      const andCloses = tokens[p].word === 'and' && !NOUN_PHRASE_OPENERS.has(tokens[p + 1]?.word ?? '') && between < negation[p];
      if (negation[p] >= 1 && (((comma || andCloses) && prepositional(tokens, negation[p])) || (comma && (alternative(tokens, negation[p]) || noneHeld(tokens, negation[p]))))) closedPhrase = negation[p];
      if (p === opening || startsClause(tokens, text, p, comma, first, asides)) {
        clause = p;
        // ", then" going on with the verb phrase of a possibility is still only possible: "I may want
        // to hug her and bolt, then watch myself from the ceiling"; a negation ends there all the same.
        if (!(comma && tokens[p].word === 'then' && p + 1 < n && !isPastForm(tokens[p + 1].word) && sharesTheModal(tokens, text, p + 1, modal[p]))) modalClause = p;
      }
      // After ", and", a past verb is an act of its own, outside a negation before it, which takes the
      // bare verb ("he would not do the task, and turned down each smaller step").
      // So is a clause of time opening after ", and" ("I haven't told anyone, and when the nurse offered
      // me a biscuit I went red"): its own act, whatever was negated before it.
      // So is a subject of its own after ", and" ("Dafydd would not sign it, and we traded wording for
      // forty minutes"), and a comparison ("I would not take them, and the more she pressed the more I...").
      else if (comma && tokens[p].word === 'and' && p + 1 < n && (isPastForm(tokens[p + 1].word) || CLAUSE_OPENERS.has(tokens[p + 1].word) || WRITER_SUBJECTS.has(tokens[p + 1].word) || (tokens[p + 1].word === 'the' && tokens[p + 2]?.word === 'more'))) clause = modalClause = p;
      else if (comma && ((tokens[p].word === 'and' && !sharesTheModal(tokens, text, p + 1, modal[p])) || SUBJECT_PRONOUNS.has(withoutContraction(tokens[p].word)))) modalClause = p;
      if (negation[p] >= 1 && ownVerbAfterAnd(tokens, p, negation[p])) ownVerb = p;
      if (modal[p] >= 1 && pastAfterModal(tokens, p, modal[p])) modalClause = p;
    }
    // Past an inner clause, a negation inside it gives way to the one its opener stood under, if any
    // ("I did not, for Jo, whose caseworker hadn't replied, fill in the form": still negated).
    if (negation[p] > innerFrom && negation[p] <= innerTo) negation[p] = negation[innerFrom];
    if (negation[p] >= 0 && (negation[p] <= clause || negation[p] <= ownVerb || negation[p] === closedPhrase)) negation[p] = -1;
    // A modal inside an inner clause ends with it as a negation does ("Jo, whom I might see soon,
    // changed the subject": she did); a time to come sets the time of what follows, unless a past
    // verb follows the clause ("Jo, when she comes in next week, brings her form and I fill it in").
    if (modal[p] > innerFrom && modal[p] <= innerTo && (!TIMES_TO_COME.has(tokens[modal[p] - 1].word) || isPastForm(tokens[innerTo].word))) modal[p] = modal[innerFrom];
    if (modal[p] >= 0 && modal[p] <= modalClause && modal[p] > keptModalEnd) modal[p] = -1;
    // A condition governs the clause after its own, but one inside a relative clause only that
    // clause: "Every time I raised the fine, which he wanted to look at if we had time, he talked
    // about the weather" did. Not one inside a clause of reason ("because if he calls, I ring").
    if (innerRelative && condition[p] > innerFrom && condition[p] <= innerTo) condition[p] = condition[innerFrom];
  }
}

/**
 * The last words of the modals whose reach a verb phrase after ", and" or ", then" shares: a
 * possibility ("may", "may well", "can see myself"), or a watch for one ("look out for", "braced
 * for"). Not a worry or a dread ("I worry about Jo, and check my phone" does check it), nor a habit
 * ("will often go quiet, and change the subject").
 */
const POSSIBILITY_ENDS: ReadonlySet<string> = new Set(['may', 'might', 'could', 'well', 'myself', 'for']);

/**
 * Words after ", and" that open no verb phrase of the subject before: a subject, a time, a place, an
 * adverb ("and only on the drive home recognised", "and on Friday she") or a quantity of their own.
 */
const OWN_OPENINGS: ReadonlySet<string> = new Set(['then', 'so', 'now', 'today', 'yesterday', 'tonight', 'later', 'last', 'only', 'just', 'also', 'still', 'even', 'finally', 'eventually', 'afterwards', 'instead', 'again', 'yet', 'soon', 'often', 'sometimes', 'always', 'already', 'maybe', 'perhaps', 'meanwhile', 'part', 'there', 'nothing', 'something', 'everything', 'anything', 'nobody', 'no-one', 'everyone', 'everybody', 'someone', 'somebody', 'each', 'every', 'all', 'both', 'none', 'not', 'never', 'what', 'how', 'why', 'where', 'on', 'in', 'at', 'during', 'over', 'by', 'for', 'from', 'with', 'throughout', 'about', 'into', 'through', 'under', 'to']);

/** Verbs whose past is their bare form: after ", and" one may be an act done ("could have named it, and let it go again"). */
const BARE_PASTS: ReadonlySet<string> = new Set(['let', 'put', 'shut', 'set', 'cut', 'quit', 'hit', 'read', 'hurt', 'cost', 'spread']);

/**
 * Whether the words from `at`, after ", and", go on under the modal ending at `modalEnd` (its last
 * word the one before), as a verb phrase with no subject of its own: "Haruto may talk about the
 * stroke as a report, and insist he can handle it alone"; "I can see myself keeping clients on till
 * 7, and accepting the odd follow request"; "Oisin plans to talk to his mum, and to let her help". Only
 * after a possibility, and not before a name, a pronoun, a noun phrase, a time, a place, an adverb
 * (one in -ly too: "and honestly I have been"), or a verb in -s (a tense of its own: "might be late,
 * and keeps texting"). Asked only where the word after "and" is no past and no clause opener:
 * cutAtClauses has ended every trigger's reach there already.
 */
function sharesTheModal(tokens: readonly Token[], text: string, at: number, modalEnd: number): boolean {
  if (at >= tokens.length || modalEnd < 1) return false;
  const modal = tokens[modalEnd - 1].word;
  const word = tokens[at].word;
  const next = tokens[at + 1]?.word;
  // "plans to talk..., and to let her help": an infinitive goes on after a modal ending in "to".
  if (modal === 'to') return word === 'to' && next !== undefined && !NOUN_PHRASE_OPENERS.has(next);
  if (!POSSIBILITY_ENDS.has(modal)) return false;
  const capital = text.charCodeAt(tokens[at].start);
  if (capital >= 65 && capital <= 90) return false;
  if (NOUN_PHRASE_OPENERS.has(word) || SUBJECT_PRONOUNS.has(withoutContraction(word)) || OWN_OPENINGS.has(word) || isNumber(word)) return false;
  if (word.length > 4 && word.endsWith('ing')) return true;
  return !((word.endsWith('s') && !word.endsWith('ss')) || word.endsWith('ly') || BARE_PASTS.has(word));
}

/** Auxiliaries whose negation takes a bare verb ("did not cry"), and those that take a participle ("has not mentioned"). */
const DO_AUXILIARIES: ReadonlySet<string> = new Set(['did', 'does', 'do', "didn't", "doesn't", "don't", 'didnt', 'doesnt', 'dont']);
const HAVE_AUXILIARIES: ReadonlySet<string> = new Set(['has', 'have', 'had', "hasn't", "haven't", "hadn't", 'hasnt', 'havent', 'hadnt']);
const PAST_COPULAS: ReadonlySet<string> = new Set(['was', 'were', "wasn't", "weren't", 'wasnt', 'werent']);
const PRESENT_COPULAS: ReadonlySet<string> = new Set(['is', 'are', "isn't", "aren't", 'isnt', 'arent']);

/**
 * Whether "and" at `p`, with or without a comma before it, opens a verb the negation ending at `negationEnd`
 * cannot govern, so an act of its own: a past after "did not" or "doesn't" ("Jo did not cry and
 * changed the subject"), a present in -s after "has not" ("Jo has not mentioned the
 * assault since October and changes topic whenever I reach for it"), a verb of a negated copula's
 * tense ("Jo wasn't keen and changed the subject"), one of another tense after "never". A bare verb goes on under the
 * negation ("did not ring and write"), as does a participle after "has not", which is also a past.
 */
function ownVerbAfterAnd(tokens: readonly Token[], p: number, negationEnd: number): boolean {
  if (tokens[p].word !== 'and' || p + 1 >= tokens.length) return false;
  const trigger = tokens[negationEnd - 1].word;
  const auxiliary = trigger === 'not' && negationEnd >= 2 ? tokens[negationEnd - 2].word : trigger;
  const verb = tokens[p + 1].word;
  const tense = tenseOf(verb);
  const present = tense === 'present';
  // After "did not", a word in -s after "and" is as often a plural ("didn't bustle round with
  // leaflets and instructions"): only a past is read as a verb of its own.
  if (DO_AUXILIARIES.has(auxiliary)) return isPastForm(verb);
  // After a copula, a verb of the copula's tense goes on with an act ("Jo wasn't keen and changed the subject").
  if (PAST_COPULAS.has(auxiliary)) return isPastForm(verb);
  if (PRESENT_COPULAS.has(auxiliary)) return present;
  // After "never" the negated verb carries its own tense: one of another tense after "and" is an act
  // of its own ("he never lets anyone close and went quiet when I asked").
  if (trigger === 'never' && negationEnd < p) {
    const negated = tenseOf(tokens[negationEnd].word);
    return negated !== undefined && tense !== undefined && negated !== tense;
  }
  return HAVE_AUXILIARIES.has(auxiliary) && present;
}

/** A finite verb's tense as its form shows it: a present in -s, a past; else undefined (a bare verb, a noun). */
function tenseOf(word: string): 'present' | 'past' | undefined {
  if (isPastForm(word)) return 'past';
  return word.length > 3 && word.endsWith('s') && !word.endsWith('ss') && !word.endsWith("'s") ? 'present' : undefined;
}

/** The word after the first comma from word `from`, or -1. */
function firstComma(tokens: readonly Token[], text: string, from: number): number {
  for (let i = from + 1; i < tokens.length; i++) if (gapHolds(text, tokens[i - 1].end, tokens[i].start, ',')) return i;
  return -1;
}

/**
 * Where a sentence's opening clause of time or concession ends: at its first comma, or past a
 * relative clause set off by commas inside it ("When Jo, who doesn't drive, arrived late, she
 * changed the subject"), at the comma after that one when there is one.
 */
function openingEnd(tokens: readonly Token[], text: string, from: number): number {
  const comma = firstComma(tokens, text, from);
  if (comma < 0) return writerAfterOpening(tokens, from);
  if (!RELATIVE_OPENERS.has(tokens[comma].word)) return comma;
  const closed = firstComma(tokens, text, comma);
  // A subject after the relative clause's close begins the main clause: "When I rang Jo, who was upset, she...".
  if (closed >= 0 && SUBJECT_PRONOUNS.has(withoutContraction(tokens[closed].word))) return closed;
  const after = closed < 0 ? -1 : firstComma(tokens, text, closed);
  return after < 0 ? comma : after;
}

/** Words after which an "I" or "we" opens a clause they take ("when she said I was late"), not the main clause. */
const TAKE_A_CLAUSE: ReadonlySet<string> = new Set(['that', 'whether', 'if', 'me', 'us', 'said', 'told', 'thought', 'knew', 'felt', 'realised', 'realized', 'noticed', 'how', 'what', 'why', 'where', 'and', 'or', 'but']);

/** With no comma, the opening clause ends where the writer's own clause begins: "When my partner didn't text back on Tuesday I checked her location". */
function writerAfterOpening(tokens: readonly Token[], from: number): number {
  for (let i = from + 3; i < tokens.length; i++) if (WRITER_SUBJECTS.has(tokens[i].word) && !TAKE_A_CLAUSE.has(tokens[i - 1].word)) return i;
  return -1;
}

/** How many gaps between words hold a dash. */
function dashGaps(tokens: readonly Token[], text: string): number {
  let count = 0;
  for (let i = 1; i < tokens.length; i++) if (gapHoldsAny(text, tokens[i - 1].end, tokens[i].start, DASHES)) count++;
  return count;
}

/** Whether a clause of its own begins at token `p` (not the first) of a sentence whose words start at `first`. */
function startsClause(tokens: readonly Token[], text: string, p: number, comma: boolean, first: number, asides: boolean): boolean {
  const from = tokens[p - 1].end;
  const to = tokens[p].start;
  if (gapHolds(text, from, to, ';')) return true;
  if (gapHolds(text, from, to, ':') && p - first > HEADING_WORDS && !(isNumber(tokens[p - 1].word) && isNumber(tokens[p].word))) return true;
  if (!asides && gapHoldsAny(text, from, to, DASHES)) return true;
  return comma && JOINERS.has(tokens[p].word);
}

/**
 * Whether the negation ending at word `end` is a preposition's ("without him", "with no sense of
 * why"), which negates its own phrase only: a comma or "and" after it goes on affirmed ("she's moving
 * to Guadalajara without him and doesn't want to hear from him again").
 */
function prepositional(tokens: readonly Token[], end: number): boolean {
  const word = tokens[end - 1].word;
  return word === 'without' || (word === 'no' && end >= 2 && tokens[end - 2].word === 'with');
}

/** Verbs of having, before a "no" that denies what is had ("has no room for her"). */
const HOLDERS: ReadonlySet<string> = new Set(['has', 'have', 'had', 'having']);

/**
 * Whether the negation ending at word `end` is a "no" that someone or something has ("the market
 * has no room for a woman of 54, every application is a lottery she is bound to lose"): it denies
 * its noun phrase, up to its comma, as "instead of" does below. Not "there was no", which reaches
 * a report after it as measured ("There was no boat scare this month, Tamsin says, so ...").
 */
function noneHeld(tokens: readonly Token[], end: number): boolean {
  return end >= 2 && tokens[end - 1].word === 'no' && HOLDERS.has(tokens[end - 2].word);
}

/**
 * Whether the negation ending at word `end` is "instead of" or "rather than", which negate the
 * alternative they open, up to its comma: "Instead of letting Priya work out her pitch, I wrote the
 * slides for her" wrote them. Not at "and", which may go on with the alternative ("rather than ring
 * the council and write the letter for her, I...").
 */
function alternative(tokens: readonly Token[], end: number): boolean {
  if (end < 2) return false;
  const [before, word] = [tokens[end - 2].word, tokens[end - 1].word];
  return (before === 'instead' && word === 'of') || (before === 'rather' && word === 'than');
}

/** Words that open a noun phrase: after "and" one goes on with a preposition's object ("without ranking one brilliant and the other clueless"). */
const NOUN_PHRASE_OPENERS: ReadonlySet<string> = new Set([...NOUN_OPENERS, 'this', 'that', 'these', 'those', 'any', 'no']);

/**
 * Forgets, in `historical`, a past trigger that opens a relative clause ("her nan, who used to host
 * Christmas every year, passed away in October") once that clause closes: at a comma or semicolon,
 * or at "and who" or "and which" opening another ("who used to host it and who passed away in
 * October"). What follows is the main clause's, or the next relative clause's, not that past. The
 * places where clauses close are found once, from the end: linear however many such triggers.
 */
export function endPastAtRelativeClose(tokens: readonly Token[], text: string, triggers: readonly PhraseHit<string>[], historical: Int32Array): void {
  let closes: Int32Array | undefined;
  for (const t of triggers) {
    if (t.value !== 'historical' || t.start === 0 || !RELATIVE_OPENERS.has(tokens[t.start - 1].word)) continue;
    closes ??= clauseCloses(tokens, text);
    for (let p = closes[t.end]; p <= tokens.length && historical[p] === t.end; p++) historical[p] = -1;
  }
}

/** For each word position, the first position at or after the next one where a clause closes: after a comma or semicolon, or at "and who". */
function clauseCloses(tokens: readonly Token[], text: string): Int32Array {
  const n = tokens.length;
  const closes = new Int32Array(n + 1).fill(n + 1);
  for (let q = n - 1; q >= 1; q--) {
    const closesHere = gapHoldsAny(text, tokens[q - 1].end, tokens[q].start, ',;') || (RELATIVE_OPENERS.has(tokens[q].word) && tokens[q - 1].word === 'and');
    closes[q - 1] = closesHere ? q : closes[q];
  }
  return closes;
}
