import { readFileSync } from 'node:fs';
import nlp from 'compromise/two';
import { describe, expect, it } from 'vitest';
import { outsiderWords } from '../../../src/core/detect/outsiders';
import { PEOPLE_NOUNS, PEOPLE_NOUNS_SOURCE } from '../../../src/core/detect/people-nouns';
import { SubjectReader } from '../../../src/core/detect/subjects';
import { contextCues } from '../../../src/core/taxonomy/default-taxonomy';
import { decodeWords } from '../../../src/core/util/word-list';
import { PEOPLE_NOUNS_MODULE, peopleNouns, peopleNounsModule, type Lexicon } from '../../../scripts/people-nouns-module';

const compromise = (nlp.model() as { one: { lexicon: Lexicon } }).one.lexicon;

describe("the people nouns taken from compromise's lexicon", () => {
  it('are what `npm run lexicon` writes from the installed compromise', () => {
    expect(PEOPLE_NOUNS_SOURCE).toBe(`compromise ${(nlp as unknown as { version: string }).version}`);
    expect(readFileSync(PEOPLE_NOUNS_MODULE, 'utf8')).toBe(peopleNounsModule(compromise, PEOPLE_NOUNS_SOURCE));
    expect(decodeWords(PEOPLE_NOUNS)).toEqual(peopleNouns(compromise));
  });

  it("hold people by what they do or are to someone, and not the relationships' own roles or what a client may be called", () => {
    const words = new Set(decodeWords(PEOPLE_NOUNS));
    expect(words.size).toBeGreaterThan(600);
    for (const word of ['surgeon', 'bartender', 'electrician', 'hairdresser', 'landlord', 'stepsister', 'fire marshal']) expect(words.has(word), word).toBe(true);
    for (const word of ['therapist', 'supervisor', 'writer', 'boy', 'woman', 'teenager', 'veteran', 'refugee', 'person', 'nobody', 'hero', 'host', 'witness', 'chairmans']) {
      expect(words.has(word), word).toBe(false);
    }
  });

  it("join context-cues.yaml's outsiders once each, after them", () => {
    const listed = contextCues().experiencer_other;
    const all = outsiderWords();
    expect(all.slice(0, listed.length)).toEqual(listed);
    expect(new Set(all).size).toBe(new Set(listed).size + (all.length - listed.length));
    expect(all).toContain('surgeon');
    expect(outsiderWords()).toBe(all);
  });

  it("make a client's surgeon or bartender someone else, where context-cues.yaml alone left them unknown (evidence all the same)", () => {
    const roleWith = (others: readonly string[], sentence: string): ReturnType<SubjectReader['role']> => {
      const words = sentence.split(' ');
      return new SubjectReader('session', { client: ['Sam'], supervisor: [], supervisee: [], author: 'supervisee' }, others).role({ first: 'booked', words, starts: words.map((_, i) => i === 0) });
    };
    for (const sentence of ["sam's surgeon", "sam's new bartender", 'the on-call electrician']) {
      expect(roleWith(outsiderWords(), sentence), sentence).toBeNull();
    }
    // Without them the surgeon is no one known, and the sentence opening on Sam's is Sam's (opening-owner.ts).
    expect(roleWith(contextCues().experiencer_other, "sam's surgeon")).toBe('client');
    // The client is still the client, and a word left out stays no one else.
    expect(roleWith(outsiderWords(), 'sam')).toBe('client');
    expect(roleWith(outsiderWords(), 'the boy')).not.toBeNull();
  });
});
