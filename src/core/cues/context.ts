import type { ContextCues } from '../taxonomy/default-taxonomy';
import type { Token } from '../text/tokens';
import { gapHoldsAny } from '../text/token-gap';
import { isPlanLabel, labelLength } from '../text/section-labels';
import { isEachTime } from '../text/opening-phrases';
import { cutAtClauses, endPastAtRelativeClose } from './clause-scope';
import { countsAsTrigger } from './trigger-exceptions';
import { endPastAheadAtClause, endPastAtNow } from './past-reach';
import { datedClauseStart, pastMarkers } from './past-markers';
import { isPastForm } from '../text/past-forms';
import { PhraseIndex, type PhraseHit } from './phrases';
import { BELIEVING } from '../text/saying-verbs';

export type Certainty = 'affirmed' | 'negated' | 'hypothetical' | 'historical';
/** `past`: a past that places only what follows it (an age, a school year: past-markers.ts). */
export type Trigger = 'pre' | 'post' | 'object' | 'pseudo' | 'termination' | 'hypothetical' | 'condition' | 'historical' | 'past';

/**
 * The longest sentence, in words, whose tables are reused from one sentence to the next: nearly
 * every sentence, in arrays of 4 KB each kept for good.
 */
const KEPT_TABLE_SIZE = 1024;

/** How far back a post-negation reaches, in words (NegEx). */
const POST_REACH = 5;
/** No trigger ahead: further than any sentence is long. */
const NONE = 0x3fffffff;

/**
 * A sentence's triggers, with what certainty() asks of them precomputed per word position, so that
 * each cue is answered in constant time: a sentence of a dictated transcript can hold thousands of
 * cues and triggers, and comparing every cue with every trigger would be quadratic.
 */
export interface SentenceContext {
  /** Per position p: the largest end of a trigger of that kind ending at or before p, or -1. */
  lastPreEnd: Int32Array;
  lastHypotheticalEnd: Int32Array;
  /** As lastHypotheticalEnd, for a condition ("if", "unless", a sentence opening "Should"): what it sets governs the clauses after it. */
  lastConditionEnd: Int32Array;
  lastHistoricalEnd: Int32Array;
  /** Per position p: the largest start of a termination ending at or before p, or -1. */
  lastTerminationStart: Int32Array;
  /** Per position p: the smallest end of a termination starting at or after p, or NONE. */
  nextTerminationEnd: Int32Array;
  /** Per position p: the smallest start of a trigger of that kind starting at or after p, or NONE. */
  nextPostStart: Int32Array;
  nextHistoricalStart: Int32Array;
  /** An object that is no one or nothing (context-cues.yaml object_negation): its last end at or before p, its first start at or after p. */
  lastObjectEnd: Int32Array;
  nextObjectStart: Int32Array;
  /** Per position: 1 where a preposition stands that may come between a cue and its object ("gave my number to nobody"). */
  prepositionAt: Int32Array;
}

/**
 * NegEx / ConText over one sentence: is a cue at tokens [start, end) negated, hypothetical or
 * historical? Triggers inside the cue itself (`no contract`, `didn't push`) do not count, and
 * pseudo-negations (`no change`) are not negations.
 */
export class ContextReader {
  private readonly triggers = new PhraseIndex<Trigger>(0);
  private readonly saying: ReadonlySet<string>;

  constructor(cues: ContextCues) {
    this.saying = new Set(cues.reported_speech);
    const add = (list: string[], type: Trigger): void => list.forEach((p) => this.triggers.add(p, type));
    add(cues.pre_negation.filter((p) => p !== "n't"), 'pre');
    add(cues.post_negation, 'post');
    add(cues.object_negation, 'object');
    add(cues.pseudo_negation, 'pseudo');
    add(cues.termination, 'termination');
    add(cues.hypothetical, 'hypothetical');
    add(cues.historical, 'historical');
  }

  /** The tables of the sentence scanned last, reused for the next: every sentence with a cue is scanned, and tables of their own per sentence were a sixth of what a scan allocates. */
  private tables: SentenceContext | undefined;
  private readonly scratch: Scratch = { delta: new Int32Array(KEPT_TABLE_SIZE), covered: new Int32Array(KEPT_TABLE_SIZE) };

  /**
   * Triggers of a sentence, found once and reused for each cue in it. What it returns holds until
   * the next scan: its tables are reused then.
   */
  scan(tokens: readonly Token[], text?: string): SentenceContext {
    const n = tokens.length;
    // Triggers whose words mean something else where they stand are none (trigger-exceptions.ts).
    const hits = this.triggers.find(tokens).filter((h) => countsAsTrigger(h, tokens, text));
    // A condition governs the main clause after it; a modal or a wish only its own (clause-scope.ts).
    for (const h of hits) if (h.value === 'hypothetical' && h.end - h.start === 1 && CONDITIONS.has(tokens[h.start].word)) h.value = 'condition';
    // Words ending in n't negate unless a phrase already covers them (`couldn't help`).
    const covered = coverage(hits, n, this.scratch);
    for (let i = 0; i < n; i++) {
      if (covered[i + 1] === covered[i] && tokens[i].word.endsWith("n't")) hits.push({ value: 'pre', start: i, end: i + 1 });
    }
    // Where the sentence's own words start, after any section label ("P:"): read once for all below.
    const first = text === undefined || n === 0 ? 0 : labelLength(tokens, text);
    // A year, an age or a school year named places what is near it in the past (past-markers.ts).
    pastMarkers(tokens, text, first, (start, end, forward) => {
      hits.push({ value: forward ? 'past' : 'historical', start, end });
      // What its clause tells before it is that time's too: "I sat with my grandfather through his last
      // night at Queen Mary Hospital in the winter of 1998". Marked as a past from the clause's start.
      if (!forward && text !== undefined) {
        const from = datedClauseStart(tokens, text, first, start);
        if (from < start) hits.push({ value: 'past', start: from, end: from });
      }
    });
    // "Should" opening a sentence (after any label) that asks nothing is a condition: "Should the
    // form come back again, my plan is to ring them myself".
    if (text !== undefined && n > 0) {
      if (first < n && tokens[first].word === 'should' && !QUESTION_END.test(text.slice(tokens[n - 1].end, tokens[n - 1].end + 4))) hits.push({ value: 'condition', start: first, end: first + 1 });
      // What a plan's label heads is still to be done ("Next step: ask Joanne what she wants from
      // it"), unless it tells of the past: notes put what was decided there too ("Plan: at the close
      // I told him I would halve my fee").
      if (isPlanLabel(tokens, first) && !toldInPast(tokens, first)) hits.push({ value: 'condition', start: first - 1, end: first });
    }
    // A trigger that shares a word with a pseudo-negation is part of that phrase, not a trigger.
    const pseudo = coverage(hits.filter((h) => h.value === 'pseudo'), n, this.scratch);
    // No hypothetical: a future modal in reported words is what was said (reportedModal), a worry
    // named is a thing (worryAsNoun), "would not" told of the past is a refusal (refusal), "would
    // always" a habit (habitualWould).
    const counts = (h: PhraseHit<Trigger>): boolean => pseudo[h.end] === pseudo[h.start] && !(h.value === 'hypothetical' && (reportedModal(tokens, h.start, h.end, this.saying) || worryAsNoun(tokens, h.start, h.end) || refusal(tokens, h.start, h.end) || habitualWould(tokens, h.start, h.end)));
    // No one or nothing after a comma or semicolon opens a clause of its own ("no task chosen,
    // nothing agreed"): it is no object of the words before it.
    const objectOf = (h: PhraseHit<Trigger>): boolean => h.value !== 'object' || text === undefined || h.start === 0 || !gapHoldsAny(text, tokens[h.start - 1].end, tokens[h.start].start, ',;');
    const triggers = hits.filter((h) => h.value === 'pseudo' || h.value === 'termination' || (counts(h) && objectOf(h)));
    // A sentence of thousands of words (dictation, no full stop) gets tables of its own, let go after it.
    const tables = n + 1 > KEPT_TABLE_SIZE ? emptyTables(n + 1) : (this.tables ??= emptyTables(KEPT_TABLE_SIZE));
    precompute(triggers, n, tables);
    // Read only where an object of no one or nothing stands (objectRightAfter): most sentences have none.
    if (triggers.some((t) => t.value === 'object')) {
      for (let i = 0; i < n; i++) tables.prepositionAt[i] = OBJECT_PREPOSITIONS.has(tokens[i].word) ? 1 : 0;
    }
    if (text !== undefined) {
      cutAtClauses(tokens, text, first, tables.lastPreEnd, tables.lastHypotheticalEnd, tables.lastConditionEnd);
      endPastAtNow(tokens, text, tables.lastHistoricalEnd);
      endPastAtRelativeClose(tokens, text, triggers, tables.lastHistoricalEnd);
      endPastAheadAtClause(tokens, text, tables.nextHistoricalStart, NONE);
    }
    return tables;
  }

  certainty(context: SentenceContext, start: number, end: number, objectAfter = true): Certainty {
    // A trigger before the cue counts when no termination lies wholly between them; the nearest one
    // decides, since any termination that cuts it off cuts off those further away too. The same
    // holds after the cue, looking forward.
    const clearBefore = (lastEnd: Int32Array): boolean => lastEnd[start] >= 0 && context.lastTerminationStart[start] < lastEnd[start];
    const clearAfter = (nextStart: Int32Array): boolean => nextStart[end] - end <= POST_REACH && context.nextTerminationEnd[end] > nextStart[end];
    if (clearBefore(context.lastPreEnd) || clearAfter(context.nextPostStart) || (objectAfter && objectRightAfter(context, end))) return 'negated';
    if (clearBefore(context.lastHypotheticalEnd) || clearBefore(context.lastConditionEnd)) return 'hypothetical';
    if (clearBefore(context.lastHistoricalEnd) || clearAfter(context.nextHistoricalStart)) return 'historical';
    return 'affirmed';
  }
}

/**
 * The certainty of a pattern found across several slots: what comes before its first slot, as for
 * a cue, and any trigger standing wholly in a gap between two slots ("when it came up he did not
 * turn the talk to..."). A trigger inside a slot's own phrase (`won't` in "won't apply") is part of
 * what the pattern describes.
 */
export function patternCertainty(reader: ContextReader, context: SentenceContext, slots: readonly number[], offset: number): Certainty {
  // An object of no one or nothing right after the first slot may open the next one ("said [nothing will change]"): only after the last.
  const first = reader.certainty(context, slots[0] - offset, slots[1] - offset, slots.length === 2);
  if (first !== 'affirmed') return first;
  if (objectRightAfter(context, slots[slots.length - 1] - offset)) return 'negated';
  for (let k = 2; k < slots.length; k += 2) {
    const gapStart = slots[k - 1] - offset;
    const gapEnd = slots[k] - offset;
    if (context.lastPreEnd[gapEnd] > gapStart || context.lastObjectEnd[gapEnd] > gapStart) return 'negated';
    if (context.lastHypotheticalEnd[gapEnd] > gapStart || context.lastConditionEnd[gapEnd] > gapStart) return 'hypothetical';
    if (context.lastHistoricalEnd[gapEnd] > gapStart) return 'historical';
  }
  return 'affirmed';
}

/**
 * The hypothetical triggers that set a condition, governing the clause after theirs: "if" and
 * "unless" (and "should" opening a sentence, read in scan()). Not "in case", which is also a
 * phrase of its own ("wrote it in case notes").
 */
const CONDITIONS = new Set(['if', 'unless']);

/** A question mark closing a sentence, after any closing quotes or bracket: the text that follows its last word. */
const QUESTION_END = /^["'”’)\]]*\?/;

/** Prepositions that may stand between a cue and an object of no one or nothing ("gave my mobile number to nobody"). */
export const OBJECT_PREPOSITIONS: ReadonlySet<string> = new Set(['to', 'for', 'with', 'from', 'about', 'on']);

/**
 * Whether an object that is no one or nothing stands right after a cue or a pattern's last slot
 * ("he's leaned on no one since", "she drafted nothing"), or after one preposition there ("gave my
 * number to nobody"): only there, and between a pattern's slots, does it negate; a general "nothing"
 * would turn around "nothing will change".
 */
function objectRightAfter(context: SentenceContext, end: number): boolean {
  return context.nextObjectStart[end] === end || (context.nextObjectStart[end] === end + 1 && context.prepositionAt[end] === 1);
}

/** Single-word modals of a future or an intent (the hypothetical list's): in reported words, what was said. */
const FUTURE_MODALS = new Set(['would', 'will', "i'll", "she'll", "he'll", "they'll", "we'll", "you'll"]);

/**
 * A future modal in reported words ("Henrike said she would go along with whatever I thought best",
 * "I've said I'll draft his letter"): the saying is what the note reports, and what was said (an
 * offer, a refusal, a plan to wait and see) is the behaviour described. A verb of saying stands
 * within the three words before the modal ("told him I would").
 */
function reportedModal(tokens: readonly Token[], start: number, end: number, saying: ReadonlySet<string>): boolean {
  if (end - start !== 1 || !FUTURE_MODALS.has(tokens[start].word)) return false;
  for (let i = start - 1; i >= Math.max(0, start - 3); i--) if (saying.has(tokens[i].word)) return true;
  return false;
}

/**
 * Whether a word is a negation on its own: a pre-negation of one word (not, never, without), a
 * contracted one (didn't, won't), or an object that is nothing or no one ("left nothing out").
 */
export function oneWordNegation(cues: ContextCues): (word: string) => boolean {
  const words = new Set([...cues.pre_negation, ...cues.object_negation].filter((p) => !p.includes(' ')));
  return (word) => words.has(word) || word.endsWith("n't");
}

/** Arrays reused from one sentence to the next. */
interface Scratch {
  delta: Int32Array;
  covered: Int32Array;
}

/** Prefix counts of the positions the hits cover: position i is covered when covered[i + 1] > covered[i]. Valid until the next call with the same scratch. */
function coverage(hits: readonly PhraseHit<Trigger>[], n: number, scratch: Scratch): Int32Array {
  const kept = n + 1 <= KEPT_TABLE_SIZE;
  const delta = kept ? scratch.delta : new Int32Array(n + 1);
  const covered = kept ? scratch.covered : new Int32Array(n + 1);
  delta.fill(0, 0, n + 1);
  for (const h of hits) {
    delta[h.start]++;
    delta[h.end]--;
  }
  covered[0] = 0;
  let depth = 0;
  for (let i = 0; i < n; i++) {
    depth += delta[i];
    covered[i + 1] = covered[i] + (depth > 0 ? 1 : 0);
  }
  return covered;
}

function emptyTables(size: number): SentenceContext {
  return {
    lastPreEnd: new Int32Array(size),
    lastHypotheticalEnd: new Int32Array(size),
    lastConditionEnd: new Int32Array(size),
    lastHistoricalEnd: new Int32Array(size),
    lastTerminationStart: new Int32Array(size),
    nextTerminationEnd: new Int32Array(size),
    nextPostStart: new Int32Array(size),
    nextHistoricalStart: new Int32Array(size),
    lastObjectEnd: new Int32Array(size),
    nextObjectStart: new Int32Array(size),
    prepositionAt: new Int32Array(size),
  };
}

/** Fills positions 0 to n of the tables (at least n + 1 long) for a sentence of n words. */
function precompute(triggers: readonly PhraseHit<Trigger>[], n: number, c: SentenceContext): SentenceContext {
  for (const table of [c.lastPreEnd, c.lastHypotheticalEnd, c.lastConditionEnd, c.lastHistoricalEnd, c.lastTerminationStart, c.lastObjectEnd]) table.fill(-1, 0, n + 1);
  for (const table of [c.nextTerminationEnd, c.nextPostStart, c.nextHistoricalStart, c.nextObjectStart]) table.fill(NONE, 0, n + 1);
  const latest = (table: Int32Array, at: number, value: number): void => void (table[at] = Math.max(table[at], value));
  const earliest = (table: Int32Array, at: number, value: number): void => void (table[at] = Math.min(table[at], value));
  for (const t of triggers) {
    if (t.value === 'pre') latest(c.lastPreEnd, t.end, t.end);
    else if (t.value === 'hypothetical') latest(c.lastHypotheticalEnd, t.end, t.end);
    else if (t.value === 'condition') latest(c.lastConditionEnd, t.end, t.end);
    else if (t.value === 'past') latest(c.lastHistoricalEnd, t.end, t.end);
    else if (t.value === 'historical') {
      latest(c.lastHistoricalEnd, t.end, t.end);
      earliest(c.nextHistoricalStart, t.start, t.start);
    } else if (t.value === 'post') earliest(c.nextPostStart, t.start, t.start);
    else if (t.value === 'object') {
      latest(c.lastObjectEnd, t.end, t.end);
      earliest(c.nextObjectStart, t.start, t.start);
    } else if (t.value === 'termination') {
      latest(c.lastTerminationStart, t.end, t.start);
      earliest(c.nextTerminationEnd, t.start, t.end);
    }
  }
  for (const table of [c.lastPreEnd, c.lastHypotheticalEnd, c.lastConditionEnd, c.lastHistoricalEnd, c.lastTerminationStart, c.lastObjectEnd]) {
    for (let p = 1; p <= n; p++) table[p] = Math.max(table[p], table[p - 1]);
  }
  for (const table of [c.nextTerminationEnd, c.nextPostStart, c.nextHistoricalStart, c.nextObjectStart]) {
    for (let p = n - 1; p >= 0; p--) table[p] = Math.min(table[p], table[p + 1]);
  }
  return c;
}

/** "I've been", "we've been": the writer's own perfect, which tells what has been going on. */
const WRITERS_PERFECT: ReadonlySet<string> = new Set(["i've", "we've"]);

/** Whether any word from `first` on is a verb in the past ("told", "rang"), or the writer's own perfect ("I've been bringing..."; not "once Jo has been to the GP, ring..."). */
function toldInPast(tokens: readonly Token[], first: number): boolean {
  for (let i = first; i < tokens.length; i++) if (isPastForm(tokens[i].word) || (tokens[i].word === 'been' && WRITERS_PERFECT.has(tokens[i - 1].word))) return true;
  return false;
}

/** Words of the hypothetical list that are also nouns: "five different worries", "her fears". */
export const NOUN_TRIGGERS: ReadonlySet<string> = new Set(['worries', 'fears', 'dreads', 'hopes']);
/** Words before such a noun: possessives, determiners, numbers, "different". */
export const BEFORE_NOUNS: ReadonlySet<string> = new Set(['her', 'his', 'my', 'their', 'our', 'your', 'the', 'any', 'all', 'many', 'several', 'other', 'different', 'same', 'usual', 'main', 'two', 'three', 'four', 'five', 'six', 'those', 'these', 'no']);

/** Whether a one-word trigger that is also a noun stands as one, after a possessive, a determiner or a number: a worry named, not a worry felt about what may come. */
function worryAsNoun(tokens: readonly Token[], start: number, end: number): boolean {
  return end - start === 1 && start > 0 && NOUN_TRIGGERS.has(tokens[start].word) && BEFORE_NOUNS.has(tokens[start - 1].word);
}

/** Adverbs of frequency after "would": a habit in the past ("Jo would always change the subject"), no condition. */
const HABIT_AFTER_WOULD: ReadonlySet<string> = new Set(['always', 'often', 'usually', 'sometimes', 'regularly', 'invariably', 'typically', 'constantly', 'routinely', 'generally', 'normally', 'frequently', 'repeatedly']);
/** Words before "would" that make it something told, thought, feared or guessed, no habit: "sure she would be passed on", "I was worried Ann would always criticise me". */
const REPORTING_BEFORE_WOULD: ReadonlySet<string> = new Set([...BELIEVING, 'that', 'afraid', 'worried', 'worry', 'worries', 'thought', 'think', 'thinks', 'felt', 'feel', 'feels', 'knew', 'know', 'said', 'says', 'told', 'believed', 'believes', 'expected', 'expects', 'hoped', 'hopes', 'feared', 'fears', 'guess', 'suppose', 'supposed', 'assumed', 'imagined', 'imagine', 'dreaded', 'wondered']);
/** Words after "would" that make it a wish or a guess: "would like", "would probably". */
const NO_HABIT_AFTER_WOULD: ReadonlySet<string> = new Set(['like', 'love', 'prefer', 'rather', 'sooner', 'probably', 'likely', 'possibly', 'perhaps', 'maybe']);
/** Verbs in the past that "was" and the like add to isPastForm's, for a clause of habit told in the past: "every time she was in crisis". */
const PAST_BE = new Set(['was', 'were', 'had', 'did']);

/**
 * Whether "would" tells a habit: an adverb of frequency right after it ("Jo would always change the
 * subject"), or a clause of habit told in the past before it ("whenever her dad came up", "every
 * time", "each time"). Not with "have" after it (what would have been, was not), a wish or a guess
 * ("would like", "would probably"), nor after a word of telling, thinking or fearing, "if" or "unless".
 */
function habitualWould(tokens: readonly Token[], start: number, end: number): boolean {
  if (end - start !== 1 || tokens[start].word !== 'would') return false;
  const next = tokens[end]?.word ?? '';
  if (next === 'have' || tokens[end + 1]?.word === 'have' || NO_HABIT_AFTER_WOULD.has(next)) return false;
  let opener = -1;
  for (let i = start - 1; i >= 0; i--) {
    const word = tokens[i].word;
    if (word === 'if' || word === 'unless' || REPORTING_BEFORE_WOULD.has(word)) return false;
    if (opener < 0 && (word === 'whenever' || isEachTime(word, tokens[i + 1]?.word))) opener = i;
  }
  if (HABIT_AFTER_WOULD.has(next)) return true;
  if (opener < 0) return false;
  for (let i = opener + 1; i < start; i++) if (isPastForm(tokens[i].word) || PAST_BE.has(tokens[i].word)) return true;
  return false;
}

/** "Would not" told of what happened is a refusal ("they would not settle on what they wanted"), no hypothetical: the "not" still negates. */
function refusal(tokens: readonly Token[], start: number, end: number): boolean {
  return end - start === 1 && tokens[start].word === 'would' && tokens[start + 1]?.word === 'not';
}
