import { describe, expect, it } from 'vitest';
import { frontedLength, openingLength } from '../../../src/core/cues/sentence-opening';
import { tokenize } from '../../../src/core/text/tokens';

/** The opening words of a sentence kept as subject candidates, read as SentenceReader reads them for a cue far along. */
function opening(sentence: string): string[] {
  const tokens = tokenize(sentence);
  const begin = tokens.length;
  return tokens.slice(0, openingLength(tokens, begin, frontedLength(tokens, sentence, begin))).map((t) => t.word);
}

describe('a sentence opening', () => {
  it('keeps a noun phrase a possessive opens whole, up to three words after it', () => {
    expect(opening('Ulrike says her own team lead runs every meeting as a chat.')).toEqual(['ulrike', 'says', 'her', 'own', 'team', 'lead']);
    expect(opening('Remy said their youth worker sat with them in the kitchen.')).toEqual(['remy', 'said', 'their', 'youth', 'worker']);
  });

  it('ends the phrase at a verb or a preposition', () => {
    expect(opening('Seun said his tutor returned his essay covered in red pen.')).toEqual(['seun', 'said', 'his', 'tutor']);
    expect(opening('I had the letter on my knee already.')).toEqual(['i', 'had', 'the', 'letter']);
  });

  it('reads the subject after a phrase set before it with a comma', () => {
    expect(opening('Twenty minutes in, I caught myself pressing Dan to settle the plan.')).toEqual(['twenty', 'minutes', 'in', 'i', 'caught', 'myself']);
  });

  it('reads a phrase of place or a word of time after a section label as it reads one opening the sentence', () => {
    // After "In", the opening reaches as far as a subject may stand after such a phrase.
    expect(opening('D: In group supervision a peer brought her notes and talked for the hour.')).toEqual(['d', 'in', 'group', 'supervision', 'a', 'peer', 'brought']);
    expect(opening('In group supervision a peer brought her notes and talked for the hour.')).toEqual(['in', 'group', 'supervision', 'a', 'peer', 'brought']);
    expect(opening('D: Tonight the new data clerk rewrote the whole rota for everyone.')).toEqual(['d', ...opening('Tonight the new data clerk rewrote the whole rota for everyone.')]);
  });

  it('leaves out an I or a we that opens a clause hanging on the noun phrase, with no "who" or "that"', () => {
    expect(opening('A counsellor I mentor messages me after nearly every hard session, wanting my word.')).toEqual(['a', 'counsellor']);
    expect(opening('The colleague we share a room with rang me at home, asking for the key.')).toEqual(['the', 'colleague']);
    // The pronoun as the subject stays: after a phrase of time, and opening the sentence.
    expect(opening('Twenty minutes in, I caught myself pressing Dan to settle the plan.')).toContain('i');
    expect(opening('I had the letter on my knee already.')).toEqual(['i', 'had', 'the', 'letter']);
  });

  it('ends the phrase where a clause of time or reason opens', () => {
    expect(opening("T's heart rate up when Cl. mentioned the eviction notice; talked fast.")).toEqual(["t's", 'heart', 'rate', 'up']);
    expect(opening('Her new caseworker because of the move has not rung.')).toEqual(['her', 'new', 'caseworker']);
  });
});
