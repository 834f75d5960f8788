import type { CueHit, ParsedContent } from '../model/note';
import { NOTE_TYPES } from '../model/note-types';
import { freeText } from '../parse/free-text';
import { readCueHits, type CueReader } from './cue-hits';
import { extended } from '../util/extended';

/**
 * The affirmed cues of one parsed note: in its body blocks and in its type's free-text property
 * (`parallel_process`, `felt_sense`), read like the body. Empty when the note's text is not read
 * (not a body type, or over the size cap).
 */
export function readNoteCues(content: ParsedContent, reader: CueReader): CueHit[] {
  if (!content.textRead) return [];
  // Supervision notes discuss several clients: their cue hits keep the words that say which case.
  const withCases = content.kind === 'supervision';
  const hits = readCueHits(content.blocks, reader, withCases);
  const key = NOTE_TYPES[content.kind].freeText?.property;
  const property = key ? content.properties.get(key) : undefined;
  const text = property ? freeText(property.value) : '';
  if (!key || !property || text === '') return hits;
  for (const hit of readCueHits([{ kind: 'paragraph', startLine: property.line, text }], reader, withCases)) hits.push(extended(hit, { property: key }));
  return hits;
}
