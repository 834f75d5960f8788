import { createCueReader, readCueHits, type CueReader } from '../../src/core/cues/cue-hits';
import { defaultDefinitions } from '../../src/core/taxonomy/default-taxonomy';

let shipped: CueReader | undefined;

/** The dynamics a cue reader reads in one paragraph of text, in order: the shipped taxonomy's reader unless one is given. */
export function cueDynamics(text: string, reader: CueReader = (shipped ??= createCueReader(defaultDefinitions()))): string[] {
  return readCueHits([{ kind: 'paragraph', startLine: 1, text }], reader).map((h) => h.dynamic);
}
