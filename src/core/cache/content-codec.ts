import type { NoteDiagnostic } from '../model/diagnostic';
import type { CueHit, LinkOccurrence, NoteContent, ParsedContent, Property } from '../model/note';
import { compactCases, type CompactCases } from './cases-codec';
import { flatString } from '../util/flat-string';
import { sameItems } from '../util/same-items';
import { dynamicCodes, propertyCodes } from './code-tables';
import { CompactContent, items } from './compact-content';
import { wordsAgainOnce, type WordsAgain } from './words-again';

/**
 * [normalized key (its code in propertyCodes(), or itself), key as written (0: the same), value,
 * line, its items]. The items are left out when they follow from the value (compact-content.ts,
 * items()) all on the property's line, their lines when they follow from the value on lines of
 * their own, else listed as they are.
 */
export type CompactProperty = [number | string, string | 0, unknown, number, (number[] | ListedItems | 0)?];
/** Items that do not follow from the property's value: [value, line] each. */
export interface ListedItems {
  listed: [unknown, number][];
}
/**
 * Per link: target, syntax (its code in linkSyntaxCodes()), line, property (its code in propertyCodes()
 * or itself; -1 when none), subpath, alias (0 when none), one link after another.
 */
export type CompactLinks = (string | number)[];
/**
 * [dynamic (its code in dynamicCodes(), or itself), line, index of the sentence in the note's sentence list, first, words joined by spaces,
 * starts as bits, property, case words (compactCases), any other field of the hit], the
 * trailing zeros left out. The last keeps what this list does not name, so that a field added to cue
 * hits survives the cache and the engine's compact form.
 *
 * Where the sentence gives the subject words again (subjectWordsAgain, as it does for nearly every
 * hit), `first` is the hit's subjectAt instead, a number, and words and starts are 0: they are a
 * third of a note's cold part, and the same words as its sentence.
 */
export type CompactCueHit = [number | string, number, number, string | number, (string | 0)?, number?, (string | 0)?, (CompactCases | 0)?, (Record<string, unknown> | 0)?];

/** Properties, cue hits, the for-supervision text, whether the body states a contract, tags (tag, line): read for few notes at a time. */
export type ColdPart = [CompactProperty[], CompactCueHit[], string | 0, 0 | 1, [string, number][]];

/**
 * Note content in the compact form both the engine and the persistent cache keep, as arrays rather
 * than objects (the cache file is parsed at every start, and the engine holds one per note). What
 * the graph reads of every note (kind, date, names, links) is plain JSON; the rest is one JSON text
 * inside it, decoded for the few notes read at a time (compact-content.ts). The body model (blocks,
 * headings) is left out: after parsing, only its cue hits and the for-supervision text are read, and
 * both are kept.
 */
export interface EncodedContent {
  kind: NoteContent['kind'];
  /** Present when the note's text was read for cues. */
  textRead?: true;
  date?: string;
  aliases?: string[];
  links: CompactLinks;
  diagnostics?: NoteDiagnostic[];
  reader: NoteContent['bodyReader'];
  /** Sentences cited by cue hits, each once; evidence in the detector's state refers to them by number. */
  sentences?: string[];
  /** The ColdPart, as JSON. */
  cold: string;
}

/** Content the engine did not compact (made by hand, as tests do) is encoded once, however often the cache is written. */
const encoded = new WeakMap<NoteContent, EncodedContent>();

export function encodeContent(content: NoteContent): EncodedContent {
  if (content instanceof CompactContent) return content.encoded;
  let done = encoded.get(content);
  if (!done) encoded.set(content, (done = encode(content)));
  return done;
}

export function decodeContent(data: unknown): NoteContent | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const d = data as Partial<EncodedContent>;
  if (typeof d.cold !== 'string' || !Array.isArray(d.links) || typeof d.kind !== 'string' || typeof d.reader !== 'string') return undefined;
  return CompactContent.fromEncoded(d as EncodedContent);
}

/**
 * A freshly read note in the form the engine keeps. Every string it keeps is a copy (a JSON text
 * parsed back, or flattened), so that none is a slice or a piece of a concatenation that would keep
 * the note's whole text, its blocks or headings alive. The engine then holds the same thing whether
 * a note was read or taken up from the cache. The cue hits come apart from the parse: a copy of the
 * parse with them added would cost what extended() says.
 */
export function compactContent(content: ParsedContent, cueHits: readonly CueHit[]): CompactContent {
  const sentences = new Map<string, number>();
  const wordsAgain = wordsAgainOnce();
  const hits = cueHits.map((hit, i) => compactHit(hit, sentences, wordsAgain, i > 0 ? cueHits[i - 1].cases : undefined));
  const cold: ColdPart = [
    [...content.properties].map(([key, p]) => compactProperty(key, p)),
    hits,
    content.forSupervision ?? 0,
    content.contractStated ? 1 : 0,
    content.tags.map((t) => [t.tag, t.line]),
  ];
  const hot: HotPart = { kind: content.kind, links: content.links };
  if (content.textRead) hot.textRead = true;
  if (content.propertyDate !== undefined) hot.date = content.propertyDate;
  if (content.aliases.length > 0) hot.aliases = content.aliases;
  if (content.diagnostics.length > 0) hot.diagnostics = content.diagnostics;
  if (sentences.size > 0) hot.sentences = [...sentences.keys()];
  const copied = JSON.parse(JSON.stringify(hot)) as HotPart;
  // Nearly every note's links name the same few properties (client, practitioner): one string each.
  const keys = propertyCodes();
  for (const link of copied.links) if (link.property !== undefined) link.property = keys.shared(link.property);
  return new CompactContent(copied.kind, copied.textRead === true, copied.date, copied.aliases, copied.links, copied.diagnostics, content.bodyReader, copied.sentences, flatString(JSON.stringify(cold)));
}

/** What compactContent() copies through JSON: the strings of the note it keeps outside the cold part. */
interface HotPart {
  kind: NoteContent['kind'];
  textRead?: true;
  date?: string;
  aliases?: string[];
  links: LinkOccurrence[];
  diagnostics?: NoteDiagnostic[];
  sentences?: string[];
}

function encode(content: NoteContent): EncodedContent {
  return compactContent(content, content.cueHits).encoded;
}

function compactProperty(key: string, p: Property): CompactProperty {
  const rawKey = p.key === key ? 0 : p.key;
  const code = propertyCodes().encode(key);
  const derived = items(p.value, p.line, p.items.map((i) => i.line));
  const same = derived.length === p.items.length && derived.every((d, i) => Object.is(d.value, p.items[i].value) && d.line === p.items[i].line);
  if (!same) return [code, rawKey, p.value, p.line, { listed: p.items.map((i): [unknown, number] => [i.value, i.line]) }];
  // Items on the property's own line are most properties' (74,551 of 74,551 in the bench's vault): left out.
  return p.items.every((i) => i.line === p.line) ? [code, rawKey, p.value, p.line] : [code, rawKey, p.value, p.line, p.items.map((i) => i.line)];
}

function compactHit(h: CueHit, sentences: Map<string, number>, wordsAgain: WordsAgain, casesBefore: CueHit['cases']): CompactCueHit {
  let index = sentences.get(h.text);
  if (index === undefined) sentences.set(h.text, (index = sentences.size));
  const again = h.subjectAt === undefined ? undefined : wordsAgain(h.text, h.subjectAt);
  const fromSentence = again !== undefined && again.first === h.first && sameItems(again.words, h.words) && sameItems(again.starts, h.starts);
  const compact: CompactCueHit = [
    dynamicCodes().encode(h.dynamic),
    h.line,
    index,
    fromSentence ? h.subjectAt! : h.first,
    fromSentence ? 0 : h.words.join(' '),
    fromSentence ? 0 : startsBits(h.starts),
    h.property ?? 0,
    h.cases ? compactCases(h.cases, casesBefore) : 0,
    // subjectAt is in `first` when the words are not kept; else it is one of the other fields.
    otherFields(h, fromSentence ? 'subjectAt' : undefined),
  ];
  // Down to the subject's place: the words and starts are 0 for nearly every hit (87,813 of 95,691
  // in the bench's vault), four characters of the seventeen a hit takes.
  while (compact.length > 4 && compact[compact.length - 1] === 0) compact.pop();
  return compact;
}

/** The fields of a cue hit the positions of CompactCueHit name. */
const HIT_FIELDS = new Set(['dynamic', 'line', 'text', 'first', 'words', 'starts', 'property', 'cases']);

/** Whatever else a cue hit holds (but `kept`, written elsewhere), or 0. */
function otherFields(hit: CueHit, kept?: string): Record<string, unknown> | 0 {
  let other: Record<string, unknown> | undefined;
  // Keys, not entries: a pair per field of every hit of a scan was a fortieth of what it allocates.
  for (const key in hit) {
    if (HIT_FIELDS.has(key) || key === kept) continue;
    const value = (hit as unknown as Record<string, unknown>)[key];
    if (value !== undefined) (other ??= {})[key] = value;
  }
  return other ?? 0;
}

/** Which words start a clause, as bits; cue hits keep at most a dozen words before the cue. */
function startsBits(starts: readonly boolean[]): number {
  if (starts.length > 30) throw new Error(`a cue hit has ${starts.length} words before it; the cache keeps at most 30`);
  let bits = 0;
  starts.forEach((s, i) => {
    if (s) bits |= 1 << i;
  });
  return bits;
}
