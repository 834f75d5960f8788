import { OBJECT_PRONOUNS } from '../text/pronouns';
import { SAYING } from '../text/saying-verbs';

/** Modals of obligation that may follow the pronoun of a directive: "said I must", "saying we should". */
const OBLIGATIONS: ReadonlySet<string> = new Set(['must', 'should', 'ought', 'need', 'needs', 'needed']);
/** Forms of "have" that oblige only before "to": "said we had to", not "said we had a row". */
const HAVE_TO: ReadonlySet<string> = new Set(['had', 'have', 'has']);
/** Verbs that report a directive: the verbs of saying, and telling, demanding, urging. */
const DIRECTING: ReadonlySet<string> = new Set([...SAYING, 'say', 'tell', 'tells', 'told', 'telling', 'demand', 'demands', 'demanded', 'demanding', 'urged', 'urges', 'urging']);
/** Whom a directive may be told to between its verb and its pronoun: "told me we had to". */
const LISTENERS: ReadonlySet<string> = new Set([...OBJECT_PRONOUNS, 'everyone', 'everybody']);

/**
 * Where the verb stands of a directive reported with "I" or "we" for its subject, at `pronounAt`:
 * "my supervisor read the risk section and said I must [ring social care before I left]", "was on
 * her feet saying we had to [call the police within the hour]". Whoever gives the directive urges
 * it: its pronoun is the one told, not the one who acts in the sentence. -1 when the pronoun is no
 * directive's subject. `next`: the words after them (cueOpening), read where the pronoun ends them.
 */
export function directiveVerb(words: readonly string[], starts: readonly boolean[], pronounAt: number, next: readonly string[] = []): number {
  const following = (at: number): string | undefined => (at < words.length ? words[at] : next[at - words.length]);
  const after = following(pronounAt + 1);
  const then = following(pronounAt + 2);
  if (after === undefined || !(OBLIGATIONS.has(after) || (HAVE_TO.has(after) && then === 'to'))) return -1;
  // A pronoun opening a clause after punctuation is no directive's: "..., I must admit".
  if (starts[pronounAt]) return -1;
  let verb = pronounAt - 1;
  if (words[verb] === 'that') verb--;
  if (verb >= 1 && LISTENERS.has(words[verb])) verb--;
  return verb >= 1 && DIRECTING.has(words[verb]) ? verb : -1;
}

/**
 * The first words of a cue as a directive's pronoun before it is read (directiveVerb): its first,
 * and "to" after a "had", "have" or "has" where the sentence's text shows it there after the word
 * before the cue ("saying we had to [call the police within the hour]"): a cue keeps its first word
 * only.
 */
export function cueOpening(first: string, before: string | undefined, text: string | undefined): readonly string[] {
  if (!HAVE_TO.has(first) || before === undefined || text === undefined) return [first];
  return text.toLowerCase().includes(`${before} ${first} to `) ? [first, 'to'] : [first];
}
