import { describe, expect, it } from 'vitest';
import type { Flag } from '../../../src/core/model/flag';
import { engineWith, readFixtureVault } from '../../helpers/engine';
import { noteText } from '../../helpers/notes';

const ROOT = 'test/fixtures/vaults/one-practitioner';
const ALEX = 'People/Alex Morgan.md';
const pattern = (flags: Flag[]) => flags.filter((f) => f.kind === 'practitioner-pattern').map((f) => `${f.dynamic} ${f.practitioner ?? '-'}`);
const secondPractitioner = noteText('type: person\nrole: practitioner\naliases: [Kit]', '# Kit Lane');

describe('whose session it is (SPEC section 1)', () => {
  it("takes the vault's only practitioner for sessions that name none, nor their client", () => {
    const engine = engineWith(readFixtureVault(ROOT));
    expect(pattern(engine.flags())).toEqual([`rescuing ${ALEX}`]);
    // Three clients' sessions count together: without a practitioner they were still one group,
    // so the evidence is the same; what changes is whose pattern it is.
    expect(engine.flags()[0].evidence.map((e) => e.path.split('/').pop())).toContain('2026-04-16 R-03.md');
  });

  it('takes no one when the vault has two practitioners, and follows a person note coming and going', () => {
    const two = engineWith({ ...readFixtureVault(ROOT), 'People/Kit Lane.md': secondPractitioner });
    expect(pattern(two.flags())).toEqual(['rescuing -']);
    two.remove('People/Kit Lane.md');
    expect(pattern(two.flags())).toEqual([`rescuing ${ALEX}`]);
    two.upsert({ path: 'People/Kit Lane.md', data: secondPractitioner });
    expect(pattern(two.flags())).toEqual(['rescuing -']);
  });

  it('takes the practitioner the settings name (by alias), before the only-one rule', () => {
    const files = { ...readFixtureVault(ROOT), 'People/Kit Lane.md': secondPractitioner };
    expect(pattern(engineWith(files, { practitioner: 'kit' }).flags())).toEqual(['rescuing People/Kit Lane.md']);
  });

  it("prefers the session's own practitioner, then its client's, and counts per practitioner", () => {
    const files = readFixtureVault(ROOT);
    files['People/Kit Lane.md'] = secondPractitioner;
    files['Clients/R-03.md'] = noteText('type: client\ncode: R-03\npractitioner: "[[Kit Lane]]"', '# R-03');
    // Two of Alex's clients and one of Kit's: no longer three clients of one practitioner.
    expect(pattern(engineWith(files, { practitioner: 'Alex Morgan' }).flags())).toEqual([]);
    files['Sessions/2026-04-16 R-03.md'] = files['Sessions/2026-04-16 R-03.md'].replace('format: soap', 'format: soap\npractitioner: "[[Alex Morgan]]"');
    expect(pattern(engineWith(files, { practitioner: 'Kit' }).flags())).toEqual([]);
    expect(pattern(engineWith(files, { practitioner: 'Alex' }).flags())).toEqual([`rescuing ${ALEX}`]);
  });
});
