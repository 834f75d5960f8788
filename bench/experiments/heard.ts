// Experiment (not part of the product or its tests): what the detector hears in every labelled
// sentence, by item id, as JSON on stdout: ids and dynamics only, never a sentence's words.
// Bundled and run by bench/experiments/classifier.sh.
import { SETS, readDescribedSet, describedVault, heard } from '../../test/helpers/described-set';
import { Engine } from '../../src/core/engine';

const all = SETS.flatMap((f) => readDescribedSet(f));
const engine = new Engine();
engine.load(Object.entries(describedVault(all)).map(([path, data]) => ({ path, data })));
const found = heard(engine, all);
const out: Record<string, string[]> = {};
for (const item of all) out[item.id] = [...(found.get(item.id) ?? new Map<string, unknown>()).keys()];
process.stdout.write(JSON.stringify(out));
