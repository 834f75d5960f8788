import type { Token } from '../text/tokens';
import { asksIf } from './asked-if';
import { concessiveHowever } from './concessive-however';
import type { Trigger } from './context';
import { toldNow } from './past-markers';
import type { PhraseHit } from './phrases';
import { quotedAlone } from './quoted-word';

/**
 * Whether a context trigger found in a sentence counts, or its words mean something else there:
 * - a regret ("should not have rung") is no regret before "to": "should not have to ring" is an
 *   obligation denied;
 * - a phrase of the past told with the present beside it is someone of the past still here ("her
 *   first husband still has the kids", "this is her first marriage"), and "when he was late" an
 *   episode of now (past-markers.ts);
 * - an "if" after a verb of asking asks (asked-if.ts);
 * - a negation alone in quotation marks is a word said ("she signed 'no'": quoted-word.ts);
 * - "however" before a word of degree concedes and ends no scope ("however small": concessive-however.ts).
 */
export function countsAsTrigger(h: PhraseHit<Trigger>, tokens: readonly Token[], text: string | undefined): boolean {
  if (h.value === 'pseudo') return !(tokens[h.end - 1].word === 'have' && tokens[h.end]?.word === 'to');
  if (h.value === 'historical') return !toldNow(tokens, h.start, h.end);
  if (h.value === 'hypothetical') return !asksIf(tokens, text, h.start);
  if (h.value === 'pre') return text === undefined || h.end - h.start > 1 || !quotedAlone(tokens, text, h.start);
  if (h.value === 'termination') return !concessiveHowever(tokens, text, h.start);
  return true;
}
