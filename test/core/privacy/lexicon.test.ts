import { readFileSync } from 'node:fs';
import nlp from 'compromise/two';
import { describe, expect, it } from 'vitest';
import { lexiconNameModel } from '../../../src/core/privacy/lexicon-model';
import { LEXICON_SOURCE } from '../../../src/core/privacy/lexicon-words';
import { decodeWords, encodeWords } from '../../../src/core/util/word-list';
import { factsOfTags, isAskable, LEXICON_MODULE, lexiconModule, tagsOf, type Lexicon } from '../../../scripts/lexicon-module';

const compromise = (nlp.model() as { one: { lexicon: Lexicon } }).one.lexicon;
const model = lexiconNameModel();

describe('the word list shipped in place of compromise', () => {
  it('is what `npm run lexicon` writes from the installed compromise', () => {
    expect(LEXICON_SOURCE).toBe(`compromise ${(nlp as unknown as { version: string }).version}`);
    expect(readFileSync(LEXICON_MODULE, 'utf8')).toBe(lexiconModule(compromise, LEXICON_SOURCE));
  });

  it("gives compromise's facts for every word the check can ask about, and nothing for the others", () => {
    let askable = 0;
    for (const [word, entry] of Object.entries(compromise)) {
      if (entry === undefined) continue;
      if (isAskable(word)) {
        askable++;
        expect(model.facts(word), word).toEqual(factsOfTags(tagsOf(entry)));
      } else {
        expect(model.facts(word), word).toBeUndefined();
      }
    }
    expect(askable).toBeGreaterThan(19_000);
    // Words compromise does not know, among them the names of an object's own properties.
    for (const word of ['whitfield', 'okafor', 'xyzzy', 'constructor', '__proto__', 'hasownproperty']) {
      expect(Object.prototype.hasOwnProperty.call(compromise, word), word).toBe(false);
      expect(model.facts(word), word).toBeUndefined();
    }
  });

  it('knows the words the name check leans on', () => {
    expect(model.facts('jane')?.firstName).toBe(true);
    expect(model.facts('smith')?.lastName).toBe(true);
    expect(model.facts('leeds')?.place).toBe(true);
    expect(model.facts('friday')?.calendar).toBe(true);
    expect(model.facts('today')?.calendar).toBe(true);
    expect(model.facts('walking')?.common).toBe(true);
    expect(model.facts('taylor')?.firstName).toBe(true);
    expect(model.facts('whitfield')).toBeUndefined();
  });
});

describe('the compact word list', () => {
  it('gives back the words it was given, sorted and once each', () => {
    const words = ['walking', 'walk', 'walked', "o'brien", 'élodie', 'x', 'walk', 'a-b', 'abcdefghijklmnopqrstuvwxyz1234', 'abcdefghijklmnopqrstuvwxyz1235'];
    expect(decodeWords(encodeWords(words))).toEqual([...new Set(words)].sort());
    expect(encodeWords(['walk', 'walked', 'walking'])).toBe('AwalkEedEing');
    expect(decodeWords('')).toEqual([]);
  });

  it('refuses a word it could not give back', () => {
    expect(() => encodeWords(['Walk'])).toThrow(/capitals/);
    expect(() => encodeWords([''])).toThrow(/non-empty/);
  });
});
