/**
 * Whether a session sentence tells of the client doing a task of their own, by their own hand: an
 * act done "herself" or "himself", or on "his own" task, with no one else's task named ("R: She rang
 * the council from the refuge office herself", "Craig completed his own housing application"). An
 * act dynamic (rescuing) is something done for another; the client doing what is theirs is the
 * opposite of it. Someone else's task named ("sorts his mum's hospital transport himself", "for her
 * mum", "my letter", "on his partner's behalf") keeps the act done for them.
 */
export function ownTask(text: string): boolean {
  return BY_OWN_HAND.test(text) && !ANOTHERS_TASK.test(text);
}

/** "Herself", or "his own" just after an act done ("completed his own application"; not "skipping her own lunch" beside another's task). */
const BY_OWN_HAND = /\b(?:herself|himself|themselves|themself)\b|\b(?:\w+ed|did|wrote|rang|made|sent|paid|took)(?: in| out| up)? (?:her|his|their) own\b/i;
/** Someone else the act is for ("for her mum"), the writer's own task ("my letter"), a possessive other than a contraction ("his cousin's loan", not "it's", "he's"), or "behalf". */
const ANOTHERS_TASK = /\bbehalf\b|\bfor (?:him|her|them|his|their|my|a|an|the)\b|\b(?:my|our)\b|\b(?!(?:it|he|she|that|what|there|who|here)['\u2019]s\b)\w+['\u2019]s\b/i;
