/** The label of a sentence that describes no dynamic. */
export const NO_DYNAMIC = 'none';

/**
 * The sentence model as scripts/sentence-model-training.ts writes it (sentence-model.json), with
 * its weights in thousandths, those near nought left out. `weights` is one line per feature
 * (cues/learnt/features.ts), its key (a word, or two words and a space), a tab, then pairs of a
 * label's index and a weight, all separated by spaces: one string, which a bundle holds at a byte a
 * character, where thousands of arrays in an object literal took 11 MB to load.
 */
export interface SentenceModelData {
  about: string;
  trainedOn: { sentences: number; hash: string };
  learning: Learning;
  none: string;
  /** The least probability heard, chosen by cross-validation on the training sentences (npm run learn -- --cross-validate). */
  threshold: number;
  /** When the model rules out a pattern's reading of a sentence (SentenceModel.ruledOut), chosen by the same cross-validation. */
  overrule: Overrule;
  /** The least probability of a reading the model hears beside the patterns' own (SentenceModel.hearBeside), chosen on the development vaults (scripts/sentence-model-training.ts). */
  beside: number;
  labels: string[];
  bias: number[];
  weights: string;
  /**
   * The lines of `weights` whose key has a character past U+00FF ("kōrero", "primož"), in the same
   * form. One such character makes V8 hold a whole text at two bytes a character: 25 of them in
   * 460,000 kept the shipped weights at 0.93 MB of every heap instead of 0.46.
   */
  wideWeights?: string;
}

/** Whether a line of weights goes in `wideWeights`: its text has a character V8 cannot hold in one byte. */
export function isWideLine(line: string): boolean {
  for (let i = 0; i < line.length; i++) if (line.charCodeAt(i) > 0xff) return true;
  return false;
}

/** How a model was learnt (scripts/sentence-model-training.ts, LEARNING). */
export interface Learning {
  minSentences: number;
  l2: number;
  steps: number;
  rate: number;
  prune: number;
  /** The least probability heard, written into the model. */
  threshold: number;
  /** When the model rules out a pattern's reading, written into the model. */
  overrule: Overrule;
  /** When the model hears a reading beside the patterns' own, written into the model. */
  beside: number;
}

/**
 * Where the cues and patterns read a sentence more than one way and the model hears one of the
 * readings (at least `above`), a pattern's other reading it gives less than `below` is ruled out:
 * dropped where the reading heard is the same person's (SentenceModel.ruledOut).
 */
export interface Overrule {
  below: number;
  above: number;
}
