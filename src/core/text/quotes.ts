const SPACE = /\s/;
const LETTER = /[\p{L}\p{N}]/u;
/** Where a single quote may open: at the start, or after white space, a colon, a dash or a bracket. */
const BEFORE_QUOTE = /[\s:([—–-]/;

/**
 * Which quotation is open at each offset of a sentence, asked for in text order (as cues come), so
 * that a sentence's quotes are read once however many cues it holds. Double quotes, straight or
 * curly; and single ones, as British notes write them ('Lean on us'), told from an apostrophe by what
 * stands around them.
 */
export class QuoteScanner {
  private readonly state: QuoteState = { open: undefined, single: false };
  private position: number;
  /** Where quotes are counted from: the sentence's start, past a closing quote the sentence before left behind. */
  private readonly from: number;
  /** Whether the sentence starts inside a quotation a sentence before opened (a quote in it closes that one), and whether that one is single: undefined when it does not. */
  private readonly carried: boolean | undefined;

  constructor(
    private readonly text: string,
    start: number,
    end: number,
  ) {
    this.from = afterLeftoverQuote(text, start, end);
    // A closing quote left at the start closed whatever the sentence before had open.
    // The closing quote mark the splitter leaves just past a sentence's end ('...since she was twelve."')
    // is the one that tells whether the sentence began inside a quotation.
    this.carried = this.from === start ? quoteCarriedInto(text, this.from, withClosingQuote(text, end)) : undefined;
    this.position = this.from;
    this.restart();
  }

  /** The offset of a quote opened between the sentence start and `offset` and not closed, if any. */
  openBefore(offset: number): number | undefined {
    if (offset < this.position) {
      this.position = this.from;
      this.restart();
    }
    for (; this.position < offset; this.position++) readQuote(this.state, this.text, this.position);
    return this.state.open;
  }

  /** The state at the sentence's start: inside the quotation carried into it, if any. */
  private restart(): void {
    this.state.open = this.carried === undefined ? undefined : this.from;
    this.state.single = this.carried === true;
  }
}

/** Which quotation is open, and whether it opened with a single quote. */
interface QuoteState {
  open: number | undefined;
  single: boolean;
}

/** The quote state after the character at `at`. */
function readQuote(state: QuoteState, text: string, at: number): void {
  const c = text[at];
  if (c === '“') [state.open, state.single] = [at, false];
  else if (c === '”') state.open = undefined;
  else if (c === '"') [state.open, state.single] = state.open === undefined ? [at, false] : [undefined, false];
  else if (c === "'" || c === '‘' || c === '’') {
    // A single quote opens after a space or a colon and before a word ('Lean on us'), and closes
    // a single quote open after a word; between two letters it is an apostrophe (don't, Sam's).
    if (state.open === undefined && (c === '‘' || (c === "'" && opensQuote(text, at)))) [state.open, state.single] = [at, true];
    else if (state.open !== undefined && state.single && closesQuote(text, at)) state.open = undefined;
  }
}

/** A sentence's end taking in a closing double quote right after it, where the sentence splitter left one. */
function withClosingQuote(text: string, end: number): number {
  return end < text.length && (text[end] === '"' || text[end] === '”') ? end + 1 : end;
}

/** How far before a sentence a quotation it may close is looked for, in characters: a few sentences of speech. */
const LOOK_BACK = 400;

/**
 * Whether the sentence in [from, end) begins inside a quotation a sentence before it opened, which
 * the splitter cut at a question mark or a full stop inside the quote ("read me a caption: 'Am I too
 * much? Asking for me'."): a quote is open where the sentence starts, read over the few sentences
 * before it, and a quote mark in the sentence closes it. "took the children to her parents'."
 * closes nothing: no quote was open. Undefined when it does not; else whether the quote is single.
 */
function quoteCarriedInto(text: string, from: number, end: number): boolean | undefined {
  // Most sentences hold no quote mark that could close one: no reading back for them.
  if (!mayClose(text, from, end)) return undefined;
  const state: QuoteState = { open: undefined, single: false };
  for (let i = Math.max(0, from - LOOK_BACK); i < from; i++) readQuote(state, text, i);
  if (state.open === undefined) return undefined;
  const single = state.single;
  for (let i = from; i < end; i++) {
    readQuote(state, text, i);
    if (state.open === undefined) return single;
  }
  return undefined;
}

/**
 * Whether [from, end) holds a double quote, or a single one that may close a quotation (not the
 * apostrophe of "Sam's"). Read within the sentence only (not indexOf, which would run on through the
 * block for each sentence): linear in the sentence.
 */
function mayClose(text: string, from: number, end: number): boolean {
  for (let at = from; at < end; at++) {
    const c = text[at];
    if (c === '"' || c === '”' || ((c === "'" || c === '’') && closesQuote(text, at))) return true;
  }
  return false;
}

/**
 * Whether a quotation a colon introduces (someone's words or a text: `told him: "Here's my
 * number..."`) opens in [from, at) and is still open at `at`, read from a point outside any (a
 * description's first word, cues/cue-hits.ts): linear in the span, which the description's slots
 * bound. A word or two the writer quotes ("kept calling herself 'useless'", "writing 'on course' in
 * the calendar") is the writer's own account.
 */
export function introducedQuoteOpenAt(text: string, from: number, at: number): boolean {
  const state: QuoteState = { open: undefined, single: false };
  for (let i = from; i < at; i++) readQuote(state, text, i);
  if (state.open === undefined) return false;
  let before = state.open - 1;
  while (before >= from && SPACE.test(text[before])) before--;
  return before >= from && text[before] === ':';
}

/**
 * Whether [from, end) holds a colon a quote mark follows, past any white space: the only sentences
 * in which introducedQuoteOpenAt can answer true, so that a sentence is read for it once and most
 * never again, however many descriptions it holds.
 */
export function colonBeforeQuote(text: string, from: number, end: number): boolean {
  for (let at = from; at < end; at++) {
    if (text[at] !== ':') continue;
    let next = at + 1;
    while (next < end && SPACE.test(text[next])) next++;
    const c = text[next];
    if (c === '"' || c === '“' || c === '‘' || c === "'") return true;
  }
  return false;
}

/** A straight single quote opening a quotation: after white space, a colon or a bracket (or at the start), before a letter. */
function opensQuote(text: string, at: number): boolean {
  return (at === 0 || BEFORE_QUOTE.test(text[at - 1])) && at + 1 < text.length && LETTER.test(text[at + 1]);
}

/** A single quote closing a quotation: after no white space, before no letter (not the apostrophe of "don't"). */
function closesQuote(text: string, at: number): boolean {
  return at > 0 && !SPACE.test(text[at - 1]) && (at + 1 >= text.length || !LETTER.test(text[at + 1]));
}

/**
 * Past a quote at a sentence's start that white space follows: the close of the sentence before
 * (`Jo said "I am fine." I filled in...`), which the splitter leaves to the next one. An opening
 * quote stands against its first word. The evidence text drops it too (SentenceSnippets).
 */
function afterLeftoverQuote(text: string, start: number, end: number): number {
  let i = start;
  while (i < end && SPACE.test(text[i])) i++;
  const c = text[i];
  return (c === '"' || c === '”' || c === "'" || c === '’') && i + 1 < end && SPACE.test(text[i + 1]) ? i + 1 : start;
}

/** A sentence's text, taking in a closing double quote the sentence splitter left for the next one. */
export function sentenceText(text: string, span: { start: number; end: number }): string {
  const sentence = text.slice(span.start, span.end);
  if (!hasOpenQuote(sentence)) return sentence;
  let end = span.end;
  while (end < text.length && (text[end] === ' ' || text[end] === '\t')) end++;
  const closed = withClosingQuote(text, end);
  return closed > end ? text.slice(span.start, closed) : sentence;
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
