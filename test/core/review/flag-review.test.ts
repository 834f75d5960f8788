import { describe, expect, it } from 'vitest';
import type { Flag } from '../../../src/core/model/flag';
import { evidenceFingerprint, reviewOf, standingOf } from '../../../src/core/review/flag-review';

const flag: Flag = {
  id: 'abc123',
  kind: 'mirror-upward',
  dynamic: 'rescuing',
  client: 'Clients/C-014.md',
  practitioner: 'People/Robin Hart.md',
  supervision: 'Supervision/2026-02-24 Supervision.md',
  score: 0.9,
  question: 'Could the rescuing in sessions be showing up in supervision?',
  prompt: 'What did you want to fix?',
  evidence: [
    { path: 'Sessions/C-014/2026-02-03 C-014.md', dynamic: 'rescuing', noteType: 'session', date: '2026-02-03', role: 'client', source: 'text', line: 21, text: 'I offered to call the GP for Sam.' },
    { path: 'Supervision/2026-02-24 Supervision.md', dynamic: 'rescuing', noteType: 'supervision', date: '2026-02-24', role: 'supervisee', source: 'property', line: 6, text: 'dynamics: rescuing' },
  ],
};

describe('flag reviews', () => {
  const at = new Date('2026-03-01T09:30:00Z');

  it('a flag without a review is new', () => {
    expect(standingOf(flag, {})).toEqual({ status: 'new', evidenceChanged: false });
  });

  it('a review keeps its status, trimmed reason and the evidence it was made on', () => {
    const review = reviewOf(flag, 'dismissed', '  discussed with Ann already ', at);
    expect(review).toEqual({ status: 'dismissed', reason: 'discussed with Ann already', at: '2026-03-01T09:30:00.000Z', evidence: evidenceFingerprint(flag) });
    expect(standingOf(flag, { [flag.id]: review })).toEqual({ status: 'dismissed', review });
    expect(reviewOf(flag, 'acknowledged', '   ', at)).not.toHaveProperty('reason');
  });

  it('the fingerprint ignores evidence order but not its content', () => {
    const reordered = { ...flag, evidence: [...flag.evidence].reverse() };
    expect(evidenceFingerprint(reordered)).toBe(evidenceFingerprint(flag));
    const edited = { ...flag, evidence: [flag.evidence[0], { ...flag.evidence[1], line: 7 }] };
    expect(evidenceFingerprint(edited)).not.toBe(evidenceFingerprint(flag));
  });

  it('a flag whose evidence changed after the review comes back as new', () => {
    const review = reviewOf(flag, 'acknowledged', '', at);
    const grown = { ...flag, evidence: [...flag.evidence, { ...flag.evidence[0], line: 30, text: 'I booked her next appointment for her.' }] };
    expect(standingOf(grown, { [flag.id]: review })).toEqual({ status: 'new', evidenceChanged: true });
  });

  it('a review saved before fingerprints existed still stands', () => {
    expect(standingOf(flag, { [flag.id]: { status: 'acknowledged', at: '2026-01-01T00:00:00Z' } }).status).toBe('acknowledged');
  });

  it('a flag id that is an Object property name is not a review', () => {
    expect(standingOf({ ...flag, id: 'constructor' }, {}).status).toBe('new');
  });
});
