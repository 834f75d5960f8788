import { describe, expect, it } from 'vitest';
import { findEmails } from '../../../src/core/privacy/email';
import { spanTexts } from './span-text';

const find = (line: string): string[] => spanTexts(line, findEmails(line));

describe('e-mail addresses', () => {
  it('finds addresses with dots, plus signs, hyphens and capitals', () => {
    expect(find('Contact: sam.whitfield88@gmail.com, or m.reilly+work@hollins-logistics.co.uk.')).toEqual([
      'sam.whitfield88@gmail.com',
      'm.reilly+work@hollins-logistics.co.uk',
    ]);
    expect(find('from SAFEGUARDING@GREENFIELD.SCH.UK about')).toEqual(['SAFEGUARDING@GREENFIELD.SCH.UK']);
    expect(find('<kit_molyneux@yahoo.co.uk>')).toEqual(['kit_molyneux@yahoo.co.uk']);
  });

  it('leaves an @ without an address alone', () => {
    expect(find('Session held @ 10:00; ping @robin; user@localhost; a@b.1')).toEqual([]);
  });
});
