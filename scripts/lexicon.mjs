// npm run lexicon: writes src/core/privacy/lexicon-words.ts (scripts/lexicon-module.ts) and
// src/core/detect/people-nouns.ts (scripts/people-nouns-module.ts) from the installed compromise's
// English lexicon. Reads node_modules only: no network.
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { build } from 'esbuild';

/** A script module bundled for node, so that its TypeScript can run here. */
async function load(name) {
  const out = join('.lexicon', `${name}.cjs`);
  await build({ entryPoints: [`scripts/${name}.ts`], outfile: out, bundle: true, platform: 'node', format: 'cjs', target: 'node20', logLevel: 'warning' });
  return createRequire(import.meta.url)(join(process.cwd(), out));
}

const { lexiconModule, LEXICON_MODULE } = await load('lexicon-module');
const { peopleNounsModule, PEOPLE_NOUNS_MODULE } = await load('people-nouns-module');
const { default: nlp } = await import('compromise/two');
const source = `compromise ${nlp.version}`;
for (const [path, text] of [
  [LEXICON_MODULE, lexiconModule(nlp.model().one.lexicon, source)],
  [PEOPLE_NOUNS_MODULE, peopleNounsModule(nlp.model().one.lexicon, source)],
]) {
  writeFileSync(path, text);
  process.stdout.write(`wrote ${path}: ${text.length} characters, from ${source}\n`);
}
