import { describe, expect, it } from 'vitest';
import { ClauseChain } from '../../../src/core/cues/shorthand-clause';
import { sentencesOf } from '../../../src/core/text/sentences';
import { tokenize } from '../../../src/core/text/tokens';
import { heard } from '../../helpers/heard';

/** The text of the clause a clause (by its number) goes on with. */
function governs(text: string, at: number): string {
  const tokens = tokenize(text);
  const spans = sentencesOf(text, tokens);
  const clause = new ClauseChain(tokens, text, spans).governing(at);
  return text.slice(clause.start, clause.end).trim();
}

describe('a clause after a semicolon that leaves its subject out', () => {
  it('goes on with the subject of the clause before, when it names no one before its cue', () => {
    expect(heard('Jo DNA Mon; today 20 min late, sat by the door, said work was fine and changed the subject whenever I mentioned the drinking.')).toContain('avoidance-withdrawal client');
    expect(heard('Jo quiet at first; later said the week was fine and changed the subject whenever I asked about her mum.')).toContain('avoidance-withdrawal client');
  });

  it('goes back past clauses that leave theirs out too', () => {
    expect(heard('Jo behind on rent since March; keeps the letters in a drawer unopened; had told no one, not even her sister.')).toEqual(['attachment-avoidant client']);
    expect(governs('Jo behind on rent; keeps the letters in a drawer; had told no one.', 1)).toBe('Jo behind on rent;');
    expect(governs('Jo behind on rent; she keeps the letters in a drawer; had told no one.', 1)).toBe('she keeps the letters in a drawer;');
    expect(governs('Jo behind on rent. Keeps the letters in a drawer; had told no one.', 1)).toBe('Keeps the letters in a drawer;');
  });

  it("goes on with the clause's own subject, not with one a clause of time inside it names", () => {
    expect(heard("T's heart rate up when Jo mentioned the eviction notice; talked fast, suggested 4 options in 2 min, wanted it all sorted today.")).toEqual(['anxiety-urgency practitioner']);
  });

  it('keeps a subject the clause names', () => {
    expect(heard('Jo tearful; T filled in the housing form for her while she watched.')).toEqual(['rescuing practitioner']);
  });
});
