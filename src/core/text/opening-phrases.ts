/** Words that open a sentence with a phrase of place or time before its subject: "At peer supervision a colleague...". */
export const OPENING_PREPOSITIONS: ReadonlySet<string> = new Set(['at', 'in', 'on', 'during', 'after', 'before', 'over', 'through', 'within', 'throughout']);

/** How far into a sentence such an opening phrase may run before the subject. */
export const OPENING_REACH = 5;

/** Words of time that stand before a sentence's subject with no comma: "Tonight the new data clerk rewrote...". */
export const OPENING_ADVERBS: ReadonlySet<string> = new Set(['today', 'tonight', 'yesterday', 'later', 'earlier', 'afterwards', 'afterward', 'recently', 'lately', 'meanwhile', 'then', 'now', 'again', 'also', 'suddenly', 'finally', 'eventually', 'initially']);
