// Verbs of saying and reporting, read both where cues are read (whose words are kept before a cue)
// and where a cue's subject is worked out (detect/clauses.ts).

/**
 * Verbs of saying after which a clause of its own follows: "Pt says her sister makes herself skip
 * dinner", "the course director gushed that another trainee was the most gifted". Not `told` (its
 * object follows it) nor verbs of thinking ("I thought Sam..." stays mine).
 */
export const CLAUSE_SAYING: readonly string[] = ['says', 'say', 'saying', 'claims', 'claimed', 'explains', 'explained', 'complains', 'complained', 'reports', 'reported', 'admits', 'admitted', 'insists', 'insisted', 'announces', 'announced', 'swears', 'swore', 'gushed', 'gushes', 'raved', 'raves', 'enthused', 'enthuses', 'declared', 'declares', 'remarked', 'remarks', 'replied', 'replies', 'boasted', 'boasts', 'exclaimed', 'muttered', 'mutters'];

/**
 * Verbs that report what someone says or thinks: in "her GP told her he feels out of his depth" or
 * "my friend says she's gone soft", the pronoun after them is the reporter's, not the client's.
 */
export const REPORTING: ReadonlySet<string> = new Set([...CLAUSE_SAYING, 'said', 'say', 'tells', 'told', 'telling', 'thinks', 'thought', 'feels', 'felt', 'believes', 'believed', 'reckons', 'reckoned', 'worries', 'worried']);

/** Words of a belief held, which a clause follows as it follows a verb of saying: "came home certain the new head is...", "sure she would be passed on". */
export const BELIEVING: readonly string[] = ['certain', 'convinced', 'sure'];

/** Verbs of saying after which a clause of its own follows, "said" among them (not `told`, whose object follows it). */
export const SAYING: ReadonlySet<string> = new Set([...CLAUSE_SAYING, 'said']);
