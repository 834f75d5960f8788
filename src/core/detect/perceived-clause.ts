import { VERB_LIKE } from './clauses';
import { PERCEIVING } from '../text/perceiving-verbs';

// Who acts after a verb of perceiving or thinking ("I noticed Jo went quiet", "I watched her go
// quiet"): the one perceived, not the perceiver (subject-position.ts, subjects.ts).

/**
 * Whether the mention at `index`, ending at `end`, is the subject of a clause that a verb of
 * perceiving or thinking opens with no "that", only auxiliaries between it and the cue: "I noticed
 * Jo [went quiet]", "I felt my supervisor was [holding back]", "I watched Jo [go quiet]". Not an
 * object with more after it: "I saw Jo on Tuesday and [went quiet] myself" is mine.
 */
export function perceivedSubject(words: readonly string[], starts: readonly boolean[], index: number, end: number): boolean {
  return index > 0 && PERCEIVING.has(words[index - 1]) && onlyAuxiliaries(words, starts, end);
}

/**
 * Whether the words end on a verb of perceiving and him, her or them, whose act the cue then is:
 * "I noticed her [go quiet]", "I watched him [withdraw]", "I felt her [pulling away]". Not where
 * punctuation stands before the cue: "I watched her, [going quiet] myself" is mine. (Who he or she
 * is, when someone else was named before, is not sure: subjects.ts reads it as no one's.)
 */
export function perceivedObject(words: readonly string[], starts: readonly boolean[]): boolean {
  const last = words.length - 1;
  return last >= 1 && !starts[words.length] && (words[last] === 'her' || words[last] === 'him' || words[last] === 'them') && PERCEIVING.has(words[last - 1]);
}

/** Words that may stand between a clause's subject and its verb: "Jo was [holding back]", "my supervisor seemed to be [rushing]". */
const AUXILIARIES = new Set([
  ...VERB_LIKE,
  ...['being', 'might', 'may', 'must', 'going', 'seemed', 'seems', 'seem', 'kept', 'keeps'],
  ...['again', 'just', 'still', 'also', 'really', 'already', 'always', 'started', 'starting', 'began', 'getting', 'got'],
]);

/**
 * Whether the words from `from` to the cue are only auxiliaries (or none), in one clause: not "I
 * sensed Jo, then [withdrew]". "To" only after a verb it goes with ("seemed to [avoid]") or before
 * "be" ("I felt Jo to be [avoiding me]"): "I saw Jo again to [avoid a gap]" is my purpose.
 */
function onlyAuxiliaries(words: readonly string[], starts: readonly boolean[], from: number): boolean {
  for (let i = from; i <= words.length; i++) if (starts[i]) return false;
  for (let i = from; i < words.length; i++) {
    if (!AUXILIARIES.has(words[i]) || (words[i] === 'to' && !TO_AFTER.has(words[i - 1]) && words[i + 1] !== 'be')) return false;
  }
  return true;
}

/** Verbs after which "to" goes on with the same subject: "seemed to be", "started to". */
const TO_AFTER = new Set(['seem', 'seems', 'seemed', 'start', 'started', 'starting', 'began', 'begin', 'got', 'had', 'has', 'have', 'used', 'tends', 'tended', 'going']);
