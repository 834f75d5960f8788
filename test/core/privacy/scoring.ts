import { IDENTIFIER_KINDS, type IdentifierKind } from '../../../src/core/privacy/kinds';
import type { VaultFinding } from '../../../src/core/privacy/vault-check';
import type { Label } from './fixture-vault';

export interface KindScore {
  kind: IdentifierKind;
  planted: number;
  found: number;
  recall: number;
  /** Findings of this kind on a line labelled as a decoy of this kind. */
  decoyAlarms: number;
  decoys: number;
  /** Findings of this kind on no planted label of this kind (decoy alarms included). */
  falseAlarms: number;
}

const key = (x: { path: string; line: number; kind: string }): string => `${x.path}:${x.line}:${x.kind}`;

/** Recall and false alarms per kind: a finding matches a label on the same path, line and kind. */
export function score(findings: readonly VaultFinding[], planted: readonly Label[], decoys: readonly Label[]): KindScore[] {
  const found = new Set(findings.map(key));
  const plantedKeys = new Set(planted.map(key));
  const decoyKeys = new Set(decoys.map(key));
  return IDENTIFIER_KINDS.map((kind) => {
    const mine = planted.filter((p) => p.kind === kind);
    const hit = mine.filter((p) => found.has(key(p))).length;
    const wrong = findings.filter((f) => f.kind === kind && !plantedKeys.has(key(f)));
    return {
      kind,
      planted: mine.length,
      found: hit,
      recall: mine.length === 0 ? 1 : hit / mine.length,
      decoyAlarms: new Set(wrong.filter((f) => decoyKeys.has(key(f))).map(key)).size,
      decoys: decoys.filter((d) => d.kind === kind).length,
      falseAlarms: wrong.length,
    };
  });
}

export function formatScores(scores: readonly KindScore[]): string {
  const rows = scores.map(
    (s) =>
      `${s.kind.padEnd(14)} ${String(s.found).padStart(3)}/${String(s.planted).padEnd(3)} recall ${s.recall.toFixed(2)}   ` +
      `decoys alarmed ${s.decoyAlarms}/${s.decoys}   false alarms ${s.falseAlarms}`,
  );
  return ['kind           found     recall        decoys            other', ...rows].join('\n');
}
