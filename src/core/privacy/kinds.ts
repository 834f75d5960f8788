/** What the privacy check looks for, in the order a report lists them. */
export const IDENTIFIER_KINDS = ['email', 'phone', 'postcode', 'address', 'date-of-birth', 'id-number', 'person-name', 'organisation'] as const;
export type IdentifierKind = (typeof IDENTIFIER_KINDS)[number];

/** One identifying detail in a note: its 1-based line, what it looks like, and the text as written. */
export interface Finding {
  line: number;
  kind: IdentifierKind;
  text: string;
}

/** A finding within one line, by column (end exclusive). */
export interface Span {
  start: number;
  end: number;
  kind: IdentifierKind;
}
