import { OBJECT_PRONOUNS } from '../text/pronouns';
import type { Token } from '../text/tokens';

/** Verbs that ask or check something of someone: "my supervisor checked what I hoped to take away". */
const ASKING = new Set(['ask', 'asks', 'asked', 'asking', 'check', 'checks', 'checked', 'checking', 'wonder', 'wonders', 'wondered', 'wondering', 'query', 'queries', 'queried', 'querying', 'enquired', 'inquired']);

/** Subjects of the question's own clause: the one whose wants or purpose it is about. */
const SUBJECTS = new Set(['i', 'he', 'she', 'they', 'we', "i'd", "he'd", "she'd", "they'd", "we'd"]);

/** Verbs of wanting or coming for something, and the words that may stand before them ("what I had actually hoped"). */
const WANTING = new Set(['want', 'wants', 'wanted', 'wanting', 'hope', 'hopes', 'hoped', 'hoping', 'come', 'came', 'wish', 'wished', 'need', 'needs', 'needed']);
const BETWEEN = new Set(['actually', 'really', 'most', 'even', 'had', 'has', 'have', 'was', 'were', 'is', 'are', 'did', 'do', 'does']);

/** The writer as the question's subject, and as the one asking it ("I asked", "T asked"). */
const FIRST_PERSON = new Set(['i', 'we', "i'd", "we'd"]);
const WRITER = new Set(['i', 'we', 't']);

/**
 * Where the person a question is about stands, when a pattern's agent is read at a question asking
 * what someone wants or came for ("...talked for forty minutes before my supervisor asked what I
 * wanted from the hour", "when I asked what she wanted from today she shrugged"): the one without a
 * purpose is the question's own subject, not whoever asks it. `at`: the token the agent would be read
 * at, the asking verb or the "what" after it. Undefined where no such question stands there.
 */
export function askedAbout(tokens: readonly Token[], at: number): number | undefined {
  let asking = at;
  let what = at;
  if (ASKING.has(tokens[at]?.word)) {
    what = OBJECT_PRONOUNS.has(tokens[at + 1]?.word) ? at + 2 : at + 1;
  } else {
    asking = OBJECT_PRONOUNS.has(tokens[at - 1]?.word) ? at - 2 : at - 1;
    if (!ASKING.has(tokens[asking]?.word)) return undefined;
  }
  if (tokens[what]?.word !== 'what') return undefined;
  const subject = tokens[what + 1]?.word;
  if (subject === undefined || !SUBJECTS.has(subject)) return undefined;
  // What they want or came for: "what I would say if I were her" asks for the helper's answer, and
  // its asker is the one leaning (dependency), not the one asked about.
  let verb = what + 2;
  while (BETWEEN.has(tokens[verb]?.word ?? '')) verb++;
  if (!WANTING.has(tokens[verb]?.word ?? '')) return undefined;
  // A he or she asked about by the writer is the other person in the room ("when I asked what she
  // wanted"); asked by anyone else it may be whoever the sentence is about ("a fellow coach ... was
  // forty minutes in before anyone asked what she wanted"), left to the subject's own reading.
  if (!FIRST_PERSON.has(subject) && !WRITER.has(tokens[asking - 1]?.word ?? '')) return undefined;
  return what + 1;
}
