import type { PhraseHit } from './phrases';

/**
 * A dynamic's other senses (DynamicDefinition.otherSenses) share the cue index with its cues, so one
 * search over a sentence's words finds both: each under its dynamic's id behind this mark, which no
 * id starts with (ids are written words).
 */
const MARK = '\u0001';

/** The value an other-sense phrase of a dynamic is kept under in the cue index. */
export function otherSenseValue(id: string): string {
  return MARK + id;
}

/** A span where a dynamic's words mean something else ("weight loss" for the loss theme). */
interface OtherSense {
  id: string;
  start: number;
  end: number;
}

const NONE: OtherSense[] = [];

/**
 * Takes the other-sense phrases out of `found` (in place, the order of the rest kept) and returns
 * them. Most sentences hold none: then nothing is allocated.
 */
export function takeOtherSenses(found: PhraseHit<string>[]): OtherSense[] {
  let senses: OtherSense[] | undefined;
  let kept = 0;
  for (const hit of found) {
    if (hit.value.startsWith(MARK)) (senses ??= []).push({ id: hit.value.slice(MARK.length), start: hit.start, end: hit.end });
    else found[kept++] = hit;
  }
  found.length = kept;
  return senses ?? NONE;
}

/** The hits that overlap no other sense of their own dynamic: "at a loss" takes the loss theme's "loss" away, not helplessness. */
export function withoutOtherSenses<T extends PhraseHit<string>>(hits: T[], senses: readonly OtherSense[]): T[] {
  if (senses.length === 0) return hits;
  return hits.filter((hit) => !senses.some((s) => s.id === hit.value && s.start < hit.end && hit.start < s.end));
}
