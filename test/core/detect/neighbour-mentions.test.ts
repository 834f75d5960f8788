import { describe, expect, it } from 'vitest';
import type { Mention } from '../../../src/core/detect/mentions';
import { neighbourMentions } from '../../../src/core/detect/neighbour-mentions';
import { heard } from '../../helpers/heard';

/** The mentions neighbourMentions marks in a phrase's words, as "start-end value". */
function marked(phrase: string, from = 0): string[] {
  const words = phrase.split(' ');
  const longest = new Array<Mention | undefined>(words.length);
  neighbourMentions(words, from, longest);
  return longest.flatMap((m, i) => (m ? [`${i}-${m.end} ${m.value}`] : []));
}

describe('someone beside the client', () => {
  it('is someone outside: the patient in the next bed, the man next door, the woman in the bay opposite', () => {
    expect(marked('the patient in the next bed')).toEqual(['0-6 other', '1-6 other']);
    expect(marked('the man next door')).toEqual(['0-4 other', '1-4 other']);
    expect(marked('the woman in the bay opposite')).toEqual(['0-6 other', '1-6 other']);
    expect(marked('the lad across the landing')).toEqual(['0-5 other', '1-5 other']);
  });

  it('leaves the patient alone, a place that is no one\'s beside, and the words before `from`', () => {
    expect(marked('the patient')).toEqual([]);
    expect(marked('the patient in the garden')).toEqual([]);
    expect(marked('a patient next door')).toEqual([]);
    expect(marked('the man next door', 1)).toEqual(['1-4 other']);
  });

  it('keeps what that person does from the client', () => {
    expect(heard('The man in the next bed turns away every visitor who comes near him.')).toEqual([]);
    expect(heard('Jo turns away every visitor who comes near her.')).toContain('avoidance-withdrawal client');
  });
});
