import { describe, expect, it } from 'vitest';
import type { Who } from '../../../src/core/detect/mentions';
import { openedByOutsider } from '../../../src/core/detect/outsider-opening';
import { heard } from '../../helpers/heard';

/** Mentions as SubjectReader finds them, from a list of one-word people. */
const mentionsOf =
  (people: Record<string, Who>) =>
  (words: readonly string[]): ({ end: number; value: Who } | undefined)[] =>
    words.map((word, i) => (people[word] ? { end: i + 1, value: people[word] } : undefined));

const PEOPLE: Record<string, Who> = { director: 'other', coach: 'other', sam: 'client' };

/** Whether the last word of the sentence, a pronoun, is the outsider it opens with. */
function outsiders(sentence: string): boolean {
  const words = sentence.split(' ');
  return openedByOutsider(words, words.map((_, i) => i === 0), words.length - 1, mentionsOf(PEOPLE));
}

describe('openedByOutsider', () => {
  it('gives he or she to the outsider a sentence opens with as its subject', () => {
    expect(outsiders('the director told the cohort that another trainee was the most gifted she')).toBe(true);
    expect(outsiders('another coach spent the hour on easy cases and left the one she')).toBe(true);
  });

  it('gives it to the outsider when the sentence opens on whose the outsider is and the pronoun opens a clause after punctuation', () => {
    /** As `outsiders`, the pronoun opening its clause after punctuation ("...; she"). */
    const afterPunctuation = (sentence: string): boolean => {
      const words = sentence.split(' ');
      return openedByOutsider(words, words.map((_, i) => i === 0 || i === words.length - 1), words.length - 1, mentionsOf(PEOPLE));
    };
    expect(afterPunctuation('her director turned the offer down she')).toBe(true);
    expect(afterPunctuation("sam's director turned the offer down she")).toBe(true);
    // Inside the clause the owner may be the one meant: "His probation officer told him ... and he'd be back".
    expect(outsiders('her director turned the offer down and she')).toBe(false);
    // Not when the possessive's noun is no outsider, nor when the owner comes later.
    expect(afterPunctuation('her report went in late she')).toBe(false);
    expect(afterPunctuation('the director told her mother that she')).toBe(false);
  });

  it('leaves it alone when the sentence names one of the note\'s people, or another he, she, her or his, before it', () => {
    expect(outsiders('the director emailed sam and she')).toBe(false);
    expect(outsiders('the director criticised her report and she')).toBe(false);
    expect(outsiders('the director said he thought she')).toBe(false);
  });

  it('leaves it alone when no outsider is the subject before it', () => {
    expect(outsiders('after the review she')).toBe(false);
    expect(outsiders('i told the director that she')).toBe(false);
  });
});

describe('a session note sentence opened by someone outside', () => {
  it("gives a he or she after a semicolon to the outsider the clause before opened on, and the client's own to the client", () => {
    expect(heard("Her neighbour turned down the home help again; she's done for herself since she was fifteen.")).toEqual([]);
    expect(heard("Jo turned down the home help again; she's done for herself since she was fifteen.")).toEqual(['attachment-avoidant client']);
  });
});
