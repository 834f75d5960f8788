import { REPORTING } from '../text/saying-verbs';

/** The most words in an aside that says who reported it: "Rachel says", "Joy tells me", "her mum reported". */
const ASIDE_WORDS = 4;

/** Who an aside's reporter may be telling: "Joy tells me". */
const LISTENERS: ReadonlySet<string> = new Set(['me', 'us']);

/**
 * The words before a cue without an aside, set off by commas, that only says who reported what the
 * sentence tells: in "Tom's mother, Rachel reports, goes through her son's failings" the mother goes
 * through them, not Rachel, so the subject is read before the aside. `starts` marks the words that
 * follow clause punctuation, with one entry more for the cue itself when its words are read from its
 * own sentence; an aside must be closed by a comma, so one just before the cue is seen only then.
 */
export function withoutReportingAside(words: readonly string[], starts: readonly boolean[]): [readonly string[], readonly boolean[]] {
  for (let i = 1; i < words.length; i++) {
    if (!starts[i]) continue;
    const end = asideEnd(words, starts, i);
    if (end < 0) continue;
    // Joined again, the subject goes straight on to its verb: no clause opens where the aside stood.
    return [[...words.slice(0, i), ...words.slice(end)], [...starts.slice(0, i), false, ...starts.slice(end + 1)]];
  }
  return [words, starts];
}

/** Where the aside opening at `from` ends (the word after its closing comma), or -1 when none opens there. */
function asideEnd(words: readonly string[], starts: readonly boolean[], from: number): number {
  for (let end = from + 1; end <= Math.min(words.length, from + ASIDE_WORDS); end++) {
    if (starts[end] !== true) continue;
    const verb = LISTENERS.has(words[end - 1]) ? end - 2 : end - 1;
    return verb > from && REPORTING.has(words[verb]) ? end : -1;
  }
  return -1;
}
