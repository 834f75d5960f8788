import { gapHolds } from './token-gap';
import type { Token } from './tokens';

/**
 * Words that head a part of a structured clinical note, written before a colon at a sentence's
 * start: SOAP, DAP, BIRP and GIRP letters and their words, and the usual headings of coaching notes.
 * Not `T` or `C`: in shorthand those are the practitioner and the client ("C: arrived late").
 */
const LABELS = new Set([
  ...['s', 'o', 'a', 'p', 'd', 'b', 'i', 'r', 'g'],
  ...['subjective', 'objective', 'assessment', 'plan', 'data', 'behaviour', 'behavior', 'intervention', 'response', 'goal', 'goals'],
  ...['observation', 'observations', 'summary', 'focus', 'action', 'actions', 'note', 'notes', 'presentation', 'progress', 'update', 'homework', 'formulation', 'outcome', 'outcomes', 'reflection', 'process', 'content'],
  ...['step', 'steps'],
  // What kind of note or part it is: "Coaching: Warrick says...", "Contract: ...", "Approach: I...".
  ...['coaching', 'contract', 'approach', 'risk'],
]);

/**
 * Labels of what is to be done, not what was: "Plan: ring the GP", "Next step: ask Joanne what she
 * wants from the time". Not the SOAP letter `P`, which notes use for what happened as often.
 */
const PLAN_LABELS = new Set(['plan', 'plans', 'step', 'steps']);

/** Whether the label that takes the first `length` words of a sentence heads what is to be done (labelLength). */
export function isPlanLabel(tokens: readonly Token[], length: number): boolean {
  return length > 0 && PLAN_LABELS.has(tokens[length - 1].word);
}

/** Whether a word may head a part of a structured note ("S", "Response"), before its colon. */
export function isSectionLabel(word: string): boolean {
  return LABELS.has(word);
}

/**
 * The most words a case's label takes in a supervision note: "Case 2, XX-07 (Sam):" is the word
 * "case", a number, a code and a name, none of them the subject of what follows the colon ("...: once
 * I had read out Sam's list, my supervisor ... spent twenty minutes drafting his letter" is the
 * supervisor's drafting, not Sam's). Which case the sentence belongs to is read from its words
 * whatever the label (case-words.ts).
 */
const CASE_LABEL_REACH = 5;

/**
 * How many words a section label takes at the start of a sentence ("P: When...", "Response: Seun
 * said..."): one, or two ("Session plan:"), or a case's label ("Case 2, XX-07 (Sam):"), ending at a
 * colon; 0 when the sentence opens otherwise.
 * The label is no part of the sentence: its subject and its opening clause come after it.
 */
export function labelLength(tokens: readonly Token[], text: string): number {
  const caseLabel = tokens.length > 0 && tokens[0].word === 'case';
  for (let k = 1; k <= (caseLabel ? CASE_LABEL_REACH : 2) && k < tokens.length; k++) {
    if (!gapHolds(text, tokens[k - 1].end, tokens[k].start, ':')) continue;
    return caseLabel || LABELS.has(tokens[k - 1].word) ? k : 0;
  }
  return 0;
}
