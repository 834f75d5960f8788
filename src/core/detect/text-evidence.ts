import type { Role } from '../model/flag';
import type { TextBlock } from '../model/note';
import { sentencesOf } from '../text/sentences';
import { tokenize } from '../text/tokens';
import type { ContextReader } from './context';
import type { CueMatcher } from './cue-matcher';
import type { NoteEvidence } from './evidence';
import type { SubjectReader } from './subjects';

export interface TextReaders {
  cues: CueMatcher;
  context: ContextReader;
  subjects: SubjectReader;
}

const SNIPPET = 160;

/**
 * Cue evidence in body text: per sentence, skipping quotes of other people's words and headings;
 * each cue kept only when affirmed (not negated, hypothetical or historical) and its subject is
 * someone in the relationship.
 */
export function textEvidence(blocks: readonly TextBlock[], readers: TextReaders, fixedRole?: Role): NoteEvidence[] {
  const found: NoteEvidence[] = [];
  for (const block of blocks) {
    if (block.kind === 'quote' || block.kind === 'heading') continue;
    const blockTokens = tokenize(block.text);
    // Most blocks hold no cue at all: one pass over the whole block rules them out before any sentence work.
    const blockHits = readers.cues.match(blockTokens);
    if (blockHits.length === 0) continue;
    for (const span of sentencesOf(block.text, blockTokens)) {
      const hits = blockHits.filter((h) => h.start >= span.first && h.end <= span.last).map((h) => ({ ...h, start: h.start - span.first, end: h.end - span.first }));
      if (hits.length === 0) continue;
      const tokens = blockTokens.slice(span.first, span.last);
      const triggers = readers.context.scan(tokens);
      for (const hit of hits) {
        if (readers.context.certainty(triggers, hit.start, hit.end) !== 'affirmed') continue;
        const role = readers.subjects.role(tokens, block.text, hit.start, span.start);
        if (role === null) continue;
        const offset = tokens[hit.start].start;
        found.push({
          dynamic: hit.value,
          role: fixedRole ?? role,
          source: 'text',
          line: block.startLine + countNewlines(block.text, offset),
          text: snippet(block.text.slice(span.start, span.end), offset - span.start),
        });
      }
    }
  }
  return found;
}

function countNewlines(text: string, until: number): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < until; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/** The sentence in one line, cut around the cue when it is long. */
function snippet(sentence: string, cueOffset: number): string {
  const flat = sentence.replace(/\s+/g, ' ').trim().replace(/^["”'’]\s+/, '');
  if (flat.length <= SNIPPET) return flat;
  const leading = sentence.slice(0, cueOffset).replace(/\s+/g, ' ').trimStart().length;
  const from = Math.max(0, Math.min(leading - 40, flat.length - SNIPPET));
  return `${from > 0 ? '…' : ''}${flat.slice(from, from + SNIPPET).trim()}${from + SNIPPET < flat.length ? '…' : ''}`;
}
