import type { NameModel, WordFacts } from './name-model';

type Lexicon = Record<string, string | string[] | undefined>;

const FIRST = new Set(['FirstName', 'MaleName', 'FemaleName']);
const PLACE = new Set(['City', 'Country', 'Region', 'Place', 'Demonym']);
const CALENDAR = new Set(['Month', 'WeekDay', 'Date', 'Holiday']);
const ORGANISATION = new Set(['Organization', 'SportsTeam']);
// Tags of words that are proper nouns themselves; every other tag is an everyday word.
const PROPER = new Set([...FIRST, 'LastName', 'Person', 'Honorific', 'ProperNoun', 'Abbreviation', ...PLACE, ...CALENDAR, ...ORGANISATION]);

/**
 * Word facts from compromise's English lexicon (about 24,000 words, among them 3,200 first names
 * and 900 surnames). Only the lexicon is used: looking a word up costs a hash lookup, where tagging
 * a sentence costs a few milliseconds, too slow for a 10,000-note vault. The library is loaded on
 * first use: unpacking its lexicon takes a second on a slow machine, which no other command pays.
 */
export async function loadCompromiseNameModel(): Promise<NameModel> {
  const { default: nlp } = await import('compromise/two');
  return lexiconNameModel((nlp.model() as { one: { lexicon: Lexicon } }).one.lexicon);
}

function lexiconNameModel(lexicon: Lexicon): NameModel {
  const cache = new Map<string, WordFacts | undefined>();
  return {
    facts(word: string): WordFacts | undefined {
      if (cache.has(word)) return cache.get(word);
      const entry = Object.prototype.hasOwnProperty.call(lexicon, word) ? lexicon[word] : undefined;
      const facts = entry === undefined ? undefined : factsOf(typeof entry === 'string' ? [entry] : entry);
      cache.set(word, facts);
      return facts;
    },
  };
}

function factsOf(tags: string[]): WordFacts {
  const has = (set: Set<string>): boolean => tags.some((t) => set.has(t));
  return {
    firstName: has(FIRST) || (tags.includes('Person') && !tags.includes('LastName')),
    lastName: tags.includes('LastName'),
    honorific: tags.includes('Honorific'),
    place: has(PLACE),
    calendar: has(CALENDAR),
    organisation: has(ORGANISATION),
    common: !has(PROPER),
  };
}
