import { describe, expect, it } from 'vitest';
import type { Flag } from '../../../src/core/model/flag';
import { engineWith, readFixtureVault } from '../../helpers/engine';

const ROOT = 'test/fixtures/vaults/supervisor-vault';
const summary = (flags: Flag[]) => flags.map((f) => `${f.kind} ${f.dynamic} ${f.client} ${f.practitioner}`).sort();
const supervisionRoles = (flag: Flag | undefined) => (flag?.evidence ?? []).filter((e) => e.noteType === 'supervision').map((e) => `${e.line} ${e.role}: ${e.text}`);

describe("a supervisor's vault (author: supervisor)", () => {
  const files = readFixtureVault(ROOT);
  const flags = engineWith(files).flags();
  const find = (dynamic: string) => flags.find((f) => f.dynamic === dynamic);

  it('gives each of three supervisees upward and downward flags about their own client', () => {
    expect(summary(flags)).toEqual([
      'mirror-downward persecuting Clients/D-01.md People/Dev Patel.md',
      'mirror-upward avoidance-withdrawal Clients/B-01.md People/Ben Ortiz.md',
      'mirror-upward rescuing Clients/C-01.md People/Clare Wu.md',
    ]);
  });

  it('reads I as the supervisor, and the supervisee by name and by he or she', () => {
    expect(supervisionRoles(find('avoidance-withdrawal'))).toEqual([
      '10 supervisee: Ben avoided bringing the recording again.',
      '10 supervisee: He changed the subject when I asked about his own father.',
    ]);
    expect(supervisionRoles(find('rescuing'))).toEqual(['10 supervisor: She was stuck on the housing question, and I came up with solutions before she had finished.']);
    expect(supervisionRoles(find('persecuting'))).toEqual([
      '10 supervisor: I was critical of his case notes and impatient with his questions;',
      '10 supervisee: he went home, he said, feeling told off.',
    ]);
  });

  it('reads the same words the other way round when the supervisee wrote them', () => {
    const asSupervisee = Object.fromEntries(Object.entries(files).map(([path, text]) => [path, text.replace('author: supervisor', 'author: supervisee')]));
    const turned = engineWith(asSupervisee).flags();
    // "I came up with solutions" is now the supervisee's rescuing: no mirror of Clare's own rescuing.
    expect(summary(turned).some((f) => f.includes('rescuing'))).toBe(false);
  });
});
