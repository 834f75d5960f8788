import { describe, expect, it } from 'vitest';
import { askedAbout } from '../../../src/core/cues/asked-about';
import { tokenize } from '../../../src/core/text/tokens';
import { heard, heardInSupervision } from '../../helpers/heard';

/** The word askedAbout finds when the agent would be read at `word`, or undefined. */
function askedOf(sentence: string, word: string): string | undefined {
  const tokens = tokenize(sentence);
  const at = askedAbout(tokens, tokens.findIndex((t) => t.word === word));
  return at === undefined ? undefined : tokens[at].word;
}

describe('a question asking what someone wants', () => {
  it('is about its own subject, read at the verb of asking or at its "what", with the one asked between', () => {
    expect(askedOf('My supervisor asked what I wanted from the hour.', 'asked')).toBe('i');
    expect(askedOf('My supervisor asked what I wanted from the hour.', 'what')).toBe('i');
    expect(askedOf('When I asked her what she hoped to get from today, she shrugged.', 'asked')).toBe('she');
    expect(askedOf("I wondered what he'd come for.", 'what')).toBe("he'd");
    expect(askedOf('My supervisor checked what I had actually hoped to take away.', 'checked')).toBe('i');
    expect(askedOf('T asked what she wanted from the hour.', 'asked')).toBe('she');
  });

  it('is no question without a verb of asking, or with no subject of its own after "what"', () => {
    expect(askedOf('I told her what she wanted to hear.', 'what')).toBeUndefined();
    expect(askedOf('My supervisor asked what the hour was for.', 'asked')).toBeUndefined();
    expect(askedOf('I decided what she needed for the week.', 'what')).toBeUndefined();
    // What the helper would say asks for an answer, not about a want: its asker leans on the helper.
    expect(askedOf('Jo kept asking me what I would say to her landlord if I were her.', 'asking')).toBeUndefined();
    // A he or she asked about by someone other than the writer is left to the subject's own reading:
    // here she is the colleague the sentence opens with.
    expect(askedOf('My colleague was forty minutes in before anyone asked what she wanted.', 'asked')).toBeUndefined();
    // Only the one asked may stand between the verb and "what", not a phrase.
    expect(askedOf('When I checked with her what she hoped to get from today, she shrugged.', 'checked')).toBeUndefined();
  });

  it('gives a purpose left unsaid to the one whose purpose it is, not to the one asking', () => {
    expect(heard('Jo spent the hour on her flatmate and the bus, and when I asked what she wanted from today she shrugged and kept talking.')).toContain('contracting-unclear client');
    expect(heardInSupervision("I talked for forty minutes about Jo's brother and the new rota before my supervisor asked what I wanted from the hour.")).toContain('contracting-unclear supervisee');
    expect(heardInSupervision("I talked for forty minutes about Jo's brother and the new rota before my supervisor asked what I wanted from the hour.")).not.toContain('contracting-unclear supervisor');
  });
});
