import { SECTION_LEVELS, type CaseWords, type CueHit, type TextBlock } from '../model/note';
import { addCaseWords, caseWords, MAX_CASE_WORDS } from './case-words';
import { topicLinks } from './topic-links';
import { contextCues } from '../taxonomy/default-taxonomy';
import type { DynamicDefinition } from '../taxonomy/taxonomy';
import { LineCursor } from '../text/line-cursor';
import { writerWhenMyself } from './reflexive';
import { sentencesOf, type Sentence } from '../text/sentences';
import { SNIPPET } from '../text/snippet';
import { SentenceReader } from './sentence-reader';
import { withoutContraction } from '../text/pronouns';
import { tokenize, type Token } from '../text/tokens';
import { agentAt } from './trailing-clause';
import { ContextReader, oneWordNegation, patternCertainty } from './context';
import { subjectAfterOpening } from './opening-cue';
import { DeclinedOffers } from './declined-offers';
import { NotDoneReader } from './not-done';
import { insteadOfDenied } from './instead-clause';
import { CueMatcher, isDescribed, type DynamicHit } from './cue-matcher';
import { openingLength } from './sentence-opening';
import { ClauseChain, subjectlessClause } from './shorthand-clause';
import { SentenceModel, type ModelHearing } from './learnt/sentence-model';
import { SHIPPED_SENTENCE_MODEL } from './learnt/shipped-model';
import type { SentenceModelData } from './learnt/sentence-model-data';

/** What reading cues needs: the taxonomy's cue matcher and the negation/context reader. */
export interface CueReader {
  cues: CueMatcher;
  context: ContextReader;
  /** The dynamics that are acts (DynamicDefinition.act). */
  acts: ReadonlySet<string>;
  /** The dynamics an offer turned down is no evidence of (DynamicDefinition.declinable), and the reader of such offers. */
  declinable: ReadonlySet<string>;
  offers: DeclinedOffers;
  /** What a sentence tells was not done: an act asked for or only due, what nearly happened. */
  notDone: NotDoneReader;
  /** The learnt reader, unless it is turned off: it hears sentences in which no cue or pattern is found, and chooses between a sentence's readings. */
  model?: SentenceModel;
}

/**
 * The cue reader for a taxonomy's dynamics, with the shipped context cues and, unless another is
 * given, the shipped sentence model; with none (`null`), only cues and patterns are read.
 */
export function createCueReader(definitions: readonly DynamicDefinition[], sentenceModel: SentenceModelData | null = SHIPPED_SENTENCE_MODEL): CueReader {
  const marked = (mark: 'act' | 'declinable'): Set<string> => new Set(definitions.filter((d) => d[mark]).map((d) => d.id));
  const model = sentenceModel ? new SentenceModel(sentenceModel, oneWordNegation(contextCues()), new Set(definitions.map((d) => d.id))) : undefined;
  return { cues: new CueMatcher(definitions), context: new ContextReader(contextCues()), acts: marked('act'), declinable: marked('declinable'), offers: new DeclinedOffers(contextCues()), notDone: new NotDoneReader(contextCues()), model };
}

/** Marks that end a sentence read apart from the next while the two make one written sentence: its clauses. */
const CLAUSE_ENDS = new Set([';', ':']);

/** Whether the sentence before is a clause of the same written sentence (a semicolon or colon ends it), of a length people write: what a clause after it tells is read with it. */
function clauseBefore(text: string, before: Sentence | undefined): before is Sentence {
  return before !== undefined && before.end - before.start <= WRITTEN_SENTENCE && CLAUSE_ENDS.has(text[before.end - 1]);
}

/** The longest sentence, in characters, read as one sentence as people write it: longer is dictation with no full stop. */
const WRITTEN_SENTENCE = 3 * SNIPPET;

/**
 * The affirmed cues of a note's text: per sentence, skipping quotes of other people's words and
 * headings; negated, hypothetical and historical ones are dropped. Each hit keeps the words that
 * could be its subject, so that roles can be given later from the people a note mentions. Depends
 * only on the text and the taxonomy, so it is computed once per version of a note.
 *
 * Linear in a block's length however it is written: cues come in text order, so line numbers,
 * quote state and evidence texts are carried forward from one cue to the next instead of being
 * counted again from the start of the block or sentence for each.
 */
export function readCueHits(blocks: readonly TextBlock[], reader: CueReader, withCases = false): CueHit[] {
  const found: CueHit[] = [];
  // The note's topics are gathered at its first cue: most notes have none to place.
  let topicOf: ((block: TextBlock) => string) | undefined;
  for (const block of blocks) {
    if (block.kind === 'quote' || block.kind === 'heading') continue;
    const blockTokens = tokenize(block.text);
    // One pass over the whole block for its cues and patterns; each sentence without one is then
    // given to the learnt reader.
    const blockWords = blockTokens.map((t) => t.word);
    const blockHits = reader.cues.match(blockTokens, block.text, blockWords);
    // Without the learnt reader, a block with no cue or pattern needs no sentence work.
    if (blockHits.length === 0 && !reader.model) continue;
    const lines = new LineCursor(block.text);
    let next = 0; // block hits are sorted by start: the first one not yet given to a sentence
    // Case words are only wanted in supervision notes, and only for blocks with a cue. A paragraph's
    // client is the one it names anywhere (SPEC section 1): "I launched into the week without
    // agreeing a focus. I avoided my reaction to Sam's grief" is Sam's case from its first sentence.
    // Gathered once, for the block's first cue: linear.
    const sectionWords = withCases ? sectionCaseWords(block) : '';
    let paragraphWords: string | undefined;
    let topicWords: string | undefined;
    // The paragraph's words up to the end of the sentence too: a pronoun's person is named before it
    // (CaseWords.before). Gathered as the sentences go, joined again only when a sentence adds one.
    const wordsSoFar = new Set<string>();
    let wordsBefore = '';
    let readTo = 0;
    const spans = sentencesOf(block.text, blockTokens);
    let chain: ClauseChain | undefined;
    for (let s = 0; s < spans.length; s++) {
      const span = spans[s];
      const before = s > 0 ? spans[s - 1] : undefined;
      while (next < blockHits.length && blockHits[next].start < span.first) next++;
      const hits: DynamicHit[] = [];
      for (; next < blockHits.length && blockHits[next].start < span.last; next++) {
        // A cue that runs on into the next sentence is not read.
        if (blockHits[next].end <= span.last) hits.push(blockHits[next]);
      }
      const written = span.end - span.start <= WRITTEN_SENTENCE;
      // Where no cue or pattern is found, the learnt reader may still hear a dynamic described, and
      // where only patterns are, another beside theirs (listen), read from then on as a pattern is,
      // at its anchor: the word that most tells the dynamic from none.
      const heard = written && reader.model ? listen(reader.model, hits, blockWords, span) : undefined;
      if (hits.length === 0 && !heard) continue;
      const learnt = heard ? { value: heard.dynamic, start: heard.anchor, end: heard.anchor + 1, described: true as const, slots: [heard.anchor, heard.anchor + 1], subjectAt: heard.subjectAt } : undefined;
      if (learnt) hits.push(learnt);
      const tokens = blockTokens.slice(span.first, span.last);
      const context = reader.context.scan(tokens, block.text);
      let sentence: SentenceReader | undefined;
      // One text per sentence, whichever cue it holds, so that evidence can merge by sentence.
      let text: string | undefined;
      // In a sentence longer than one text, one per dynamic: the text around its first cue.
      let textOf: Map<string, string> | undefined;
      let cases: CaseWords | undefined;
      // The readings that stand once their context is read, which the learnt reader may then choose between.
      const standing: [DynamicHit, CueHit][] = [];
      let firstOfSentence: number | undefined;
      for (const hit of hits) {
        const start = hit.start - span.first;
        const certainty = isDescribed(hit) ? patternCertainty(reader.context, context, hit.slots, span.first) : reader.context.certainty(context, start, hit.end - span.first);
        if (certainty !== 'affirmed') continue;
        // What was nearly done ("I nearly filled in the form for her") was not.
        if (reader.notDone.nearMissAt(tokens, isDescribed(hit) ? hit.slots[0] - span.first : start)) continue;
        // An act asked or wanted ("she is leaning on me to make the call for her"), or due ("I should
        // ring the council for her"), is not done.
        if (isDescribed(hit) && reader.acts.has(hit.value) && reader.notDone.actNotDone(tokens, hit.slots[0] - span.first)) continue;
        // A description after a denial, in a clause of the same person's, tells what was done instead ("I did not draft it; I asked what she wanted").
        if (isDescribed(hit) && written && insteadOfDenied(blockTokens, block.text, hit.slots[0], clauseBefore(block.text, before) ? before.first : span.first)) continue;
        // An offer the writer turned down ("...; I declined") is a boundary held.
        if (reader.declinable.has(hit.value) && reader.offers.declined(tokens, hit.end - span.first, blockTokens, spans[s + 1], block.text)) continue;
        sentence ??= new SentenceReader(block.text, span, tokens);
        const offset = tokens[start].start;
        // A description is the writer's own account: inside quotation marks it is someone else's, and a
        // question ("why do I keep going quiet?") asks rather than tells. A cue phrase in a question
        // still counts: "am I rescuing him?" names the dynamic. Nor is one whose slots run on into words
        // a colon introduces ("a colleague's email: 'that coach did more for me...'"): two voices.
        if (isDescribed(hit) && (sentence.asks || sentence.quoted(offset) || sentence.runsIntoIntroducedQuote(offset, tokens[hit.end - 1 - span.first].start))) continue;
        // One text per sentence, so that evidence can merge by sentence (SPEC: one item per sentence and
        // dynamic). A sentence longer than one text is cut around the first cue of each dynamic; one
        // longer than people write (dictation with no full stop) gives each cue its own text around it.
        const own = sentence.snippets.around(offset - span.start);
        text ??= own;
        const length = span.end - span.start;
        let hitText = length <= SNIPPET ? text : own;
        if (length > SNIPPET && length <= WRITTEN_SENTENCE) {
          textOf ??= new Map();
          hitText = textOf.get(hit.value) ?? own;
          textOf.set(hit.value, hitText);
        }
        if (withCases && !cases) {
          // Past the limit the paragraph names no one (case-words.ts); nothing more is gathered.
          paragraphWords ??= levelWords(block.text, block.outerItems);
          const known = wordsSoFar.size;
          if (known <= MAX_CASE_WORDS) addCaseWords(block.text.slice(readTo, span.end), wordsSoFar);
          readTo = Math.max(readTo, span.end);
          if (wordsSoFar.size !== known) wordsBefore = wordsSoFar.size > MAX_CASE_WORDS ? '' : [...wordsSoFar].join(' ');
          cases = { sentence: caseWords(block.text.slice(span.start, span.end)), block: paragraphWords, section: sectionWords };
          if (wordsBefore !== paragraphWords) cases.before = wordsBefore;
          topicOf ??= topicLinks(blocks);
          topicWords ??= topicOf(block);
          if (topicWords !== '') cases.topic = topicWords;
        }
        const subjectAt = isDescribed(hit) ? agentAt(hit, tokens, block.text, span.first) : start;
        // A clause after a semicolon that opens on its cue, or on a he or she and then its cue, goes on with the clause before.
        const pronoun = subjectAt === 1 && GOING_ON.has(withoutContraction(tokens[0].word)) ? tokens[0].word : undefined;
        const carried = !withCases && before && (subjectAt === 0 || pronoun !== undefined ? block.text[before.end - 1] === ';' : continuesSubject(tokens, subjectAt, blockTokens[before.first].word));
        // After a semicolon, the clause before may leave its subject out too: the one it goes on with.
        const afterSemicolon = before !== undefined && block.text[before.end - 1] === ';';
        const governing = afterSemicolon ? (chain ??= new ClauseChain(blockTokens, block.text, spans)).governing(s - 1) : before;
        let subject = carried && governing ? carriedSubject(blockTokens, governing, tokens[subjectAt].word, pronoun) : sentence.subjectCandidates(subjectAt);
        if (!carried && !withCases && governing && afterSemicolon && clauseBefore(block.text, before)) subject = subjectlessClause(blockTokens, block.text, governing, span, subject) ?? subject;
        // A cue that opens its sentence ("For the fifth week running Dimitrios...") has its subject after it.
        const after = !carried && subject.first !== '' ? subjectAfterOpening(tokens, block.text, subjectAt, hit.end - span.first) : undefined;
        if (after) Object.assign(subject, after);
        const cueHit: CueHit = {
          dynamic: hit.value,
          line: block.startLine + lines.linesBefore(offset),
          text: hitText,
          ...writerWhenMyself(blockTokens, hit, subject),
          subjectAt,
        };
        if (hit === learnt) cueHit.learnt = true;
        // The first reading's text stands for the sentence: a reading cut around a cue of its own points to it.
        firstOfSentence ??= standing.length;
        if (hitText !== text) cueHit.sentenceAt = firstOfSentence - standing.length;
        // The words after the cue, unless the cue turned out to be the writer's own ("found myself").
        if (after && cueHit.words === after.words) cueHit.subjectAfter = true;
        if (cases) cueHit.cases = cases;
        standing.push([hit, cueHit]);
      }
      if (reader.model && written) markRuledOut(standing, learnt, reader.model, blockWords, span);
      for (const [, cueHit] of standing) found.push(cueHit);
    }
  }
  return found;
}

/** The case words of a block's section heading, then of each heading holding it, nearest first (CaseWords.section). */
function sectionCaseWords(block: TextBlock): string {
  return block.section ? levelWords(block.section, block.outerSections) : '';
}

/** The case words of a text, then of each text holding it (one a line, nearest first), each level after SECTION_LEVELS. */
function levelWords(own: string, outer: string | undefined): string {
  const levels = [own, ...(outer?.split('\n') ?? [])].map(caseWords);
  while (levels.length > 1 && levels[levels.length - 1] === '') levels.pop();
  return levels.join(SECTION_LEVELS);
}

/**
 * Marks the patterns' readings of a sentence that the learnt reader rules out with where the
 * reading it hears there instead stands (SentenceModel.ruledOut; the sentence's hits go into the
 * note's one after another), among the readings that stand once their context is read: one
 * negated, feared or quoted chooses nothing. A cue phrase names its dynamic and is never marked.
 * The detector drops a marked reading where the one heard is the same person's. The model's own
 * hearing (`learnt`) is none of the readings: one it hears beside the patterns' is its likeliest,
 * which is none of theirs, and it rules out none of them by it (in the development vaults, two
 * readings it heard at 0.53 and 0.58 beside a sentence's true patterns would have dropped them).
 */
function markRuledOut(standing: readonly [DynamicHit, CueHit][], learnt: DynamicHit | undefined, model: SentenceModel, words: readonly string[], span: Sentence): void {
  const readings = standing.filter(([hit]) => hit !== learnt);
  if (!readings.some(([hit]) => isDescribed(hit))) return;
  const ruled = model.ruledOut(new Set(readings.map(([hit]) => hit.value)), words, span.first, span.last);
  if (!ruled) return;
  const heard = standing.findIndex(([hit]) => hit.value === ruled.by);
  standing.forEach(([hit, cueHit], i) => {
    if (isDescribed(hit) && ruled.out.includes(hit.value)) cueHit.ruledOutBy = heard - i;
  });
}

/**
 * What the learnt reader hears in a sentence: where no cue or pattern is found, its likeliest
 * reading; where only patterns are, one beside theirs (SentenceModel.hearBeside). A cue phrase names
 * its dynamic: a sentence holding one is left to it.
 */
function listen(model: SentenceModel, hits: readonly DynamicHit[], words: readonly string[], span: Sentence): ModelHearing | undefined {
  if (hits.length === 0) return model.hear(words, span.first, span.last);
  return hits.every(isDescribed) ? model.hearBeside(new Set(hits.map((h) => h.value)), words, span.first, span.last) : undefined;
}

/**
 * The subject words of a clause that starts with its cue right after a semicolon, in shorthand that
 * leaves the subject out ("Cl. tearful; withdrew when T asked about her mother"): the opening words
 * of the clause before it, whose subject goes on. Not in supervision notes, whose clauses after a
 * case's label ("[[C-021]]: second session drifted; no contract again") are about the case, not by
 * the client.
 */
function carriedSubject(blockTokens: readonly Token[], before: Sentence, first: string, pronoun?: string): Pick<CueHit, 'first' | 'words' | 'starts'> {
  const tokens = blockTokens.slice(before.first, before.last);
  const opening = tokens.slice(0, openingLength(tokens, tokens.length)).map((t) => t.word);
  // The pronoun after the opening it may stand for, opening its own clause: "Her neighbour turned
  // down the home help again; she's [done for herself since fifteen]" is the neighbour's.
  const words = pronoun === undefined ? opening : [...opening, pronoun];
  return { first, words, starts: words.map((_, i) => i === 0 || i === opening.length) };
}

/** "He then", "she also": a pronoun that goes on with the one the sentence before was about. */
const CONTINUING = new Set(['then', 'also']);
const GOING_ON = new Set(['he', 'she', 'they']);
/** Openings whose subject is the writer or the two of the session, not someone a pronoun goes on with. */
const OWN_OPENINGS = new Set(['i', 'we', "i'd", "i'm", "i've", 'my', 'our']);

/**
 * Whether a sentence opening "He then..." or "She also..." goes on with the subject of the sentence
 * before ("Mr Baird went through Rory's plans and picked at every one. He then put the poor results
 * down to Rory"), whose opening words are then its subject's: unless that sentence opened with the
 * writer ("I asked him about it. He then...").
 */
function continuesSubject(tokens: readonly Token[], subjectAt: number, previousFirst: string): boolean {
  return subjectAt >= 2 && GOING_ON.has(tokens[0].word) && CONTINUING.has(tokens[1].word) && !OWN_OPENINGS.has(previousFirst);
}
