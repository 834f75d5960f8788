import { describe, expect, it } from 'vitest';
import type { Flag } from '../../../src/core/model/flag';
import { distinctEvidence } from '../../../src/core/present/flag-labels';
import { DEFAULT_FILTER, listFlags, type FlagListFilter } from '../../../src/core/present/flag-list';
import { reviewOf } from '../../../src/core/review/flag-review';

function flag(id: string, score: number, kind: Flag['kind'], client: string | null, date: string, text: string): Flag {
  return {
    id,
    kind,
    dynamic: 'rescuing',
    client,
    practitioner: null,
    supervision: null,
    score,
    question: `Question ${id}`,
    prompt: 'Prompt',
    evidence: [{ path: `Sessions/${id}.md`, dynamic: 'rescuing', noteType: 'session', date, role: 'client', source: 'text', line: 3, text }],
  };
}

const flags = [
  flag('a', 0.5, 'mirror-upward', 'Clients/C-014.md', '2026-02-03', 'I offered to ring the GP'),
  flag('b', 0.9, 'mirror-downward', 'Clients/C-033.md', '2025-06-01', 'Ann pushed hard on the plan'),
  flag('c', 0.7, 'practitioner-pattern', null, '2026-02-20', 'fixing again'),
];
const base = { reviews: {}, today: '2026-03-10', searchText: (f: Flag) => `${f.question} ${f.evidence.map((e) => e.text).join(' ')}` };
const ids = (filter: Partial<FlagListFilter>, extra: Partial<typeof base> & { inContext?: (f: Flag) => boolean } = {}): string[] =>
  listFlags(flags, { ...base, ...extra, filter: { ...DEFAULT_FILTER, ...filter } }).items.map((i) => i.flag.id);

describe('evidence rows', () => {
  it('shows two cues on one line once, but keeps rows that differ in meaning', () => {
    const one = flags[0].evidence[0];
    const flag = { ...flags[0], evidence: [one, { ...one }, { ...one, dynamic: 'felt-sense' }, { ...one, line: 4 }] };
    expect(distinctEvidence(flag)).toEqual([one, { ...one, dynamic: 'felt-sense' }, { ...one, line: 4 }]);
  });
});

describe('listing flags for the view', () => {
  it('orders strongest first', () => {
    expect(ids({})).toEqual(['b', 'c', 'a']);
  });

  it('filters by kind, client, time range and every word of the search', () => {
    expect(ids({ kind: 'mirror-upward' })).toEqual(['a']);
    expect(ids({ client: 'Clients/C-033.md' })).toEqual(['b']);
    expect(ids({ range: '90' })).toEqual(['c', 'a']);
    expect(ids({ range: '30' })).toEqual(['c']);
    expect(ids({ text: 'ring gp' })).toEqual(['a']);
    expect(ids({ text: 'ring plan' })).toEqual([]);
  });

  it('hides reviewed flags unless asked, and counts them', () => {
    const reviews = { b: reviewOf(flags[1], 'dismissed', 'not relevant', new Date()), c: reviewOf(flags[2], 'acknowledged', '', new Date()) };
    const hidden = listFlags(flags, { ...base, reviews, filter: DEFAULT_FILTER });
    expect(hidden.items.map((i) => i.flag.id)).toEqual(['a']);
    expect([hidden.hiddenAcknowledged, hidden.hiddenDismissed]).toEqual([1, 1]);
    expect(ids({ showDismissed: true }, { reviews })).toEqual(['b', 'a']);
    expect(ids({ showAcknowledged: true, showDismissed: true }, { reviews })).toEqual(['b', 'c', 'a']);
  });

  it('puts flags about the open note first, strongest first within each group', () => {
    expect(ids({}, { inContext: (f) => f.client === 'Clients/C-014.md' || f.client === null })).toEqual(['c', 'a', 'b']);
  });
});
