import { describe, expect, it } from 'vitest';
import type { Evidence, Flag } from '../../../src/core/model/flag';
import { addDays, flagWindow, MARK_ROLES, markRole, markRoleLabel, timelineLayout, type TimelineEvidence, type TimelineNote } from '../../../src/core/present/timeline';
import { engineWith, readFixtureVault } from '../../helpers/engine';

const SETTINGS = { windowDays: 35, resonanceDays: 14 };
const session = (date: string, client = 'C-1'): TimelineNote => ({ path: `Sessions/${date} ${client}.md`, lane: 'session', date });
const supervision = (date: string): TimelineNote => ({ path: `Supervision/${date}.md`, lane: 'supervision', date });
const seen = (note: TimelineNote, role: TimelineEvidence['role'], line = 5): TimelineEvidence => ({ ...note, role, line });

function flag(kind: Flag['kind'], evidence: Partial<Evidence>[], supervisionPath: string | null = null): Flag {
  return {
    id: 'f',
    kind,
    dynamic: 'rescuing',
    client: 'Clients/C-1.md',
    practitioner: null,
    supervision: supervisionPath,
    score: 0.8,
    question: '?',
    prompt: '.',
    evidence: evidence.map((e) => ({ path: 'x.md', dynamic: 'rescuing', noteType: 'session', date: null, role: 'client', source: 'text', line: 1, text: 't', ...e })),
  };
}

describe('the window a flag’s rule looked in', () => {
  it('is the days before the supervision for a mirror upward, after it for one downward, either side otherwise', () => {
    const evidence = [
      { path: 'S.md', noteType: 'supervision' as const, date: '2026-02-24' },
      { path: 'a.md', date: '2026-02-03' },
    ];
    expect(flagWindow(flag('mirror-upward', evidence, 'S.md'), SETTINGS)).toEqual({ from: '2026-01-20', to: '2026-02-24', label: '35 days before supervision' });
    expect(flagWindow(flag('contracting', evidence, 'S.md'), SETTINGS)?.from).toBe('2026-01-20');
    expect(flagWindow(flag('mirror-downward', evidence, 'S.md'), SETTINGS)).toEqual({ from: '2026-02-24', to: '2026-03-31', label: '35 days after supervision' });
    expect(flagWindow(flag('mirror', evidence, 'S.md'), { ...SETTINGS, windowDays: 10 })).toEqual({ from: '2026-02-14', to: '2026-03-06', label: '10 days either side of supervision' });
  });

  it('is the days either side of the reflection for a resonance, and the span of the evidence for a pattern', () => {
    const resonance = flag('personal-resonance', [
      { path: 'R.md', noteType: 'reflection', date: '2026-02-15' },
      { date: '2026-02-03' },
    ]);
    expect(flagWindow(resonance, SETTINGS)).toEqual({ from: '2026-02-01', to: '2026-03-01', label: '14 days either side of your reflection' });
    const pattern = flag('practitioner-pattern', [{ date: '2026-02-12' }, { date: '2026-02-03' }, { date: '2026-02-09' }]);
    expect(flagWindow(pattern, SETTINGS)).toEqual({ from: '2026-02-03', to: '2026-02-12', label: '9 days across your clients' });
    expect(flagWindow(flag('mirror-upward', [{ date: null }]), SETTINGS)).toBeUndefined();
  });

  it('counts days across month and year ends', () => {
    expect(addDays('2026-01-20', 35)).toBe('2026-02-24');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
  });
});

describe('the timeline laid out in pixels', () => {
  const notes = [session('2026-01-20'), session('2026-02-03'), session('2026-02-17'), session('2026-03-03'), supervision('2026-02-24')];
  const evidence = [seen(notes[1], 'practitioner', 10), seen(notes[1], 'client', 9), seen(notes[1], 'practitioner', 21), seen(notes[4], 'supervisee', 11), seen(notes[4], 'supervisor', 10), seen(notes[4], 'unknown', 20)];
  const window = { from: '2026-01-20', to: '2026-02-24', label: '35 days before supervision' };

  it('maps dates to positions linearly, later to the right, inside the plot', () => {
    const layout = timelineLayout({ notes, evidence, window, width: 300 });
    const x = (path: string): number => [...layout.marks, ...layout.notes].find((m) => m.path === path)!.x;
    expect(x(notes[0].path)).toBeLessThan(x(notes[1].path));
    expect(x(notes[1].path)).toBeLessThan(x(notes[4].path));
    // 14 days from 3 to 17 Feb are twice the 7 days from 17 to 24 Feb.
    expect(x(notes[2].path) - x(notes[1].path)).toBeCloseTo(2 * (x(notes[4].path) - x(notes[2].path)), 0);
    for (const item of [...layout.marks, ...layout.notes]) {
      expect(item.x).toBeGreaterThanOrEqual(layout.plotLeft);
      expect(item.x).toBeLessThanOrEqual(layout.plotRight);
    }
    expect(layout.fontSize).toBeGreaterThanOrEqual(11);
    expect(layout.plotRight).toBe(292);
  });

  it('shades the window from its first to its last day, and shows the days around the evidence', () => {
    const layout = timelineLayout({ notes, evidence, window, width: 320 });
    const x = (path: string): number => layout.marks.find((m) => m.path === path)!.x;
    expect(layout.window!.x + layout.window!.width).toBeCloseTo(x(notes[4].path), 0);
    expect(layout.window!.x).toBeCloseTo(timelineLayout({ notes, evidence: [...evidence, seen(notes[0], 'client')], window, width: 320 }).marks.find((m) => m.path === notes[0].path)!.x, 0);
    expect(layout.window!.label).toBe('35 days before supervision');
    expect(layout.from < '2026-01-20' && layout.to > '2026-02-24').toBe(true);
    // The session of 3 March falls outside the days shown, and is counted.
    expect(layout.outside).toBe(1);
    expect(layout.notes.map((n) => n.path)).toEqual([notes[0].path, notes[2].path]);
  });

  it('puts one mark per note and role, at that role’s first line, shaped by role', () => {
    const layout = timelineLayout({ notes, evidence, window, width: 320 });
    const marks = layout.marks.map((m) => `${m.date} ${m.lane} ${m.role} ${m.line}`).sort();
    expect(marks).toEqual(['2026-02-03 session client 9', '2026-02-03 session you 10', '2026-02-24 supervision other 20', '2026-02-24 supervision supervisor 10', '2026-02-24 supervision you 11']);
    expect(['client', 'practitioner', 'supervisee', 'self', 'supervisor', 'process', 'unknown'].map((r) => markRole(r as TimelineEvidence['role']))).toEqual(['client', 'you', 'you', 'you', 'supervisor', 'other', 'other']);
  });

  it("names marks from the supervisor's chair in a flag of their notes: the supervisor is you, the supervisee the other in supervision", () => {
    const roles = ['client', 'practitioner', 'supervisee', 'self', 'supervisor', 'process', 'unknown'] as TimelineEvidence['role'][];
    expect(roles.map((r) => markRole(r, 'supervisor'))).toEqual(['client', 'supervisor', 'supervisor', 'you', 'you', 'other', 'other']);
    expect(MARK_ROLES.map((r) => markRoleLabel(r, 'supervisor'))).toEqual(['client', 'you', 'supervisee', 'role unclear']);
    const marks = timelineLayout({ notes, evidence, window, width: 320, chair: 'supervisor' }).marks.map((m) => `${m.date} ${m.role} ${m.line}`).sort();
    expect(marks).toContain('2026-02-24 you 10');
    expect(marks).toContain('2026-02-03 supervisor 10');
  });

  it('stacks marks of one note, client above you above supervisor, so none covers another', () => {
    const layout = timelineLayout({ notes, evidence, window, width: 320 });
    const items = [...layout.marks, ...layout.notes];
    for (let i = 0; i < items.length; i++) {
      for (let j = i + 1; j < items.length; j++) {
        const close = Math.abs(items[i].x - items[j].x) < 12 && Math.abs(items[i].y - items[j].y) < 12;
        expect(close, `${items[i].path} and ${items[j].path} overlap`).toBe(false);
      }
    }
    const inSupervision = layout.marks.filter((m) => m.lane === 'supervision').sort((a, b) => a.y - b.y).map((m) => m.role);
    expect(inSupervision).toEqual(['you', 'supervisor', 'other']);
    const lanes = new Map(layout.lanes.map((l) => [l.lane, l]));
    for (const m of layout.marks) {
      const lane = lanes.get(m.lane)!;
      expect(m.y).toBeGreaterThan(lane.top);
      expect(m.y).toBeLessThan(lane.top + lane.height);
    }
    // Lanes do not overlap, and the axis is below them all.
    expect(lanes.get('session')!.top + lanes.get('session')!.height).toBeLessThanOrEqual(lanes.get('supervision')!.top);
    expect(layout.axis.y).toBeGreaterThanOrEqual(lanes.get('supervision')!.top + lanes.get('supervision')!.height);
    expect(layout.height).toBeGreaterThan(layout.axis.y + 11);
  });

  it('adds a reflections lane only when a reflection is in view, and marks the open note', () => {
    const reflection: TimelineNote = { path: 'Reflections/2026-02-15.md', lane: 'reflection', date: '2026-02-15' };
    const without = timelineLayout({ notes, evidence, window, width: 320 });
    expect(without.lanes.map((l) => l.lane)).toEqual(['session', 'supervision']);
    const far: TimelineNote = { ...reflection, path: 'far.md', date: '2025-06-01' };
    const withIt = timelineLayout({ notes: [...notes, reflection, far], evidence, window, current: notes[1].path, width: 320 });
    expect(withIt.lanes.map((l) => l.lane)).toEqual(['session', 'supervision', 'reflection']);
    expect(withIt.notes.map((n) => n.path)).not.toContain('far.md');
    expect(withIt.marks.filter((m) => m.current).map((m) => m.path)).toEqual([notes[1].path, notes[1].path]);
  });

  it('labels the axis with ticks that never crowd, weeks for a short span and months for a long one', () => {
    for (const width of [240, 300, 420, 800]) {
      for (const span of [20, 60, 200, 700]) {
        const end = addDays('2026-01-01', span);
        const layout = timelineLayout({ notes: [session('2026-01-01'), session(end)], evidence: [seen(session('2026-01-01'), 'client'), seen(session(end), 'client')], width });
        const ticks = layout.axis.ticks;
        expect(ticks.length, `${span} days at ${width} px`).toBeGreaterThan(0);
        for (let i = 1; i < ticks.length; i++) expect(ticks[i].x - ticks[i - 1].x).toBeGreaterThanOrEqual(40);
        for (const t of ticks) {
          expect(t.x).toBeGreaterThanOrEqual(layout.plotLeft);
          expect(t.x).toBeLessThanOrEqual(layout.plotRight);
        }
        const labels = ticks.map((t) => t.label);
        if (span === 20) expect(labels.every((l) => /^\d+ [A-Z][a-z]{2}$/.test(l))).toBe(true);
        if (span === 200) expect(labels.every((l) => /^[A-Z][a-z]{2}( \d{4})?$/.test(l))).toBe(true);
      }
    }
  });

  it('lays out a demo flag from real notes: the C-014 rescuing flag in sessions and supervision', () => {
    const engine = engineWith(readFixtureVault('examples/demo-vault'));
    const f = engine.flags().find((x) => x.kind === 'mirror-upward' && x.client === 'Clients/C-014.md' && x.dynamic === 'rescuing')!;
    const ev: TimelineEvidence[] = f.evidence.filter((e) => e.dynamic === f.dynamic && e.date).map((e) => ({ path: e.path, lane: e.noteType as 'session', date: e.date!, role: e.role, line: e.line }));
    const layout = timelineLayout({ notes: [], evidence: ev, window: flagWindow(f, SETTINGS), width: 300 });
    expect(layout.marks.map((m) => `${m.date} ${m.role} ${m.line}`).sort()).toEqual(['2026-02-03 you 10', '2026-02-24 supervisor 10', '2026-02-24 you 11']);
  });
});
