import { tokenize, type Token } from '../text/tokens';
import type { Span } from './kinds';
import type { KnownNames } from './known-names';
import { normaliseName } from './known-names';
import type { NameKind, NameModel, WordFacts } from './name-model';
import {
  CUE_FILLERS,
  HONORIFICS,
  MEASURE_ENDINGS,
  NAME_PARTICLES,
  NOT_IDENTIFYING,
  ORGANISATION_CUE_LINKS,
  ORGANISATION_CUES,
  ORGANISATION_ENDINGS,
  ORGANISATION_STARTS,
  PERSON_CUES,
} from './name-words';
import { STREET_SUFFIXES } from './street-address';

/** Lower-case words that join the capitalised words of one name: "University of Leeds", "Ludwig van Beethoven". */
export const CONNECTORS: ReadonlySet<string> = new Set(['of', 'de', 'da', 'di', 'du', 'van', 'von', 'der', 'den', 'la', 'le', 'bin', 'al', 'el']);
/** The most connectors in a row within one name. */
export const MAX_CONNECTORS = 2;
const MAX_RUN = 8;
const STREETS = new Set(STREET_SUFFIXES);
/** Between two tokens: a clause or sentence ends, so a cue before it says nothing of a name after it. */
const BREAK = /[.!?;|"“”()[\]]/;
/** Before a token: it starts a sentence, a list item, a heading, a table cell or a property value. */
const STARTS = /[.!?:;|"“(\]]/;

export interface NameContext {
  known: KnownNames;
  model?: NameModel;
}

interface Run {
  /** Token indexes, first and last inclusive. */
  first: number;
  last: number;
}

/**
 * Full names of people and names of organisations: runs of capitalised words, decided by a title
 * ("Dr Okafor"), a first name or surname the lexicon knows ("Jane Whitfield"), a word introducing a
 * person ("her ex, Tom Baxter") or an employer ("works at Barclays"), or an organisation's last word
 * ("Greenfield Primary School"). The vault's own names, places, dates and everyday words that start
 * a sentence ("Today Sam...") are not findings.
 */
export function findNames(line: string, context: NameContext): Span[] {
  const tokens = tokenize(line);
  const spans: Span[] = [];
  for (const run of capitalisedRuns(line, tokens)) {
    const span = classify(line, tokens, run, context);
    if (span) spans.push(span);
  }
  return spans;
}

function textOf(line: string, t: Token): string {
  return line.slice(t.start, t.end);
}

function isCapitalised(word: string): boolean {
  const code = word.charCodeAt(0);
  // Most words are lower case: an ASCII lower-case letter or a digit first settles it cheaply.
  if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57) || word.length < 2) return false;
  const c = word[0];
  return c !== c.toLowerCase() && word !== word.toUpperCase() && !/\d/.test(word);
}

function isAcronym(word: string): boolean {
  return word.length >= 2 && word.length <= 6 && word === word.toUpperCase() && /^[A-Z&]+$/.test(word);
}

/**
 * "University of Leeds": how many tokens from `at` on are lower-case connectors (one or two in a
 * row: "Pieter van den Berg", "Maria de la Cruz") and then a capitalised word, each after one space;
 * 0 when they are not.
 */
function connectedWord(line: string, tokens: readonly Token[], at: number): number {
  for (let k = at; k < at + MAX_CONNECTORS && k + 1 < tokens.length && CONNECTORS.has(textOf(line, tokens[k])); k++) {
    if (line.slice(tokens[k].end, tokens[k + 1].start) !== ' ') return 0;
    if (isCapitalised(textOf(line, tokens[k + 1]))) return k + 2 - at;
  }
  return 0;
}

function capitalisedRuns(line: string, tokens: Token[]): Run[] {
  const runs: Run[] = [];
  let i = 0;
  while (i < tokens.length) {
    const word = textOf(line, tokens[i]);
    // A run starts at a capitalised word, or at an acronym right after an employer cue ("works at IBM").
    if (!isCapitalised(word) && !(isAcronym(word) && organisationCueBefore(line, tokens, i))) {
      i++;
      continue;
    }
    let last = i;
    while (last - i + 1 < MAX_RUN && last + 1 < tokens.length) {
      const next = tokens[last + 1];
      const gap = line.slice(tokens[last].end, next.start);
      const nextWord = textOf(line, next);
      const joins = gap === ' ' || gap === '\u00a0' || gap === ' & ' || (gap === '. ' && isTitleOrSaint(tokens[last].word));
      if (joins && (isCapitalised(nextWord) || isAcronym(nextWord) || NAME_PARTICLES.has(nextWord))) {
        last++;
        continue;
      }
      const joined = gap === ' ' ? connectedWord(line, tokens, last + 1) : 0;
      if (joined === 0) break;
      last += joined;
    }
    runs.push({ first: i, last });
    i = last + 1;
  }
  return runs;
}

function isTitleOrSaint(word: string): boolean {
  return HONORIFICS.has(word) || word === 'st';
}

function classify(line: string, tokens: Token[], run: Run, context: NameContext): Span | undefined {
  const facts = (i: number): WordFacts | undefined => context.model?.facts(bare(tokens[i].word));
  let { first, last } = run;
  // "Today Sam", "Mother's Day", "The Window of Tolerance": an everyday word capitalised by its
  // place at a sentence start is not part of a name; nor are dates at either end ("Friday Jane Smith").
  if (startsSentence(line, tokens, first) && isEverydayWord(facts(first), tokens[first].word)) {
    first++;
    // "Client of Ben Ortiz": the lower-case connector that joined it goes with it.
    while (first < last && CONNECTORS.has(textOf(line, tokens[first]))) first++;
  }
  while (first <= last && facts(first)?.calendar) first++;
  // "Jordan's DOB": an acronym ends a name only as a company's ("Hollins UK Ltd" keeps its UK).
  while (last > first && (facts(last)?.calendar || CONNECTORS.has(tokens[last].word) || isTrailingAcronym(line, tokens[last]))) last--;
  if (facts(last)?.calendar) return undefined;
  if (first > last) return undefined;
  const text = line.slice(tokens[first].start, tokens[last].end).replace(/['’]s$/, '');
  const name = normaliseName(text);
  const span = (kind: NameKind): Span => ({ start: tokens[first].start, end: tokens[first].start + text.length, kind });
  const size = last - first + 1;
  if (NOT_IDENTIFYING.has(name) || context.known.has(text)) return undefined;

  const lastWord = bare(tokens[last].word);
  if (size >= 2 && ORGANISATION_ENDINGS.has(lastWord)) {
    return ownedByKnownName(line, tokens, run.first, last, context.known) ? undefined : span('organisation');
  }
  if (size >= 3 && namesOrganisationOf(tokens, first, last)) return span('organisation');
  if (STREETS.has(textOf(line, tokens[last]).replace(/\.$/, ''))) return undefined;
  if (size >= 2 && MEASURE_ENDINGS.has(lastWord)) {
    // A named measure ("Beck Depression Inventory") is no one's name, unless a person stands before
    // its last word: after a title ("Dr Jane Smith Screening Interview"), or a person spoken of with
    // names before the measure's words ("her mum, Karen Scales"; not "her psychologist Wechsler Adult
    // Intelligence Scale").
    // Not a first name alone: measures are named after people whose surnames are first names too ("Hamilton Scale").
    if (!HONORIFICS.has(tokens[first].word) && !(personCueBefore(line, tokens, first) && namesBeforeMeasure(tokens, first, last, facts))) return undefined;
    // The whole run: a surname may be the measure's word ("Mary Anne Scales"), and more masked is safer than less.
    return span('person-name');
  }
  if (size >= 3 && hasParticle(line, tokens, first, last)) return span('person-name');

  const personal = HONORIFICS.has(tokens[first].word) ? size >= 2 : size >= 2 && looksLikePerson(tokens, first, last, facts);
  if (personal) return span('person-name');
  if (organisationCueBefore(line, tokens, first)) return span('organisation');
  if (size >= 2 && personCueBefore(line, tokens, first) && !allPlaces(first, last, facts) && !hasInnerPossessive(tokens, first, last)) return span('person-name');
  return undefined;
}

/**
 * "Robin Hart Counselling Practice" is the practitioner's own: the organisation's name starts with
 * a known name (read from the run's first word, even one a sentence start made look everyday).
 */
function ownedByKnownName(line: string, tokens: Token[], first: number, last: number, known: KnownNames): boolean {
  for (let end = first; end < last; end++) {
    if (known.has(line.slice(tokens[first].start, tokens[end].end))) return true;
  }
  return false;
}

/** "University of Leeds", "Stanford Graduate School of Business": an organisation's word, then "of". */
function namesOrganisationOf(tokens: Token[], first: number, last: number): boolean {
  for (let i = first; i < last; i++) {
    if (tokens[i + 1].word === 'of' && (ORGANISATION_STARTS.has(tokens[i].word) || ORGANISATION_ENDINGS.has(tokens[i].word))) return true;
  }
  return false;
}

function bare(word: string): string {
  return word.endsWith("'s") ? word.slice(0, -2) : word;
}

function isEverydayWord(facts: WordFacts | undefined, word: string): boolean {
  if (!facts) return CUE_FILLERS.has(word);
  return facts.common || facts.calendar;
}

function isTrailingAcronym(line: string, token: Token): boolean {
  return isAcronym(textOf(line, token)) && !ORGANISATION_ENDINGS.has(token.word);
}

function looksLikePerson(tokens: Token[], first: number, last: number, facts: (i: number) => WordFacts | undefined): boolean {
  const head = facts(first);
  const tail = facts(last);
  if (allPlaces(first, last, facts) || hasInnerPossessive(tokens, first, last)) return false;
  return Boolean(head?.firstName || (tail?.lastName && !tail.common));
}

/**
 * Whether the words of a run ending in a measure's word, with its measure and everyday words left off
 * its end, are a name: one or two words, each a first name or a surname.
 */
function namesBeforeMeasure(tokens: Token[], first: number, last: number, facts: (i: number) => WordFacts | undefined): boolean {
  let end = last;
  while (end > first && (MEASURE_ENDINGS.has(bare(tokens[end].word)) || facts(end)?.common)) end--;
  if (end - first > 1) return false;
  for (let i = first; i <= end; i++) if (facts(i)?.common || !(facts(i)?.firstName || facts(i)?.lastName)) return false;
  return true;
}

/** Whether a Gaelic particle stands inside the run, between two of its words: "Seán Ó Briain". */
function hasParticle(line: string, tokens: Token[], first: number, last: number): boolean {
  for (let i = first + 1; i < last; i++) if (NAME_PARTICLES.has(textOf(line, tokens[i]))) return true;
  return false;
}

/** "Sam's Whitfield" is no one's name: a possessive inside a run belongs to an organisation's name or to no name. */
function hasInnerPossessive(tokens: Token[], first: number, last: number): boolean {
  for (let i = first; i < last; i++) if (tokens[i].word.endsWith("'s")) return true;
  return false;
}

function allPlaces(first: number, last: number, facts: (i: number) => WordFacts | undefined): boolean {
  for (let i = first; i <= last; i++) if (!facts(i)?.place) return false;
  return true;
}

function startsSentence(line: string, tokens: Token[], i: number): boolean {
  if (i === 0) return true;
  return STARTS.test(line.slice(tokens[i - 1].end, tokens[i].start));
}

/** The nearest word before token i that is not a filler ("her", "the new"), within the same clause. */
function cueWordBefore(line: string, tokens: Token[], i: number, fillers: ReadonlySet<string>): number | undefined {
  for (let j = i - 1, steps = 0; j >= 0 && steps < 4; j--, steps++) {
    if (BREAK.test(line.slice(tokens[j].end, tokens[j + 1].start))) return undefined;
    if (!fillers.has(tokens[j].word)) return j;
  }
  return undefined;
}

// "a man called John Smith", but not "we named the Inner Critic": these cues come right before the name.
const DIRECT_CUES = new Set(['name', 'named', 'called', 'kin']);

function personCueBefore(line: string, tokens: Token[], i: number): boolean {
  const j = cueWordBefore(line, tokens, i, CUE_FILLERS);
  if (j === undefined) return false;
  const cue = bare(tokens[j].word);
  return PERSON_CUES.has(cue) && (j === i - 1 || !DIRECT_CUES.has(cue));
}

const ARTICLES = new Set(['the', 'a', 'an']);

function organisationCueBefore(line: string, tokens: Token[], i: number): boolean {
  const j = cueWordBefore(line, tokens, i, ARTICLES);
  if (j === undefined) return false;
  if (ORGANISATION_CUES.has(tokens[j].word)) return true;
  return ORGANISATION_CUE_LINKS.has(tokens[j].word) && j > 0 && ORGANISATION_CUES.has(tokens[j - 1].word);
}
