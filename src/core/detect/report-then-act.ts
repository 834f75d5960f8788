import { SKIPPED_WORDS } from '../model/note';
import { REPORTING } from '../text/saying-verbs';
import { isPastForm } from '../text/past-forms';

/**
 * Auxiliaries that put a reported clause in a time or mood of its own ("had got it wrong", "would
 * have remembered"): a plain past after it and a comma goes back to the one who reported it.
 */
const SHIFTED_TIME: ReadonlySet<string> = new Set(['had', "'d", 'would', 'could', 'should', 'might', 'must', 'will', 'can', 'may']);

/**
 * Where the words before a cue report what someone said or thought and go on, at ", and", into the
 * cue's past verb, the index of the reporting verb; -1 otherwise. "My supervisor said a first-year
 * trainee would have remembered, and [made me write the referral out again]": the supervisor made
 * me, not the trainee the report is about. Only when the report's own verb stands in another time
 * (SHIFTED_TIME): in "Jo said her boss ignored her, and gave the project to..." the boss may go on.
 * `starts[i]`: whether word i opens a clause after punctuation; `next`: the cue's first word.
 */
export function reportThenAct(words: readonly string[], starts: readonly boolean[], next: string | undefined): number {
  const last = words.length - 1;
  if (last < 3 || words[last] !== 'and' || starts[last] !== true || next === undefined || !isPastForm(next)) return -1;
  let shifted = false;
  for (let at = last - 1; at >= 1; at--) {
    // Another clause or words left out between: the report is not the one the cue goes on from.
    if (starts[at] === true || words[at] === SKIPPED_WORDS) return -1;
    if (REPORTING.has(words[at])) return shifted ? at : -1;
    if (SHIFTED_TIME.has(words[at])) shifted = true;
  }
  return -1;
}
