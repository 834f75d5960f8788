import irregular from './irregular-forms.json';
import { wordForms } from './inflection';

const IRREGULAR = irregular as Record<string, string[]>;

/**
 * Every form of a taxonomy word: its regular inflections, and the irregular ones (`write`: `wrote`,
 * `written`) that the language library worked out for the shipped taxonomy's words at build time
 * (scripts/generate-word-forms.mjs). A word of a user's own taxonomy that the shipped one does not
 * use gets its regular inflections only: its irregular forms can be listed as phrases of their own.
 */
export function patternWordForms(word: string): Set<string> {
  let forms = known.get(word);
  if (!forms) {
    forms = wordForms(word);
    for (const form of IRREGULAR[word] ?? []) forms.add(form);
    known.set(word, forms);
  }
  return forms;
}

/**
 * Worked out once per process: every engine (each scan, each rebuild with new settings) reads the
 * same taxonomy words. The sets are only read. Bounded by the taxonomy's vocabulary.
 */
const known = new Map<string, Set<string>>();
