import type { NoteDiagnostic } from '../model/diagnostic';
import type { CueHit, LinkOccurrence, LinkSyntax, NoteContent, Property, PropertyItem, Tag } from '../model/note';
import { StringPool } from '../util/string-pool';
import { dynamicCodes, linkSyntaxCodes, propertyCodes } from './code-tables';
import type { ColdPart, CompactCueHit, CompactLinks, EncodedContent } from './content-codec';
import { expandCases } from './cases-codec';
import { wordsAgainOnce } from './words-again';

const LINK_FIELDS = 6;
const NONE: never[] = [];

/** The cold part of a note decoded: what the detector reads of it when it reads its evidence. */
interface ColdContent {
  properties: Map<string, Property>;
  /** The cue hits as the cold part keeps them, decoded on first read (cueHits): reading a property needs none. */
  compactHits: CompactCueHit[];
  cueHits?: CueHit[];
  tags: Tag[];
  forSupervision?: string;
  contractStated?: true;
}

/**
 * How many notes keep their cold part decoded at a time. A change reads its note and a few around it,
 * each several times (properties, then cue hits, then tags); a full rebuild reads every note once.
 * Decoded forms of every note would hold most of what compacting saves, so only the latest stay.
 */
const DECODED_AT_ONCE = 16;
const holders: (CompactContent | undefined)[] = [];
let nextHolder = 0;

/**
 * A note's content as the engine keeps it, read (content-codec.ts, compactContent) or taken up from
 * the cache alike. Kind, date, names, links and the cited sentences are kept as they are read for
 * every note; properties, cue hits and tags stay in one JSON text (the cold part), decoded when read
 * and kept only while the note is among the latest read (DECODED_AT_ONCE). A damaged cold part reads
 * as no properties and no cue hits; the cache is only ever written by encodeContent.
 */
export class CompactContent implements NoteContent {
  private decodedCold: ColdContent | undefined;

  constructor(
    readonly kind: NoteContent['kind'],
    readonly textRead: boolean,
    readonly propertyDate: string | undefined,
    private readonly names: string[] | undefined,
    /**
     * The links, or, taken up from the cache, their packed form until first read (`links`). The
     * packed form starts with a target, a string, where the links start with an object: no field
     * says which it is (one more field per note was 0.03 KB of a note's 4).
     */
    private linksKept: LinkOccurrence[] | CompactLinks,
    private readonly ownDiagnostics: NoteDiagnostic[] | undefined,
    readonly bodyReader: NoteContent['bodyReader'],
    private readonly sentences: string[] | undefined,
    private readonly cold: string,
  ) {}

  /** Whether the links are still packed (an empty list reads the same either way). */
  private get linksPacked(): boolean {
    return typeof this.linksKept[0] === 'string';
  }

  /**
   * Content taken up from the cache. Its links stay packed (about four objects fewer per note at a
   * start-up, which only counts them) unless one would not decode: that content is made as read.
   */
  static fromEncoded(data: EncodedContent): CompactContent {
    const packed = allLinksDecode(data.links);
    return new CompactContent(data.kind, data.textRead === true, data.date, data.aliases, packed ? data.links : decodeLinks(data.links), data.diagnostics, data.reader, data.sentences, data.cold);
  }

  get links(): LinkOccurrence[] {
    if (this.linksPacked) {
      // Made once, and the packed form let go: the engine holds one form of a note's links.
      this.linksKept = decodeLinks(this.linksKept as CompactLinks);
    }
    return this.linksKept as LinkOccurrence[];
  }

  get linkCount(): number {
    return this.linksPacked ? this.linksKept.length / LINK_FIELDS : this.linksKept.length;
  }

  /** The form the cache writes (content-codec.ts). */
  get encoded(): EncodedContent {
    const links = this.linksPacked ? (this.linksKept as CompactLinks) : flattenLinks(this.linksKept as LinkOccurrence[]);
    const data: EncodedContent = { kind: this.kind, links, reader: this.bodyReader, cold: this.cold };
    if (this.textRead) data.textRead = true;
    if (this.propertyDate !== undefined) data.date = this.propertyDate;
    if (this.names) data.aliases = this.names;
    if (this.ownDiagnostics) data.diagnostics = this.ownDiagnostics;
    if (this.sentences) data.sentences = this.sentences;
    return data;
  }

  get aliases(): string[] {
    return this.names ?? NONE;
  }

  get diagnostics(): NoteDiagnostic[] {
    return this.ownDiagnostics ?? NONE;
  }

  /** Not kept: cue reading was their last reader. */
  get headings(): never[] {
    return NONE;
  }

  get blocks(): never[] {
    return NONE;
  }

  get properties(): ReadonlyMap<string, Property> {
    return this.decoded.properties;
  }

  get cueHits(): CueHit[] {
    const decoded = this.decoded;
    return (decoded.cueHits ??= decodeHits(decoded.compactHits, this.sentences ?? NONE));
  }

  get tags(): Tag[] {
    return this.decoded.tags;
  }

  get forSupervision(): string | undefined {
    return this.decoded.forSupervision;
  }

  get contractStated(): boolean | undefined {
    return this.decoded.contractStated;
  }

  private get decoded(): ColdContent {
    if (this.decodedCold) return this.decodedCold;
    const decoded = decodeCold(this.cold);
    // This note takes the place of the one decoded longest ago, which lets its decoded form go.
    const previous = holders[nextHolder];
    if (previous) previous.decodedCold = undefined;
    holders[nextHolder] = this;
    nextHolder = (nextHolder + 1) % DECODED_AT_ONCE;
    this.decodedCold = decoded;
    return decoded;
  }
}

/** The items a property's value implies, one per list item (or the single value), on the lines given (else the property's). */
export function items(value: unknown, line: number, itemLines: readonly number[]): PropertyItem[] {
  if (Array.isArray(value)) return value.map((v: unknown, i) => ({ value: v, line: itemLines[i] ?? line }));
  if (value === null || value === undefined || value === '') return [];
  return [{ value, line: itemLines[0] ?? line }];
}

const NO_PROPERTY = -1;

function flattenLinks(links: readonly LinkOccurrence[]): CompactLinks {
  const flat: CompactLinks = [];
  const keys = propertyCodes();
  const syntaxes = linkSyntaxCodes();
  for (const l of links) {
    const property = l.property === undefined ? NO_PROPERTY : keys.encode(l.property);
    flat.push(l.target, syntaxes.encode(l.syntax), l.line, property, l.subpath ?? 0, l.alias ?? 0);
  }
  return flat;
}

/**
 * Whether every link of a packed list decodes: a whole number of links, each with a syntax and a
 * property code this version knows and fields of their types. Only then can the list stay packed
 * and be counted as it is.
 */
function allLinksDecode(flat: CompactLinks): boolean {
  if (flat.length % LINK_FIELDS !== 0) return false;
  const keys = propertyCodes();
  const syntaxes = linkSyntaxCodes();
  for (let i = 0; i < flat.length; i += LINK_FIELDS) {
    if (typeof flat[i] !== 'string' || typeof flat[i + 2] !== 'number' || syntaxes.decode(flat[i + 1]) === undefined) return false;
    if (flat[i + 3] !== NO_PROPERTY && keys.decode(flat[i + 3]) === undefined) return false;
    if ((flat[i + 4] !== 0 && typeof flat[i + 4] !== 'string') || (flat[i + 5] !== 0 && typeof flat[i + 5] !== 'string')) return false;
  }
  return true;
}

/** A link whose syntax or property has no code here is left out (the cache is only ever written by flattenLinks). */
function decodeLinks(flat: CompactLinks): LinkOccurrence[] {
  const links: LinkOccurrence[] = [];
  const keys = propertyCodes();
  const syntaxes = linkSyntaxCodes();
  for (let i = 0; i + LINK_FIELDS <= flat.length; i += LINK_FIELDS) {
    const syntax = syntaxes.decode(flat[i + 1]) as LinkSyntax | undefined;
    const property = flat[i + 3] === NO_PROPERTY ? undefined : keys.decode(flat[i + 3]);
    if (syntax === undefined || (property === undefined && flat[i + 3] !== NO_PROPERTY)) continue;
    const link: LinkOccurrence = { target: flat[i] as string, syntax, line: flat[i + 2] as number };
    if (flat[i + 4] !== 0) link.subpath = flat[i + 4] as string;
    if (flat[i + 5] !== 0) link.alias = flat[i + 5] as string;
    if (property !== undefined) link.property = property;
    links.push(link);
  }
  return links;
}

/** One string per dynamic id a user's own taxonomy adds (the shipped ones are codes, each one string already). */
const dynamicIds = new StringPool(4096);

function decodeCold(text: string): ColdContent {
  let cold: ColdPart;
  try {
    cold = JSON.parse(text) as ColdPart;
  } catch {
    cold = [[], [], 0, 0, []];
  }
  const properties = new Map<string, Property>();
  const keys = propertyCodes();
  for (const [code, rawKey, value, line, itemsOf] of cold[0]) {
    const key = keys.decode(code);
    if (key === undefined) continue;
    const list = itemsOf === undefined || itemsOf === 0 || Array.isArray(itemsOf) ? items(value, line, itemsOf || NONE) : itemsOf.listed.map(([v, l]) => ({ value: v, line: l }));
    properties.set(key, { key: rawKey === 0 ? key : rawKey, value, line, items: list });
  }
  const decoded: ColdContent = { properties, compactHits: cold[1], tags: (cold[4] ?? []).map(([tag, line]) => ({ tag, line })) };
  if (cold[2] !== 0) decoded.forSupervision = cold[2];
  if (cold[3] === 1) decoded.contractStated = true;
  return decoded;
}

/**
 * Cue hits from their compact form. Where it keeps the place of the subject words (a number), the
 * hit's sentence gives them again; a place it cannot give (only a damaged cache holds one) leaves
 * the hit without subject words, read as someone unknown.
 */
function decodeHits(compactHits: readonly CompactCueHit[], sentences: readonly string[]): CueHit[] {
  const dynamics = dynamicCodes();
  const cueHits: CueHit[] = [];
  const wordsAgain = wordsAgainOnce();
  // The hit before's case words, which a hit's may repeat (cases-codec.ts), whether or not it was kept.
  let casesBefore: CueHit['cases'];
  for (const [code, line, index, first, words, bits, property, cases, other] of compactHits) {
    const expanded = cases ? expandCases(cases, casesBefore) : undefined;
    casesBefore = expanded;
    const dynamic = typeof code === 'string' ? dynamicIds.intern(code) : dynamics.decode(code);
    if (dynamic === undefined) continue;
    const text = sentences[index] ?? '';
    let hit: CueHit;
    if (typeof first === 'number') {
      const again = Number.isInteger(first) ? wordsAgain(text, first) : undefined;
      hit = again ? { dynamic, line, text, first: again.first, words: again.words, starts: again.starts, subjectAt: first } : { dynamic, line, text, first: '', words: [], starts: [] };
    } else {
      const list = words === undefined || words === '' || words === 0 ? [] : words.split(' ');
      const startBits = bits ?? 0;
      const starts = list.map((_, i) => (startBits & (1 << i)) !== 0);
      // The entry past the words: the cue follows clause punctuation (CueHit.starts).
      if (list.length > 0 && (startBits & (1 << list.length)) !== 0) starts.push(true);
      hit = { dynamic, line, text, first, words: list, starts };
    }
    if (property) hit.property = property;
    if (expanded) hit.cases = expanded;
    if (other) Object.assign(hit, other);
    cueHits.push(hit);
  }
  return cueHits;
}
