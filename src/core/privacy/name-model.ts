/** What a lexicon knows of one word, for telling names of people and organisations from other capitalised words. */
export interface WordFacts {
  firstName: boolean;
  lastName: boolean;
  honorific: boolean;
  /** A city, region or country. */
  place: boolean;
  /** A month, a weekday or a holiday. */
  calendar: boolean;
  organisation: boolean;
  /** An everyday word (verb, adjective, common noun...): capitalised only because it starts a sentence. */
  common: boolean;
}

export type NameKind = 'person-name' | 'organisation';

/** The language knowledge the name check needs: facts about single words, from a lexicon. */
export interface NameModel {
  /** Facts about one lower-case word, undefined when the lexicon does not know it. */
  facts(word: string): WordFacts | undefined;
}
