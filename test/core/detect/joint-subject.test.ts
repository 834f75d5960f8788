import { describe, expect, it } from 'vitest';
import { jointSubjectAt } from '../../../src/core/detect/joint-subject';
import { rolesOf } from '../../../src/core/model/flag';
import { engineWith } from '../../helpers/engine';
import { noteText } from '../../helpers/notes';

const words = (text: string) => text.toLowerCase().split(' ');

describe('a subject joining the writer with the other person', () => {
  it('is found at the end of the words before a cue, past a word or two such as "then"', () => {
    expect(jointSubjectAt(words('and the two of us'))).toBe(-1);
    expect(jointSubjectAt(words('by then both of us then'))).toBe(-1);
    expect(jointSubjectAt(words('so we both'))).toBe(-1);
    expect(jointSubjectAt(words('and bronwyn and i'))).toBe(1);
    expect(jointSubjectAt(words('she signed up and i'))).toBe(2);
    // Session shorthand names the writer by role: "T and Cl.", "pt and clinician".
    expect(jointSubjectAt(words('then t and cl'))).toBe(3);
    expect(jointSubjectAt(words('a: pt and clinician'))).toBe(1);
    expect(jointSubjectAt(words('and i'))).toBeUndefined();
    expect(jointSubjectAt(words('her mum and dad'))).toBeUndefined();
    expect(jointSubjectAt(words('the rest of us'))).toBeUndefined();
  });

  const people = {
    'People/Tess.md': noteText('type: person\nrole: practitioner', ''),
    'People/Bronwyn Achterberg.md': noteText('type: person\nrole: supervisor\naliases: [Bronwyn]', ''),
    'Clients/Y-302.md': noteText('type: client\naliases: [Brodie]', ''),
  };
  const session = noteText(
    'type: session\nclient: "[[Y-302]]"\ndate: 2026-03-17',
    [
      'Brodie and I went back and forth over the phone rule for ten minutes.',
      'His dad and I went back and forth about the suspension on the phone.',
      'The dog was sick, and I went back and forth to the vet all week.',
    ].join('\n\n'),
  );
  const supervision = noteText(
    'type: supervision\nsupervisor: "[[Bronwyn Achterberg]]"\nsupervisee: "[[Tess]]"\ndate: 2026-03-19\ncases: ["[[Y-302]]"]',
    'Bronwyn and I went back and forth over the phone rule for most of his segment.\n\nThe two of us then went back and forth over the referral.',
  );
  const engine = engineWith({ ...people, 'Sessions/2026-03-17 Y-302.md': session, 'Supervision/2026-03-19.md': supervision });
  const rolesOn = (path: string, line: number) => engine.evidenceOf(path).filter((e) => e.line === line && e.dynamic === 'power-struggle').flatMap((e) => [...rolesOf(e)].sort());

  it('gives the sentence to both people of the relationship: client and practitioner, supervisor and supervisee', () => {
    expect(rolesOn('Sessions/2026-03-17 Y-302.md', 6)).toEqual(['client', 'practitioner']);
    expect(rolesOn('Supervision/2026-03-19.md', 8)).toEqual(['supervisee', 'supervisor']);
    expect(rolesOn('Supervision/2026-03-19.md', 10)).toEqual(['supervisee', 'supervisor']);
  });

  it('joins no one outside the relationship, nor a word that names no one', () => {
    expect(rolesOn('Sessions/2026-03-17 Y-302.md', 8)).toEqual(['practitioner']);
    expect(rolesOn('Sessions/2026-03-17 Y-302.md', 10)).toEqual(['practitioner']);
  });

  it('reads "he and I" in a supervision paragraph about one client as the client and me, not the supervision pair', () => {
    const note = noteText(
      'type: supervision\nsupervisor: "[[Bronwyn Achterberg]]"\nsupervisee: "[[Tess]]"\ndate: 2026-03-20\ncases: ["[[Y-302]]", "[[Y-301]]"]',
      '## Brodie\nHe and I went back and forth over the phone rule again.',
    );
    const other = engineWith({ ...people, 'Clients/Y-301.md': noteText('type: client\naliases: [Tahlia]', ''), 'Supervision/2026-03-20.md': note });
    const roles = other.evidenceOf('Supervision/2026-03-20.md').filter((e) => e.dynamic === 'power-struggle').flatMap((e) => [...rolesOf(e)]);
    expect(roles).toEqual(['supervisee']);
  });

  it('gives a dynamic two people make together to both when the sentence names them both, wherever it does, or has "we" for its subject', () => {
    const pact = engineWith({
      ...people,
      'Sessions/2026-03-24 Y-302.md': noteText('type: session\nclient: "[[Y-302]]"\ndate: 2026-03-24', 'It felt like an unspoken pact between the two of us to keep the hour pleasant.\n\nIt felt like an unspoken pact to keep the hour pleasant.\n\nWe went back and forth over the phone rule for ten minutes.\n\nWe never got to the sleep diary.'),
    }).evidenceOf('Sessions/2026-03-24 Y-302.md');
    const rolesAt = (line: number) => pact.filter((e) => e.line === line && e.dynamic === 'collusion').flatMap((e) => [...rolesOf(e)].sort());
    expect(rolesAt(6)).toEqual(['client', 'practitioner']);
    // Naming no one, the sentence stays as the session reads it.
    expect(rolesAt(8)).toEqual(['unknown']);
    // "We" as the subject of a dynamic made together; a dynamic of one person's stays unread with it.
    expect(pact.filter((e) => e.line === 10 && e.dynamic === 'power-struggle').flatMap((e) => [...rolesOf(e)].sort())).toEqual(['client', 'practitioner']);
    expect(pact.filter((e) => e.line === 12 && e.dynamic === 'avoidance-withdrawal').map((e) => e.role)).toEqual(['unknown']);
  });

  it('gives a purpose never agreed to both people when "we" left it so: a contract is two people\'s to make', () => {
    const notes = engineWith({
      ...people,
      'Sessions/2026-03-31 Y-302.md': noteText('type: session\nclient: "[[Y-302]]"\ndate: 2026-03-31', 'Brodie talked about the footy trip from the moment he sat down, and by the end we had still not named what the hour was for.'),
      'Supervision/2026-04-02.md': noteText('type: supervision\nsupervisor: "[[Bronwyn Achterberg]]"\nsupervisee: "[[Tess]]"\ndate: 2026-04-02\ncases: ["[[Y-302]]"]', 'We spent the first half of the hour on the new rota, and we never agreed what I wanted from the session.'),
    });
    const roles = (path: string) => notes.evidenceOf(path).filter((e) => e.dynamic === 'contracting-unclear' && e.source !== 'property').flatMap((e) => [...rolesOf(e)].sort());
    expect(roles('Sessions/2026-03-31 Y-302.md')).toEqual(['client', 'practitioner']);
    expect(roles('Supervision/2026-04-02.md')).toEqual(['supervisee', 'supervisor']);
  });

  it('gives a dynamic two people make together to both when the sentence says "neither of us" or "either of us"', () => {
    const notes = engineWith({
      ...people,
      'Sessions/2026-04-07 Y-302.md': noteText(
        'type: session\nclient: "[[Y-302]]"\ndate: 2026-04-07',
        'I insisted Brodie hand over the phone before we went on, he refused, and we sat out the lunch bell with neither of us moving.\n\nBrodie talked about the footy trip from the moment he sat down, and half the hour went by before either of us asked what he wanted from it.',
      ),
    }).evidenceOf('Sessions/2026-04-07 Y-302.md');
    const rolesFor = (dynamic: string) => notes.filter((e) => e.dynamic === dynamic && e.source !== 'property').flatMap((e) => [...rolesOf(e)].sort());
    expect(rolesFor('power-struggle')).toEqual(['client', 'practitioner']);
    expect(rolesFor('contracting-unclear')).toEqual(['client', 'practitioner']);
  });

  it('gives a dynamic two people make together to both when "we were both" says so in a session note, not in a supervision note', () => {
    const notes = engineWith({
      ...people,
      'Sessions/2026-04-14 Y-302.md': noteText('type: session\nclient: "[[Y-302]]"\ndate: 2026-04-14', 'It turned into a tug of war over the worksheet until we were both sitting there with arms crossed.'),
      'Supervision/2026-04-16.md': noteText('type: supervision\nsupervisor: "[[Bronwyn Achterberg]]"\nsupervisee: "[[Tess]]"\ndate: 2026-04-16\ncases: ["[[Y-302]]"]', 'Brodie, whom I brought today, keeps our sessions pleasant by praising my questions whenever we get near his exam results, and we both smile and move on.'),
    });
    const roles = (path: string, dynamic: string) => notes.evidenceOf(path).filter((e) => e.dynamic === dynamic && e.source !== 'property').flatMap((e) => [...rolesOf(e)].sort());
    expect(roles('Sessions/2026-04-14 Y-302.md', 'power-struggle')).toEqual(['client', 'practitioner']);
    // The writer and the client the note discusses, not the supervision's pair.
    expect(roles('Supervision/2026-04-16.md', 'collusion')).not.toContain('supervisor');
  });

  it('gives a purpose never named to both people when the time ran out with no one as its subject, but not when someone outside ran it', () => {
    const notes = engineWith({
      ...people,
      'Sessions/2026-04-14 Y-302.md': noteText(
        'type: session\nclient: "[[Y-302]]"\ndate: 2026-04-14',
        [
          'Brodie arrived mid-sentence about the footy trip and the dog, and the hour went by with no word on what it was meant to do for him.',
          'Brodie talked about the phone rule and his cousin, and it passed without a word about what he wanted from it.',
          'Brodie opened with the bus, then the dog, and the hour ran out before we named a single thing to work on.',
          'His coach spent training on the bus timetable and never named what the session was for.',
        ].join('\n\n'),
      ),
    }).evidenceOf('Sessions/2026-04-14 Y-302.md');
    const rolesAt = (line: number) => notes.filter((e) => e.line === line && e.dynamic === 'contracting-unclear').flatMap((e) => [...rolesOf(e)].sort());
    expect(rolesAt(6)).toEqual(['client', 'practitioner']);
    expect(rolesAt(8)).toEqual(['client', 'practitioner']);
    expect(rolesAt(10)).toEqual(['client', 'practitioner']);
    expect(rolesAt(12)).toEqual([]);
  });

  it('lets the two sides meet as an upward mirror', () => {
    const flag = engine.flags().find((f) => f.dynamic === 'power-struggle');
    expect(flag?.kind).toBe('mirror-upward');
  });
});
