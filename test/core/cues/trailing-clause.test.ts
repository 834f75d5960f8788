import { describe, expect, it } from 'vitest';
import { heard } from '../../helpers/heard';

// The session's client is Jo (C-7), written by its practitioner.
describe('a clause of time that trails its main clause', () => {
  it('gives the turning away to the main clause where the clause of time is the raising', () => {
    // "whenever I try to bring up", "whenever I ask about": the raising. Jo is the one who turns away.
    expect(heard('Jo talks about her cat whenever I try to bring up the letter.')).toEqual(['avoidance-withdrawal client']);
    expect(heard('O: Cl. talked about her cat whenever T tried to bring up the letter.')).toEqual(['avoidance-withdrawal client']);
    expect(heard('Jo gets defensive whenever I bring the conversation back to her drinking.')).toEqual(['avoidance-withdrawal client']);
    expect(heard('Jo stiffened when I asked about her dad.')).toEqual(['avoidance-withdrawal client']);
  });

  it('gives the turn to the main clause after a clause of time that opens the sentence and is only the raising', () => {
    // "When I asked about her dad" is my raising, no turning away of mine: the one who went quiet did.
    expect(heard('When I asked about her dad, Jo went quiet.')).toEqual(['avoidance-withdrawal client']);
    expect(heard('Today, when I asked about her dad, she changed the subject.')).toEqual(['avoidance-withdrawal client']);
    expect(heard('When Jo asked about the letter, I talked about the weather.')).toEqual(['avoidance-withdrawal practitioner']);
    // More than the raiser before the later slot: that slot is the turn, and its own subject's.
    expect(heard('When the letter came up she asked about my holiday.')).toEqual(['avoidance-withdrawal client']);
  });

  it('gives it to the main clause where the turn joins it with "and"', () => {
    expect(heard('Cl. laughed when T raised the overdose and moved on to her dog.')).toEqual(['avoidance-withdrawal client']);
    expect(heard('I notice I go vague whenever Jo asks about my own family.')).toEqual(['avoidance-withdrawal practitioner']);
  });

  it('reads someone else in the main clause as someone else', () => {
    expect(heard('Jo says his son-in-law talks about the allotment whenever he tries to bring up the care home.')).toEqual([]);
    expect(heard("Jo's sister talks about the weather whenever Jo tries to bring up their mum.")).toEqual([]);
  });

  it('keeps the agent of a turn inside the clause of time, wherever the clause stands', () => {
    // The story's "when" and the reaction first: the one who switched turned away.
    expect(heard('I was asking about her dad when she switched to talking about work.')).toEqual(['avoidance-withdrawal client']);
    expect(heard('Jo was starting to cry when I switched the topic to the homework.')).toEqual(['avoidance-withdrawal practitioner']);
    expect(heard('My heart sank when she switched to talking about the weather again.')).toEqual(['avoidance-withdrawal client']);
    expect(heard('In session today when I raised the letter she switched to her cat.')).toEqual(['avoidance-withdrawal client']);
    expect(heard('I pointed out whenever we get near her dad she moves on to work.')).toEqual(['avoidance-withdrawal client']);
    // Opening the sentence, after a comma or a joining word.
    expect(heard('Whenever I mention the court date, Jo switches to her holiday.')).toEqual(['avoidance-withdrawal client']);
    expect(heard('Jo went quiet and each time I asked about the court date she switched to her holiday.')).toEqual(['avoidance-withdrawal client']);
  });

  it('leaves phrases that are no clause of time as they were read', () => {
    // "the best ... ever had" opens with "the", as "the moment" does, but is no time.
    expect(heard('I told Jo she was the best client I have ever had.')).toEqual(['idealisation-devaluation practitioner']);
    expect(heard('Jo keeps telling me I am the best counsellor she has ever seen.')).toEqual(['idealisation-devaluation client']);
  });
});
