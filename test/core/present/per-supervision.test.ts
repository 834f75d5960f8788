import { describe, expect, it } from 'vitest';
import type { ListedFlag } from '../../../src/core/present/flag-list';
import { limitPerSupervision } from '../../../src/core/present/per-supervision';

const listed = (id: string, supervision: string | null): ListedFlag => ({
  flag: { id, kind: supervision ? 'mirror-upward' : 'practitioner-pattern', dynamic: 'rescuing', client: null, practitioner: null, supervision, score: 0.5, question: '', prompt: '', evidence: [] },
  standing: { status: 'new', evidenceChanged: false },
  inContext: false,
});

// Strongest first, as listFlags sorts them: two supervisions interleaved, and a pattern that no supervision anchors.
const ITEMS = [listed('a1', 'A'), listed('b1', 'B'), listed('a2', 'A'), listed('p', null), listed('a3', 'A'), listed('a4', 'A'), listed('b2', 'B'), listed('a5', 'A')];
const ids = (items: readonly ListedFlag[]) => items.map((i) => i.flag.id);

describe('a few flags per supervision', () => {
  it('keeps the strongest few of each supervision in order, and counts the rest', () => {
    const limited = limitPerSupervision(ITEMS, 3, new Set());
    expect(ids(limited.items)).toEqual(['a1', 'b1', 'a2', 'p', 'a3', 'b2']);
    expect([...limited.more]).toEqual([['A', 2]]);
    // The "show more" goes after A's last flag shown; focus then goes to the first held back.
    expect([...limited.lastShown]).toEqual([['A', 'a3']]);
    expect([...limited.firstHidden]).toEqual([['A', 'a4']]);
  });

  it('shows every flag of a supervision once opened, and every flag at all with a limit of 0', () => {
    expect(ids(limitPerSupervision(ITEMS, 3, new Set(['A'])).items)).toEqual(ids(ITEMS));
    expect(ids(limitPerSupervision(ITEMS, 0, new Set()).items)).toEqual(ids(ITEMS));
    expect(ids(limitPerSupervision(ITEMS, 1, new Set()).items)).toEqual(['a1', 'b1', 'p']);
  });
});
