import { describe, expect, it } from 'vitest';
import { flagSearchText, displayNames } from '../../../src/core/present/display-names';
import { involves, noteContext } from '../../../src/core/present/note-context';
import { shortLabel } from '../../../src/core/taxonomy/taxonomy';
import { engineWith, readFixtureVault } from '../../helpers/engine';

const engine = engineWith(readFixtureVault('examples/demo-vault'));
const graph = engine.graph;
const SUPERVISION = 'Supervision/2026-02-24 Supervision.md';
const SESSION = 'Sessions/C-014/2026-02-03 C-014.md';

describe('the open note as context', () => {
  it('knows the clients a session, supervision or client note is about', () => {
    expect(noteContext(graph, SESSION)).toEqual({ path: SESSION, kind: 'session', clients: ['Clients/C-014.md'] });
    expect(noteContext(graph, 'Clients/C-021.md')).toEqual({ path: 'Clients/C-021.md', kind: 'client', clients: ['Clients/C-021.md'] });
    expect(noteContext(graph, SUPERVISION)?.clients).toEqual(['Clients/C-014.md', 'Clients/C-021.md']);
    expect(noteContext(graph, 'Reading/Karpman drama triangle.md')).toBeUndefined();
    expect(noteContext(graph, undefined)).toBeUndefined();
  });

  it('a flag involves the note when it is about its client, anchored on it, or cites it', () => {
    const session = noteContext(graph, SESSION)!;
    const about = engine.flags().filter((f) => involves(f, session)).map((f) => `${f.kind}:${f.dynamic}`);
    // Both C-014 mirrors, and the pattern and the reflection's resonances that cite this session.
    expect(about.sort()).toEqual([
      'mirror-upward:avoidance-withdrawal',
      'mirror-upward:rescuing',
      'personal-resonance:loss-abandonment-rejection',
      'personal-resonance:rescuing',
      'practitioner-pattern:rescuing',
    ]);
    const other = noteContext(graph, 'Sessions/C-033/2026-01-12 C-033.md')!;
    expect(engine.flags().filter((f) => involves(f, other)).map((f) => f.kind)).toEqual(['mirror-downward']);
  });
});

describe('display names', () => {
  const sources = { graph, clientLabel: (id: string) => engine.clientLabel(id), dynamicLabel: (id: string) => shortLabel(engine.taxonomy.get(id), id) };

  it('shows the code with the name or alias, or only the code when masked', () => {
    expect(displayNames(sources, false).client('Clients/C-014.md')).toBe('C-014 (Sam)');
    const masked = displayNames(sources, true);
    expect(masked.client('Clients/C-014.md')).toBe('C-014');
    expect(masked.text('Jordan asked for advice')).toBe('C-021 asked for advice');
  });

  it('searches what is shown: masked names are not findable', () => {
    const flag = engine.flags().find((f) => f.client === 'Clients/C-021.md' && f.dynamic === 'rescuing')!;
    expect(flagSearchText(flag, displayNames(sources, false))).toContain('Jordan');
    expect(flagSearchText(flag, displayNames(sources, true))).not.toContain('Jordan');
  });
});
