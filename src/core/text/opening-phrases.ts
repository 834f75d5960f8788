/** Words that open a sentence with a phrase of place or time before its subject: "At peer supervision a colleague...". */
export const OPENING_PREPOSITIONS: ReadonlySet<string> = new Set(['at', 'in', 'on', 'during', 'after', 'before', 'over', 'through', 'within', 'throughout']);

/** How far into a sentence such an opening phrase may run before the subject. */
export const OPENING_REACH = 5;
