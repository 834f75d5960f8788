import { visitFeatures, NEGATION_FEATURE, STEM_PREFIX, stemOf } from './features';
import { NOUN_OPENERS } from '../../text/noun-openers';
import { SUBJECT_PRONOUNS, withoutContraction } from '../../text/pronouns';
import type { SentenceModelData } from './sentence-model-data';

/** What the model hears in a sentence: a dynamic, how likely it reads it, and the word that most tells it from none. */
export interface ModelHearing {
  dynamic: string;
  probability: number;
  /** The token that most tells the dynamic from none, never a subject pronoun: where its context is read. */
  anchor: number;
  /**
   * Where its subject is read before: the anchor, or, where that is a word of a noun phrase naming
   * who acts ("My supervisor heard half...", "T accepted..."), the first word past them.
   */
  subjectAt: number;
}

/** Readings the model rules out of a sentence (`out`), and the one it hears there (`by`). */
export interface RuledOut {
  by: string;
  out: string[];
}

/**
 * Words of the noun phrase that names who acts ("My supervisor", "T", "the client"): a reading's
 * subject is read from the words before where it is placed, and none stand before its own.
 */
const NOT_SUBJECT_ANCHORS: ReadonlySet<string> = new Set([...NOUN_OPENERS, 't', 'th', 'cl', 'clt', 'pt', 'client', 'supervisor', 'supervisee', 'therapist', 'counsellor', 'counselor', 'coach', 'practitioner', 'patient']);

/** Conjunctions that join two clauses, the second opening on its own subject. */
const CONJUNCTIONS: ReadonlySet<string> = new Set(['and', 'so', 'but', 'then', 'yet']);

/** No feature: the offset given for a word or pair the model has no weights for. */
const NONE = -1;

/**
 * A word's features: where its own weights start, where those of its stem do, and where those of
 * each pair it opens do, by the next word.
 */
interface WordFeatures {
  at: number;
  /**
   * Where its stem's weights start, worked out once as the weights are read: most words a sentence
   * holds have features, and working out and looking up each one's stem as it was read was a fifth
   * of read()'s time (about 70 of 340 ms sampled in a profiled 10,000-note scan).
   */
  stem: number;
  next: Map<string, number> | undefined;
}

/**
 * The learnt sentence reader (scripts/sentence-model-training.ts): a softmax regression over a
 * sentence's words and word pairs. Hears the dynamic a sentence most likely describes, when that is
 * at least as likely as the model's threshold. The shipped weights are read once into one array,
 * each feature's as a count then pairs of label and weight (thousandths, as shipped), found by its
 * offset: one lookup per word gives its own and the map of the pairs it opens, so a sentence is
 * read with a lookup or two a word and without making a string (it reads most sentences of a vault).
 */
export class SentenceModel {
  private readonly weights: Int16Array;
  private readonly byWord: ReadonlyMap<string, WordFeatures>;
  /** Where the weights of each stem start, by the stem itself ("phon"): looked up without making its key ("=phon"). */
  private readonly byStem: ReadonlyMap<string, number>;
  /** Where the weights of a negation in the sentence start. */
  private readonly negated: number;
  private readonly scores: Float64Array;
  private readonly none: number;
  /** Per label, whether it may be heard. */
  private readonly heard: boolean[];
  private readonly labelOf: ReadonlyMap<string, number>;

  /** @param wanted the dynamics it may hear (a user's own taxonomy may not hold them all). */
  constructor(
    private readonly data: SentenceModelData,
    private readonly negation: (word: string) => boolean,
    wanted: ReadonlySet<string>,
  ) {
    // Read once per process: every engine (the plugin makes one per rebuild) shares the lookups.
    let read = readWeights.get(data);
    if (!read) readWeights.set(data, (read = readWeightsOf([data.weights, data.wideWeights ?? ''])));
    ({ weights: this.weights, byWord: this.byWord, byStem: this.byStem } = read);
    this.negated = this.byWord.get(NEGATION_FEATURE)?.at ?? NONE;
    this.scores = new Float64Array(data.labels.length);
    this.none = data.labels.indexOf(data.none);
    this.heard = data.labels.map((label) => wanted.has(label));
    this.labelOf = new Map(data.labels.map((label, k) => [label, k]));
  }

  /** The dynamic the words [first, last) most likely describe, when it is at least as likely as the threshold. */
  hear(words: readonly string[], first: number, last: number): ModelHearing | undefined {
    return this.likeliest(words, first, last, this.data.threshold);
  }

  /**
   * Where only patterns read a sentence, the dynamic the words [first, last) most likely describe
   * when it is none of their `readings` and at least `beside` likely. A pattern matches a few words
   * of one way of telling an act; the whole sentence can tell another as well ("Sam and I chatted
   * about his fishing trip all hour, and each time his drinking came near we both laughed and moved
   * on to the weather": a turning away to the pattern, the two of them colluding), which the model,
   * weighing every word, hears.
   */
  hearBeside(readings: ReadonlySet<string>, words: readonly string[], first: number, last: number): ModelHearing | undefined {
    return this.likeliest(words, first, last, this.data.beside, readings);
  }

  /** The likeliest reading of the words [first, last), when it is a dynamic wanted, none of `except`, and at least `least` likely. */
  private likeliest(words: readonly string[], first: number, last: number, least: number, except?: ReadonlySet<string>): ModelHearing | undefined {
    const best = this.read(words, first, last);
    if (best === this.none || !this.heard[best] || except?.has(this.data.labels[best])) return undefined;
    const probability = this.probability(best);
    if (probability < least) return undefined;
    return { dynamic: this.data.labels[best], probability, ...this.anchorsOf(words, first, last, best) };
  }

  /**
   * Of the dynamics the cues and patterns read in the words [first, last), those the model rules
   * out, and the reading it hears instead: where its likeliest dynamic is one of the readings, at
   * least `overrule.above` likely, each other reading it gives less than `overrule.below`. A
   * pattern matches a few words; the model weighs the whole sentence, and so can tell which of two
   * readings of one person's acts it describes ("Jo rang three times before eight to bring our
   * session forward, then paced the room saying the form had to go in by noon": the urgency, not
   * the asking). It gives a sentence one label, so it cannot tell two people's dynamics apart: the
   * detector drops a reading it rules out only where the one heard is the same person's
   * (detect/note-evidence.ts). Where it hears none of the readings, it rules none out.
   */
  ruledOut(readings: ReadonlySet<string>, words: readonly string[], first: number, last: number): RuledOut | undefined {
    if (readings.size < 2) return undefined;
    const best = this.read(words, first, last);
    const { below, above } = this.data.overrule;
    const by = this.data.labels[best];
    // probability() reads the scores read() has just left: nothing runs between them.
    if (best === this.none || !readings.has(by) || this.probability(best) < above) return undefined;
    const out = [...readings].filter((dynamic) => {
      const label = this.labelOf.get(dynamic);
      return label !== undefined && label !== best && this.probability(label) < below;
    });
    return out.length === 0 ? undefined : { by, out };
  }

  /**
   * Each label's score for the words [first, last) into `scores`; returns the best label. The
   * features are those of visitFeatures, which the trainer learnt from (a test holds the two to
   * the same scores), read here in one loop with no callback.
   */
  private read(words: readonly string[], first: number, last: number): number {
    const { scores, byWord, byStem } = this;
    scores.set(this.data.bias);
    let negated = false;
    for (let i = first; i < last; i++) {
      const word = words[i];
      const features = byWord.get(word);
      if (features !== undefined) {
        if (features.at !== NONE) this.add(features.at);
        const pair = i + 1 < last ? features.next?.get(words[i + 1]) : undefined;
        if (pair !== undefined) this.add(pair);
        if (features.stem !== NONE) this.add(features.stem);
      } else {
        const stem = stemOf(word);
        const stemmed = stem === undefined ? undefined : byStem.get(stem);
        if (stemmed !== undefined) this.add(stemmed);
      }
      negated ||= this.negation(word);
    }
    if (negated && this.negated !== NONE) this.add(this.negated);
    let best = 0;
    for (let k = 1; k < scores.length; k++) if (scores[k] > scores[best]) best = k;
    return best;
  }

  /** Adds the weights starting at `at` to their labels' scores. */
  private add(at: number): void {
    const { scores, weights } = this;
    for (let i = at + 1, end = at + 1 + 2 * weights[at]; i < end; i += 2) scores[weights[i]] += weights[i + 1];
  }

  /** A label's probability from the scores last read. */
  private probability(label: number): number {
    const scores = this.scores;
    let sum = 0;
    for (const s of scores) sum += Math.exp((s - scores[label]) / 1000);
    return 1 / sum;
  }

  /** Where a word's weights start, a stem's or a pair's. */
  private offsetOf(word: string, next: string | undefined): number {
    if (word.startsWith(STEM_PREFIX)) return this.byStem.get(word.slice(STEM_PREFIX.length)) ?? NONE;
    const features = this.byWord.get(word);
    return (next === undefined ? features?.at : features?.next?.get(next)) ?? NONE;
  }

  /**
   * The token whose word, or whose pair with the next, most tells a label from none (the anchor),
   * and where the hearing's subject is read before. The anchor is never a subject pronoun ("i",
   * "i've", "she"): read before it, a pronoun there would be its own subject, whoever the sentence is
   * about. Where the anchor is a word of the noun phrase naming who acts ("my" of "My supervisor
   * heard half of my question...", the "T" of shorthand), the subject is read past those words.
   */
  private anchorsOf(words: readonly string[], first: number, last: number, label: number): Pick<ModelHearing, 'anchor' | 'subjectAt'> {
    const weights = this.weights;
    let anchor = first;
    let most = -Infinity;
    visitFeatures(words, first, last, () => false, (at, word, next) => {
      if (SUBJECT_PRONOUNS.has(withoutContraction(word))) return;
      const offset = this.offsetOf(word, next);
      if (offset === NONE) return;
      for (let i = offset + 1, end = offset + 1 + 2 * weights[offset]; i < end; i += 2) {
        // Against none: the word that most tells the dynamic from a sentence describing none.
        if (weights[i] !== label) continue;
        let margin = weights[i + 1];
        for (let j = offset + 1; j < end; j += 2) if (weights[j] === this.none) margin -= weights[j + 1];
        if (margin > most) {
          most = margin;
          anchor = at;
        }
      }
    });
    // Past the words of a noun phrase naming who acts, which then stands before the place its subject is read.
    let subjectAt = anchor;
    while (subjectAt + 1 < last && NOT_SUBJECT_ANCHORS.has(words[subjectAt])) subjectAt++;
    // Past a conjunction and the pronoun after it, the subject of the clause it opens: "..., and I
    // [offered her another biscuit]", "..., so I [pulled her excerpts]" are the writer's, where the
    // pair "and i" told the dynamic.
    if (subjectAt === anchor && CONJUNCTIONS.has(words[anchor]) && anchor + 2 < last && SUBJECT_PRONOUNS.has(withoutContraction(words[anchor + 1]))) subjectAt = anchor + 2;
    return { anchor, subjectAt };
  }
}

/** A model's weights as read from their text: what depends on the data alone. */
interface ReadWeights {
  weights: Int16Array;
  byWord: Map<string, WordFeatures>;
  byStem: Map<string, number>;
}

const readWeights = new WeakMap<SentenceModelData, ReadWeights>();

/**
 * Reads the weights' text straight into one Int16Array, its numbers parsed where they stand: a
 * split into lines and numbers, and an array of every number before the copy, cost about 35 ms of
 * every first engine's making. Lines are `key\tlabel weight label weight ...`, integers as the trainer
 * writes them, in one text after another (the narrow lines, then the wide: SentenceModelData).
 */
function readWeightsOf(texts: readonly string[]): ReadWeights {
  const byWord = new Map<string, WordFeatures>();
  const byStem = new Map<string, number>();
  const featuresOf = (word: string): WordFeatures => {
    let features = byWord.get(word);
    if (!features) byWord.set(word, (features = { at: NONE, stem: NONE, next: undefined }));
    return features;
  };
  // At most a count per line and a number per space or tab: exact once read (the copy below).
  let room = 0;
  for (const text of texts) {
    if (text !== '') room++;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === SPACE || c === TAB || c === NEWLINE) room++;
    }
  }
  const values = new Int16Array(2 * room);
  let used = 0;
  for (const text of texts) used = readLines(text, values, used, featuresOf, byStem);
  for (const [word, features] of byWord) {
    const stem = stemOf(word);
    features.stem = (stem === undefined ? undefined : byStem.get(stem)) ?? NONE;
  }
  return { weights: values.slice(0, used), byWord, byStem };
}

/** Reads one text's lines into `values` from `used` on; returns where the next text's go. */
function readLines(text: string, values: Int16Array, used: number, featuresOf: (word: string) => WordFeatures, byStem: Map<string, number>): number {
  for (let at = 0; at < text.length; ) {
    let end = text.indexOf('\n', at);
    if (end < 0) end = text.length;
    const tab = text.indexOf('\t', at);
    const key = text.slice(at, tab);
    const space = key.indexOf(' ');
    if (key.startsWith(STEM_PREFIX)) byStem.set(key.slice(STEM_PREFIX.length), used);
    else if (space < 0) featuresOf(key).at = used;
    else {
      const features = featuresOf(key.slice(0, space));
      (features.next ??= new Map<string, number>()).set(key.slice(space + 1), used);
    }
    const countAt = used++;
    for (let i = tab + 1; i < end; i++) {
      const negative = text.charCodeAt(i) === MINUS;
      if (negative) i++;
      let n = 0;
      for (let c = text.charCodeAt(i); i < end && c !== SPACE; c = text.charCodeAt(++i)) n = n * 10 + c - ZERO;
      values[used++] = negative ? -n : n;
    }
    values[countAt] = (used - countAt - 1) / 2;
    at = end + 1;
  }
  return used;
}

const SPACE = 32;
const TAB = 9;
const NEWLINE = 10;
const MINUS = 45;
const ZERO = 48;
