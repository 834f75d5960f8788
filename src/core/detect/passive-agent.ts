import { isPastForm } from '../text/past-forms';
import { words as wordsOf } from '../text/tokens';
import type { Mention, Who } from './mentions';

// Who acts in a passive: "Jo was rescued by her mum" is her mum's rescuing, "I felt criticised by
// my supervisor" the supervisor's criticism, whoever stands before the verb.

/** Words that make a passive of the participle after them, or say it was felt: "was [rescued] by", "felt [criticised] by", "got [told off] by". */
const PASSIVE = new Set(['was', 'were', 'been', 'being', 'is', 'am', 'are', 'be', 'get', 'gets', 'got', 'getting', 'felt', 'feel', 'feels', 'feeling']);
/** Words that may stand between such a word and the participle: "was always [rescued]", "felt a bit [judged]". */
const BETWEEN = new Set(['again', 'always', 'really', 'often', 'constantly', 'repeatedly', 'so', 'very', 'quite', 'a', 'bit', 'rather', 'somewhat', 'just', 'being']);
/** How far after the participle "by" may stand: "criticised in front of the team by", no further. */
const BY_REACH = 6;
/** How many words after "by" may name who acts: "by my own supervisor". */
const AGENT_WORDS = 4;
/** Object pronouns as who they are. */
const OBJECTS = new Map<string, Who>([
  ['me', 'me'],
  ['us', 'we'],
  ['him', 'third-person'],
  ['her', 'third-person'],
  ['them', 'third-person'],
]);

/**
 * Who acts in a cue read as a passive with its agent after "by": the words before the cue end on a
 * passive's word (was, got, felt...), the cue opens with a participle, and "by" follows it in its
 * sentence's text. The agent is read at the start of what follows "by" only: an object pronoun, or
 * someone `mentions` names there, after a possessive or article at most ("by her mum", "by my
 * supervisor", "by Jo"). Undefined when the cue is no such passive, or what follows "by" names no
 * one ("by the time I arrived", "by email", "by phoning the bank", "by myself"): its subject is
 * then read as usual.
 */
export function passiveAgent(hit: { first: string; words: readonly string[]; text?: string }, mentions: (words: readonly string[]) => readonly (Mention | undefined)[]): Who | undefined {
  if (hit.text === undefined || !(isPastForm(hit.first) || hit.first === 'told')) return undefined;
  let at = hit.words.length - 1;
  while (at >= 0 && BETWEEN.has(hit.words[at]) && !PASSIVE.has(hit.words[at])) at--;
  if (at < 0 || !PASSIVE.has(hit.words[at])) return undefined;
  const text = wordsOf(hit.text);
  for (let i = text.indexOf(hit.first); i >= 0; i = text.indexOf(hit.first, i + 1)) {
    const by = text.indexOf('by', i + 1);
    if (by < 0 || by > i + BY_REACH) continue;
    const agent = text.slice(by + 1, by + 1 + AGENT_WORDS);
    const named = mentions(agent);
    // "By my colleague" is someone else's act, not the writer's: "my" names the writer only as "me" would.
    const first = agent[0] === 'my' && named[0]?.value === 'me' ? undefined : named[0]?.value;
    return first ?? (OWNERS.has(agent[0]) ? named[1]?.value : undefined) ?? OBJECTS.get(agent[0]) ?? (outsiders(agent) ? 'other' : undefined);
  }
  return undefined;
}

/** Words before someone named after "by": "by her mum", "by the duty manager", "by my supervisor". */
const OWNERS = new Set(['her', 'his', 'their', 'my', 'our', 'your', 'the', 'a', 'an']);

/** Groups and anyone's someone after "by": "by everyone at work", "by the group", "by Jo's mum" (no one of the note's, or `mentions` would name them). */
function outsiders(agent: readonly string[]): boolean {
  if (GROUPS.has(agent[0]) || (agent[0] ?? '').endsWith("'s")) return true;
  return OWNERS.has(agent[0]) && GROUPS.has(agent[agent[1] === 'whole' ? 2 : 1]);
}

/** Words for more than one person or for anyone, none of the note's: "by everyone", "by the panel", "by the crisis team". */
const GROUPS = new Set(['everyone', 'everybody', 'others', 'someone', 'somebody', 'people', 'group', 'team', 'panel', 'family', 'staff', 'school', 'board', 'committee', 'service', 'crisis']);
