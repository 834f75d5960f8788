import type { ContextCues } from '../taxonomy/default-taxonomy';
import { isPastForm } from '../text/past-forms';
import { words, type Token } from '../text/tokens';
import { patternWordForms } from '../text/word-forms';

/**
 * What a sentence tells was not done, however its words read: an act asked for ("she is leaning on
 * me to make the call for her") or only due ("I should ring the council for her"), and what nearly
 * happened ("I nearly filled in the form for her"). Read at the word a cue or pattern starts on,
 * once its context (negation, hypothetical: context.ts) lets it stand.
 */
export class NotDoneReader {
  private readonly asking: ReadonlySet<string>;
  private readonly obligations: readonly (readonly string[])[];
  private readonly nearMisses: readonly (readonly string[])[];

  constructor(cues: ContextCues) {
    this.asking = new Set(cues.asked_for);
    this.obligations = cues.obligation.map(words);
    this.nearMisses = cues.near_miss.map(words);
  }

  /**
   * Whether the act that starts at word `at` is not done: asked for (unless a clause after it tells it
   * done: doneNext), due, or stopped.
   */
  actNotDone(tokens: readonly Token[], at: number): boolean {
    return (this.askedFor(tokens, at) && !this.doneNext(tokens, at)) || this.dueAt(tokens, at) || ceasedBefore(tokens, at);
  }

  /**
   * Whether what starts at word `at` is an act asked or wanted, not done: a "to" at most three words
   * before it ("to make the call"), and a word of asking (context-cues.yaml asked_for) at most four
   * before that ("leaning on me to", "wanted Thandi to").
   */
  askedFor(tokens: readonly Token[], at: number): boolean {
    let to = at - 1;
    while (to >= 1 && to >= at - 3 && tokens[to].word !== 'to') to--;
    if (to < 1 || tokens[to].word !== 'to') return false;
    for (let i = to - 1; i >= Math.max(0, to - 4); i--) if (this.asking.has(tokens[i].word)) return true;
    return false;
  }

  /**
   * Whether what starts at word `at` is an act due, not done: a word of obligation (context-cues.yaml
   * obligation) just before it, with at most a few adverbs, "have" or "be" between ("should ring",
   * "should have rung", "need to urgently ring", "really ought to ring"). Not "must have" (she must have
   * rung: she did), nor where the sentence tells it done after all (toldDone).
   */
  dueAt(tokens: readonly Token[], at: number): boolean {
    const end = betweenStart(tokens, at);
    const phrase = phraseEndingAt(this.obligations, tokens, end);
    if (phrase === undefined) return false;
    const between = (word: string): boolean => tokens.some((t, i) => i >= end && i < at && t.word === word);
    const perfect = between('have') || phrase[phrase.length - 1].endsWith("'ve");
    // "Must have rung", "must be ringing": what she must have done, she did.
    if (phrase[phrase.length - 1] === 'must' && (perfect || between('be'))) return false;
    return !toldDone(tokens, at, perfect);
  }

  /** Whether a clause after word `at` tells the act there done after all, with "did" or the act's own verb: "..., so I did", "and I rang them", "which I did". */
  doneNext(tokens: readonly Token[], at: number): boolean {
    return doneNextAfter(tokens, at);
  }

  /**
   * Whether a near miss (context-cues.yaml near_miss) stands right before what is read at word `at`:
   * "came close to ringing". "Almost" and "nearly" alone only before a verb in the past ("nearly filled
   * in"), and not where they measure what happened: after "felt" or "was" ("felt almost abandoned": she
   * did), of a verb of measure ("nearly completed her form", "nearly halved my fee"), or of a whole or a
   * half ("I had nearly filled in the whole form for her").
   */
  nearMissAt(tokens: readonly Token[], at: number): boolean {
    const word = tokens[at]?.word ?? '';
    const phrase = phraseEndingAt(this.nearMisses, tokens, at);
    if (phrase === undefined) return false;
    if (phrase.length > 1) return true;
    if (!(isPastForm(word) || MISSED_PASTS.has(word)) || MEASURES.has(word)) return false;
    let before = at - 2;
    while (before >= 0 && DEGREE.has(tokens[before].word)) before--;
    if (before >= 0 && LINKING.has(tokens[before].word)) return false;
    for (let i = at + 1; i < tokens.length && i <= at + WHOLE_REACH; i++) if (WHOLES.has(tokens[i].word)) return false;
    return true;
  }
}

/** Words that may stand between a word of obligation and the act it governs ("should really have rung", "need to urgently ring"), besides adverbs in -ly, and how many. */
const DUE_BETWEEN: ReadonlySet<string> = new Set(['have', 'be', 'been', 'just', 'perhaps', 'maybe', 'also', 'still', 'now']);
const DUE_REACH = 3;

/** Verbs that end an act, just before it ("have stopped covering their flatmate's rent"). */
const CEASING: ReadonlySet<string> = new Set(['stopped', 'quit', 'ceased']);

/**
 * Whether the act at word `at` is one someone has stopped doing ("they have stopped covering their
 * flatmate's share of the rent"): done no longer, so no act done now. For acts only: a turning away
 * may be the stopping itself ("she stopped answering my calls").
 */
function ceasedBefore(tokens: readonly Token[], at: number): boolean {
  const end = betweenStart(tokens, at);
  return end > 0 && CEASING.has(tokens[end - 1].word);
}

/** Where the few words before `at` that may stand between a verb and the act it governs begin (adverbs, "have", "be"). */
function betweenStart(tokens: readonly Token[], at: number): number {
  let end = at;
  while (end > 0 && at - end < DUE_REACH && mayStandBetween(tokens[end - 1].word)) end--;
  return end;
}

function mayStandBetween(word: string): boolean {
  return DUE_BETWEEN.has(word) || (word.length > 3 && word.endsWith('ly'));
}

/** Words telling an act as a habit: done, however due it sounds ("I must ring the council for her every time she asks"). */
const HABIT: ReadonlySet<string> = new Set(['always', 'usually', 'every', 'each', 'whenever', 'often', 'constantly', 'regularly', 'routinely', 'forever']);

/** Words telling what should have been done as done late ("I should have rung the council for her sooner"). */
const LATE: ReadonlySet<string> = new Set(['sooner', 'earlier', 'straight', 'immediately', 'first']);

/** Words that join on a clause telling an act done after all: ", so I did", "which I did", "as I did". */
const JOINING: ReadonlySet<string> = new Set(['so', 'and', 'which', 'as', 'then']);

/** Words telling an act going on, however due it sounds: "I should be filling in fewer forms for her". */
const AMOUNTS: ReadonlySet<string> = new Set(['fewer', 'less']);

/**
 * Whether the sentence tells an act due at word `at` done after all: as a habit, as going on ("fewer",
 * "less" after it), late (after "should have": `perfect`), or by a clause after it (doneNext).
 */
function toldDone(tokens: readonly Token[], at: number, perfect: boolean): boolean {
  for (let i = 0; i < tokens.length; i++) {
    const word = tokens[i].word;
    if (HABIT.has(word) || (i > at && (AMOUNTS.has(word) || (perfect && LATE.has(word))))) return true;
  }
  return doneNextAfter(tokens, at);
}

function doneNextAfter(tokens: readonly Token[], at: number): boolean {
  let forms: readonly string[] | undefined;
  for (let i = at + 1; i < tokens.length; i++) {
    if (!JOINING.has(tokens[i].word)) continue;
    const next = tokens[i + 1]?.word;
    // "and did so on Friday"
    if (next === 'did' && tokens[i + 2]?.word === 'so') return true;
    // The act's own verb, or "did": "and I said I would think about it" tells another act.
    const verb = tokens[i + 2]?.word ?? '';
    if (next === 'i' && (verb === 'did' || (forms ??= patternWordForms(tokens[at].word)).includes(verb))) return true;
  }
  return false;
}

/** Pasts and participles past isPastForm's list that a near miss is written before ("nearly lost my temper", "almost overran"). */
const MISSED_PASTS: ReadonlySet<string> = new Set(['lent', 'let', 'lost', 'overran', 'withdrew', 'given', 'rung', 'written', 'taken', 'gone', 'spoken', 'broken', 'told', 'snapped', 'cried', 'blew', 'shouted', 'quit', 'walked']);
/** Verbs that say how much was done: "nearly completed her form" says most of it was. */
const MEASURES: ReadonlySet<string> = new Set(['completed', 'finished', 'halved', 'doubled', 'tripled', 'trebled']);
/** Words before "almost" or "nearly" that make it a degree of a state: "felt almost abandoned", "was nearly in tears", "has almost given up hope". */
const LINKING: ReadonlySet<string> = new Set(['felt', 'feel', 'feels', 'feeling', 'seemed', 'seem', 'seems', 'looked', 'look', 'looks', 'appeared', 'appears', 'sounded', 'sounds', 'was', 'were', 'is', 'are', 'am', "i'm", "she's", "he's", "they're", "we're", 'been', 'being', 'became', 'become', 'got', 'gets', 'get', 'has', 'have']);
/** Words that may stand before a near miss and the word it follows: "felt very nearly abandoned". */
const DEGREE: ReadonlySet<string> = new Set(['very', 'so', 'really', 'just']);
/** Words after a verb that make "nearly" a measure of it: "nearly filled in the whole form". */
const WHOLES: ReadonlySet<string> = new Set(['whole', 'all', 'entire', 'half', 'most', 'every']);
const WHOLE_REACH = 4;

/** The first of `phrases` whose words end just before word `end`, if any. */
function phraseEndingAt(phrases: readonly (readonly string[])[], tokens: readonly Token[], end: number): readonly string[] | undefined {
  return phrases.find((phrase) => end >= phrase.length && phrase.every((word, k) => tokens[end - phrase.length + k].word === word));
}
