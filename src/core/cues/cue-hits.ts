import type { CaseWords, CueHit, TextBlock } from '../model/note';
import { caseWords } from './case-words';
import { contextCues } from '../taxonomy/default-taxonomy';
import type { DynamicDefinition } from '../taxonomy/taxonomy';
import { sentencesOf } from '../text/sentences';
import { tokenize, type Token } from '../text/tokens';
import { ContextReader } from './context';
import { CueMatcher } from './cue-matcher';

/** What reading cues needs: the taxonomy's cue matcher and the negation/context reader. */
export interface CueReader {
  cues: CueMatcher;
  context: ContextReader;
}

/** The cue reader for a taxonomy's dynamics, with the shipped context cues. */
export function createCueReader(definitions: readonly DynamicDefinition[]): CueReader {
  return { cues: new CueMatcher(definitions), context: new ContextReader(contextCues()) };
}

/** Words before a cue kept as subject candidates: subjects sit close to their verb. */
const SUBJECT_REACH = 12;
const SNIPPET = 160;

/**
 * The affirmed cues of a note's text: per sentence, skipping quotes of other people's words and
 * headings; negated, hypothetical and historical ones are dropped. Each hit keeps the words that
 * could be its subject, so that roles can be given later from the people a note mentions. Depends
 * only on the text and the taxonomy, so it is computed once per version of a note.
 */
export function readCueHits(blocks: readonly TextBlock[], reader: CueReader, withCases = false): CueHit[] {
  const found: CueHit[] = [];
  for (const block of blocks) {
    if (block.kind === 'quote' || block.kind === 'heading') continue;
    const blockTokens = tokenize(block.text);
    // Most blocks hold no cue at all: one pass over the whole block rules them out before any sentence work.
    const blockHits = reader.cues.match(blockTokens);
    if (blockHits.length === 0) continue;
    // Case words are only wanted in supervision notes, and only for blocks with a cue. A paragraph's
    // client is the one it has named by the end of the sentence: an opening sentence before any
    // client is named speaks of the supervision in general. Gathered as the sentences go: linear.
    const sectionWords = withCases && block.section ? caseWords(block.section) : '';
    const blockWords = new Set<string>();
    let readTo = 0;
    for (const span of sentencesOf(block.text, blockTokens)) {
      const hits = blockHits.filter((h) => h.start >= span.first && h.end <= span.last);
      if (hits.length === 0) continue;
      const tokens = blockTokens.slice(span.first, span.last);
      const triggers = reader.context.scan(tokens);
      // One text per sentence, whichever cue it holds, so that evidence can merge by sentence.
      let text: string | undefined;
      let cases: CaseWords | undefined;
      for (const hit of hits) {
        const start = hit.start - span.first;
        if (reader.context.certainty(triggers, start, hit.end - span.first) !== 'affirmed') continue;
        const offset = tokens[start].start;
        const sentence = sentenceText(block.text, span);
        text ??= snippet(sentence, offset - span.start);
        if (withCases && !cases) {
          for (const word of caseWords(block.text.slice(readTo, span.end)).split(' ')) if (word !== '') blockWords.add(word);
          readTo = Math.max(readTo, span.end);
          cases = { sentence: caseWords(sentence), block: [...blockWords].join(' '), section: sectionWords };
        }
        const cueHit: CueHit = {
          dynamic: hit.value,
          line: block.startLine + countNewlines(block.text, offset),
          text,
          ...subjectCandidates(tokens, block.text, start, span.start),
        };
        if (cases) cueHit.cases = cases;
        found.push(cueHit);
      }
    }
  }
  return found;
}

/** A sentence's text, taking in a closing quote the sentence splitter left for the next one. */
function sentenceText(text: string, span: { start: number; end: number }): string {
  const sentence = text.slice(span.start, span.end);
  if (!hasOpenQuote(sentence)) return sentence;
  let end = span.end;
  while (end < text.length && (text[end] === ' ' || text[end] === '\t')) end++;
  return text[end] === '"' || text[end] === '”' ? text.slice(span.start, end + 1) : sentence;
}

function hasOpenQuote(sentence: string): boolean {
  let straight = 0;
  let curly = 0;
  for (const c of sentence) {
    if (c === '"') straight++;
    else if (c === '“') curly++;
    else if (c === '”') curly--;
  }
  return straight % 2 === 1 || curly > 0;
}

const PUNCTUATION_BEFORE = /[,:;(—–-]\s*$/;

/** The words before the cue that may be its subject, each marked when punctuation opens a clause before it. */
function subjectCandidates(tokens: readonly Token[], text: string, cueStart: number, sentenceStart: number): Pick<CueHit, 'first' | 'words' | 'starts'> {
  // Inside quoted speech ("I should have known"), the subject is whoever is quoted: look before the quote.
  const quoteStart = openQuoteBefore(text, tokens[cueStart].start, sentenceStart);
  const end = quoteStart === undefined ? cueStart : tokens.findIndex((t) => t.start >= quoteStart);
  const begin = Math.max(0, end - SUBJECT_REACH);
  const words: string[] = [];
  const starts: boolean[] = [];
  for (let i = begin; i < end; i++) {
    words.push(tokens[i].word);
    starts.push(i === 0 || PUNCTUATION_BEFORE.test(text.slice(tokens[i - 1].end, tokens[i].start)));
  }
  return { first: quoteStart === undefined ? tokens[cueStart].word : '', words, starts };
}

/** The offset of an unclosed double quote between the sentence start and the cue, if any. */
function openQuoteBefore(text: string, cueOffset: number, sentenceStart: number): number | undefined {
  let open: number | undefined;
  for (let i = sentenceStart; i < cueOffset; i++) {
    const c = text[i];
    if (c === '“') open = i;
    else if (c === '”') open = undefined;
    else if (c === '"') open = open === undefined ? i : undefined;
  }
  return open;
}

function countNewlines(text: string, until: number): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < until; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/** The sentence in one line, cut around the cue when it is long. */
function snippet(sentence: string, cueOffset: number): string {
  // A link leaves its display text between blanks where its brackets were: `[[C-014]]:` reads `C-014:`.
  const flat = sentence.replace(/\s+/g, ' ').trim().replace(/^["”'’]\s+/, '').replace(/ ([,.;:!?)])/g, '$1');
  if (flat.length <= SNIPPET) return flat;
  const leading = sentence.slice(0, cueOffset).replace(/\s+/g, ' ').trimStart().length;
  const from = Math.max(0, Math.min(leading - 40, flat.length - SNIPPET));
  return `${from > 0 ? '…' : ''}${flat.slice(from, from + SNIPPET).trim()}${from + SNIPPET < flat.length ? '…' : ''}`;
}
