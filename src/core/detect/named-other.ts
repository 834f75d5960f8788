import { NOT_NAMES } from '../text/not-names';
import { SAYING } from '../text/saying-verbs';
import { NOMINATIVE } from './subject-position';

/**
 * Whether the words end on a verb of saying and a name written with a capital that none of the
 * note's people answers to (`known`: whether a mention of one stands at a word): "Carys says Rhys
 * [messages her every hour...]", "Jo said that Tom [shouted at her]". Rhys and Tom are someone
 * else, the subject of what is reported, not the client who reports it. `text` is the sentence as
 * written, where the capital is read.
 */
export function namedAfterSaying(words: readonly string[], text: string | undefined, known: (at: number) => boolean): boolean {
  const last = words.length - 1;
  if (last < 1 || text === undefined) return false;
  const name = words[last];
  const verb = words[last - 1] === 'that' && last >= 2 ? last - 2 : last - 1;
  if (!SAYING.has(words[verb]) || NOMINATIVE.has(name) || NOT_NAMES.has(name) || !/^[a-z]+$/.test(name) || known(last)) return false;
  const between = verb === last - 1 ? ' ' : ' that ';
  const lower = text.toLowerCase();
  const phrase = `${words[verb]}${between}${name}`;
  for (let at = lower.indexOf(phrase); at >= 0; at = lower.indexOf(phrase, at + 1)) {
    const first = text.charCodeAt(at + phrase.length - name.length);
    const after = lower.charCodeAt(at + phrase.length);
    if (first >= 65 && first <= 90 && !(after >= 97 && after <= 122)) return true;
  }
  return false;
}
