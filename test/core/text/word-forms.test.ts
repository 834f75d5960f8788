import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TAXONOMY, taxonomyWords, wordsHash, WORDS_KEY } from '../../../scripts/generate-word-forms.mjs';
import irregular from '../../../src/core/text/irregular-forms.json';
import { createCueReader, readCueHits } from '../../../src/core/cues/cue-hits';
import { defaultDefinitions } from '../../../src/core/taxonomy/default-taxonomy';
import { patternWordForms } from '../../../src/core/text/word-forms';

describe('word forms of the taxonomy', () => {
  it('were generated for the taxonomy as it is now (run npm run generate:forms after changing dynamics.yaml)', () => {
    const words = taxonomyWords(readFileSync(TAXONOMY, 'utf8'));
    expect((irregular as Record<string, string[]>)[WORDS_KEY]).toEqual([wordsHash(words)]);
  });

  it('match irregular verbs and plurals as well as regular inflections', () => {
    expect([...patternWordForms('write')]).toEqual(expect.arrayContaining(['write', 'writes', 'writing', 'wrote', 'written']));
    expect([...patternWordForms('hold')]).toEqual(expect.arrayContaining(['held', 'holding']));
    expect([...patternWordForms('tell')]).toEqual(expect.arrayContaining(['told', 'telling']));
    expect([...patternWordForms('criticise')]).toEqual(expect.arrayContaining(['criticize', 'criticised', 'criticizing']));
  });

  it('never give a negation the forms of what it negates: "cannot say" is not "can say"', () => {
    expect([...patternWordForms('cannot')]).not.toContain('can');
    const dynamics = readCueHits([{ kind: 'paragraph', startLine: 1, text: 'Looking back at the week, I can say what each client came for.' }], createCueReader(defaultDefinitions())).map((h) => h.dynamic);
    expect(dynamics).not.toContain('contracting-unclear');
  });

  it('give a word outside the shipped taxonomy its regular forms only', () => {
    expect([...patternWordForms('mollify')]).toEqual(expect.arrayContaining(['mollifies', 'mollified']));
  });
});
