import { describe, expect, it } from 'vitest';
import { Engine } from '../../../src/core/engine';
import { rolesOf } from '../../../src/core/model/flag';
import { noteText } from '../../helpers/notes';

/** A practice of one practitioner, known in one session by an alias, and two clients. */
function practice(alias: boolean): Record<string, string> {
  return {
    'People/T Okafor.md': noteText(`type: person\nrole: practitioner${alias ? '\naliases: [Tess]' : ''}`, ''),
    'Clients/C-1.md': noteText('type: client\naliases: [Sam]\npractitioner: "[[T Okafor]]"', ''),
    'Clients/C-2.md': noteText('type: client\naliases: [Jo]\npractitioner: "[[T Okafor]]"', ''),
    'S/a.md': noteText('type: session\nclient: "[[C-1]]"\ndate: 2026-03-01', 'Sam kept rescuing her brother and Tess kept rescuing Sam.'),
    'S/b.md': noteText('type: session\nclient: "[[C-2]]"\ndate: 2026-03-03', 'I kept rescuing Jo.'),
  };
}

const load = (files: Record<string, string>): Engine => {
  const engine = new Engine({ patternClients: 2 });
  engine.load(Object.entries(files).map(([path, data]) => ({ path, data })));
  return engine;
};

describe('incremental flags when only a role changes', () => {
  it('drop a practitioner pattern that rested on a role a sentence no longer has, as a full build does', () => {
    const live = load(practice(true));
    // The one sentence is the client's and, by the alias, the practitioner's: two roles, the client's first.
    expect(live.evidenceOf('S/a.md').map((e) => rolesOf(e).join('+'))).toContain('client+practitioner');
    expect(live.flags().some((f) => f.kind === 'practitioner-pattern')).toBe(true);
    // Without the alias, the same sentence is the client's alone: same first role, same text and line.
    const files = practice(false);
    live.upsert({ path: 'People/T Okafor.md', data: files['People/T Okafor.md'] });
    expect(live.flags()).toEqual(load(files).flags());
    // And it stays so through a later change to the other session.
    files['S/b.md'] = noteText('type: session\nclient: "[[C-2]]"\ndate: 2026-03-03', 'I kept rescuing Jo again.');
    live.upsert({ path: 'S/b.md', data: files['S/b.md'] });
    expect(live.flags()).toEqual(load(files).flags());
  });
});
