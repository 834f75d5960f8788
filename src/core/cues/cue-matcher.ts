import type { DynamicDefinition } from '../taxonomy/taxonomy';
import { gapHoldsAny } from '../text/token-gap';
import { isNumber } from '../text/numbers';
import { possessiveHer } from '../text/possessive-her';
import { patternWordForms } from '../text/word-forms';
import type { Token } from '../text/tokens';
import { PatternMatcher, type DescribedHit } from './pattern-matcher';
import { PhraseIndex, type PhraseHit } from './phrases';
import { otherSenseValue, takeOtherSenses, withoutOtherSenses } from './other-senses';
import { contextCues } from '../taxonomy/default-taxonomy';
import { oneWordNegation } from './context';
import { NOT_NAMES } from '../text/not-names';

/**
 * Modals of possibility, and "will", which tells what is yet to come: "my face will burn" is no face
 * that burned. Not "would" or "could": "would" tells of a habit as often as of a wish, and keeping
 * those out of phrases cost true hearings on the sentence sets. Words are lower case here, so the
 * month May is kept out of a phrase's gap too: a date inside a phrase is rare.
 */
const POSSIBILITY: ReadonlySet<string> = new Set(['may', 'might', 'will']);
/**
 * The one-word historical triggers ("previously"): read as the extra word inside a phrase, one would
 * hide that the act is past ("she was previously passed over for promotion" is her history).
 */
const PAST_WORDS: ReadonlySet<string> = new Set(contextCues().historical.filter((phrase) => !phrase.includes(' ')));

/** A cue phrase, or a descriptive pattern (`described`), found in a text. */
export type DynamicHit = PhraseHit<string> | DescribedHit;

/**
 * Matches the taxonomy's cue phrases (any case, inflected, one extra word allowed inside) and its
 * descriptive patterns.
 */
export class CueMatcher {
  private readonly index: PhraseIndex<string>;
  private readonly patterns: PatternMatcher;

  /**
   * @param negation whether a word is a negation. Neither a negation, a modal of possibility nor a
   *   one-word historical trigger is read as the extra word inside a phrase: "heart not racing"
   *   turns the phrase around, "his body may go rigid" only fears it, and "was previously passed
   *   over" is past.
   */
  constructor(definitions: readonly DynamicDefinition[], negation: (word: string) => boolean = oneWordNegation(contextCues())) {
    const unskippable = (word: string): boolean => negation(word) || POSSIBILITY.has(word) || PAST_WORDS.has(word);
    this.index = new PhraseIndex<string>(1, unskippable);
    for (const d of definitions) for (const cue of d.cues) this.index.add(cue, d.id, patternWordForms);
    for (const d of definitions) for (const phrase of d.otherSenses ?? []) this.index.add(phrase, otherSenseValue(d.id), patternWordForms);
    this.patterns = new PatternMatcher(definitions, patternWordForms, unskippable);
  }

  /**
   * Hits in a text, one per dynamic and place: the longest where cues of one dynamic overlap; a
   * pattern only where no cue of its dynamic lies within it (a cue is the more specific reading, and
   * keeps its own subject); none of a dynamic inside one of its other senses ("weight loss").
   */
  match(tokens: readonly Token[], text?: string, words: readonly string[] = tokens.map((t) => t.word)): DynamicHit[] {
    // Both searches read the words alone: one array of them, not a token object per look.
    const found = this.index.findWords(words);
    const senses = takeOtherSenses(found);
    const cues = keepLongest(withoutOtherSenses(found, senses));
    const sentenceStart = text === undefined ? undefined : (at: number): boolean => at > 0 && at < tokens.length && opensSentence(text, tokens[at - 1].end, tokens[at].start);
    const matched = this.patterns.match(text === undefined ? words : namesAsPronoun(tokens, words, text), sentenceStart);
    // A slot phrase ending in "for her" names her as the one a task was done for, not as a possessive ("for her GP appointment").
    const described = withoutOtherSenses(text === undefined ? matched : matched.filter((hit) => !endsInPossessive(hit, tokens, text)), senses);
    if (described.length === 0) return cues;
    if (cues.length === 0) return keepLongest(described);
    // Per dynamic, its cues' spans in order: they do not overlap, so the last one starting before a
    // pattern's end is the only one that can reach into it (a binary search per pattern).
    const spans = new Map<string, PhraseHit<string>[]>();
    for (const cue of cues) {
      const list = spans.get(cue.value);
      if (list) list.push(cue);
      else spans.set(cue.value, [cue]);
    }
    const kept: DescribedHit[] = [];
    for (const hit of keepLongest(described)) {
      const list = spans.get(hit.value);
      const before = list ? lastStartingBefore(list, hit.end) : undefined;
      if (!before || before.end <= hit.start) kept.push(hit);
    }
    return kept.length === 0 ? cues : inTextOrder(cues, kept);
  }
}

/** Words after which a name is the subject of a clause: "while Sam scrolled" is "while they scrolled". */
const SUBJECT_AFTER = new Set(['while', 'as', 'when', 'whenever', 'until', 'before', 'after', 'because', 'and', 'but', 'so', 'what', 'how', 'why', 'whether', 'if']);

/**
 * The words with each person's name read as a pronoun, for patterns: "phoned round three solicitors
 * for Maria" is "for them", "on Sam's behalf" is "on their behalf", "while Sam scrolled" is "while
 * they scrolled", whoever they are. A name is a word written with a capital, then lower case, that
 * neither opens a sentence nor follows an article ("the Council").
 */
function namesAsPronoun(tokens: readonly Token[], words: readonly string[], text: string): readonly string[] {
  let out: string[] | undefined;
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i];
    // A name and a case code both start with a capital: most words are ruled out by their first character alone.
    if (!mayBeCapital(text.charCodeAt(t.start))) continue;
    // Shorthand's possessive is two words: "Cl.'s" is `cl` and `s`, with an apostrophe between.
    const possessive = (t.word.endsWith("'s") && isName(text, { ...t, end: t.end - 2 })) || (tokens[i + 1]?.word === 's' && isName(text, t) && apostropheBetween(text, t.end, tokens[i + 1].start));
    const person = possessive || (isName(text, t) && !NOT_NAMES.has(t.word)) || isCaseCode(text, t);
    if (!person) continue;
    const before = tokens[i - 1].word;
    if (before === 'the' || before === 'a' || before === 'an' || opensSentence(text, tokens[i - 1].end, t.start)) continue;
    // One of a series before its number is no person: "Year 7", "Ward 12", "Room 3" (but "lent Jhun 3,000").
    if (!possessive && SERIES.has(t.word) && isNumber(tokens[i + 1]?.word)) continue;
    out ??= words.slice();
    out[i] = possessive ? 'their' : SUBJECT_AFTER.has(before) ? 'they' : 'them';
  }
  return out ?? words;
}

/** Words that name one of a numbered series with a capital: "left over from Year 7", "moved to Ward 12". */
const SERIES = new Set(['year', 'years', 'ward', 'room', 'bay', 'bed', 'level', 'stage', 'step', 'module', 'unit', 'block', 'floor', 'flat', 'class', 'group', 'grade', 'form', 'phase', 'session', 'week', 'day', 'chapter', 'section', 'page', 'table', 'gate', 'platform', 'route', 'court', 'wing', 'cell', 'zone', 'team', 'tier', 'band', 'part', 'item', 'question']);

/** Whether any slot of a pattern's hit ends in a "for her" whose "her" is a possessive. */
function endsInPossessive(hit: DescribedHit, tokens: readonly Token[], text: string): boolean {
  for (let k = 1; k < hit.slots.length; k += 2) if (possessiveHer(tokens, text, hit.slots[k] - 1)) return true;
  return false;
}

/** Whether a word starting with this character may start with a capital: not an ASCII character other than A to Z. */
function mayBeCapital(code: number): boolean {
  return code >= 128 || (code >= 65 && code <= 90);
}

/** Whether an apostrophe stands between two words: "Cl.'s", not "Jo S.". */
function apostropheBetween(text: string, from: number, to: number): boolean {
  return gapHoldsAny(text, from, to, "'\u2019");
}

function isName(text: string, t: Token): boolean {
  if (t.end - t.start < 2) return false;
  const first = text[t.start];
  if (first === first.toLowerCase()) return false;
  for (let i = t.start + 1; i < t.end; i++) {
    const c = text[i];
    if (c === c.toUpperCase()) return false; // GP, CBT, McKay, O'Neill, Jo's: not a plain name
  }
  return true;
}

/**
 * A client's code as notes write it, one to four capitals, a hyphen and digits ("C-014", "HI-503",
 * "EC-204"): a person, as a name is ("wrote the hierarchy for HI-503"). Not a measure's name with
 * one digit ("PHQ-9", "GAD-7"): three or four capitals take two digits or more.
 */
function isCaseCode(text: string, t: Token): boolean {
  // Looked for within the word only: a search to the text's end for every word was quadratic.
  let hyphen = t.start + 1;
  while (hyphen < t.end && hyphen <= t.start + 4 && text[hyphen] !== '-') hyphen++;
  if (hyphen > t.start + 4 || hyphen >= t.end - 1) return false;
  for (let i = t.start; i < hyphen; i++) if (text[i] < 'A' || text[i] > 'Z') return false;
  for (let i = hyphen + 1; i < t.end; i++) if (text[i] < '0' || text[i] > '9') return false;
  return hyphen - t.start <= 2 || t.end - hyphen > 2;
}

/** Whether the gap between two words holds a sentence's end (. ! ? or a line break). */
function opensSentence(text: string, gapStart: number, gapEnd: number): boolean {
  for (let i = gapStart; i < gapEnd; i++) {
    const c = text[i];
    if (c === '.' || c === '!' || c === '?' || c === '\n' || c === ':') return true;
  }
  return false;
}

/** The last of spans (sorted by start) that starts before `end`. */
function lastStartingBefore<T extends PhraseHit<string>>(spans: readonly T[], end: number): T | undefined {
  let low = 0;
  let high = spans.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (spans[middle].start < end) low = middle + 1;
    else high = middle;
  }
  return low > 0 ? spans[low - 1] : undefined;
}

/** Hits in text order: by start, the longest first. */
function byStartThenLongest(a: PhraseHit<string>, b: PhraseHit<string>): number {
  return a.start - b.start || b.end - a.end;
}

/**
 * Two lists of hits, each in text order (byStartThenLongest), merged into one, `first`'s before
 * `second`'s where they tie, as a stable sort of the two joined would give them: without the copy
 * and the sort of the whole (most blocks hold both cues and patterns).
 */
function inTextOrder(first: readonly DynamicHit[], second: readonly DynamicHit[]): DynamicHit[] {
  const merged: DynamicHit[] = [];
  let a = 0;
  let b = 0;
  while (a < first.length && b < second.length) merged.push(byStartThenLongest(second[b], first[a]) < 0 ? second[b++] : first[a++]);
  while (a < first.length) merged.push(first[a++]);
  while (b < second.length) merged.push(second[b++]);
  return merged;
}

/** One hit per dynamic and place: the longest where hits of one dynamic overlap, sorted by start. */
function keepLongest<T extends PhraseHit<string>>(found: T[]): T[] {
  // Nothing to sort or to keep out: most blocks hold no more than one cue.
  if (found.length < 2) return found;
  const hits = found.sort(byStartThenLongest);
  const kept: T[] = [];
  // Kept hits start at or before this one, so it overlaps one of its dynamic exactly when it starts
  // before the furthest end kept for that dynamic: one lookup per hit, however many a block holds.
  const furthestEnd = new Map<string, number>();
  for (const hit of hits) {
    if (hit.start < (furthestEnd.get(hit.value) ?? -1)) continue;
    kept.push(hit);
    furthestEnd.set(hit.value, Math.max(hit.end, furthestEnd.get(hit.value) ?? -1));
  }
  return kept;
}

export function isDescribed(hit: DynamicHit): hit is DescribedHit {
  return 'described' in hit;
}
