import { describe, expect, it } from 'vitest';
import { heard } from '../../helpers/heard';

// The session's client is Jo (C-7), written by its practitioner.
describe('a clause of time that trails its main clause', () => {
  it('gives the turning away to the main clause, not to whoever raised the subject', () => {
    // "whenever I try to bring up" is the raising: Jo is the one who turns away.
    expect(heard('Jo talks about her cat whenever I try to bring up the letter.')).toEqual(['avoidance-withdrawal client']);
  });

  it('reads someone else in the main clause as someone else', () => {
    expect(heard('Jo says his son-in-law talks about the allotment whenever he tries to bring up the care home.')).toEqual([]);
    expect(heard("Jo's sister talks about the weather whenever Jo tries to bring up their mum.")).toEqual([]);
  });

  it('keeps the agent after a clause of time that opens the sentence or follows a comma or a joining word', () => {
    expect(heard('Whenever I mention the court date, Jo switches to her holiday.')).toEqual(['avoidance-withdrawal client']);
    expect(heard('Every time we came near her brother, Jo asked about my holiday.')).toEqual(['avoidance-withdrawal client']);
    expect(heard('Jo went quiet and each time I asked about the court date she switched to her holiday.')).toEqual(['avoidance-withdrawal client']);
    expect(heard('I noticed that each time Jo raised her brother I started talking about the homework.')).toEqual(['avoidance-withdrawal practitioner']);
  });

  it('leaves phrases that are no clause of time as they were read', () => {
    // "the best ... ever had" opens with "the", as "the moment" does, but is no time.
    expect(heard('I told Jo she was the best client I have ever had.')).toEqual(['idealisation-devaluation practitioner']);
    expect(heard('Jo keeps telling me I am the best counsellor she has ever seen.')).toEqual(['idealisation-devaluation client']);
  });
});
