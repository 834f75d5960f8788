import { labelLength } from '../text/section-labels';
import { gapHolds } from '../text/token-gap';
import type { Token } from '../text/tokens';

// Where a negation or a modal stops. NegEx lets a trigger run to the next termination word (but,
// however) or the sentence's end; in notes, a sentence often goes on into a clause of its own that
// the trigger never reached: "Brynlee didn't know how to raise it, so I emailed him myself", "the
// board paper he was dreading, and I spent twenty minutes drafting it". A condition ("if",
// "unless") and a past set early in a sentence still govern what follows ("If he asks again, I
// phone the council"; "As a teenager she would hide in her room, and she...").

/** Words that open an adverbial clause of time or concession: "When she did not ring, I ...". */
const CLAUSE_OPENERS = new Set(['when', 'whenever', 'after', 'before', 'once', 'while', 'although', 'though', 'since', 'until', 'as']);

/**
 * Words that join a clause of its own on after a comma: ", so I emailed him", ", then said", ",
 * while he watched". Not "and" for a negation: after one it most often goes on with what is negated
 * ("I did not ring the council, and did not write the letter"), and measured, cutting a negation
 * there heard more that no one wrote than it found.
 */
const JOINERS = new Set(['so', 'then', 'while', 'until', 'before', 'after', 'because']);

/** Subject pronouns that open a clause of their own after a comma (", and I spent", ", she rang"). */
const SUBJECTS = new Set(['i', 'he', 'she', 'they', 'we']);

/**
 * Forgets, in `negation` and `modal` (per position, the end of the last such trigger before it),
 * each trigger that a clause boundary stands between it and the position. A clause begins:
 * - after the comma closing a sentence's opening clause of time or concession ("When Maree asked
 *   what I'm not saying to Priya, I started telling her about my diary"; after any section label);
 * - after a semicolon, a colon or a dash standing between words ("cancelled the gym - 'don't deserve it'");
 * - after a comma, at a joining word (", so I", ", then said"): a list of acts after one negation
 *   ("I did not ring the council, write the letter or fill in the form") stays negated;
 * - for a modal (might, would, next week, dreading) only, also after a comma at "and" or a subject
 *   pronoun ("I kept insisting he bring the diary next week, and each time...").
 */
export function cutAtClauses(tokens: readonly Token[], text: string, negation: Int32Array, modal: Int32Array): void {
  const n = tokens.length;
  const opening = openingClauseEnd(tokens, text);
  let clause = -1;
  let modalClause = -1;
  for (let p = 1; p <= n; p++) {
    if (p < n) {
      const comma = gapHolds(text, tokens[p - 1].end, tokens[p].start, ',');
      if (p === opening || startsClause(tokens, text, p, comma)) clause = modalClause = p;
      else if (comma && (tokens[p].word === 'and' || SUBJECTS.has(tokens[p].word))) modalClause = p;
    }
    if (negation[p] >= 0 && negation[p] <= clause) negation[p] = -1;
    if (modal[p] >= 0 && modal[p] <= modalClause) modal[p] = -1;
  }
}

/** Where the comma closing a sentence's opening clause of time or concession is followed by the next word, or -1. */
function openingClauseEnd(tokens: readonly Token[], text: string): number {
  const first = labelLength(tokens, text);
  if (first >= tokens.length || !CLAUSE_OPENERS.has(tokens[first].word)) return -1;
  for (let i = first + 1; i < tokens.length; i++) if (gapHolds(text, tokens[i - 1].end, tokens[i].start, ',')) return i;
  return -1;
}

/** Whether a clause of its own begins at token `p` (not the first), after a comma or not. */
function startsClause(tokens: readonly Token[], text: string, p: number, comma: boolean): boolean {
  const from = tokens[p - 1].end;
  const to = tokens[p].start;
  if (gapHolds(text, from, to, ';') || gapHolds(text, from, to, ':') || gapHolds(text, from, to, '—') || gapHolds(text, from, to, '–') || gapHolds(text, from, to, '-')) return true;
  return comma && JOINERS.has(tokens[p].word);
}
