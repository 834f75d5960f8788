import irregular from './irregular-forms.json';
import { wordForms } from './inflection';

const IRREGULAR = irregular as Record<string, string[]>;

/**
 * The forms a phrase word may take (write, wrote, written, ...): a list, not a Set. A word has a
 * dozen forms at most; the shipped taxonomy's 2,400 words took 0.8 MB as Sets against 0.3 MB as
 * lists, for a few per cent more time searching patterns (about 15 ms over the bench's 10,000 notes).
 */
export type WordForms = readonly string[];

/**
 * Every form of a taxonomy word: its regular inflections, and the irregular ones (`write`: `wrote`,
 * `written`) that the language library worked out for the shipped taxonomy's words at build time
 * (scripts/generate-word-forms.mjs). A word of a user's own taxonomy that the shipped one does not
 * use gets its regular inflections only: its irregular forms can be listed as phrases of their own.
 */
export function patternWordForms(word: string): WordForms {
  let forms = known.get(word);
  if (!forms) {
    const all = wordForms(word);
    for (const form of IRREGULAR[word] ?? []) all.add(form);
    forms = [...all];
    known.set(word, forms);
  }
  return forms;
}

/**
 * Worked out once per process: every engine (each scan, each rebuild with new settings) reads the
 * same taxonomy words. The lists are only read. Bounded by the taxonomy's vocabulary.
 */
const known = new Map<string, WordForms>();
