import type { NoteContent, Property } from '../model/note';

/** The format version of serialized note content: bump it whenever NoteContent or the parser changes. */
export const CONTENT_FORMAT = 1;

type Serialized = Omit<NoteContent, 'properties'> & { properties: [string, Property][] };

/** Note content as plain JSON data (properties as entries), for a persistent cache. */
export function encodeContent(content: NoteContent): Serialized {
  return { ...content, properties: [...content.properties] };
}

export function decodeContent(data: unknown): NoteContent | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const d = data as Partial<Serialized>;
  if (!Array.isArray(d.properties) || !Array.isArray(d.links) || !Array.isArray(d.blocks) || typeof d.kind !== 'string') return undefined;
  return { ...(d as Serialized), properties: new Map(d.properties) };
}
