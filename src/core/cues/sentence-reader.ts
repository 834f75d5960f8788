import { SKIPPED_WORDS, type CueHit } from '../model/note';
import { SAYING } from '../text/saying-verbs';
import { isParticipleAfterComma, joinedSubjectBefore } from './participle';
import type { Sentence } from '../text/sentences';
import { SentenceSnippets } from '../text/snippet';
import { tokenize, type Token } from '../text/tokens';
import { gapHolds, opensClause } from '../text/token-gap';
import { QuoteScanner, colonBeforeQuote, introducedQuoteOpenAt, sentenceText } from '../text/quotes';
import { frontedLength, openingLength, openingWords, type Opening } from './sentence-opening';
import { labelLength } from '../text/section-labels';

// One sentence as readCueHits reads it (cue-hits.ts): its evidence texts, whether it asks or quotes,
// and the words before each cue that may be its subject, which the detector reads with the note's
// people (detect/subjects.ts). Kept apart from the reading of cues, which asks for them in text order.

/** Words before a cue kept as subject candidates: subjects sit close to their verb. */
const SUBJECT_REACH = 12;
/**
 * How much further back the reach goes to start at a clause's start: "When my supervisor said her
 * caseload was full, a peer in the group offered to take two of her referrals and [sort out...]"
 * cut at "peer" reads the supervisor's subject on; from ", a peer" it reads the peer's.
 */
const REACH_TO_CLAUSE = 3;
/** Words that head a label of two words naming no one: "Session plan:", "Risk assessment:". */
const HEADINGS = new Set(['session', 'treatment', 'care', 'clinical', 'case', 'risk', 'action', 'safety', 'coaching', 'supervision']);
/** Subject pronouns: a clause opened by one names its subject. */
const PRONOUN_SUBJECT = new Set(['i', 'he', 'she', 'they', 'we']);
/**
 * Words that open a clause's subject: someone not named before ("a peer", "another coach") or a
 * pronoun. Not any clause's start: reaching back to every one lost a held-out true hearing and a
 * blind vault's flag (npm run evaluate).
 */
const NEW_SUBJECT = new Set(['a', 'an', 'another', 'one', 'some', ...PRONOUN_SUBJECT]);

/**
 * Where the subject words before the cue at `end` start (`begin`): SUBJECT_REACH words back, or a
 * clause's start up to REACH_TO_CLAUSE before that; with where the opening words start and end
 * (openingWords) when it read them and the start stayed, so that they are not read twice. Not when
 * the words kept already hold a subject pronoun ("...I noticed that she tugged at her sleeves,
 * glanced at the door and [went quiet]": reaching to "I" gave the cue to the writer), nor into the
 * sentence's opening words, which are kept anyway (moved back, the reach would cut them short:
 * "When I asked about the weekend, she, still in her coat, [changed the subject]" lost its "she").
 */
function reachStart(tokens: readonly Token[], text: string, end: number): { begin: number; opening?: Opening } {
  const begin = end - SUBJECT_REACH;
  if (begin <= 0) return { begin: 0 };
  for (let i = begin; i < end; i++) if (PRONOUN_SUBJECT.has(tokens[i].word)) return { begin };
  const opening = openingWords(tokens, text, begin);
  for (let at = begin; at > opening.to && at >= begin - REACH_TO_CLAUSE; at--) if (NEW_SUBJECT.has(tokens[at].word) && opensClause(text, tokens[at - 1].end, tokens[at].start)) return { begin: at };
  // A verb of saying just before the reach is kept with it: the subject of what is said follows it
  // ("Jo and Ade said | their family support worker phoned the head of year for them and [wrote]..."),
  // and cut off, it left that subject no verb to be read after (detect/mentions.ts, reportedSubjects).
  if (SAYING.has(tokens[begin - 1].word)) return begin - 1 <= opening.to ? { begin: opening.to, opening } : { begin: begin - 1, opening };
  // Not moved: the opening words read here are the ones to keep (SentenceReader.subjectCandidates).
  return { begin, opening };
}

/** The evidence text and subject words of the cues of one sentence, asked for in text order. */
export class SentenceReader {
  private ownText: string | undefined;
  private ownSnippets: SentenceSnippets | undefined;
  private ownAsks: boolean | undefined;
  private ownColonQuote: boolean | undefined;
  private readonly quotes: QuoteScanner;

  constructor(
    private readonly text: string,
    private readonly span: Sentence,
    private readonly tokens: readonly Token[],
  ) {
    this.quotes = new QuoteScanner(text, span.start, span.end);
  }

  /** The sentence's own text, made once, when its evidence text or its question mark is first asked for. */
  private get own(): string {
    return (this.ownText ??= sentenceText(this.text, this.span));
  }

  get snippets(): SentenceSnippets {
    return (this.ownSnippets ??= new SentenceSnippets(this.own));
  }

  /** The sentence ends in a question mark. */
  get asks(): boolean {
    return (this.ownAsks ??= /\?["'”’)]*\s*$/.test(this.own));
  }

  /** The words before the cue that may be its subject, each marked when punctuation opens a clause before it. */
  subjectCandidates(cueStart: number): Pick<CueHit, 'first' | 'words' | 'starts'> {
    const { tokens, text } = this;
    // Inside quoted speech ("I should have known"), the subject is whoever is quoted: look before the quote.
    const quoteStart = this.quotes.openBefore(tokens[cueStart].start);
    const label = this.labelBefore(cueStart);
    // "The coordinator emailed after I moved my slot, wondering whether...": a participle set after a
    // comma goes on with the sentence's subject, not with the pronoun nearest it.
    if (quoteStart === undefined && isParticipleAfterComma(tokens, text, cueStart)) {
      const joined = joinedSubjectBefore(tokens, label, cueStart);
      if (joined >= 0) return { first: tokens[cueStart].word, words: [tokens[joined].word], starts: [true, true] };
      const opening = openingLength(tokens, cueStart, frontedLength(tokens, text, cueStart, true));
      const words = tokens.slice(label, Math.max(label, opening)).map((t) => t.word);
      // The entry past the words: the cue follows the comma (CueHit.starts).
      return { first: tokens[cueStart].word, words, starts: [...words.map((_, i) => i === 0 || this.opens(label + i)), true] };
    }
    const end = quoteStart === undefined ? cueStart : firstTokenFrom(tokens, quoteStart, cueStart);
    const reach = reachStart(tokens, text, end);
    const begin = reach.begin;
    const words: string[] = [];
    const starts: boolean[] = [];
    // A subject further back still governs the clauses joined to it ("my partner is in a running
    // battle with her boss over the rota and is determined to win"): the sentence's opening words
    // stay candidates when the reach starts after them.
    const { from, to: opening } = reach.opening ?? openingWords(tokens, text, begin);
    const first = Math.max(label, from);
    for (let i = first; i < opening; i++) {
      words.push(tokens[i].word);
      starts.push(i === first || this.opens(i));
    }
    // Where words are left out, a mark says so: nothing reads across it as if they were adjacent.
    if (begin > opening) {
      words.push(SKIPPED_WORDS);
      starts.push(false);
    }
    for (let i = Math.max(begin, label); i < end; i++) {
      words.push(tokens[i].word);
      starts.push(i === label || this.opens(i));
    }
    // One entry more when the cue itself follows clause punctuation: "Jo, whom I took to supervision, [emails me]".
    if (end > 0 && words.length > 0 && this.opens(end)) starts.push(true);
    return { first: quoteStart === undefined ? tokens[cueStart].word : '', words, starts };
  }

  /**
   * How many words of a section label open the sentence before the cue ("D:", "Response:", "Session
   * plan:"): no part of the sentence, so "I: As usual Jo [changed the subject]" is BIRP's intervention,
   * not the writer. Kept where they say who: "Client response:", "My response:", and an "I:" the cue
   * follows right away ("I: [Held back] from telling Ann"), which is the writer's section.
   */
  private labelBefore(cueStart: number): number {
    const label = Math.min(labelLength(this.tokens, this.text), cueStart);
    if (label === 2 && !HEADINGS.has(this.tokens[0].word)) return 0;
    return label === cueStart && this.tokens[0].word === 'i' ? 0 : label;
  }

  /**
   * Whether clause punctuation stands before the token at `i`: not the "(" of an aside, and after
   * one, a name or a subject pronoun opens a clause with none ("Session 4 (C-014) Jo went quiet"),
   * not an acronym ("Imogen's (C-125) HR business partner").
   */
  private opens(i: number): boolean {
    const { tokens, text } = this;
    if (!opensClause(text, tokens[i - 1].end, tokens[i].start)) return i >= 2 && this.aside(i - 1) && (named(text, tokens[i]) || PRONOUN_SUBJECT.has(tokens[i].word));
    return !this.aside(i);
  }

  /**
   * Whether the token at `i` is an aside: a code or a name alone in brackets right after another
   * word ("about Jo (C-014), and suggested..."), which opens no clause; read as one, the code stood as
   * a subject. Not a common noun ("Dave (manager) who keeps...") nor one a "who" hangs on.
   */
  private aside(i: number): boolean {
    const { tokens, text } = this;
    const token = tokens[i];
    if (text[token.end] !== ')' || !gapHolds(text, tokens[i - 1].end, token.start, '(')) return false;
    if (!capital(text, token) && !/\d/.test(token.word)) return false;
    const next = tokens[i + 1]?.word;
    return next !== 'who' && next !== 'whom';
  }

  /** Whether an offset (asked for in text order, as cues are) lies inside a quotation. */
  quoted(offset: number): boolean {
    return this.quotes.openBefore(offset) !== undefined;
  }

  /**
   * Whether a description from `offset` runs on into words a colon introduces by `last`, the start
   * of its last word ("a colleague's email: 'that coach did more for me...'"): in two voices, it is
   * not the writer's account. Read only in a sentence that holds a colon before a quote mark.
   */
  runsIntoIntroducedQuote(offset: number, last: number): boolean {
    this.ownColonQuote ??= colonBeforeQuote(this.text, this.span.start, this.span.end);
    return this.ownColonQuote && introducedQuoteOpenAt(this.text, offset, last);
  }
}

/** Whether a token is written with a capital first. */
function capital(text: string, token: Token): boolean {
  const first = text[token.start];
  return first !== first.toLowerCase();
}

/** Whether a token is written as a name: a capital, then a small letter ("Jo", not "HR"). */
function named(text: string, token: Token): boolean {
  const second = text[token.start + 1] ?? '';
  return capital(text, token) && second !== second.toUpperCase();
}

/**
 * A cue hit's subject words read again from its evidence text and subjectAt, as readCueHits read
 * them from the sentence; undefined when the text has no such word. The text is the sentence with
 * its white space flattened, which leaves its words and the punctuation between them as they were,
 * so the words mostly come out the same: the cache keeps them only where they do not
 * (cache/compact-content.ts).
 */
export function subjectWordsAgain(text: string, subjectAt: number, tokens: readonly Token[] = tokenize(text)): Pick<CueHit, 'first' | 'words' | 'starts'> | undefined {
  if (subjectAt < 0 || subjectAt >= tokens.length) return undefined;
  return new SentenceReader(text, { start: 0, end: text.length, first: 0, last: tokens.length }, tokens).subjectCandidates(subjectAt);
}

/** The first of tokens[0..limit] that starts at or after `offset` (limit when none does before it). */
function firstTokenFrom(tokens: readonly Token[], offset: number, limit: number): number {
  let low = 0;
  let high = limit;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (tokens[middle].start >= offset) high = middle;
    else low = middle + 1;
  }
  return low;
}
