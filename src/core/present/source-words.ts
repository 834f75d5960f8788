import type { EvidenceSource } from '../model/flag';

/** How each source of evidence is named to a reader: the report, the exported note and the view say it the same way. */
export const SOURCE_WORDS: Readonly<Record<EvidenceSource, string>> = { property: 'property', tag: 'tag', text: 'text', contract: 'contract', learnt: 'learnt reading' };
