import type { CaseWords } from '../model/note';

/** Stands for a field the same as the hit before's: a sentence's hits, and a paragraph's, share their case words. */
const AS_BEFORE = 1;

type Field = string | typeof AS_BEFORE;

/**
 * A hit's case words: sentence, block, section, then `before` (0 when absent) and `topic` where
 * either is there; each field the same as the hit before's is AS_BEFORE. Written out for every hit,
 * a paragraph's words were a tenth of a supervision note's cold part.
 */
export type CompactCases = [Field, Field, Field] | [Field, Field, Field, Field | 0] | [Field, Field, Field, Field | 0, Field];

/** A hit's case words in their compact form, against those of the hit before it (if it had any). */
export function compactCases(cases: CaseWords, before?: CaseWords): CompactCases {
  const field = (value: string, previous: string | undefined): Field => (value === previous ? AS_BEFORE : value);
  const head: [Field, Field, Field] = [field(cases.sentence, before?.sentence), field(cases.block, before?.block), field(cases.section, before?.section)];
  const own = cases.before === undefined ? 0 : field(cases.before, before?.before);
  if (cases.topic !== undefined) return [...head, own, field(cases.topic, before?.topic)];
  return own === 0 ? head : [...head, own];
}

/** A hit's case words from their compact form, against those of the hit before it (if it had any). */
export function expandCases(compact: CompactCases, before?: CaseWords): CaseWords {
  const field = (value: Field, previous: string | undefined): string => (value === AS_BEFORE ? (previous ?? '') : value);
  const cases: CaseWords = { sentence: field(compact[0], before?.sentence), block: field(compact[1], before?.block), section: field(compact[2], before?.section) };
  const [, , , own, topic] = compact as [Field, Field, Field, (Field | 0)?, Field?];
  if (own !== undefined && own !== 0) cases.before = field(own, before?.before);
  if (topic !== undefined) cases.topic = field(topic, before?.topic);
  return cases;
}
