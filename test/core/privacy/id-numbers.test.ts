import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findIdNumbers, isValidNhsNumber } from '../../../src/core/privacy/id-numbers';
import { spanTexts } from './span-text';

const find = (line: string): string[] => spanTexts(line, findIdNumbers(line));

describe('NHS numbers', () => {
  it('checks the modulus 11 check digit', () => {
    // The example NHS Digital publishes, and the same number with its last digit changed.
    expect(isValidNhsNumber('9434765919')).toBe(true);
    expect(isValidNhsNumber('9434765918')).toBe(false);
    // A remainder that makes the check digit 10 is never issued.
    expect(isValidNhsNumber('0000000060')).toBe(false);
    expect(isValidNhsNumber('943476591')).toBe(false);
  });

  it('catches every single mistyped digit of a valid number', () => {
    const validNumber = fc
      .array(fc.integer({ min: 0, max: 9 }), { minLength: 9, maxLength: 9 })
      .map((d) => {
        const check = 11 - (d.reduce((sum, digit, i) => sum + digit * (10 - i), 0) % 11);
        return check === 10 ? undefined : d.join('') + String(check === 11 ? 0 : check);
      })
      .filter((n): n is string => n !== undefined);
    fc.assert(
      fc.property(validNumber, fc.integer({ min: 0, max: 9 }), fc.integer({ min: 1, max: 9 }), (number, at, delta) => {
        expect(isValidNhsNumber(number)).toBe(true);
        const typo = number.slice(0, at) + String((Number(number[at]) + delta) % 10) + number.slice(at + 1);
        expect(isValidNhsNumber(typo)).toBe(false);
      }),
    );
  });

  it('finds a valid number written 3-3-4 or run together, and any ten digits after "NHS"', () => {
    expect(find('Letter quotes 943 476 5919 twice.')).toEqual(['943 476 5919']);
    expect(find('ref 4010232137 on the form')).toEqual(['4010232137']);
    expect(find('NHS no. 485 777 3456 (as written on the letter)')).toEqual(['485 777 3456']);
    expect(find('NHS number: 943-476-5919')).toEqual(['943-476-5919']);
  });

  it('leaves ten digits alone that fail the check, start with 0, or are dashed without "NHS"', () => {
    expect(find('Zoom meeting 485 777 3456')).toEqual([]);
    expect(find('landline 0113496073')).toEqual([]);
    expect(find('order 943-476-5919')).toEqual([]);
  });
});

describe('other identity numbers', () => {
  it('finds Social Security numbers with valid area, group and serial', () => {
    expect(find('SSN 536-22-4817 on the insurer form')).toEqual(['536-22-4817']);
    expect(find('not 666-12-3456, 000-12-3456, 912-12-3456, 536-00-4817 or 536-22-0000')).toEqual([]);
  });

  it('finds National Insurance numbers, spaced or not, without impossible prefixes', () => {
    expect(find('NI: JT 48 21 93 B, and JT482193B again')).toEqual(['JT 48 21 93 B', 'JT482193B']);
    expect(find('GB 12 34 56 A, QQ 12 34 56 C, AB 12 34 56 E')).toEqual([]);
  });

  it('finds numbers named by the words before them', () => {
    expect(find('Her hospital MRN is 00784512.')).toEqual(['00784512']);
    expect(find('passport (no. 548213097) left in the room')).toEqual(['548213097']);
    expect(find('employee ID (EMP 4471902) on every rota')).toEqual(['EMP 4471902']);
    expect(find("Driver's license D1234567 photocopied")).toEqual(['D1234567']);
  });

  it('leaves scores, form references, session counts and book numbers alone', () => {
    for (const line of ['PHQ-9 14, GAD-7: 11, CORE-10 = 18', 'form SA100 and EAP-2026-0113', 'Session 12 of 20', 'ISBN 978-0-335-22638-5', 'member since 2019']) {
      expect(find(line)).toEqual([]);
    }
  });
});

describe('Irish PPS numbers', () => {
  it('are found after the words that name them, with their one or two letters', () => {
    expect(find('PPS number 1234567T')).toEqual(['1234567T']);
    expect(find('PPSN 1234567TA on the form')).toEqual(['1234567TA']);
  });
});
