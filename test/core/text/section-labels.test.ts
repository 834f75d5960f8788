import { describe, expect, it } from 'vitest';
import { labelLength } from '../../../src/core/text/section-labels';
import { tokenize } from '../../../src/core/text/tokens';

const label = (sentence: string): number => labelLength(tokenize(sentence), sentence);

describe('labelLength', () => {
  it('reads the label of a structured note before its colon', () => {
    expect(label('P: When Jo said she had not done it, I filled it in.')).toBe(1);
    expect(label('Response: Seun said his tutor set the essay again.')).toBe(1);
    expect(label('Session plan: review the budget.')).toBe(2); // two words, the last a label word
    expect(label('Coaching: Warrick says his finance director wanted it sorted.')).toBe(1);
    expect(label('Contract: Ottavio named his aim for today.')).toBe(1);
  });

  it('leaves a name, the practitioner or client shorthand, and a sentence with no colon alone', () => {
    expect(label('Zainab: not chasing her new boyfriend.')).toBe(0);
    expect(label('C: arrived late and apologised twice.')).toBe(0);
    expect(label('T: suggested we pause there.')).toBe(0);
    expect(label('Plan to review the budget next week.')).toBe(0);
    expect(label('A colleague said: leave it.')).toBe(0);
  });

  it('reads a case\'s label in a supervision note, number, code and name, however it is written', () => {
    expect(label('Case 2, XX-07 (Sam): my supervisor drafted his letter herself.')).toBe(4);
    expect(label('Case 3: I brought the same two weeks again.')).toBe(2);
    expect(label('Case 1 (Sam, XX-07): we ran over.')).toBe(4);
    // A case named in a sentence, with no colon after the label's reach, is no label.
    expect(label('Case notes for Sam were late again this week, my supervisor said: not good enough.')).toBe(0);
  });
});
