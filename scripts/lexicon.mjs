// npm run lexicon: writes src/core/privacy/lexicon-words.ts from the installed compromise's English
// lexicon (scripts/lexicon-module.ts). Reads node_modules only: no network.
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { build } from 'esbuild';

const out = join('.lexicon', 'lexicon-module.cjs');
await build({ entryPoints: ['scripts/lexicon-module.ts'], outfile: out, bundle: true, platform: 'node', format: 'cjs', target: 'node20', logLevel: 'warning' });
const { lexiconModule, LEXICON_MODULE } = createRequire(import.meta.url)(join(process.cwd(), out));
const { default: nlp } = await import('compromise/two');
const text = lexiconModule(nlp.model().one.lexicon, `compromise ${nlp.version}`);
writeFileSync(LEXICON_MODULE, text);
process.stdout.write(`wrote ${LEXICON_MODULE}: ${text.length} characters, from compromise ${nlp.version}\n`);
