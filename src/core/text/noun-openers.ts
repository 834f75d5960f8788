/**
 * Words that open a noun phrase: the articles and the possessive pronouns. What follows one is
 * a noun, or words on the way to one ("the new manager", "her youngest"), never a clause.
 */
export const NOUN_OPENERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'my', 'our', 'your', 'its']);
