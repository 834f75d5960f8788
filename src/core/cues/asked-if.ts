import { gapHoldsAny } from '../text/token-gap';
import type { Token } from '../text/tokens';

/** Verbs whose "if" opens what is checked, not a condition: "rang to see if I was still there". */
const CHECKING = new Set(['check', 'checks', 'checked', 'checking', 'see', 'know']);
/**
 * Verbs of asking, whose "if" asks when the one asked is the writer, or the practitioner (T) or
 * "you": "asked T 3x if T would still be here". Measured, any asking at all ("I asked my sister if
 * Dad would still...") heard two more sentences wrongly in a set of practitioners' own lives.
 */
const ASKING = new Set(['ask', 'asks', 'asked', 'asking']);
const ASKED = new Set(['me', 't', 'you', 'us']);

/** Modals a question asked with "if" may hold, right after its subject. */
const MODALS = new Set(['would', 'will', 'could', 'might']);

/** How many words may stand between the verb and its "if": an object and how often ("asked me three times if"). */
const REACH = 4;

/**
 * Whether the "if" at token `at` opens an indirect question after a verb of asking in its own clause
 * ("Jo asked me three times if I would still be here after the holidays", "rang to see if I was
 * still there"): what it asks about is not set as a condition. context-cues.yaml's pseudo-negation
 * "asked if" covers the verb right before it only.
 */
export function asksIf(tokens: readonly Token[], text: string | undefined, at: number): boolean {
  // The modal of what is asked is the question's too: "asked me if I would still be here".
  if (MODALS.has(tokens[at].word)) return at >= 2 && tokens[at - 2].word === 'if' && asksIf(tokens, text, at - 2);
  if (tokens[at].word !== 'if') return false;
  let asked = false;
  for (let verb = at - 1; verb >= 0 && verb >= at - 1 - REACH; verb--) {
    // Clause punctuation between: "I asked, and if she says no..." sets a condition.
    if (text !== undefined && gapHoldsAny(text, tokens[verb].end, tokens[verb + 1].start, ',;:')) return false;
    if (CHECKING.has(tokens[verb].word) || (asked && ASKING.has(tokens[verb].word))) return true;
    asked ||= ASKED.has(tokens[verb].word);
  }
  return false;
}
