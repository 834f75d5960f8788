import { describe, expect, it } from 'vitest';
import { lexiconNameModel } from '../../../src/core/privacy/lexicon-model';
import type { IdentifierKind } from '../../../src/core/privacy/kinds';
import { checkVault } from '../../../src/core/privacy/vault-check';
import { loadPrivacyVault, readLabels } from './fixture-vault';
import { formatScores, score } from './scoring';

const names = lexiconNameModel();
const key = (x: { path: string; line: number; kind: string }): string => `${x.path}:${x.line}:${x.kind}`;
const ALL_FOUND: Record<IdentifierKind, number> = {
  email: 1,
  phone: 1,
  postcode: 1,
  address: 1,
  'date-of-birth': 1,
  'id-number': 1,
  'person-name': 1,
  organisation: 1,
};

// Floors reached (recall per kind); no false alarm at all, on decoys or elsewhere.
const VAULTS = [
  // The vault the checker was tuned on. One person is missed: "Priya Anand", a name the lexicon
  // does not know, with no title or word introducing her.
  { vault: 'test/fixtures/vaults/privacy', floors: { ...ALL_FOUND, 'person-name': 17 / 18 } },
  // Labelled before the checker first read it. "Oakwood Lodge", a care home, is missed: "Lodge" is
  // no organisation's word and nothing before it names one.
  { vault: 'test/fixtures/vaults/privacy-holdout', floors: { ...ALL_FOUND, organisation: 5 / 6 } },
];

describe.each(VAULTS)('privacy check on the labelled vault $vault', ({ vault, floors }) => {
  const { notes, known } = loadPrivacyVault(vault);
  const { planted, decoys } = readLabels(vault);
  const { findings } = checkVault(notes, known, { names });
  const scores = score(findings, planted, decoys);

  it('prints recall and false alarms per kind', () => {
    const plantedKeys = new Set(planted.map(key));
    const foundKeys = new Set(findings.map(key));
    const missed = planted.filter((p) => !foundKeys.has(key(p))).map((p) => `  missed ${key(p)} ${JSON.stringify(p.text)}`);
    const wrong = findings.filter((f) => !plantedKeys.has(key(f))).map((f) => `  false alarm ${key(f)} ${JSON.stringify(f.text)}`);
    process.stdout.write(`\n${vault}\n${formatScores(scores)}\n${[...missed, ...wrong].join('\n')}\n`);
  });

  it.each(scores)('finds $kind at its floor, with no false alarm', (s) => {
    expect(s.planted).toBeGreaterThan(0);
    expect(s.recall).toBeGreaterThanOrEqual(floors[s.kind] - 1e-9);
    expect(s.decoyAlarms).toBe(0);
    expect(s.falseAlarms).toBe(0);
  });
});
