// One fifth of the cross-validation of the sentence model (npm run learn -- --cross-validate): the
// whole detector, with a model learnt on the other four fifths bundled in place of the shipped one,
// over the fifth's sentences. Counts only.
import { describedVault, heard, score, type DescribedItem } from '../test/helpers/described-set';
import { engineWith } from '../test/helpers/engine';

export function foldCounts(items: readonly DescribedItem[]): { right: number; wrong: number; missed: number } {
  const engine = engineWith(describedVault(items));
  const all = score(items, heard(engine, items), (dynamic) => engine.taxonomy.get(dynamic)?.kind !== 'marker').get('(all)');
  return { right: all?.truePositives ?? 0, wrong: all?.falsePositives ?? 0, missed: all?.falseNegatives ?? 0 };
}
