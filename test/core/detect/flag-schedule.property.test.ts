import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FlagSchedule } from '../../../src/core/detect/flag-schedule';
import type { Flag } from '../../../src/core/model/flag';

/** A flag that differs from others only in what the schedule orders by: score, then id. */
function flag(id: string, score: number): Flag {
  return { id, kind: 'mirror', dynamic: 'rescuing', client: null, practitioner: null, supervision: null, score, question: '', prompt: '', evidence: [] };
}

const ANCHORS = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];
// Scores from a few values, so that equal scores are common and the id decides.
const flags = fc.array(fc.record({ n: fc.integer({ min: 0, max: 30 }), score: fc.constantFrom(0.1, 0.5, 0.5, 0.9) }), { maxLength: 12 });
const step = fc.record({ anchors: fc.subarray(ANCHORS, { minLength: 1 }), flags: fc.array(flags, { minLength: 8, maxLength: 8 }) });

describe('the flag schedule', () => {
  it('keeps every anchor\'s flags in score order, then id, through any recomputation, few or many', () => {
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 12 }), (steps) => {
        const schedule = new FlagSchedule();
        const current = new Map<string, Flag[]>();
        steps.forEach((s, k) => {
          schedule.recompute(
            s.anchors.map((key) => ({ rule: 'r', key })),
            (anchor) => {
              const i = ANCHORS.indexOf(anchor.key);
              // Ids unique across anchors and steps: anchor, step, number.
              const made = [...new Map(s.flags[i].map((f) => [f.n, f])).values()].map((f) => flag(`${anchor.key}-${k}-${f.n}`, f.score));
              current.set(anchor.key, made);
              return made;
            },
          );
          const expected = [...current.values()].flat().sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
          expect(schedule.all()).toEqual(expected);
        });
      }),
      { numRuns: 300 },
    );
  });

  it('places a flag equal to another in score and id after it, and finds whichever of equals leaves', () => {
    const schedule = new FlagSchedule();
    const first = flag('x', 0.5);
    const second = flag('x', 0.5);
    schedule.recompute([{ rule: 'r', key: 'a' }], () => [first]);
    schedule.recompute([{ rule: 'r', key: 'b' }], () => [second, flag('y', 0.9)]);
    expect(schedule.all()[1]).toBe(first);
    expect(schedule.all()[2]).toBe(second);
    // The first of the equals leaves from where the second stands by order alone: found all the same.
    const again = flag('x', 0.5);
    schedule.recompute([{ rule: 'r', key: 'a' }], () => [again]);
    expect(schedule.all()).toHaveLength(3);
    expect(schedule.all()).not.toContain(first);
    expect(schedule.all()).toContain(second);
    expect(schedule.all()).toContain(again);
    // The later of two equals leaving: order alone points at the earlier one, so it is looked for.
    schedule.recompute([{ rule: 'r', key: 'a' }], () => []);
    expect(schedule.all().map((f) => f.id)).toEqual(['y', 'x']);
    expect(schedule.all()[1]).toBe(second);
  });

  it('hands out a new list when flags change, leaving the one a caller holds as it was', () => {
    const schedule = new FlagSchedule();
    schedule.recompute([{ rule: 'r', key: 'a' }], () => [flag('x', 0.5), flag('y', 0.3)]);
    const held = schedule.all();
    schedule.recompute([{ rule: 'r', key: 'a' }], () => [flag('z', 0.9)]);
    expect(held.map((f) => f.id)).toEqual(['x', 'y']);
    expect(schedule.all().map((f) => f.id)).toEqual(['z']);
  });
});
