import type { NoteDiagnostic } from '../model/diagnostic';
import type { CueHit, LinkOccurrence, LinkSyntax, NoteContent, Property, PropertyItem, Tag } from '../model/note';

/** [normalized key, key as written, value, line, item lines] */
type CompactProperty = [string, string, unknown, number, number[]];
/** Per link: target, syntax, line, property, subpath, alias (absent parts are 0), one link after another. */
type CompactLinks = (string | number)[];
const LINK_FIELDS = 6;
/** [dynamic, line, index of the sentence in the note's sentence list, first, words joined by spaces, starts as bits, property, case words (sentence, block, section)] */
type CompactCueHit = [string, number, number, string, string, number, string | 0, [string, string, string] | 0];

/** Properties, cue hits and the for-supervision text: a start-up reads them for few notes. */
type ColdPart = [CompactProperty[], CompactCueHit[], string | 0, 0 | 1];

/**
 * Note content for the persistent cache, as arrays rather than objects to keep the file small (it
 * is parsed at every start). What a start-up reads for every note (kind, date, names, links) is
 * plain JSON; the rest is a JSON text inside it, parsed only when that note's properties or cue hits
 * are first read. The body model (blocks, headings) is left out: after parsing, only its cue hits
 * and the for-supervision text are read, and both are kept.
 */
export interface EncodedContent {
  kind: NoteContent['kind'];
  /** Present when the note's text was read for cues. */
  textRead?: true;
  date?: string;
  aliases?: string[];
  links: CompactLinks;
  tags?: [string, number][];
  diagnostics?: NoteDiagnostic[];
  reader: NoteContent['bodyReader'];
  /** Sentences cited by cue hits, each once; evidence in the detector's state refers to them by number. */
  sentences?: string[];
  /** The ColdPart, as JSON. */
  cold: string;
}

/** Content is never changed once parsed: each is encoded once, however often the cache is written. */
const encoded = new WeakMap<NoteContent, EncodedContent>();

export function encodeContent(content: NoteContent): EncodedContent {
  if (content instanceof CachedContent) return content.encoded;
  let done = encoded.get(content);
  if (!done) encoded.set(content, (done = encode(content)));
  return done;
}

function encode(content: NoteContent): EncodedContent {
  const sentences = new Map<string, number>();
  const hits = content.cueHits.map((h): CompactCueHit => {
    let index = sentences.get(h.text);
    if (index === undefined) sentences.set(h.text, (index = sentences.size));
    return [h.dynamic, h.line, index, h.first, h.words.join(' '), startsBits(h.starts), h.property ?? 0, h.cases ? [h.cases.sentence, h.cases.block, h.cases.section] : 0];
  });
  const properties = [...content.properties].map(([key, p]): CompactProperty => [key, p.key, p.value, p.line, p.items.map((i) => i.line)]);
  const cold: ColdPart = [properties, hits, content.forSupervision ?? 0, content.contractStated ? 1 : 0];
  const encoded: EncodedContent = {
    kind: content.kind,
    links: content.links.flatMap((l) => [l.target, l.syntax, l.line, l.property ?? 0, l.subpath ?? 0, l.alias ?? 0]),
    reader: content.bodyReader,
    cold: JSON.stringify(cold),
  };
  if (content.textRead) encoded.textRead = true;
  if (content.propertyDate !== undefined) encoded.date = content.propertyDate;
  if (content.aliases.length > 0) encoded.aliases = content.aliases;
  if (content.tags.length > 0) encoded.tags = content.tags.map((t) => [t.tag, t.line]);
  if (content.diagnostics.length > 0) encoded.diagnostics = content.diagnostics;
  if (sentences.size > 0) encoded.sentences = [...sentences.keys()];
  return encoded;
}

export function decodeContent(data: unknown): NoteContent | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const d = data as Partial<EncodedContent>;
  if (typeof d.cold !== 'string' || !Array.isArray(d.links) || typeof d.kind !== 'string' || typeof d.reader !== 'string') return undefined;
  return new CachedContent(d as EncodedContent);
}

const NONE: never[] = [];

/**
 * Content taken up from the cache. Properties, links, tags and cue hits are decoded when first read: a
 * start-up from the cache reads the links of every note but the rest of only a few. (A damaged cold
 * part reads as no properties and no cue hits; the cache is only ever written by encodeContent.)
 */
class CachedContent implements NoteContent {
  readonly kind: NoteContent['kind'];
  readonly textRead: boolean;
  readonly propertyDate?: string;
  readonly aliases: string[];
  readonly diagnostics: NoteDiagnostic[];
  readonly bodyReader: NoteContent['bodyReader'];
  readonly headings = NONE;
  readonly blocks = NONE;
  private coldPart: ColdPart | undefined;
  private decodedProperties: Map<string, Property> | undefined;
  private decodedLinks: LinkOccurrence[] | undefined;
  private decodedHits: CueHit[] | undefined;
  private decodedTags: Tag[] | undefined;

  /** The form it was read from, which encodeContent() gives back as it is. */
  get encoded(): EncodedContent {
    return this.data;
  }

  constructor(private readonly data: EncodedContent) {
    this.kind = data.kind;
    this.textRead = data.textRead === true;
    if (data.date !== undefined) this.propertyDate = data.date;
    this.aliases = data.aliases ?? [];
    this.diagnostics = data.diagnostics ?? [];
    this.bodyReader = data.reader;
  }

  private get cold(): ColdPart {
    if (!this.coldPart) {
      try {
        this.coldPart = JSON.parse(this.data.cold) as ColdPart;
      } catch {
        this.coldPart = [[], [], 0, 0];
      }
    }
    return this.coldPart;
  }

  get properties(): ReadonlyMap<string, Property> {
    if (!this.decodedProperties) {
      this.decodedProperties = new Map();
      for (const [key, rawKey, value, line, itemLines] of this.cold[0]) this.decodedProperties.set(key, { key: rawKey, value, line, items: items(value, line, itemLines) });
    }
    return this.decodedProperties;
  }

  get tags(): Tag[] {
    this.decodedTags ??= this.data.tags ? this.data.tags.map(([tag, line]) => ({ tag, line })) : [];
    return this.decodedTags;
  }

  get contractStated(): boolean | undefined {
    return this.cold[3] === 1 ? true : undefined;
  }

  get forSupervision(): string | undefined {
    const text = this.cold[2];
    return text === 0 ? undefined : text;
  }

  get links(): LinkOccurrence[] {
    if (!this.decodedLinks) {
      const flat = this.data.links;
      this.decodedLinks = [];
      for (let i = 0; i + LINK_FIELDS <= flat.length; i += LINK_FIELDS) {
        const link: LinkOccurrence = { target: flat[i] as string, syntax: flat[i + 1] as LinkSyntax, line: flat[i + 2] as number };
        if (flat[i + 4] !== 0) link.subpath = flat[i + 4] as string;
        if (flat[i + 5] !== 0) link.alias = flat[i + 5] as string;
        if (flat[i + 3] !== 0) link.property = flat[i + 3] as string;
        this.decodedLinks.push(link);
      }
    }
    return this.decodedLinks;
  }

  get cueHits(): CueHit[] {
    if (!this.decodedHits) {
      const sentences = this.data.sentences ?? [];
      this.decodedHits = this.cold[1].map(([dynamic, line, index, first, words, bits, property, cases]) => {
        const list = words === '' ? [] : words.split(' ');
        const hit: CueHit = { dynamic, line, text: sentences[index] ?? '', first, words: list, starts: list.map((_, i) => (bits & (1 << i)) !== 0) };
        if (property !== 0) hit.property = property;
        if (cases) hit.cases = { sentence: cases[0], block: cases[1], section: cases[2] };
        return hit;
      });
    }
    return this.decodedHits;
  }
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

function items(value: unknown, line: number, itemLines: number[]): PropertyItem[] {
  if (Array.isArray(value)) return value.map((v: unknown, i) => ({ value: v, line: itemLines[i] ?? line }));
  if (value === null || value === undefined || value === '') return [];
  return [{ value, line: itemLines[0] ?? line }];
}
