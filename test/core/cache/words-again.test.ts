import { describe, expect, it } from 'vitest';
import { subjectWordsAgain } from '../../../src/core/cues/sentence-reader';
import { wordsAgainOnce } from '../../../src/core/cache/words-again';
import { tokenize } from '../../../src/core/text/tokens';

describe('subject words read again once per place of a sentence', () => {
  const text = 'On Monday I rang the council for her and then I filled in the form for her.';

  it('gives what subjectWordsAgain gives, at every place of a sentence', () => {
    const again = wordsAgainOnce();
    for (const at of [3, 7, 11]) expect(again(text, at)).toEqual(subjectWordsAgain(text, at, tokenize(text)));
  });

  it('gives two hits at one place the same read-only words, and another place its own', () => {
    const again = wordsAgainOnce();
    const first = again(text, 11);
    expect(again(text, 11)).toBe(first);
    expect(again(text, 7)).not.toBe(first);
    expect(again(text, 7)?.words).not.toEqual(first?.words);
  });
});
