import type { NoteContent, Property, PropertyItem } from '../model/note';

/** The format version of serialized note content: bump it whenever NoteContent or the parser changes. */
export const CONTENT_FORMAT = 3;

/** [normalized key, key as written, value, line, item lines] */
type CompactProperty = [string, string, unknown, number, number[]];

export interface EncodedContent {
  kind: NoteContent['kind'];
  propertyDate?: string;
  aliases: string[];
  links: NoteContent['links'];
  tags: NoteContent['tags'];
  diagnostics: NoteContent['diagnostics'];
  bodyReader: NoteContent['bodyReader'];
  properties: CompactProperty[];
  /** Blocks, headings and cue hits as JSON text, parsed only when a note's text is needed again. */
  text: string;
}

/** Note content as compact JSON data for a persistent cache. */
export function encodeContent(content: NoteContent): EncodedContent {
  return {
    kind: content.kind,
    propertyDate: content.propertyDate,
    aliases: content.aliases,
    links: content.links,
    tags: content.tags,
    diagnostics: content.diagnostics,
    bodyReader: content.bodyReader,
    properties: [...content.properties].map(([key, p]) => [key, p.key, p.value, p.line, p.items.map((i) => i.line)]),
    text: JSON.stringify([content.blocks, content.headings, content.cueHits]),
  };
}

export function decodeContent(data: unknown): NoteContent | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const d = data as Partial<EncodedContent>;
  if (!Array.isArray(d.properties) || !Array.isArray(d.links) || typeof d.text !== 'string' || typeof d.kind !== 'string') return undefined;
  const properties = new Map<string, Property>();
  for (const [key, rawKey, value, line, itemLines] of d.properties) properties.set(key, { key: rawKey, value, line, items: items(value, line, itemLines) });
  const text = d.text;
  type Lazy = [NoteContent['blocks'], NoteContent['headings'], NoteContent['cueHits']];
  let body: Lazy | undefined;
  const parsed = (): Lazy => (body ??= JSON.parse(text) as Lazy);
  const content = {
    kind: d.kind,
    propertyDate: d.propertyDate,
    aliases: d.aliases ?? [],
    links: d.links,
    tags: d.tags ?? [],
    diagnostics: d.diagnostics ?? [],
    bodyReader: d.bodyReader ?? 'scanner',
    properties,
  } as Omit<NoteContent, 'blocks' | 'headings' | 'cueHits'>;
  Object.defineProperty(content, 'blocks', { get: () => parsed()[0], enumerable: true });
  Object.defineProperty(content, 'headings', { get: () => parsed()[1], enumerable: true });
  Object.defineProperty(content, 'cueHits', { get: () => parsed()[2], enumerable: true });
  return content as NoteContent;
}

function items(value: unknown, line: number, itemLines: number[]): PropertyItem[] {
  if (Array.isArray(value)) return value.map((v: unknown, i) => ({ value: v, line: itemLines[i] ?? line }));
  if (value === null || value === undefined || value === '') return [];
  return [{ value, line: itemLines[0] ?? line }];
}
