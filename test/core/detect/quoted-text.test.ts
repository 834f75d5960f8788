import { describe, expect, it } from 'vitest';
import { quotesText } from '../../../src/core/detect/quoted-text';

const words = (text: string): string[] => text.split(' ');

describe('whether a quote brings a text or someone speaking', () => {
  it('reads a quote after a verb of reading out or passing on, or "which says", as a text', () => {
    expect(quotesText(words('bartek read out a line from the book his gp lent him'))).toBe(true);
    expect(quotesText(words('my supervisor passed on the regulator guidance note'))).toBe(true);
    expect(quotesText(words('a poster on the wall which says'))).toBe(true);
  });

  it('reads a quote after a verb of saying, or a reading verb too far back, as speech', () => {
    expect(quotesText(words('she said'))).toBe(false);
    expect(quotesText(words('i read his file and then in the session he said to me quite calmly'))).toBe(false);
  });
});
