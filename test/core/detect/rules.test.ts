import { describe, expect, it } from 'vitest';
import type { Flag } from '../../../src/core/model/flag';
import { engineWith } from '../../helpers/engine';
import { noteText } from '../../helpers/notes';

const people = {
  'People/Robin.md': noteText('type: person\nrole: practitioner', ''),
  'People/Ann.md': noteText('type: person\nrole: supervisor', ''),
  'Clients/C-1.md': noteText('type: client\npractitioner: "[[Robin]]"', ''),
  'Clients/C-2.md': noteText('type: client\npractitioner: "[[Robin]]"', ''),
  'Clients/C-3.md': noteText('type: client\npractitioner: "[[Robin]]"', ''),
};

const session = (client: string, date: string, props: string, body = ''): [string, string] => [
  `Sessions/${date} ${client}.md`,
  noteText(`type: session\nclient: "[[${client}]]"\ndate: ${date}\n${props}`, body),
];
const supervision = (date: string, props: string, cases = '["[[C-1]]"]', body = ''): [string, string] => [
  `Supervision/${date}.md`,
  noteText(`type: supervision\nsupervisor: "[[Ann]]"\nsupervisee: "[[Robin]]"\ndate: ${date}\ncases: ${cases}\n${props}`, body),
];

function flagsOf(...notes: [string, string][]): Flag[] {
  return engineWith({ ...people, ...Object.fromEntries(notes) }).flags();
}
const kinds = (flags: Flag[]) => flags.map((f) => `${f.kind} ${f.dynamic}`);

describe('mirror-upward', () => {
  it('fires for client then supervisee, and for practitioner then supervisor', () => {
    expect(kinds(flagsOf(session('C-1', '2026-02-10', 'client_dynamics: [avoidance]'), supervision('2026-02-24', 'supervisee_dynamics: [avoidance]')))).toEqual([
      'mirror-upward avoidance-withdrawal',
    ]);
    expect(kinds(flagsOf(session('C-1', '2026-02-10', 'practitioner_dynamics: [rescuing]'), supervision('2026-02-24', 'supervisor_dynamics: [rescuing]')))).toEqual([
      'mirror-upward rescuing',
    ]);
  });

  it('includes both edges of the window and nothing beyond', () => {
    const sup = supervision('2026-03-07', 'supervisee_dynamics: [avoidance]');
    expect(kinds(flagsOf(session('C-1', '2026-01-31', 'client_dynamics: [avoidance]'), sup))).toHaveLength(1); // 35 days before
    expect(kinds(flagsOf(session('C-1', '2026-03-07', 'client_dynamics: [avoidance]'), sup))).toHaveLength(1); // same day
    expect(kinds(flagsOf(session('C-1', '2026-01-30', 'client_dynamics: [avoidance]'), sup))).toEqual([]); // 36 days before
  });

  it('needs matching roles: a client dynamic and a supervisor dynamic are not a mirror', () => {
    expect(flagsOf(session('C-1', '2026-02-10', 'client_dynamics: [avoidance]'), supervision('2026-02-24', 'supervisor_dynamics: [avoidance]'))).toEqual([]);
  });

  it('needs the supervision to discuss the client', () => {
    expect(flagsOf(session('C-1', '2026-02-10', 'client_dynamics: [avoidance]'), supervision('2026-02-24', 'supervisee_dynamics: [avoidance]', '["[[C-2]]"]'))).toEqual([]);
  });
});

describe('mirror-downward', () => {
  it('fires for supervisor then practitioner in the following window only', () => {
    const sup = supervision('2026-02-01', 'supervisor_dynamics: [persecuting]');
    expect(kinds(flagsOf(sup, session('C-1', '2026-02-10', 'practitioner_dynamics: [persecuting]')))).toEqual(['mirror-downward persecuting']);
    expect(kinds(flagsOf(sup, session('C-1', '2026-03-07', 'practitioner_dynamics: [persecuting]')))).toEqual(['mirror-downward persecuting']); // day 34
    expect(flagsOf(sup, session('C-1', '2026-03-09', 'practitioner_dynamics: [persecuting]'))).toEqual([]); // day 36
  });

  it('and upward too when the practitioner did it before as well', () => {
    const flags = flagsOf(
      session('C-1', '2026-01-20', 'practitioner_dynamics: [persecuting]'),
      supervision('2026-02-01', 'supervisor_dynamics: [persecuting]'),
      session('C-1', '2026-02-10', 'practitioner_dynamics: [persecuting]'),
    );
    expect(kinds(flags).sort()).toEqual(['mirror-downward persecuting', 'mirror-upward persecuting']);
  });
});

describe('mirror', () => {
  it('fires when a role is unknown and no directional rule matched', () => {
    expect(kinds(flagsOf(session('C-1', '2026-02-10', 'dynamics: [stuck]'), supervision('2026-02-24', 'supervisee_dynamics: [stuckness]')))).toEqual(['mirror stuckness']);
  });

  it('does not fire where no direction could match, whatever role is unknown', () => {
    // The client's story after the supervision: a downward mirror needs the practitioner there.
    expect(flagsOf(supervision('2026-02-01', 'dynamics: [stuckness]'), session('C-1', '2026-02-10', 'client_dynamics: [stuck]'))).toEqual([]);
    // Read with the unknown role as the practitioner, it would be downward: a mirror.
    expect(kinds(flagsOf(supervision('2026-02-01', 'dynamics: [stuckness]'), session('C-1', '2026-02-10', 'practitioner_dynamics: [stuck]')))).toEqual(['mirror stuckness']);
  });

  it('gives way to a directional rule', () => {
    const flags = flagsOf(session('C-1', '2026-02-10', 'client_dynamics: [stuck]\ndynamics: [stuck]'), supervision('2026-02-24', 'supervisee_dynamics: [stuckness]'));
    expect(kinds(flags)).toEqual(['mirror-upward stuckness']);
  });

  it('never fires for themes or markers', () => {
    expect(flagsOf(session('C-1', '2026-02-10', 'themes: [loss]'), supervision('2026-02-24', 'themes: [loss]'))).toEqual([]);
  });
});

describe('contracting', () => {
  it('counts an empty contract and replaces the mirror kinds', () => {
    const flags = flagsOf(
      session('C-1', '2026-02-10', 'contract:\n  focus: ""\n  outcomes: []'),
      supervision('2026-02-24', 'supervisee_dynamics: [contracting-unclear]\ncontract: {focus: "", outcomes: []}'),
    );
    expect(kinds(flags)).toEqual(['contracting contracting-unclear']);
    expect(flags[0].evidence.map((e) => [e.source, e.role])).toEqual([
      ['contract', 'process'], // the session, line 5
      ['property', 'supervisee'], // the supervision, line 7
      ['contract', 'process'], // the supervision, line 8
    ]);
  });

  it('does not count a contract with a focus', () => {
    expect(flagsOf(session('C-1', '2026-02-10', 'contract:\n  focus: grief\n  outcomes: []'), supervision('2026-02-24', 'supervisee_dynamics: [contracting-unclear]'))).toEqual([]);
  });
});

describe('personal-resonance', () => {
  const reflection = (date: string, props: string): [string, string] => [`Reflections/${date}.md`, noteText(`type: reflection\ndate: ${date}\n${props}`, '')];

  it('fires once per reflection and dynamic, listing every matching session within the days', () => {
    const flags = flagsOf(
      reflection('2026-03-01', 'themes: [loss]'),
      session('C-1', '2026-02-15', 'themes: [bereavement]'),
      session('C-2', '2026-03-15', 'client_dynamics: [grief]'),
      session('C-3', '2026-03-16', 'themes: [loss]'),
    );
    expect(kinds(flags)).toEqual(['personal-resonance loss-abandonment-rejection']);
    expect(flags[0].evidence.map((e) => e.path)).toEqual(['Sessions/2026-02-15 C-1.md', 'Reflections/2026-03-01.md', 'Sessions/2026-03-15 C-2.md']);
    expect(flags[0].client).toBeNull();
  });
});

describe('practitioner-pattern', () => {
  it('fires for one dynamic with three clients within the days', () => {
    const flags = flagsOf(
      session('C-1', '2026-01-01', 'practitioner_dynamics: [rescuing]'),
      session('C-2', '2026-02-01', 'practitioner_dynamics: [rescuing]'),
      session('C-3', '2026-03-02', 'practitioner_dynamics: [rescuing]'),
    );
    expect(kinds(flags)).toEqual(['practitioner-pattern rescuing']);
    expect(flags[0].practitioner).toBe('People/Robin.md');
    expect(flags[0].question).toContain('3 clients between 2026-01-01 and 2026-03-02');
  });

  it('does not fire when the clients are spread wider than the days, or are fewer', () => {
    expect(flagsOf(session('C-1', '2026-01-01', 'practitioner_dynamics: [rescuing]'), session('C-2', '2026-02-01', 'practitioner_dynamics: [rescuing]'), session('C-3', '2026-03-03', 'practitioner_dynamics: [rescuing]'))).toEqual([]);
    expect(flagsOf(session('C-1', '2026-01-01', 'practitioner_dynamics: [rescuing]'), session('C-2', '2026-01-02', 'practitioner_dynamics: [rescuing]'), session('C-2', '2026-01-03', 'practitioner_dynamics: [rescuing]'))).toEqual([]);
  });
});

describe('flags', () => {
  const notes: [string, string][] = [
    session('C-1', '2026-02-10', 'client_dynamics: [avoidance]\npractitioner_dynamics: [rescuing]', 'I noticed I felt sleepy. I jumped in.'),
    session('C-2', '2026-02-20', 'client_dynamics: [avoidance]'),
    supervision('2026-02-24', 'supervisee_dynamics: [avoidance]\nsupervisor_dynamics: [rescuing]\nparallel_process: the same thing is happening here', '["[[C-1]]", "[[C-2]]"]'),
  ];

  it('are one per (supervision, client, dynamic, kind), sorted by score', () => {
    const flags = flagsOf(...notes);
    expect(flags.map((f) => `${f.kind} ${f.dynamic} ${f.client}`).sort()).toEqual([
      'mirror-upward avoidance-withdrawal Clients/C-1.md',
      'mirror-upward avoidance-withdrawal Clients/C-2.md',
      'mirror-upward rescuing Clients/C-1.md',
    ]);
    const scores = flags.map((f) => f.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('list a dynamics property once per dynamic, and score it alike, however its list is written', () => {
    const sup = supervision('2026-02-24', 'supervisee_dynamics: [avoidance]');
    const oneLine = flagsOf(session('C-1', '2026-02-10', 'client_dynamics: [avoidance, changed the subject, withdrew, avoidance]'), sup)[0];
    const blockList = flagsOf(session('C-1', '2026-02-10', 'client_dynamics:\n  - avoidance\n  - changed the subject\n  - withdrew\n  - avoidance'), sup)[0];
    const sessionItems = (flag: Flag) => flag.evidence.filter((e) => e.noteType === 'session').map((e) => `${e.source} ${e.dynamic}`);
    expect(sessionItems(oneLine)).toEqual(['property avoidance-withdrawal']);
    expect(sessionItems(blockList)).toEqual(['property avoidance-withdrawal']);
    expect(blockList.score).toBe(oneLine.score);
  });

  it('score property and role-matched evidence above text, and raise named markers', () => {
    const rescuing = flagsOf(...notes).find((f) => f.dynamic === 'rescuing')!;
    const withoutMarker = flagsOf(notes[0], notes[1], supervision('2026-02-24', 'supervisee_dynamics: [avoidance]\nsupervisor_dynamics: [rescuing]', '["[[C-1]]", "[[C-2]]"]')).find((f) => f.dynamic === 'rescuing')!;
    expect(rescuing.score).toBeGreaterThan(withoutMarker.score);
    const textOnly = flagsOf(session('C-1', '2026-02-10', '', 'I jumped in.'), supervision('2026-02-24', '', '["[[C-1]]"]', 'Ann came up with solutions.'))[0];
    const propertyOnly = flagsOf(session('C-1', '2026-02-10', 'practitioner_dynamics: [rescuing]'), supervision('2026-02-24', 'supervisor_dynamics: [rescuing]'))[0];
    expect(propertyOnly.score).toBeGreaterThan(textOnly.score);
  });

  it('score lower when the dynamic is in nearly every session of the client (style, not signal)', () => {
    const sup = supervision('2026-03-01', 'supervisee_dynamics: [avoidance]');
    const rare = flagsOf(sup, session('C-1', '2026-02-20', 'client_dynamics: [avoidance]'), session('C-1', '2026-01-10', ''), session('C-1', '2026-01-17', ''), session('C-1', '2026-01-24', ''))[0];
    const always = flagsOf(sup, ...['2026-02-20', '2026-01-10', '2026-01-17', '2026-01-24'].map((d) => session('C-1', d, 'client_dynamics: [avoidance]'))).find((f) => f.dynamic === 'avoidance-withdrawal')!;
    expect(rare.score).toBeGreaterThan(always.score);
  });

  it('have ids that do not depend on scan order', () => {
    const a = engineWith({ ...people, ...Object.fromEntries(notes) }).flags().map((f) => f.id).sort();
    const b = engineWith(Object.fromEntries([...Object.entries(people), ...notes].reverse())).flags().map((f) => f.id).sort();
    expect(b).toEqual(a);
    expect(new Set(a).size).toBe(a.length);
  });

  it('ask questions, never give verdicts', () => {
    for (const f of flagsOf(...notes)) {
      expect(f.question.endsWith('?')).toBe(true);
      expect(f.prompt.length).toBeGreaterThan(20);
    }
  });
});
