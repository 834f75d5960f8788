import type { CueHit } from '../model/note';

/** Words for a stretch of time together that can run out: "the hour went by with...". */
const TIMES = new Set(['hour', 'hours', 'session', 'time', 'call', 'meeting', 'supervision', 'minutes', 'visit', 'morning', 'afternoon', 'evening']);

/** How a stretch of time ends, read backwards from the cue: "went by", "passed", "ran out". */
const RUNNING_OUT: readonly (readonly string[])[] = [['went', 'by'], ['went', 'past'], ['passed'], ['ran', 'out'], ['was', 'up'], ['ended'], ['finished'], ['slipped', 'by'], ['slipped', 'away']];

/**
 * Whether a cue's subject is no person but the time running out: "the hour went by with [no word on
 * what it was for]", "it passed [without a word about what they wanted]". A dynamic two people make
 * together (`mutual`) is then both people's: the hour passed with no aim named, so neither named one.
 * Not "nobody" or "neither": those are most often the people just named, outsiders as often as not
 * ("his uncle... because nobody tells him what to do"). `words` are those before the cue.
 */
export function impersonalSubject(hit: Pick<CueHit, 'words'>): boolean {
  const { words } = hit;
  const last = words.length - 1;
  let end = words[last] === 'with' ? last - 1 : last;
  const ending = RUNNING_OUT.find((verb) => verb.every((word, k) => words[end - verb.length + 1 + k] === word));
  if (!ending) return false;
  end -= ending.length;
  return end >= 0 && (TIMES.has(words[end]) || (words[end] === 'it' && (end === 0 || words[end - 1] === 'and')));
}
