import { describe, expect, it } from 'vitest';
import { engineWith } from '../../helpers/engine';
import { noteText } from '../../helpers/notes';

/** Each dynamic heard in a session note of Jo's, with the role it is given. */
function heard(sentence: string): string[] {
  const engine = engineWith({
    'Clients/C-7.md': noteText('type: client\ncode: C-7\naliases: [Jo]', ''),
    'Sessions/2026-03-02 C-7.md': noteText('type: session\nclient: "[[C-7]]"\ndate: 2026-03-02', `## Notes\n${sentence}\n`),
  });
  return engine.evidenceOf('Sessions/2026-03-02 C-7.md').filter((e) => e.source !== 'property').map((e) => `${e.dynamic} ${e.role}`);
}

describe('a he or she after someone outside whom the client speaks of', () => {
  it('is that person, whose acts are no evidence', () => {
    // The client's own act, told the same way, is evidence...
    expect(heard('Jo says she makes herself skip meals whenever she thinks she has let the kids down and calls herself stupid.')).toContain('harsh-punitive client');
    // ...and her sister's is not.
    expect(heard('Jo says her sister makes herself skip meals whenever she thinks she has let the kids down and calls herself stupid.')).toEqual([]);
  });

  it('is not someone the word for the outsider cannot be: another gender, many people, a body', () => {
    expect(heard('Jo says his wife begs him not to leave for work, then goes blank for minutes, then snaps that he is just like her father.')).toContain('enactment client');
    expect(heard('Jo says the consultants decide everything about his leg, that his questions count for little, so he lies there waiting for rounds.')).toContain('victim-helplessness client');
    expect(heard('Jo said the board will do what it wants whatever she says, sat slumped, and called herself just along for the ride now.')).toContain('victim-helplessness client');
  });

  it('is not the subject of a clause of its own after "and", nor one the writer speaks of', () => {
    expect(heard('Jo says her manager shouted at her in the team meeting and she froze and could not say a word.')).toContain('passivity-hesitancy client');
    expect(heard('I said her mum sounded critical and she went quiet and changed the subject whenever her mum came up.')).toContain('avoidance-withdrawal client');
    // Unless the words rule the client out: Jo is no he, and a he after "the father" with no "him" between is his.
    expect(heard('Jo says her dad lost his temper at her brother and he stormed out and refused to speak to anyone.')).toEqual([]);
    expect(heard('Jo says the father shouted at the nurses and he stormed out and refused to speak to anyone.')).toEqual([]);
  });

  it('is not past a turn to another subject', () => {
    expect(heard('Jo says her sisters mean well but she has never let anyone look after her and will not start now.')).toContain('attachment-avoidant client');
  });
});

describe('a sentence opening with a label of the note\'s part', () => {
  it('reads the subject after the label, however far the words heard are', () => {
    expect(heard('Coaching: Jo wanted the restructure memo sorted before the 2 p.m. flight, checking her phone every few minutes.')).toContain('anxiety-urgency client');
    // "Coaching:" is a label, so the opening is "Jo says his chief financial officer": the officer's.
    expect(heard('Coaching: Jo says his chief financial officer wanted the restructure memo sorted before the 2 p.m. flight, checking her phone every few minutes.')).toEqual([]);
  });
});

describe('someone outside as the subject of what the client reports', () => {
  it('is placed by up to two places after the noun, "across" one of them', () => {
    expect(heard('Jo says a woman on her landing at the refuge grips staff by the arm, begs them to stay, then screams at them to get out.')).toEqual([]);
    expect(heard('Jo says the man across the corridor has looked after himself since he was nine.')).toEqual([]);
    // The client's own, told the same way.
    expect(heard('Jo grips staff by the arm, begs them to stay, then screams at them to get out.')).toContain('attachment-disorganised client');
  });

  it('takes the auxiliary before the cue as its own when the phrase names a person, not a thing', () => {
    expect(heard('Jo says her cousin has no use for people.')).toEqual([]);
    expect(heard('Jo says the man in the next room has no use for people.')).toEqual([]);
    expect(heard('Jo says she has no use for people.')).toContain('attachment-avoidant client');
    // A thing reported ("the restructure") is no one: the sentence stays its speaker's.
    expect(heard("They said the restructure is being done to them and there's nothing they can influence, so they have stopped preparing.")).toContain('victim-helplessness client');
  });

  it('reads a thing reported as no one where the cue itself opens on the auxiliary', () => {
    // The cue "is beyond him" begins at "is": the dissertation is no one, and the sentence is Jo's.
    expect(heard('Jo slumped in the chair and said the dissertation is beyond him now.')).toContain('victim-helplessness client');
    // A person reported the same way is still someone outside.
    expect(heard('Jo said her tutor is beyond him now.')).toEqual([]);
  });
});
