import { describe, expect, it } from 'vitest';
import { appositiveOf } from '../../../src/core/detect/appositive';
import type { Mention } from '../../../src/core/detect/mentions';
import { wordsWithCommas } from '../../helpers/clause-words';
import { heardInSupervision } from '../../helpers/heard';

/** Mentions as SubjectReader finds them: "jo" is the client, "sergeant" and "manager" someone outside. */
function mentions(words: readonly string[]): (Mention | undefined)[] {
  return words.map((word, i) => (word === 'jo' ? { end: i + 1, value: 'client' } : word === 'sergeant' || word === 'manager' ? { end: i + 1, value: 'other' } : undefined));
}

/** Who the outsider's mention in `sentence` describes, if anyone. */
function appositive(sentence: string, outsider: string): string | undefined {
  const { words, starts } = wordsWithCommas(sentence);
  return appositiveOf(words, starts, words.indexOf(outsider), mentions(words));
}

describe('a noun phrase in apposition', () => {
  it("is the one of the note's people whose name opens the sentence before it", () => {
    expect(appositive('jo, the sergeant i took to supervision, describes', 'sergeant')).toBe('client');
    expect(appositive('jo, a night sergeant, describes', 'sergeant')).toBe('client');
  });

  it('is no one after a possessive, in a list, or after words before the name', () => {
    // "Jo: her manager...": a name set as a label, then someone else.
    expect(appositive('jo, her manager has been sharp', 'manager')).toBeUndefined();
    expect(appositive('jo, the sergeant and i met', 'sergeant')).toBeUndefined();
    expect(appositive('case 3, jo, the sergeant, describes', 'sergeant')).toBeUndefined();
    expect(appositive('the sergeant describes', 'sergeant')).toBeUndefined();
  });

  it("gives the client's act to the client, not to the one outside nor to the writer", () => {
    expect(heardInSupervision('Jo, the sergeant I took to supervision, describes the stabbing she attended like a notebook entry, times, street names and call signs, and says feelings are for civilians when I ask how it was.')).toEqual(['attachment-avoidant client']);
  });
});
