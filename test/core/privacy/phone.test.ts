import { describe, expect, it } from 'vitest';
import { findPhoneNumbers } from '../../../src/core/privacy/phone';
import { spanTexts } from './span-text';

const find = (line: string): string[] => spanTexts(line, findPhoneNumbers(line));

describe('phone numbers', () => {
  it('finds UK numbers in their usual groupings', () => {
    expect(find('Landline 0113 496 0731, evenings.')).toEqual(['0113 496 0731']);
    expect(find('London office 020 7946 0321')).toEqual(['020 7946 0321']);
    expect(find('freephone 0808 800 5000')).toEqual(['0808 800 5000']);
    // A number after a word is still one: only digits that end a code are left alone.
    expect(find('Mob 07700 900461, Tel.0113 496 0731')).toEqual(['07700 900461', '0113 496 0731']);
  });

  it('finds a UK mobile of the right length even in an unallocated range', () => {
    // Ofcom keeps 07700 900xxx for drama; the library calls it invalid, but it is written as a number.
    expect(find('mobile 07700 900862 (text first)')).toEqual(['07700 900862']);
    expect(find('Tel: +44 7700 900 514')).toEqual(['+44 7700 900 514']);
    expect(find('+44 (0)7700 900 333 after six')).toEqual(['+44 (0)7700 900 333']);
  });

  it('finds US numbers grouped 3-3-4, and international numbers after +', () => {
    expect(find('Cell (503) 555-0147; desk 503-555-0183; fax 415.555.0132')).toEqual(['(503) 555-0147', '503-555-0183', '415.555.0132']);
    expect(find('direct line +1 503 555 0162')).toEqual(['+1 503 555 0162']);
    expect(find('Paris: +33 6 12 34 56 78')).toEqual(['+33 6 12 34 56 78']);
  });

  it('finds two numbers written side by side', () => {
    expect(find('0113 496 0731 0161 496 0457')).toEqual(['0113 496 0731', '0161 496 0457']);
  });

  it('leaves times, dates, scores, counts and codes alone', () => {
    for (const line of [
      'Tuesdays 10:00-10:50, Room 3',
      'Next session 03/03/2026 at 10:00',
      'PHQ-9 14, GAD-7: 11, CORE-10 = 18',
      '| 2025-11-04 | 17 | 12 | 21 |',
      'rated distress 7/10 then 4/10; 1.5 hours; 90 minutes',
      'ISBN 978-0-335-22638-5',
      'invoice 2026-0203-01',
      'Samaritans 116 123',
      'SSN 536-22-4817',
      // A client's code and a session's date: "C-014 2026-02-03" is eleven digits from a 0, no number.
      'We went back over C-014 2026-02-03 and C-021 2026-02-26 together.',
      'Reviewed AB12 0203 4567 at intake.',
    ]) {
      expect(find(line)).toEqual([]);
    }
  });
});

describe('Irish numbers', () => {
  it('finds a nine-digit landline from its 0, but only a valid one', () => {
    expect(find('Ring her on 01 234 5678 or (01) 234 5678.')).toEqual(['01 234 5678', '(01) 234 5678']);
    expect(find('Session 3 of 6 on 02 03 2026; 0 800 1234')).toEqual([]);
  });
});
