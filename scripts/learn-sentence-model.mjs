// npm run learn: writes src/core/cues/learnt/sentence-model.json, the sentence model learnt from
// the development parts of the labelled sentence sets (scripts/sentence-model-training.ts). Run it
// after changing those sets, the model's features, the tokenizer or the context cues; a test fails
// when the model is out of date.
// Reads the repository only: no network. Takes about a minute.
//
// npm run learn -- --cross-validate [--with '{"l2":1e-3}']: how the whole detector does with a model
// learnt on four fifths of those sentences, read on the fifth left out, at several thresholds, when
// to rule out a pattern's reading, and with no model: what the way of learning and the threshold of
// hearing are chosen by, without a held-out sentence.
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { yamlData } from './yaml-data-plugin.mjs';

const require = createRequire(import.meta.url);
mkdirSync('.learn', { recursive: true });

/** A script module bundled for node, so that its TypeScript can run here; `model` stands in for the shipped sentence model. */
async function load(name, out, model) {
  const swap = { name: 'model', setup: (b) => b.onResolve({ filter: /sentence-model\.json$/ }, () => ({ path: resolve(model) })) };
  await build({ entryPoints: [`scripts/${name}.ts`], outfile: out, bundle: true, platform: 'node', format: 'cjs', target: 'node20', plugins: model ? [yamlData, swap] : [yamlData], logLevel: 'warning' });
  return require(resolve(out));
}

const { learn, trainingItems, foldOf, LEARNING } = await load('sentence-model-training', join('.learn', 'training.cjs'));
const started = Date.now();
const at = process.argv.indexOf('--with');
const how = { ...LEARNING, ...(at < 0 ? {} : JSON.parse(process.argv[at + 1])) };

if (process.argv.includes('--cross-validate')) {
  const FOLDS = 5;
  const items = trainingItems();
  // What each reading changes in the fold's model: the threshold of hearing, when it rules out a
  // pattern's reading (never: below nought), or no weights at all.
  const never = { below: 0, above: 1 };
  const readings = [
    ...[0.3, 0.4, 0.5].map((threshold) => [`threshold ${threshold}`, { threshold }]),
    ...[[0.05, 0.5], [0.1, 0.5], [0.1, 0.3], [0.15, 0.3], [0.2, 0.3], [0.1, 0.2], [0.15, 0.2]].map(([below, above]) => [`overrule below ${below} above ${above}`, { overrule: { below, above } }]),
    ['never ruling out', { overrule: never }],
    ...[0.4, 0.5, 0.6, 0.7, 0.8].map((beside) => [`beside ${beside}`, { beside }]),
    ['never beside', { beside: 2 }],
    ['no model', { weights: '', wideWeights: '' }],
  ];
  const totals = new Map(readings.map(([name]) => [name, { right: 0, wrong: 0, missed: 0 }]));
  let run = 0;
  for (let f = 0; f < FOLDS; f++) {
    const learnt = learn(items.filter((item) => foldOf(item, FOLDS) !== f), how);
    const fold = items.filter((item) => foldOf(item, FOLDS) === f);
    for (const [name, change] of readings) {
      const path = join('.learn', `fold-${run}.json`);
      writeFileSync(path, JSON.stringify({ ...learnt, ...change }));
      const { foldCounts } = await load('sentence-model-fold', join('.learn', `fold-${run++}.cjs`), path);
      const counts = foldCounts(fold);
      const total = totals.get(name);
      for (const key of Object.keys(total)) total[key] += counts[key];
    }
    process.stderr.write(`fold ${f + 1} of ${FOLDS} done\n`);
  }
  process.stdout.write(`learning ${JSON.stringify(how)}\nreading (else as learnt)  right  wrong  missed  precision  recall\n`);
  const f = (n) => n.toFixed(3);
  for (const [name, t] of totals) process.stdout.write(`${name}  ${t.right}  ${t.wrong}  ${t.missed}  ${f(t.right / Math.max(1, t.right + t.wrong))}  ${f(t.right / Math.max(1, t.right + t.missed))}\n`);
} else {
  const model = learn(trainingItems(), how);
  const path = 'src/core/cues/learnt/sentence-model.json';
  const text = `${JSON.stringify(model)}\n`;
  writeFileSync(path, text);
  process.stdout.write(`wrote ${path}: ${model.labels.length} labels, ${model.weights.split('\n').length + (model.wideWeights ? model.wideWeights.split('\n').length : 0)} features, ${text.length} characters, from ${model.trainedOn.sentences} sentences in ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
}
