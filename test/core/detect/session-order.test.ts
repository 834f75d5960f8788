import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { bySessionOrder, sessionsInDays } from '../../../src/core/detect/session-order';
import type { SessionRef } from '../../../src/core/detect/rule-context';
import { engineWith } from '../../helpers/engine';
import { noteText } from '../../helpers/notes';

const session = (day: number, path = `S/${day}.md`): SessionRef => ({ path, client: 'Clients/C-1.md', practitioner: '', day, date: '2026-01-01' });

describe('sessionsInDays', () => {
  it('finds the sessions from one day to another, both included, as reading the whole list would', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 60 }), { maxLength: 40 }), fc.integer({ min: -5, max: 65 }), fc.integer({ min: 0, max: 30 }), (days, from, width) => {
        const list = days.map((d, i) => session(d, `S/${i}.md`)).sort(bySessionOrder);
        expect(sessionsInDays(list, from, from + width)).toEqual(list.filter((x) => x.day >= from && x.day <= from + width));
      }),
    );
  });

  it('is empty for a window before, between or after the sessions', () => {
    const list = [session(10), session(20)];
    expect(sessionsInDays(list, 0, 9)).toEqual([]);
    expect(sessionsInDays(list, 11, 19)).toEqual([]);
    expect(sessionsInDays(list, 21, 40)).toEqual([]);
    expect(sessionsInDays(list, 10, 10)).toEqual([session(10)]);
  });
});

describe('a client seen for years', () => {
  it("scores every supervision's flags by the share of all the client's sessions with the dynamic, after a change as after a fresh read", () => {
    const files: Record<string, string> = {
      'Clients/C-1.md': noteText('type: client\ncode: C-1\naliases: [Jo]', ''),
    };
    const rescuing = 'I filled in her housing form for her while she watched.';
    // Six sessions a week apart, every other one rescuing (half of them: the most a practitioner's
    // passing style may take before it weighs less, scoring.ts); a supervision after each.
    for (let i = 0; i < 6; i++) {
      const date = new Date(Date.UTC(2026, 0, 5 + 7 * i)).toISOString().slice(0, 10);
      files[`Sessions/${date} C-1.md`] = noteText(`type: session\nclient: "[[C-1]]"\ndate: ${date}`, i % 2 === 0 ? rescuing : 'We looked at the week.');
      files[`Supervision/${date}.md`] = noteText(`type: supervision\ndate: ${date}\ncases: ["[[C-1]]"]`, 'My supervisor came up with solutions for me before I had finished.');
    }
    const engine = engineWith(files);
    const before = engine.flags();
    expect(before.some((f) => f.dynamic === 'rescuing')).toBe(true);
    // One more session rescuing: every rescuing flag's share of the client's sessions moves past half.
    const changed = { ...files, 'Sessions/2026-01-12 C-1.md': noteText('type: session\nclient: "[[C-1]]"\ndate: 2026-01-12', rescuing) };
    engine.upsert({ path: 'Sessions/2026-01-12 C-1.md', data: changed['Sessions/2026-01-12 C-1.md'] });
    const after = engine.flags();
    expect(after).toEqual(engineWith(changed).flags());
    // Flags of supervisions whose weeks did not change are scored again, with the new share.
    expect(after.filter((f) => before.some((b) => b.id === f.id && b.score !== f.score)).length).toBeGreaterThan(0);
  });
});
