import { LEXICON_GROUPS } from './lexicon-words';
import type { NameModel, WordFacts } from './name-model';
import { forEachWord } from '../util/word-list';

let words: Map<string, WordFacts> | undefined;

/**
 * Word facts from compromise's English lexicon, extracted when the plugin is built (lexicon-words.ts:
 * about 20,000 words, among them 3,300 first names and 900 surnames). A lookup is a hash lookup;
 * the list is unpacked on the first one, in a few milliseconds, and kept.
 */
export function lexiconNameModel(): NameModel {
  return {
    facts(word: string): WordFacts | undefined {
      words ??= unpack();
      return words.get(word);
    },
  };
}

function unpack(): Map<string, WordFacts> {
  const map = new Map<string, WordFacts>();
  for (const group of LEXICON_GROUPS) {
    // One frozen object per group: every word of a group has the same facts.
    const facts: WordFacts = Object.freeze({
      firstName: false,
      lastName: false,
      honorific: false,
      place: false,
      calendar: false,
      organisation: false,
      common: false,
      ...Object.fromEntries(group.facts.map((name) => [name, true])),
    });
    forEachWord(group.words, (word) => map.set(word, facts));
  }
  return map;
}
