import { describe, expect, it } from 'vitest';
import { judgingVerb, reportGoesOn } from '../../../src/core/detect/reported-judgement';
import { SKIPPED_WORDS } from '../../../src/core/model/note';
import { tokenize, words } from '../../../src/core/text/tokens';
import { heard } from '../../helpers/heard';

const verbOf = (w: string[]): string | undefined => {
  const at = judgingVerb(w);
  return at < 0 ? undefined : w[at];
};
const verbIn = (text: string): string | undefined => verbOf(words(text));

describe('the verb whose subject made a reported judgement', () => {
  it('is the verb of saying before a copula whose subject is no one of the note', () => {
    expect(verbIn('Tamika said her last therapist was')).toBe('said');
    expect(verbIn('she thinks the housing officer is')).toBe('thinks');
    expect(verbIn('My supervisor told me the plan was')).toBe('told');
    // The copula before the judgement's article: "said my tape was the [best work she'd seen]".
    expect(verbIn('My supervisor said my tape was the')).toBe('said');
    expect(verbIn('Jo told me her old counsellor was a')).toBe('told');
  });

  it('counts a cue that opens on the copula itself ("told me that the spinal surgeon [is a joke]")', () => {
    const w = words('Tyler told me that the spinal surgeon');
    expect(w[judgingVerb(w, 'is')]).toBe('told');
    // Without the copula, the words alone end on no judgement.
    expect(judgingVerb(w)).toBe(-1);
    expect(judgingVerb(w, 'said')).toBe(-1);
    expect(heard('Jo told me that the spinal surgeon is a joke and the physio should be sacked.')).toContain('idealisation-devaluation client');
  });

  it('goes on past the words left out when the report goes on ("told me ... and that ...")', () => {
    expect(verbOf(['tamika', 'told', 'me', SKIPPED_WORDS, 'and', 'that', 'the', 'therapist', 'the', 'district', 'sent', 'her', 'to', 'last', 'fall', 'was'])).toBe('told');
    expect(verbOf(['tamika', 'rang', 'me', SKIPPED_WORDS, 'and', 'the', 'therapist', 'was'])).toBeUndefined();
  });

  it('is none without a copula, a verb of saying, or past a pronoun that is the subject judged', () => {
    expect(verbIn('her last therapist was')).toBeUndefined();
    expect(verbIn('my tape was the')).toBeUndefined();
    expect(verbIn('Tamika said her last therapist')).toBeUndefined();
    // A pronoun judged is read with the note's names (Subjects.speaker), not here.
    expect(verbIn('she said he was')).toBeUndefined();
    expect(verbIn('I told her I would call but the landlord was')).toBeUndefined();
  });

  it('still finds the verb before a superlative', () => {
    expect(verbIn("Kai's tutor tells everyone Kai is the most insightful student she has")).toBe('tells');
  });
});

/** The verb whose report goes on to the "I" of `text`, or undefined; a clause starts after punctuation, as cue hits mark it. */
function reportOf(text: string): string | undefined {
  const tokens = tokenize(text);
  const starts = tokens.map((t, i) => i === 0 || /[,;:]/.test(text.slice(tokens[i - 1].end, t.start)));
  const about = tokens.map((t) => t.word).lastIndexOf(tokens.some((t) => t.word === "i'm") ? "i'm" : 'i');
  const at = reportGoesOn(tokens.map((t) => t.word), starts, about);
  return at < 0 ? undefined : tokens[at].word;
}

describe('a report that goes on past "and" or "but" to the writer judged', () => {
  it('is its teller\'s, with "that" after a comma or with no comma at all', () => {
    expect(reportOf('Jo said the doctors are useless but I am')).toBe('said');
    expect(reportOf('Jo told the ward round that his last psychologist was a clown, and that I\'m')).toBe('told');
    expect(heard('B: Jo told the ward round that his last psychologist was a clown who set him back years, and that I\'m the only one on the team worth talking to.')).toContain('idealisation-devaluation client');
    expect(heard('B: Jo told the ward round that his last psychologist was a clown who set him back years, and that I\'m the only one on the team worth talking to.')).not.toContain('idealisation-devaluation practitioner');
  });

  it('is the writer\'s own clause after a comma and a bare "but", or with no verb of saying before', () => {
    expect(reportOf('Jo said the group was a waste of time, but I am')).toBeUndefined();
    expect(reportOf('The group was a waste of time and I am')).toBeUndefined();
  });
});
