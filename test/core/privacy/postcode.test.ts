import { describe, expect, it } from 'vitest';
import { findPostcodes } from '../../../src/core/privacy/postcode';
import { spanTexts } from './span-text';

const find = (line: string): string[] => spanTexts(line, findPostcodes(line));

describe('UK postcodes', () => {
  it('finds each of the six shapes, with or without the space', () => {
    // A9 9AA, A99 9AA, A9A 9AA, AA9 9AA, AA99 9AA, AA9A 9AA.
    for (const code of ['M1 1AE', 'B33 8TH', 'W1A 0AX', 'CR2 6XH', 'DN55 1PT', 'EC1A 1BB', 'LS62QT', 'GIR 0AA']) {
      expect(find(`Address ends ${code}, she said.`)).toEqual([code]);
    }
  });

  it('leaves letters a postcode never uses, lower case, and clinical codes alone', () => {
    // Q is never first, V never in the inward part, C never in the inward letters.
    for (const line of ['QA1 1AA', 'M1 1VA', 'M1 1CA', 'ls6 2qt', 'GAD-7 12', 'CORE-10 = 18', 'PHQ9 14', 'Room 2B', 'the M62 was shut', 'form SA100', 'P45']) {
      expect(find(line)).toEqual([]);
    }
  });
});

describe('US ZIP codes', () => {
  it('finds a ZIP after a state or the word ZIP, and any ZIP+4', () => {
    expect(find('Portland, OR 97211')).toEqual(['OR 97211']);
    expect(find('Austin TX 78704-1234')).toEqual(['TX 78704-1234']);
    expect(find('zip code: 10027')).toEqual(['zip code: 10027']);
    expect(find('mail to 94110-2201')).toEqual(['94110-2201']);
  });

  it('leaves other five-digit numbers alone', () => {
    expect(find('Walked 10000 steps; earns 32000 a year; fee $12500')).toEqual([]);
  });
});
