import { describe, expect, it } from 'vitest';
import { ClientMask, clientNames } from '../../../src/core/present/client-mask';
import { preparationMarkdown, prepareSupervision, type PrepareOptions } from '../../../src/core/practice/prepare';
import { findSupervisor } from '../../../src/core/practice/supervisors';
import { reviewOf } from '../../../src/core/review/flag-review';
import { engineWith, readFixtureVault } from '../../helpers/engine';
import { noteText } from '../../helpers/notes';

const practice = engineWith(readFixtureVault('test/fixtures/vaults/practice'));
const ann = findSupervisor(practice.graph, 'Ann')!;
const jo = findSupervisor(practice.graph, 'jo park')!;

function prep(options: Partial<PrepareOptions> & Pick<PrepareOptions, 'supervisor'>): { text: string; prepared: ReturnType<typeof prepareSupervision> } {
  const all: PrepareOptions = { date: '2026-03-24', includePrivate: false, ...options };
  const prepared = prepareSupervision(practice, all);
  return { prepared, text: preparationMarkdown(practice, prepared, all) };
}

describe('findSupervisor', () => {
  it('finds a supervisor by name, alias or path, and nobody by a name no note uses', () => {
    expect(ann).toEqual({ id: 'People/Ann Lee.md', label: 'Ann Lee' });
    expect(findSupervisor(practice.graph, 'People/Jo Park.md')?.id).toBe('People/Jo Park.md');
    expect(findSupervisor(practice.graph, 'Morgan')).toBeUndefined();
    // A practitioner is no supervisor, however named: a preparation "with" them lists nothing.
    expect(findSupervisor(practice.graph, 'Robin Hart')).toBeUndefined();
  });

  it('reads a link copied from a note as the name it links to', () => {
    expect(findSupervisor(practice.graph, '[[Ann Lee]]')).toEqual(ann);
    expect(findSupervisor(practice.graph, ' [[People/Jo Park|Jo]] ')?.id).toBe('People/Jo Park.md');
    expect(findSupervisor(practice.graph, '[[Morgan]]')).toBeUndefined();
    expect(practice.findClient('[[C-014]]')).toBe('Clients/C-014.md');
    expect(practice.findClient('C-014.md')).toBe('Clients/C-014.md');
    expect(findSupervisor(practice.graph, 'Ann Lee.md')).toEqual(ann);
    expect(practice.findClient('[[C-014#Plan|Sam]]')).toBe('Clients/C-014.md');
  });
});

/** The practice vault with sessions written on the day of Ann's last supervision (2026-02-24, which discussed C-014). */
function withSameDaySessions(): ReturnType<typeof engineWith> {
  const session = (client: string, text: string): string =>
    `---\ntype: session\nclient: "[[${client}]]"\ndate: 2026-02-24T17:00\nsession: 2\nfor_supervision: true\n---\n## Data\n${text}\n`;
  return engineWith({
    ...readFixtureVault('test/fixtures/vaults/practice'),
    'Sessions/C-033/2026-02-24 C-033.md': session('C-033', 'She disclosed self-harm this evening, after the supervision.'),
    'Sessions/C-014/2026-02-24 C-014.md': session('C-014', 'A short call about the housing letter, before I took it to supervision.'),
  });
}

describe('sessions on the day of the last supervision', () => {
  it('are brought to the next one unless that supervision discussed their client', () => {
    const engine = withSameDaySessions();
    const prepared = prepareSupervision(engine, { supervisor: findSupervisor(engine.graph, 'Ann')!, date: '2026-03-24', includePrivate: false });
    expect(prepared.last?.date).toBe('2026-02-24');
    expect(prepared.cases.map((c) => [c.client, c.sessions.map((s) => s.date)])).toEqual([
      ['Clients/C-033.md', ['2026-02-24', '2026-03-05']],
      ['Clients/C-014.md', ['2026-03-03']],
    ]);
    expect(prepared.questions.map((q) => q.session.path)).toContain('Sessions/C-033/2026-02-24 C-033.md');
  });
});

describe('for_supervision written as text', () => {
  it('reads "yes" and "no" as a mark, not as the question', () => {
    const session = (date: string, mark: string, body = ''): string => `---\ntype: session\nclient: "[[C-033]]"\ndate: ${date}\nfor_supervision: ${mark}\n---\n${body}`;
    const engine = engineWith({
      ...readFixtureVault('test/fixtures/vaults/practice'),
      'Sessions/C-033/2026-03-06 C-033.md': session('2026-03-06', '"no"'),
      'Sessions/C-033/2026-03-07 C-033.md': session('2026-03-07', 'Yes', '## Data\nShe spoke of her mother.\n\n## For supervision\nAm I hurrying her grief?\n'),
      'Sessions/C-033/2026-03-08 C-033.md': session('2026-03-08', '"false"'),
    });
    const prepared = prepareSupervision(engine, { supervisor: findSupervisor(engine.graph, 'Ann')!, date: '2026-03-24', includePrivate: false });
    const asked = prepared.questions.filter((q) => q.client === 'Clients/C-033.md').map((q) => [q.session.date, q.question]);
    expect(asked).toEqual([['2026-03-07', 'Am I hurrying her grief?']]);
  });
});

describe('a long "For supervision" section', () => {
  it('is shown up to a word, with an ellipsis that says more follows in the session it links', () => {
    const long = 'She has told me twice now that I am the only one who understands her, and I notice I have started to believe it. ' + 'I want to look at what this does to how I hold the ending we agreed for June, and whether I am softening it for her sake or mine. '.repeat(2);
    const engine = engineWith({
      ...readFixtureVault('test/fixtures/vaults/practice'),
      'Sessions/C-033/2026-03-07 C-033.md': `---\ntype: session\nclient: "[[C-033]]"\ndate: 2026-03-07\nfor_supervision: true\n---\n## For supervision\n${long}\n`,
    });
    const prepared = prepareSupervision(engine, { supervisor: findSupervisor(engine.graph, 'Ann')!, date: '2026-03-24', includePrivate: false });
    const question = prepared.questions.find((q) => q.client === 'Clients/C-033.md')!.question;
    expect(question.length).toBeLessThanOrEqual(301);
    expect(question.endsWith('\u2026')).toBe(true);
    // Whole words only: what is shown is the start of the section, cut where a word ends.
    const shown = question.slice(0, -1);
    expect(long.startsWith(shown)).toBe(true);
    expect(long[shown.length]).toMatch(/[\s,]/);
  });
});

describe('prepareSupervision with two supervisors', () => {
  it('gives the clinical supervisor the clients seen since their last supervision that they supervise, and new clients', () => {
    const { prepared, text } = prep({ supervisor: ann });
    expect(prepared.last?.path).toBe('Supervision/2026-02-24 Ann Lee.md');
    expect(prepared.cases.map((c) => [c.client, c.isNew, c.sessions.map((s) => s.date)])).toEqual([
      ['Clients/C-014.md', false, ['2026-03-03']],
      ['Clients/C-033.md', true, ['2026-03-05']],
    ]);
    expect(text).toContain('since: 2026-02-24');
    expect(text).toContain('### C-014\n- 2026-03-03: [[Sessions/C-014/2026-03-03 C-014|2026-03-03 C-014]], marked for supervision');
    expect(text).toContain('### C-033 (not yet taken to supervision)');
    expect(text).not.toContain('C-021');
    expect(text).toContain('## Questions brought\n- [[Sessions/C-014/2026-03-03 C-014|2026-03-03 C-014]] (C-014): Am I still rescuing, or is this pacing?');
  });

  it('gives the open flags about those clients, each with its evidence links and reflection prompt', () => {
    const { prepared, text } = prep({ supervisor: ann });
    expect(prepared.flags.map((f) => [f.kind, f.client])).toEqual([['mirror-upward', 'Clients/C-014.md']]);
    expect(text).toContain('### Is the rescuing in your sessions with C-014 being mirrored in supervision?');
    expect(text).toContain('    - [[Supervision/2026-02-24 Ann Lee|2026-02-24 Ann Lee]] (2026-02-24, line 14): Ann came up with solutions');
    expect(text).toMatch(/- Reflect: \S/);
    // The note most likely to reach the supervisor says what its flags are.
    expect(text).toContain('## Open flags about these clients\n\nEach is a question for reflection, not a finding. Choose one or two to bring.');
  });

  it('gives the coaching supervisor their own cases since their own last supervision, with both kinds of question', () => {
    const { prepared, text } = prep({ supervisor: jo });
    expect(prepared.last?.path).toBe('Supervision/2026-01-29 Jo Park.md');
    expect(prepared.cases.map((c) => [c.client, c.sessions.map((s) => s.date)])).toEqual([
      ['Clients/C-021.md', ['2026-02-11', '2026-03-10']],
      ['Clients/C-033.md', ['2026-03-05']],
    ]);
    expect(prepared.questions.map((q) => q.question)).toEqual(['How far do I hold the contract when the agenda shifts?', 'I notice I skipped contracting again.']);
    // The rescuing flag is about C-014, whom Jo does not supervise.
    expect(prepared.flags).toEqual([]);
    expect(text).toContain('None open.');
  });

  it('leaves out a flag resting on a note written after the day prepared for', () => {
    // C-014's rescuing rests on the supervision of 2026-02-24 too: preparing the 20th, it was not yet there.
    const before = prep({ supervisor: ann, date: '2026-02-20' });
    expect(before.prepared.cases.map((c) => c.client)).toContain('Clients/C-014.md');
    expect(before.prepared.flags).toEqual([]);
    expect(before.text).toContain('None open.');
    expect(prep({ supervisor: ann, date: '2026-02-24' }).prepared.flags.map((f) => f.client)).toEqual(['Clients/C-014.md']);
  });

  it('leaves out dismissed flags, keeps acknowledged ones', () => {
    const flag = prep({ supervisor: ann }).prepared.flags[0];
    const at = new Date('2026-03-01T10:00:00Z');
    expect(prep({ supervisor: ann, reviews: { [flag.id]: reviewOf(flag, 'dismissed', 'talked it through', at) } }).prepared.flags).toEqual([]);
    expect(prep({ supervisor: ann, reviews: { [flag.id]: reviewOf(flag, 'acknowledged', '', at) } }).prepared.flags).toHaveLength(1);
  });

  it('leaves out flags resting on private reflections unless asked, and says how many', () => {
    const hidden = prep({ supervisor: ann });
    expect(hidden.text).not.toContain('Reflection');
    expect(hidden.text).toContain('1 flag resting on private reflections was left out.');
    const shown = prep({ supervisor: ann, includePrivate: true });
    expect(shown.prepared.flags.map((f) => f.kind).sort()).toEqual(['mirror-upward', 'personal-resonance']);
    expect(shown.text).toContain('[[Reflections/2026-03-08 Reflection|2026-03-08 Reflection]]');
    expect(shown.text).not.toContain('left out');
  });

  it('masks client names in every text, and does not link a note whose path holds one', () => {
    const mask = new ClientMask(clientNames(practice.graph));
    const { text } = prep({ supervisor: ann, mask: (t) => mask.mask(t) });
    expect(text).not.toMatch(/\bSam\b/);
    expect(text).toContain('Why do I keep fixing things for C-014?');
  });

  it('shows a note whose path holds a client name by its masked name, without a link', () => {
    const files = {
      'People/Kim.md': noteText('type: person\nrole: supervisor', ''),
      'Clients/Sam Jones.md': noteText('type: client\ncode: C-7', ''),
      'Sessions/2026-01-05 Sam Jones.md': noteText('type: session\nclient: "[[Sam Jones]]"\ndate: 2026-01-05', 'Sam Jones was late.'),
    };
    const engine = engineWith(files);
    const mask = new ClientMask(clientNames(engine.graph));
    const options = { supervisor: findSupervisor(engine.graph, 'Kim')!, date: '2026-02-01', includePrivate: false, mask: (t: string) => mask.mask(t) };
    const text = preparationMarkdown(engine, prepareSupervision(engine, options), options);
    expect(text).toContain('### C-7 (not yet taken to supervision)\n- 2026-01-05: 2026-01-05 C-7\n');
    expect(text).not.toContain('Sam');
  });

  it('lists every session up to the date when there was no supervision with them before', () => {
    const engine = engineWith({
      'People/Kim.md': noteText('type: person\nrole: supervisor', ''),
      'Sessions/2026-01-05 C-1.md': noteText('type: session\nclient: C-1\ndate: 2026-01-05\nfor_supervision: true', '## For supervision\nShould I refer on?\n'),
      'Sessions/2026-04-05 C-1.md': noteText('type: session\nclient: C-1\ndate: 2026-04-05', 'After the date.'),
    });
    const options = { supervisor: findSupervisor(engine.graph, 'kim')!, date: '2026-02-01', includePrivate: false };
    const prepared = prepareSupervision(engine, options);
    expect(prepared.last).toBeUndefined();
    expect(prepared.cases.map((c) => [c.client, c.sessions.length])).toEqual([['c-1', 1]]);
    const text = preparationMarkdown(engine, prepared, options);
    expect(text).toContain('No earlier supervision with Kim');
    expect(text).toContain('(C-1): Should I refer on?');
  });

  it('keeps a client whose only supervision note names no supervisor for every supervisor', () => {
    const engine = engineWith({
      'People/Kim.md': noteText('type: person\nrole: supervisor', ''),
      'Supervision/2026-01-10.md': noteText('type: supervision\ndate: 2026-01-10\ncases: [C-1]', ''),
      'Sessions/2026-01-20 C-1.md': noteText('type: session\nclient: C-1\ndate: 2026-01-20', ''),
    });
    const prepared = prepareSupervision(engine, { supervisor: findSupervisor(engine.graph, 'Kim')!, date: '2026-02-01', includePrivate: false });
    expect(prepared.cases.map((c) => [c.client, c.isNew])).toEqual([['c-1', false]]);
  });

  it('finds a supervisor supervision notes name without a person note', () => {
    const engine = engineWith({
      'Supervision/2026-01-10.md': noteText('type: supervision\nsupervisor: "[[Dr Okafor]]"\ndate: 2026-01-10\ncases: [C-1]', ''),
      'Sessions/2026-01-20 C-1.md': noteText('type: session\nclient: C-1\ndate: 2026-01-20', ''),
    });
    const supervisor = findSupervisor(engine.graph, 'dr okafor')!;
    expect(supervisor.label).toBe('Dr Okafor');
    const prepared = prepareSupervision(engine, { supervisor, date: '2026-02-01', includePrivate: false });
    expect(prepared.last?.path).toBe('Supervision/2026-01-10.md');
    expect(prepared.cases.map((c) => c.client)).toEqual(['c-1']);
  });
});
