import { describe, expect, it } from 'vitest';
import type { Flag } from '../../../src/core/model/flag';
import { ACKNOWLEDGED_SPAN_MINUTES, ACKNOWLEDGED_TO_PAUSE, OPEN_FLAGS_TO_PAUSE, pauseSuggestion } from '../../../src/core/present/pause';
import { reviewOf, type FlagReview } from '../../../src/core/review/flag-review';

const flag = (i: number): Flag => ({
  id: `f${i}`,
  kind: 'mirror-upward',
  dynamic: 'rescuing',
  client: 'Clients/C-1.md',
  practitioner: null,
  supervision: `Supervision/${i}.md`,
  score: 0.5,
  question: '',
  prompt: '',
  evidence: [{ path: `Sessions/${i}.md`, dynamic: 'rescuing', noteType: 'session', date: '2026-03-01', role: 'practitioner', source: 'property', line: 3, text: 'rescuing' }],
});
const NOW = new Date('2026-03-10T12:00:00Z');
const minutesAgo = (m: number) => new Date(NOW.getTime() - m * 60_000);
const flags = (n: number) => Array.from({ length: n }, (_, i) => flag(i));

describe('when to suggest a pause', () => {
  it('suggests nothing for a few open flags', () => {
    expect(pauseSuggestion(flags(OPEN_FLAGS_TO_PAUSE - 1), {}, NOW)).toBeUndefined();
  });

  it('suggests pausing when many flags are open at once; dismissed and acknowledged ones are not open', () => {
    const all = flags(OPEN_FLAGS_TO_PAUSE);
    expect(pauseSuggestion(all, {}, NOW)).toEqual({ why: 'many-open', open: OPEN_FLAGS_TO_PAUSE });
    const reviews = { f0: reviewOf(all[0], 'dismissed', 'not for me', minutesAgo(60 * 24 * 30)) };
    expect(pauseSuggestion(all, reviews, NOW)).toBeUndefined();
  });

  it('suggests pausing when many were acknowledged within the span, first, and not for acknowledgements spread out', () => {
    const all = flags(ACKNOWLEDGED_TO_PAUSE + 1);
    const quick: Record<string, FlagReview> = {};
    for (let i = 0; i < ACKNOWLEDGED_TO_PAUSE; i++) quick[`f${i}`] = reviewOf(all[i], 'acknowledged', '', minutesAgo(i * 5));
    expect(pauseSuggestion(all, quick, NOW)).toEqual({ why: 'quick-acknowledging', acknowledged: ACKNOWLEDGED_TO_PAUSE, minutes: ACKNOWLEDGED_SPAN_MINUTES });
    const spread: Record<string, FlagReview> = {};
    for (let i = 0; i < ACKNOWLEDGED_TO_PAUSE; i++) spread[`f${i}`] = reviewOf(all[i], 'acknowledged', '', minutesAgo(i * (ACKNOWLEDGED_SPAN_MINUTES / 2)));
    expect(pauseSuggestion(all, spread, NOW)).toBeUndefined();
    // Acknowledgements of flags no longer in the list do not count.
    expect(pauseSuggestion(all.slice(ACKNOWLEDGED_TO_PAUSE), quick, NOW)).toBeUndefined();
  });
});
