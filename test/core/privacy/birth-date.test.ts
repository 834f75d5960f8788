import { describe, expect, it } from 'vitest';
import { findBirthDates } from '../../../src/core/privacy/birth-date';
import { spanTexts } from './span-text';

const find = (line: string): string[] => spanTexts(line, findBirthDates(line));

describe('dates of birth', () => {
  it('finds a date in any usual form next to a birth word', () => {
    expect(find('DOB 14/07/1986')).toEqual(['14/07/1986']);
    expect(find('D.O.B.: 23.08.1996')).toEqual(['23.08.1996']);
    expect(find('dob: 1988-04-12')).toEqual(['1988-04-12']);
    // As forms and letters print one: a month's name between dashes or slashes.
    expect(find('DOB 14-Jul-1986 on the referral')).toEqual(['14-Jul-1986']);
    expect(find('born 3/Sept/51, she says')).toEqual(['3/Sept/51']);
    expect(find('DOB 14.Jul.1986 per the GP letter')).toEqual(['14.Jul.1986']);
    // The month first, as American forms print it.
    expect(find('DOB Jul-14-1986 on the intake form')).toEqual(['Jul-14-1986']);
    expect(find('born Sept/3/51, she says')).toEqual(['Sept/3/51']);
    expect(find('DOB 14-Jul/1986')).toEqual([]);
    expect(find('DOB Jul-14/1986')).toEqual([]);
    expect(find('date of birth 1979-03-14')).toEqual(['1979-03-14']);
    expect(find('She was born on 23 August 1996, so turns thirty.')).toEqual(['23 August 1996']);
    expect(find('Born 5 Jan 1990, Jordan said')).toEqual(['5 Jan 1990']);
    expect(find('member DOB July 9, 1991 on the letter')).toEqual(['July 9, 1991']);
    expect(find('(DOB 3rd April 1950)')).toEqual(['3rd April 1950']);
    expect(find('Her dad’s date of birth, 02/03/1951, is on every form')).toEqual(['02/03/1951']);
    expect(find('the form wants 12/04/1988 (DOB) again')).toEqual(['12/04/1988']);
    expect(find('born 2nd of March, 1984')).toEqual(['2nd of March, 1984']);
    expect(find('Born 5 Jan. 1990.')).toEqual(['5 Jan. 1990']);
    expect(find('Her birthday is 14 March.')).toEqual(['14 March']);
  });

  it('leaves session and due dates, and birth words without a date, alone', () => {
    for (const line of [
      'Session 10 on 27/01/2026 at 10:00.',
      'GP letter dated 14/10/2025; PHQ-9 17.',
      'She said she was born in Leeds but has never felt at home here.',
      "Jordan's DOB is on the insurer's form, which I should not keep.",
      'She was born in Leeds and moved here on 12/05/2020.',
      'Her birthday was hard; next session 10/03/2026.',
      'Mum died on 3 March 2019.',
    ]) {
      expect(find(line)).toEqual([]);
    }
  });
});
