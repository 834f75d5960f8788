import { describe, expect, it } from 'vitest';
import { wordForms } from '../../../src/core/text/inflection';
import { sentencesOf } from '../../../src/core/text/sentences';
import { tokenize } from '../../../src/core/text/tokens';

describe('tokenize', () => {
  it('keeps hyphenated words and contractions whole, lower-cased, with offsets', () => {
    const text = "Didn't feel de-skilled – Sam’s “problem-solving” 50% C-014";
    expect(tokenize(text).map((t) => t.word)).toEqual(["didn't", 'feel', 'de-skilled', "sam's", 'problem-solving', '50', 'c-014']);
    const [first] = tokenize(text);
    expect(text.slice(first.start, first.end)).toBe("Didn't");
  });

  it("reads notes' shorthand as the word it stands for, keeping the text's own offsets", () => {
    const text = 'Asked abt the weather 2 wks running';
    expect(tokenize(text).map((t) => t.word)).toEqual(['asked', 'about', 'the', 'weather', '2', 'weeks', 'running']);
    expect(text.slice(tokenize(text)[1].start, tokenize(text)[1].end)).toBe('abt');
  });

  it('reads letters beyond ASCII', () => {
    expect(tokenize('Zoë felt überwältigt').map((t) => t.word)).toEqual(['zoë', 'felt', 'überwältigt']);
  });
});

describe('sentencesOf', () => {
  const split = (text: string) => sentencesOf(text, tokenize(text)).map((s) => text.slice(s.start, s.end).trim());

  it('ends sentences at . ! ? and ;', () => {
    expect(split('I jumped in. She went quiet! Why? Then; later')).toEqual(['I jumped in.', 'She went quiet!', 'Why?', 'Then;', 'later']);
  });

  it('does not end one after an abbreviation or inside a number', () => {
    expect(split('Dr. Lee saw her, e.g. on Monday. It cost 1.5 hours.')).toEqual(['Dr. Lee saw her, e.g. on Monday.', 'It cost 1.5 hours.']);
  });

  it('goes on after a time, a day or clinical shorthand when a small letter or a number follows, and ends there before a capital', () => {
    expect(split('If referrals pile up I may wake at 4 a.m. with my heart racing.')).toEqual(['If referrals pile up I may wake at 4 a.m. with my heart racing.']);
    expect(split('Cl. arrived late. Pt. seen on Tues. after group; appt. 3 wks. from now.')).toEqual(['Cl. arrived late.', 'Pt. seen on Tues. after group;', 'appt. 3 wks. from now.']);
    expect(split('Saw Cl. He was flat. Forms, letters etc. Then she left at 5 p.m. Next week too.')).toEqual(['Saw Cl.', 'He was flat.', 'Forms, letters etc.', 'Then she left at 5 p.m.', 'Next week too.']);
  });

  it("goes on through a possessive after shorthand, and ends at a quote's close", () => {
    expect(split("T could accept Cl.'s account at face value. Pt.’s mood low.")).toEqual(["T could accept Cl.'s account at face value.", 'Pt.’s mood low.']);
    expect(split("She said 'no.' Then left.")).toHaveLength(2);
  });

  it('ends one at a blank line', () => {
    expect(split('First line\n\nSecond line')).toEqual(['First line', 'Second line']);
  });

  it('ends a label on a line of its own at its line break, and goes on through a wrapped line', () => {
    expect(split('Jo\nAnn took over and solved it for me.')).toEqual(['Jo', 'Ann took over and solved it for me.']);
    expect(split('**C-2**\nAnn took over.')).toEqual(['**C-2**', 'Ann took over.']);
    expect(split('  [!note] Process\n  Ann took over.')).toEqual(['[!note] Process', 'Ann took over.']);
    expect(split('I spoke to the council and\nthey said no.')).toEqual(['I spoke to the council and\nthey said no.']);
    expect(split('Sam went quiet. She said\nno more.')).toEqual(['Sam went quiet.', 'She said\nno more.']);
    // A label ending in a colon introduces its sentence (section-labels.ts).
    expect(split('Plan:\nask Jo.')).toEqual(['Plan:\nask Jo.']);
  });
});

describe('wordForms', () => {
  it('inflects base forms and finds the base of inflected cues', () => {
    expect([...wordForms('rescue')]).toEqual(expect.arrayContaining(['rescue', 'rescues', 'rescued', 'rescuing']));
    expect([...wordForms('jumped')]).toEqual(expect.arrayContaining(['jump', 'jumps', 'jumping', 'jumped']));
    expect([...wordForms('criticise')]).toEqual(expect.arrayContaining(['criticize', 'criticised', 'criticizing']));
    expect([...wordForms('boundaries')]).toContain('boundary');
  });

  it('does not turn a noun in -ing into a different word', () => {
    expect(wordForms('ending').has('end')).toBe(false);
  });
});
