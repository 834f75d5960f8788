import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BEFORE_NOUNS, ContextReader, NOUN_TRIGGERS, OBJECT_PREPOSITIONS, type Certainty } from '../../../src/core/cues/context';
import { DEGREE } from '../../../src/core/cues/concessive-however';
import { BEFORE_PASSING, NOW_AFTER, PASSING_STATES, pastMarkers } from '../../../src/core/cues/past-markers';
import { PhraseIndex, type PhraseHit } from '../../../src/core/cues/phrases';
import { contextCues } from '../../../src/core/taxonomy/default-taxonomy';
import { tokenize, type Token } from '../../../src/core/text/tokens';

type Trigger = 'pre' | 'post' | 'object' | 'pseudo' | 'termination' | 'hypothetical' | 'historical' | 'past';

/**
 * NegEx as it was read before it was made linear: every trigger of the sentence compared with the
 * cue, each against every termination. Kept as the reference the tables must agree with.
 */
function referenceCertainty(tokens: readonly Token[], start: number, end: number): Certainty {
  const cues = contextCues();
  const index = new PhraseIndex<Trigger>(0);
  const add = (list: string[], type: Trigger): void => list.forEach((p) => index.add(p, type));
  add(cues.pre_negation.filter((p) => p !== "n't"), 'pre');
  add(cues.post_negation, 'post');
  add(cues.object_negation, 'object');
  add(cues.pseudo_negation, 'pseudo');
  add(cues.termination, 'termination');
  add(cues.hypothetical, 'hypothetical');
  add(cues.historical, 'historical');
  // A regret ("should not have rung") is no regret before "to": "should not have to ring" denies an obligation.
  // A phrase of the past with a word of now right after it ("her first husband still has"), or after "is her", is none.
  // So is "when he was" before a passing state, after a few words of time ("when he was an hour late").
  const passing = (h: PhraseHit<Trigger>): boolean => {
    if (tokens[h.start].word !== 'when' || !['was', 'were'].includes(tokens[h.end - 1].word)) return false;
    const next = tokens.slice(h.end, h.end + 4).map((t) => t.word);
    const state = next.findIndex((w) => PASSING_STATES.has(w));
    return state >= 0 && next.slice(0, state).every((w) => BEFORE_PASSING.has(w) || /^[0-9]+$/.test(w));
  };
  const toldNow = (h: PhraseHit<Trigger>): boolean =>
    NOW_AFTER.has(tokens[h.end]?.word ?? '') || passing(h) || (h.start >= 2 && ['her', 'his', 'their', 'my', 'our', 'your'].includes(tokens[h.start - 1].word) && ['is', 'are'].includes(tokens[h.start - 2].word));
  // "However" before a word of degree ("however late") concedes: no termination.
  const concedes = (h: PhraseHit<Trigger>): boolean => h.value === 'termination' && tokens[h.start].word === 'however' && DEGREE.has(tokens[h.start + 1]?.word ?? '');
  const hits: PhraseHit<Trigger>[] = index.find(tokens).filter((h) => !(h.value === 'pseudo' && tokens[h.end - 1].word === 'have' && tokens[h.end]?.word === 'to') && !(h.value === 'historical' && toldNow(h)) && !concedes(h));
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].word.endsWith("n't") && !hits.some((h) => h.start <= i && i < h.end)) hits.push({ value: 'pre', start: i, end: i + 1 });
  }
  // A year or an age told with "was" ("when i was twelve") places what is near it in the past as a
  // trigger does; an age after "at" places only what follows it (past-markers.ts, read by the reader too).
  pastMarkers(tokens, undefined, 0, (from, to, forward) => void hits.push({ value: forward ? 'past' : 'historical', start: from, end: to }));
  const pseudo = hits.filter((h) => h.value === 'pseudo');
  // No hypothetical, as the reader has it: a worry named after a possessive or a number ("her worries"), "would" before "not" (a refusal).
  const word = (i: number): string | undefined => tokens[i]?.word;
  const notHypothetical = (h: PhraseHit<Trigger>): boolean =>
    h.value === 'hypothetical' && h.end - h.start === 1 && ((NOUN_TRIGGERS.has(word(h.start)!) && BEFORE_NOUNS.has(word(h.start - 1) ?? '')) || (word(h.start) === 'would' && word(h.start + 1) === 'not'));
  const triggers = hits.filter((h) => !notHypothetical(h) && (h.value === 'pseudo' || h.value === 'termination' || !pseudo.some((p) => h.start < p.end && p.start < h.end)));
  const terminations = triggers.filter((t) => t.value === 'termination');
  const clear = (from: number, to: number): boolean => !terminations.some((t) => t.start >= from && t.end <= to);
  let result: Certainty = 'affirmed';
  for (const t of triggers) {
    if (t.start < end && start < t.end) continue;
    const before = t.end <= start && clear(t.end, start);
    const after = t.start >= end && clear(end, t.start);
    if (t.value === 'pre' && before) return 'negated';
    if (t.value === 'post' && after && t.start - end <= 5) return 'negated';
    // No one or nothing as the object: right after the cue, or after one preposition, whatever stands further on.
    if (t.value === 'object' && (t.start === end || (t.start === end + 1 && OBJECT_PREPOSITIONS.has(tokens[end].word)))) return 'negated';
    if (t.value === 'hypothetical' && before) result = 'hypothetical';
    if (t.value === 'historical' && (before || (after && t.start - end <= 5)) && result === 'affirmed') result = 'historical';
    if (t.value === 'past' && before && result === 'affirmed') result = 'historical';
  }
  return result;
}

// Sentences made of every trigger phrase, cue words and fillers, in any order and number.
const cues = contextCues();
const phrase = fc.constantFrom(
  ...cues.pre_negation, ...cues.post_negation, ...cues.object_negation, ...cues.pseudo_negation, ...cues.termination, ...cues.hypothetical, ...cues.historical,
  "didn't", "couldn't", 'rescued', 'jumped in', 'her', 'the client', 'again', 'and', 'today', 'I', 'to', 'with', 'late', 'an hour', 'twelve',
);
const sentence = fc.array(phrase, { minLength: 1, maxLength: 40, size: 'max' }).map((parts) => tokenize(parts.join(' ')));

describe('ContextReader', () => {
  const reader = new ContextReader(contextCues());

  it('gives every span of a sentence the certainty the quadratic NegEx reading gives it', () => {
    fc.assert(
      fc.property(sentence, fc.nat(), fc.nat(3), (tokens, at, length) => {
        const start = at % tokens.length;
        const end = Math.min(tokens.length, start + 1 + length);
        expect(reader.certainty(reader.scan(tokens), start, end)).toBe(referenceCertainty(tokens, start, end));
      }),
      { numRuns: 1500 },
    );
  });

  it('reads an age told with "was" as the quadratic reading does (a counterexample fast-check found)', () => {
    const tokens = tokenize('when i was twelve');
    for (let at = 0; at < tokens.length; at++) expect(reader.certainty(reader.scan(tokens), at, at + 1)).toBe(referenceCertainty(tokens, at, at + 1));
  });

  it('reads a regret denied before "to" as the quadratic reading does (a counterexample fast-check found)', () => {
    const tokens = tokenize('should not have to no');
    expect(reader.certainty(reader.scan(tokens), 2, 3)).toBe(referenceCertainty(tokens, 2, 3));
  });

  it('answers every cue of a long sentence from one scan', () => {
    // A dictated sentence of 6,000 words: negations, hypotheticals and terminations all through it.
    const tokens = tokenize(Array.from({ length: 500 }, (_, i) => (i % 3 === 0 ? "I didn't rescue her but then I jumped in" : i % 3 === 1 ? 'if she asks I might step in however I held back' : 'she used to avoid it')).join(' and '));
    const context = reader.scan(tokens);
    for (let start = 0; start < tokens.length; start += 97) {
      expect(reader.certainty(context, start, start + 1)).toBe(referenceCertainty(tokens, start, start + 1));
    }
    // Its tables were its own: a short sentence after it reads its own triggers only, from the tables the reader keeps.
    const short = tokenize('I jumped in again');
    expect(reader.certainty(reader.scan(short), 1, 3)).toBe('affirmed');
    const negated = tokenize('I never jumped in');
    expect(reader.certainty(reader.scan(negated), 2, 4)).toBe('negated');
  });
});
