import { describe, expect, it } from 'vitest';
import { contactClause } from '../../../src/core/detect/contact-clause';
import type { Mention } from '../../../src/core/detect/mentions';
import { wordsWithCommas } from '../../helpers/clause-words';
import { engineWith } from '../../helpers/engine';
import { noteText } from '../../helpers/notes';

/** Mentions as SubjectReader finds them: "counsellor", "colleague" and "trainee" are someone outside. */
function mentionsOf(words: readonly string[]): (from: number) => (Mention | undefined)[] {
  return (from) => words.map((word, i) => (i >= from && ['counsellor', 'colleague', 'trainee'].includes(word) ? { end: i + 1, value: 'other' } : undefined));
}

/** Whether the words before a cue end in a clause hanging on the outsider who opens them. */
function hangs(before: string): boolean {
  const { words, starts } = wordsWithCommas(before);
  return contactClause(words, starts, words.indexOf('i'), mentionsOf(words));
}

describe('a clause hanging on the one outside who opens the sentence', () => {
  it('has no "who", or opens with "whom" or "that"', () => {
    expect(hangs('a counsellor i mentor')).toBe(true);
    expect(hangs('a colleague whom i supervise keeps')).toBe(true);
    expect(hangs('the trainee that i supervise keeps')).toBe(true);
  });

  it('is none after a comma, after a verb, or with the outsider not opening the sentence', () => {
    expect(hangs('jaycee, the trainee i took to supervision,')).toBe(false);
    expect(hangs('i told my colleague i')).toBe(false);
    expect(hangs('yesterday my colleague said that i')).toBe(false);
  });

  it('gives the cue after it to that person, not to the writer', () => {
    const evidence = engineWith({
      'Reflections/2026-02-10.md': noteText('type: reflection\ndate: 2026-02-10', 'A colleague whom I supervise keeps messaging me after every session for reassurance.'),
    }).evidenceOf('Reflections/2026-02-10.md');
    expect(evidence.filter((e) => e.role === 'self')).toEqual([]);
  });
});
