import type { CueHit } from '../model/note';
import type { Token } from '../text/tokens';

type Subject = Pick<CueHit, 'first' | 'words' | 'starts'>;

/**
 * A cue whose own words turn back on the writer ("kept the question to myself", "told myself I was
 * fine"), or that opens on the writer's body ("my face went hot"), is the writer's, whatever pronoun
 * stands before it: "I wanted to ask Tom how many pulse checks he is really doing and kept the
 * question to myself" is not Tom's. The subject words read from the sentence stay when they already
 * end on "I" (they are kept compact as a place in the sentence).
 */
export function writerWhenMyself(tokens: readonly Token[], hit: { start: number; end: number }, read: Subject): Subject {
  if (!(saysMyself(tokens, hit.start, hit.end) || inMyBody(tokens, hit.start)) || lastPronoun(read) === 'i') return read;
  return { first: 'i', words: [], starts: [] };
}

function saysMyself(tokens: readonly Token[], start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (tokens[i].word === 'myself') return true;
  return false;
}

/** Where a felt reaction is written: "my face went hot", "my stomach dropped". */
const BODY = new Set(['face', 'cheeks', 'cheek', 'heart', 'stomach', 'chest', 'throat', 'neck', 'ears', 'hands', 'jaw', 'shoulders', 'gut', 'skin']);

/**
 * A cue that opens on the writer's own body ("when Jo asked about the referral, [my face went hot]")
 * is the writer's, whoever the words before it name.
 */
function inMyBody(tokens: readonly Token[], start: number): boolean {
  return tokens[start].word === 'my' && start + 1 < tokens.length && BODY.has(tokens[start + 1].word);
}

const PRONOUNS = new Set(['i', 'he', 'she', 'they', 'we']);

/** The last subject pronoun of the words, the cue's first word counting as the last. */
function lastPronoun(read: Subject): string | undefined {
  if (PRONOUNS.has(read.first)) return read.first;
  for (let i = read.words.length - 1; i >= 0; i--) if (PRONOUNS.has(read.words[i])) return read.words[i];
  return undefined;
}
