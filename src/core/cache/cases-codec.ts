import type { CaseWords } from '../model/note';

/** A hit's case words: sentence, block, section, then `before` (0 when absent) and `topic` where either is there. */
export type CompactCases = [string, string, string] | [string, string, string, string | 0] | [string, string, string, string | 0, string];

/** A hit's case words in their compact form. */
export function compactCases(cases: CaseWords): CompactCases {
  const { sentence, block, section, before, topic } = cases;
  if (topic !== undefined) return [sentence, block, section, before ?? 0, topic];
  return before === undefined ? [sentence, block, section] : [sentence, block, section, before];
}

/** A hit's case words from their compact form. */
export function expandCases(compact: CompactCases): CaseWords {
  const cases: CaseWords = { sentence: compact[0], block: compact[1], section: compact[2] };
  if (compact.length > 3 && compact[3] !== 0) cases.before = compact[3];
  if (compact.length > 4) cases.topic = compact[4];
  return cases;
}
