// Writes src/core/text/irregular-forms.json: the irregular forms of every word the shipped taxonomy's
// cues and patterns use (`write`: `wrote`, `written`; `child`: `children`), worked out by the
// language library compromise. Run it after changing dynamics.yaml (`npm run generate:forms`); a
// test fails when it is out of date. Generated once, not at run time: compromise takes a
// few milliseconds a word, which every start-up would pay.
import nlp from 'compromise';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parse } from 'yaml';

export const TAXONOMY = 'src/core/taxonomy/dynamics.yaml';
const OUT = 'src/core/text/irregular-forms.json';
/** The key under which the table records which words it was made for. */
export const WORDS_KEY = '_words';

/** Function words: no inflection to find, and compromise would make verbs of them. */
// "cannot" among them: compromise gives it the forms of "can", and a negation's forms without the
// negation made "I can say what each client came for" read as "cannot say".
const FUNCTION_WORDS = new Set('a an the and or but of to in on at by for from with without into onto off up out over as than then that this these those it its he she they him her them his hers their my me i we us our you your not no all every each any some own so too very just only still yet again be been being is was were am are will would can could cannot shall should may might must'.split(' '));

/**
 * Words that name a state, not a form of a verb: "stuck" is a standstill, and the forms compromise
 * gives it (stick, sticking, sticks) read "a sticking plaster", "stick with her whatever happens" and
 * "stick to the numbers" as stuckness. They keep their regular forms only, and join no family.
 */
const STATES = new Set(['stuck']);

export function taxonomyWords(text) {
  const words = new Set();
  for (const entry of parse(text)) {
    const phrases = [...(entry.cues ?? []), ...(entry.patterns ?? []).flatMap((p) => p.match.flat())];
    for (const phrase of phrases) {
      for (const word of String(phrase).toLowerCase().split(/[^a-z'-]+/)) {
        // Longer -ing words are often nouns (`ending`, `feeling`): their regular forms only; `ring`, `bring` are verbs.
        // Hyphenated words too: compromise splits them (`side-stepped` would give `step`).
        if (word.length >= 2 && !FUNCTION_WORDS.has(word) && !word.includes("'") && !word.includes('-') && !(word.endsWith('ing') && word.length > 5)) words.add(word);
      }
    }
  }
  return [...words].sort();
}

/** What regular inflection already gives (src/core/text/inflection.ts matches these at run time). */
function regular(word, form) {
  const stem = word.replace(/e$/, '');
  const y = word.replace(/y$/, 'i');
  const doubled = word + word.at(-1);
  return [word, `${word}s`, `${word}es`, `${word}ed`, `${word}d`, `${word}ing`, `${stem}ing`, `${stem}ed`, `${y}es`, `${y}ed`, `${doubled}ed`, `${doubled}ing`].includes(form);
}

function formsOf(word) {
  const forms = new Set();
  const verb = nlp(word).verbs().conjugate()[0];
  if (verb) for (const key of ['Infinitive', 'PastTense', 'PresentTense', 'Gerund', 'Participle']) if (verb[key] && !verb[key].includes(' ')) forms.add(verb[key].toLowerCase());
  const plural = nlp(word).nouns().toPlural().text().toLowerCase();
  if (plural && !plural.includes(' ')) forms.add(plural);
  return [...forms].filter((form) => !regular(word, form)).sort();
}

/** A hash of the words a table was made for: a test compares it with today's taxonomy. */
export function wordsHash(words) {
  return createHash('sha256').update(words.join('\n')).digest('hex').slice(0, 16);
}

function main() {
  const words = taxonomyWords(readFileSync(TAXONOMY, 'utf8'));
  const out = { [WORDS_KEY]: [wordsHash(words)] };
  // A word and its forms are one family, and families that share a word are one: `rang` gives
  // `ring`, so `ring` (which compromise reads as a noun) gets `rang` and `rung` too.
  // The hash is of every word, so that the table's test sees today's taxonomy; states get no forms.
  const inflected = words.filter((word) => !STATES.has(word));
  const family = new Map();
  for (const word of inflected) {
    let members = new Set([word, ...formsOf(word)].filter((member) => !STATES.has(member)));
    for (const member of [...members]) {
      const other = family.get(member);
      if (other && other !== members) for (const m of other) members.add(m);
    }
    for (const member of members) family.set(member, members);
  }
  for (const word of inflected) {
    const forms = [...family.get(word)].filter((form) => form !== word && !regular(word, form)).sort();
    if (forms.length > 0) out[word] = forms;
  }
  writeFileSync(OUT, `${JSON.stringify(out, null, 0).replace(/\],/g, '],\n')}\n`);
  process.stdout.write(`${Object.keys(out).length - 1} of ${words.length} words have irregular forms, written to ${OUT}\n`);
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) main();
