/** The relative pronouns that stand for a person: "Jo, whom I took to supervision, ...". */
export const PERSON_RELATIVES: readonly string[] = ['who', 'whom', 'whose'];

/** Every word that opens a relative clause set off by commas: the person's, their contractions, and "which". */
export const RELATIVE_OPENERS: ReadonlySet<string> = new Set([...PERSON_RELATIVES, "who's", "who'd", "who'll", "who've", 'which']);
