import { describe, expect, it } from 'vitest';
import type { Evidence, Flag } from '../../../src/core/model/flag';
import { plainEvidence } from '../../../src/core/model/evidence-piece';
import { score } from '../../../src/core/detect/scoring';
import { engineWith, readFixtureVault } from '../../helpers/engine';
import { noteText } from '../../helpers/notes';
import { MAX_CASE_WORDS } from '../../../src/core/cues/case-words';
import { createCueReader } from '../../../src/core/cues/cue-hits';
import { readNoteCues } from '../../../src/core/cues/note-cues';
import { parseNoteContent } from '../../../src/core/parse/parse-note';
import { loadTaxonomy } from '../../../src/core/taxonomy/load-taxonomy';

const MULTI = 'test/fixtures/vaults/multi-case';
const SUPERVISION = 'Supervision/2026-03-24 Supervision.md';
const summary = (flags: Flag[]) => flags.map((f) => `${f.kind} ${f.dynamic} ${f.client ?? '-'}`).sort();
const lines = (flag: Flag | undefined, path: string) => (flag?.evidence ?? []).filter((e) => e.path === path).map((e) => `${e.line} ${e.dynamic}`);

describe('cases in a supervision note (multi-case fixture)', () => {
  const flags = engineWith(readFixtureVault(MULTI)).flags();
  const find = (kind: string, dynamic: string, client: string) => flags.find((f) => f.kind === kind && f.dynamic === dynamic && f.client === client);

  it('gives each client only the flags its own case supports', () => {
    // Unscoped, the avoidance in Lena's section would also mirror Tom's avoidance, and the rescuing
    // in Tom's list item and paragraph would mirror Priya's session.
    expect(summary(flags)).toEqual([
      'contracting contracting-unclear Clients/M-03.md',
      'mirror-upward avoidance-withdrawal Clients/M-01.md',
      'mirror-upward rescuing Clients/M-02.md',
    ]);
  });

  it('reads a section under a heading naming the client, with its marker, for that client only', () => {
    const flag = find('mirror-upward', 'avoidance-withdrawal', 'Clients/M-01.md');
    expect(lines(flag, SUPERVISION)).toEqual(['10 avoidance-withdrawal', '10 parallel-explicit']);
    expect(flag?.evidence.find((e) => e.dynamic === 'parallel-explicit')?.scope).toEqual(['Clients/M-01.md']);
  });

  it('reads a list item linking a client, and a paragraph naming one before the sentence, as that case', () => {
    const flag = find('mirror-upward', 'rescuing', 'Clients/M-02.md');
    expect(lines(flag, SUPERVISION)).toEqual(['13 rescuing', '19 rescuing']);
    // The list item's link reads as its display text, with no blank before the colon.
    expect(flag?.evidence.find((e) => e.line === 13)?.text).toBe('M-02: Dee came up with solutions for my referral letter before I had finished.');
  });

  it('counts a general paragraph for every client discussed, with less weight', () => {
    const flag = find('contracting', 'contracting-unclear', 'Clients/M-03.md');
    const general = flag?.evidence.find((e) => e.path === SUPERVISION);
    expect(general?.line).toBe(17);
    expect(general?.scope).toEqual([]);
    const input = { kind: 'contracting' as const, markers: new Set<string>(), gapDays: 7, windowDays: 35, share: 1, sessions: 1 };
    const asCase = flag!.evidence.map((e): Evidence => (e.path === SUPERVISION ? { ...plainEvidence(e), scope: ['Clients/M-03.md'] } : e));
    expect(score({ ...input, evidence: flag!.evidence })).toBeLessThan(score({ ...input, evidence: asCase }));
  });
});

describe('a paragraph naming one client', () => {
  it('makes every sentence of it that case, those before the name too', () => {
    const files = {
      'Clients/C-1.md': noteText('type: client\naliases: [Sam]', ''),
      'Clients/C-2.md': noteText('type: client\naliases: [Jo]', ''),
      'Supervision/2026-02-24.md': noteText('type: supervision\ndate: 2026-02-24\ncases: ["[[C-1]]", "[[C-2]]"]', 'I launched into the story of the week without agreeing a focus for supervision. I avoided talking about my own reaction to Sam\'s grief.\n\nI rescued again, as ever.\n'),
    };
    const scopes = engineWith(files)
      .evidenceOf('Supervision/2026-02-24.md')
      .filter((e) => e.source === 'text')
      .map((e) => `${e.line} ${e.dynamic} ${(e.scope ?? []).join(',')}`);
    expect(scopes).toContain('6 contracting-unclear Clients/C-1.md');
    expect(scopes).toContain('8 rescuing ');
  });
});

describe("a section's subheadings", () => {
  const files = (body: string): Record<string, string> => ({
    'Clients/C-1.md': noteText('type: client\naliases: [Sam]', ''),
    'Clients/C-2.md': noteText('type: client\naliases: [Jo]', ''),
    'People/Ann Lee.md': noteText('type: person\nrole: supervisor\naliases: [Ann]', ''),
    'Sessions/2026-02-10 C-1.md': noteText('type: session\nclient: "[[C-1]]"\ndate: 2026-02-10\npractitioner_dynamics: [rescuing]', 'Text.'),
    'Sessions/2026-02-11 C-2.md': noteText('type: session\nclient: "[[C-2]]"\ndate: 2026-02-11\npractitioner_dynamics: [rescuing]', 'Text.'),
    'Supervision/2026-02-24.md': noteText('type: supervision\nsupervisor: "[[Ann Lee]]"\ndate: 2026-02-24\ncases: ["[[C-1]]", "[[C-2]]"]', body),
  });
  const scopes = (body: string): string[][] =>
    engineWith(files(body))
      .evidenceOf('Supervision/2026-02-24.md')
      .filter((e) => e.source === 'text')
      .map((e) => [...(e.scope ?? [])]);

  it("keep a sentence under a subheading in the case of the client's heading that holds it", () => {
    const body = '# Supervision\n## [[C-1]]\nSam is doing fine.\n## Jo\n### Process\nAnn took over and solved the problem for me.\n';
    expect(scopes(body)).toEqual([['Clients/C-2.md']]);
    const flags = engineWith(files(body)).flags().map((f) => `${f.kind} ${f.client}`);
    expect(flags).toEqual(['mirror-upward Clients/C-2.md']);
  });

  it("keep a sub-item, or a paragraph indented under an item after a blank line, in the case of the item that names the client", () => {
    expect(scopes('- Jo: hard month.\n  - Ann took over and solved the problem for me.\n- Sam: fine.\n')).toEqual([['Clients/C-2.md']]);
    expect(scopes('- Jo: hard month.\n\n  Ann took over and solved the problem for me.\n\n- Sam: fine.\n')).toEqual([['Clients/C-2.md']]);
    // An item of its own at the same level, or a paragraph back at the margin, is no part of Jo's item.
    expect(scopes('- Jo: hard month.\n- Ann took over and solved the problem for me.\n')).toEqual([[]]);
    expect(scopes('- Jo: hard month.\n\nAnn took over and solved the problem for me.\n')).toEqual([[]]);
    // A sub-item under an item naming both clients is no one's case but its own.
    expect(scopes('- Jo and Sam both came up.\n  - Ann took over and solved the problem for me.\n')).toEqual([[]]);
  });

  it("read a label on a line of its own, or a callout's title, as no part of the sentence after it", () => {
    const roles = (text: string): string[] => engineWith(files(text)).evidenceOf('Supervision/2026-02-24.md').filter((e) => e.source === 'text').map((e) => `${e.role} ${(e.scope ?? []).join(',')}`);
    expect(roles('Jo\nAnn took over and solved the problem for me.\n')).toEqual(['supervisor Clients/C-2.md']);
    expect(roles('> [!note] Jo\n> Ann took over and solved the problem for me.\n')).toEqual(['supervisor Clients/C-2.md']);
    expect(roles('> [!note] Process\n> Ann took over and solved the problem for me.\n')).toEqual(['supervisor ']);
  });

  it('end with the next heading of the same level, after which a sentence is no case of it', () => {
    expect(scopes('## Jo\n### Process\nNothing to say.\n## General\n### Process\nAnn took over and solved the problem for me.\n')).toEqual([[]]);
    expect(scopes('## Jo\n### Process\nNothing to say.\n# Other\nAnn took over and solved the problem for me.\n')).toEqual([[]]);
  });
});

describe('a paragraph naming more people than notes do', () => {
  it('names no one, so its sentences count for every client discussed unless they name one, and keeps no more words per cue', () => {
    const names = Array.from({ length: MAX_CASE_WORDS + 50 }, (_, i) => `I talked about Alias${i} and rescued them.`).join(' ');
    const note = noteText('type: supervision\ndate: 2026-02-12\ncases: ["[[C-014]]", "[[C-021]]"]', `Sam went quiet and I rescued her. ${names} Then I jumped in again.`);
    const hits = readNoteCues(parseNoteContent(note), createCueReader(loadTaxonomy().taxonomy.definitions));
    const blocks = hits.map((h) => h.cases?.block ?? '');
    expect(hits[0].cases?.sentence.split(' ')).toContain('sam');
    expect(new Set(blocks)).toEqual(new Set(['']));
  });
});

describe('evidence hygiene', () => {
  const people = {
    'People/Robin.md': noteText('type: person\nrole: practitioner', ''),
    'People/Ann.md': noteText('type: person\nrole: supervisor', ''),
    'Clients/C-1.md': noteText('type: client\ncode: C-1\naliases: [Sam]\npractitioner: "[[Robin]]"', ''),
  };
  const session = noteText(
    'type: session\nclient: "[[C-1]]"\ndate: 2026-02-10\npractitioner_dynamics: [rescuing]',
    'I jumped in and came up with solutions for the house move. I found myself wanting to make it better.\n\nShe went quiet. #dynamic/avoidance',
  );
  const supervision = noteText(
    'type: supervision\nsupervisor: "[[Ann]]"\nsupervisee: "[[Robin]]"\ndate: 2026-02-24\ncases: ["[[C-1]]"]\nsupervisee_dynamics: [avoidance]\nparallel_process: I kept problem-solving for Sam and Ann started problem-solving for me.',
    'Ann came up with solutions, then said "I notice I\'m doing what you did." Parallel process named.',
  );
  const engine = engineWith({ ...people, 'Sessions/s.md': session, 'Supervision/s.md': supervision });
  const flags = engine.flags();
  const rescuing = flags.find((f) => f.dynamic === 'rescuing' && f.kind === 'mirror-upward');

  it('lists a sentence matching two cues of one dynamic once', () => {
    const sentences = rescuing!.evidence.filter((e) => e.path === 'Sessions/s.md' && e.dynamic === 'rescuing' && e.source === 'text');
    expect(sentences.map((e) => e.text)).toEqual(['I jumped in and came up with solutions for the house move.']);
  });

  it('lists the parallel_process property once per dynamic, its roles together', () => {
    const property = rescuing!.evidence.filter((e) => e.path === 'Supervision/s.md' && e.line === 8);
    expect(property.map((e) => [e.dynamic, e.roles ?? [e.role]])).toEqual([
      ['parallel-explicit', ['supervisee']],
      ['rescuing', ['supervisee', 'supervisor']],
    ]);
  });

  it('merges a tag into the sentence that holds it', () => {
    const avoidance = engine.evidenceOf('Sessions/s.md').filter((e) => e.dynamic === 'avoidance-withdrawal');
    expect(avoidance.map((e) => [e.text, e.source, e.role])).toEqual([['She went quiet.', 'tag', 'client']]);
  });

  it('keeps a marker to the dynamic its line names', () => {
    const avoidance = flags.find((f) => f.dynamic === 'avoidance-withdrawal' && f.kind === 'mirror-upward');
    expect(avoidance).toBeDefined();
    // The felt-sense sits on the rescuing paragraph and "Parallel process named." after a rescuing sentence.
    expect(avoidance!.evidence.filter((e) => e.dynamic === 'felt-sense' || (e.dynamic === 'parallel-explicit' && e.line !== 8))).toEqual([]);
    expect(rescuing!.evidence.map((e) => e.dynamic)).toContain('felt-sense');
  });

  it('cuts a snippet at the sentence end with its closing quote', () => {
    const text = rescuing!.evidence.find((e) => e.path === 'Supervision/s.md' && e.source === 'text' && e.dynamic === 'rescuing')?.text;
    expect(text).toBe('Ann came up with solutions, then said "I notice I\'m doing what you did."');
  });
});

describe('a paragraph naming no client', () => {
  const clients = {
    'Clients/C-1.md': noteText('type: client\naliases: [Sam]', ''),
    'Clients/C-2.md': noteText('type: client\naliases: [Jo]', ''),
  };
  const scopesOf = (body: string) =>
    engineWith({ ...clients, 'Supervision/2026-02-24.md': noteText('type: supervision\ndate: 2026-02-24\ncases: ["[[C-1]]", "[[C-2]]"]', body) })
      .evidenceOf('Supervision/2026-02-24.md')
      .filter((e) => e.source === 'text')
      .map((e) => `${e.line} ${e.dynamic} ${(e.scope ?? []).join(',')}`);

  it("is the case of the one client whose list item takes up its topic", () => {
    const scopes = scopesOf('- Sam: the house clearance.\n- Jo: drifting again.\n\nAnn came up with solutions for the house clearance question before I had finished.\n');
    expect(scopes).toContain('9 rescuing Clients/C-1.md');
  });

  it('stays general where the topic is no one\'s, or two clients\'', () => {
    expect(scopesOf('- Sam: fine.\n- Jo: fine.\n\nAnn came up with solutions for the house clearance question before I had finished.\n')).toContain('9 rescuing ');
    expect(scopesOf('- Sam: the house clearance.\n- Jo: the house clearance too.\n\nAnn came up with solutions for the house clearance question before I had finished.\n')).toContain('9 rescuing ');
  });
});

describe('the demo vault', () => {
  const engine = engineWith(readFixtureVault('examples/demo-vault'));

  it('shows no evidence from another client and no sentence twice', () => {
    const flags = engine.flags();
    expect(flags.length).toBeGreaterThan(3);
    for (const flag of flags) {
      const seen = new Set<string>();
      for (const e of flag.evidence) {
        const key = `${e.path}\u0000${e.text}`;
        expect(seen.has(key), `${flag.kind} ${flag.dynamic}: ${e.path}:${e.line} twice`).toBe(false);
        seen.add(key);
        if (!flag.client || flag.kind === 'personal-resonance') continue;
        // The demo's session notes are filed under their client's code.
        if (e.noteType === 'session') expect(e.path, `${flag.kind} ${flag.dynamic} ${flag.client}`).toContain(flag.client.replace(/^Clients\/|\.md$/g, ''));
        if (e.scope && e.scope.length > 0) expect(e.scope, `${flag.kind} ${flag.dynamic} ${flag.client}: ${e.path}:${e.line}`).toContain(flag.client);
      }
    }
  });

  it('no longer rests C-021 rescuing on sentences about C-014', () => {
    const flag = engine.flags().find((f) => f.kind === 'mirror-upward' && f.dynamic === 'rescuing' && f.client === 'Clients/C-021.md');
    expect(flag?.evidence.map((e) => e.text).join(' ')).not.toMatch(/Sam|C-014|house clearance/);
    const sams = engine.flags().find((f) => f.kind === 'mirror-upward' && f.dynamic === 'rescuing' && f.client === 'Clients/C-014.md');
    expect(sams?.evidence.find((e) => e.text.includes('house clearance question'))?.scope).toEqual(['Clients/C-014.md']);
  });
});

describe('he or she in a supervision note the supervisee wrote', () => {
  const people = {
    'People/Robin.md': noteText('type: person\nrole: practitioner', ''),
    'People/Ann.md': noteText('type: person\nrole: supervisor', ''),
    'Clients/C-1.md': noteText('type: client\ncode: C-1\naliases: [Sam]', ''),
    'Clients/C-2.md': noteText('type: client\ncode: C-2\naliases: [Leon]', ''),
  };
  const body = [
    '## Leon',
    'Still hard going. He changes the subject whenever we get near his dad.',
    '',
    '## Sam',
    'Ann was quiet for a while. She changes the subject whenever we get near my caseload.',
    '',
    'My supervisor asked about the letter. She changes the subject whenever I mention the waiting list.',
  ].join('\n');
  const supervision = noteText('type: supervision\nsupervisor: "[[Ann]]"\nsupervisee: "[[Robin]]"\ndate: 2026-02-24\ncases: ["[[C-1]]", "[[C-2]]"]', body);
  const evidence = engineWith({ ...people, 'Supervision/s.md': supervision }).evidenceOf('Supervision/s.md');
  const roleOn = (line: number) => evidence.filter((e) => e.line === line && e.dynamic === 'avoidance-withdrawal').map((e) => e.role);

  it("is the client of a section about one client that names neither supervisor nor supervisee: the client's story", () => {
    expect(roleOn(9)).toEqual(['client']);
  });

  it('stays unread where the paragraph has named the supervisor, by name or as "my supervisor"', () => {
    expect(roleOn(12)).toEqual(['unknown']);
    expect(roleOn(14)).toEqual(['unknown']);
  });
});

describe('another client in a supervision note', () => {
  const files = {
    'People/Robin.md': noteText('type: person\nrole: practitioner', ''),
    'People/Ann.md': noteText('type: person\nrole: supervisor', ''),
    'Clients/C-1.md': noteText('type: client\ncode: C-1\naliases: [Bex]\npractitioner: "[[Robin]]"', ''),
    'Sessions/2026-03-02 C-1.md': noteText('type: session\nclient: "[[C-1]]"\ndate: 2026-03-02', 'Bex argued with me about every suggestion and refused the worksheet.'),
    'Supervision/2026-03-10.md': noteText(
      'type: supervision\nsupervisor: "[[Ann]]"\nsupervisee: "[[Robin]]"\ndate: 2026-03-10\ncases: ["[[C-1]]"]',
      'I was flustered with Bex because another client argued with me for the whole hour before her.',
    ),
  };
  const engine = engineWith(files);

  it("gives the argument of another client to no one, so Bex's case has no supervision side for it", () => {
    expect(engine.evidenceOf('Supervision/2026-03-10.md').filter((e) => e.dynamic === 'power-struggle')).toEqual([]);
    expect(engine.flags().filter((f) => f.dynamic === 'power-struggle')).toEqual([]);
  });
});
