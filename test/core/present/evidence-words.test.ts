import { describe, expect, it } from 'vitest';
import { plainDiagnostic } from '../../../src/core/present/diagnostic-text';
import { groupEvidence, rowWords } from '../../../src/core/present/evidence-groups';
import { daysSummary, kindLabel, kindOption, FLAG_KIND_NAMES, strengthLabel, strengthPips } from '../../../src/core/present/flag-labels';
import { highlight, unbreakable } from '../../../src/core/present/highlight';
import { exportMarkdown } from '../../../src/core/report/export-markdown';
import { formatReport } from '../../../src/core/report/format-report';
import { engineWith, readFixtureVault } from '../../helpers/engine';

const engine = engineWith(readFixtureVault('examples/demo-vault'));
const flags = engine.flags();
const c014 = flags.find((f) => f.kind === 'mirror-upward' && f.client === 'Clients/C-014.md' && f.dynamic === 'rescuing')!;
const contracting = flags.find((f) => f.kind === 'contracting')!;

describe('evidence grouped by note, like search results', () => {
  it('gives one group per note, oldest first, one row per line and words, roles and markers together', () => {
    const notes = groupEvidence(c014);
    expect(notes.map((n) => [n.path, n.date, n.noteType, n.rows.length])).toEqual([
      ['Sessions/C-014/2026-02-03 C-014.md', '2026-02-03', 'session', 5],
      ['Supervision/2026-02-24 Supervision.md', '2026-02-24', 'supervision', 5],
    ]);
    // The parallel_process property: the marker line and the two readings of its sentence are one row.
    const property = notes[1].rows.find((r) => r.line === 11)!;
    expect(property).toEqual({
      line: 11,
      source: 'property',
      property: 'parallel_process',
      text: 'I kept problem-solving for Sam and Ann started problem-solving for me.',
      roles: ['supervisee', 'supervisor'],
      markers: ['parallel-explicit'],
    });
    // Every piece of evidence is in some row.
    const rows = notes.flatMap((n) => n.rows.map((r) => `${n.path}:${r.line}`));
    for (const e of c014.evidence) expect(rows).toContain(`${e.path}:${e.line}`);
    // A line that shows only a marker keeps its writer's role.
    expect(notes[1].rows.filter((r) => r.line === 20).map((r) => [r.text, r.roles, r.markers])).toContainEqual(['Parallel process named.', ['unknown'], ['parallel-explicit']]);
  });

  it('says properties in words, never as YAML', () => {
    const words = groupEvidence(c014).flatMap((n) => n.rows.map((r) => rowWords(r)));
    expect(words[0]).toEqual({ kind: 'sentence', text: 'Marked in properties: rescuing, by you' });
    expect(words).toContainEqual({ kind: 'sentence', text: 'Marked in properties: rescuing, by your supervisor' });
    expect(words).toContainEqual({ kind: 'snippet', lead: 'In properties, parallel process:', text: 'I kept problem-solving for Sam and Ann started problem-solving for me.' });
    const contract = groupEvidence(contracting).flatMap((n) => n.rows.map((r) => rowWords(r)));
    expect(contract).toContainEqual({ kind: 'sentence', text: 'Contract in properties: no focus or outcomes agreed' });
    expect(contract).toContainEqual({ kind: 'sentence', text: 'Marked in properties: contracting-unclear, by the client' });
    for (const w of [...words, ...contract]) expect(w.text).not.toMatch(/^[a-z_]+_[a-z_]+:/);
    const resonance = flags.find((f) => f.kind === 'personal-resonance' && f.dynamic === 'loss-abandonment-rejection')!;
    expect(groupEvidence(resonance).flatMap((n) => n.rows.map((r) => rowWords(r)))).toContainEqual({ kind: 'sentence', text: 'Theme in properties: loss' });
  });
});

describe('matched words and unbreakable codes', () => {
  it('marks cue phrases, inflected and with one word inside, and nothing else', () => {
    const cues = engine.taxonomy.get('rescuing')!.cues;
    const parts = highlight('I jumped in and came up with solutions for the house clearance; I was working harder than the client.', cues);
    expect(parts.filter((p) => p.match).map((p) => p.text)).toEqual(['jumped in', 'came up with solutions', 'working harder than the client']);
    expect(parts.map((p) => p.text).join('')).toBe('I jumped in and came up with solutions for the house clearance; I was working harder than the client.');
    expect(highlight('She rescues him, then rescued herself.', ['rescue']).filter((p) => p.match).map((p) => p.text)).toEqual(['rescues', 'rescued']);
    expect(highlight('Nothing to see here.', cues)).toEqual([{ text: 'Nothing to see here.', match: false }]);
    expect(highlight('', cues)).toEqual([{ text: '', match: false }]);
  });

  it('keeps client codes, dates and hyphenated words whole', () => {
    expect(unbreakable('Around 2026-02-03 C-014 (Sam), problem-solving again')).toEqual([
      { text: 'Around ', keep: false },
      { text: '2026-02-03', keep: true },
      { text: ' ', keep: false },
      { text: 'C-014', keep: true },
      { text: ' (Sam), ', keep: false },
      { text: 'problem-solving', keep: true },
      { text: ' again', keep: false },
    ]);
  });
});

describe('words for kinds, strength, dates, roles and diagnostics', () => {
  it('names every kind in plain words, in lower case as a tag and in sentence case as a choice', () => {
    expect(FLAG_KIND_NAMES.map(kindLabel)).toEqual([
      'from sessions into supervision',
      'from supervision into sessions',
      'in both rooms',
      'unclear contracting in both rooms',
      "your own life and your clients'",
      'across your clients',
    ]);
    expect(kindOption('mirror-upward')).toBe('From sessions into supervision');
  });

  it('says strength as a word with pips that tell four of five from five', () => {
    expect([0.96, 0.82, 0.55, 0.2].map((s) => [strengthLabel(s), strengthPips(s)])).toEqual([
      ['strong', 5],
      ['strong', 4],
      ['moderate', 3],
      ['tentative', 1],
    ]);
  });

  it('writes a span of days once, with the year once', () => {
    expect(daysSummary(['2026-02-24'])).toBe('24 Feb 2026');
    expect(daysSummary(['2026-02-12', '2026-02-24'])).toBe('12 to 24 Feb 2026');
    expect(daysSummary(['2026-01-20', '2026-02-24'])).toBe('20 Jan to 24 Feb 2026');
    expect(daysSummary(['2025-12-20', '2026-02-24'])).toBe('20 Dec 2025 to 24 Feb 2026');
    expect(daysSummary([])).toBe('undated');
  });

  it('keeps the YAML reader’s own message for whoever asks', () => {
    const broken = engineWith(readFixtureVault('test/fixtures/vaults/broken')).diagnostics();
    const yaml = broken.find((d) => d.code === 'frontmatter-yaml')!;
    expect(plainDiagnostic(yaml)).toEqual({ text: 'The properties at the top of this note have a mistake, so the note is read without them.', detail: 'Missing closing "quote' });
    const date = broken.find((d) => d.code === 'date-invalid')!;
    expect(plainDiagnostic(date)).toEqual({ text: date.message, detail: null });
    expect(plainDiagnostic({ ...yaml, message: 'Property "themes" could not be read: Nested mappings are not allowed in compact mappings' })).toEqual({
      text: 'The property "themes" has a mistake and was left out.',
      detail: 'Nested mappings are not allowed in compact mappings',
    });
    for (const d of broken) expect(plainDiagnostic(d).text).not.toMatch(/YAML|mapping|Missing closing/);
  });

  it('says "role unclear" for an unknown role, in the command line as in the view', () => {
    const report = { schema: 'parallel-process/report@1' as const, vault: 'v', stats: { notes: 1, byType: { session: 1, supervision: 0, client: 0, reflection: 0, person: 0, other: 0 }, links: 0, unresolvedLinks: 0, elapsedMs: 1 }, diagnostics: [], flags: [c014] };
    const text = formatReport(report, { clientLabel: (id) => id, dynamicLabel: (id) => id, hiddenPrivate: 0 });
    expect(text).toContain('2026-02-24  role unclear, text (parallel-explicit): Parallel process named.');
    expect(text).not.toMatch(/ unknown, /);
    const exported = exportMarkdown([c014], { date: '2026-03-01', clientLabel: (id) => id, dynamicLabel: (id) => id });
    expect(exported).toContain('(2026-02-24, line 20, role unclear, text): Parallel process named.');
    expect(exported).not.toMatch(/ unknown, /);
    expect(exported).toContain(`- Kind: from sessions into supervision; dynamic: rescuing; strength: strong (score ${c014.score.toFixed(2)})`);
  });
});
