import type { SentenceModelData } from './sentence-model-data';
import data from './sentence-model.json';

/** The sentence model shipped with the plugin (npm run learn writes it). */
export const SHIPPED_SENTENCE_MODEL: SentenceModelData = data;

/**
 * What tells one shipped model from another: the fingerprint of what it learnt from and how
 * (scripts/sentence-model-training.ts, trainingHash: the sentences, the way of learning, the code
 * that makes features). Part of the cache's key for parsed notes (engine.ts), so that cue hits
 * cached under another model are read again.
 */
export function sentenceModelFingerprint(): string {
  return data.trainedOn.hash;
}
