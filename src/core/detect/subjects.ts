import type { Role } from '../model/flag';
import type { NoteKind } from '../model/note';
import type { Token } from '../text/tokens';
import { PhraseIndex } from './phrases';

/** Who a sentence can be about, from the note's own links: the client's and the people's names. */
export interface PeopleNames {
  client: string[];
  supervisor: string[];
  supervisee: string[];
  /** Who wrote a supervision note. */
  author: 'supervisee' | 'supervisor';
}

type Who = 'me' | 'we' | 'third-person' | 'client' | 'supervisor' | 'supervisee' | 'other';

/** Words after which a new clause (and so a new subject) starts. */
const CLAUSE_STARTERS = new Set(['and', 'but', 'then', 'so', 'because', 'when', 'while', 'although', 'though', 'that', 'as', 'after', 'before', 'until', 'if', 'since', 'yet', 'or', 'said']);
const NOMINATIVE: Record<string, Who> = { i: 'me', we: 'we', she: 'third-person', he: 'third-person', they: 'third-person' };

/**
 * Attributes a cue to a role from the subject of its clause (SPEC section 1): the nearest
 * subject-position mention before the cue. `null` means the subject is someone outside the two
 * relationships (`her mother`), so the sentence is no evidence for anyone.
 */
export class SubjectReader {
  /** Note-specific mentions (people's names) come first; the shared ones are built once per vocabulary. */
  private readonly mentions: PhraseIndex<Who>[];

  constructor(
    private readonly kind: NoteKind,
    private readonly names: PeopleNames,
    others: readonly string[],
  ) {
    const own = new PhraseIndex<Who>(0);
    for (const name of names.client) own.add(name, 'client');
    for (const name of names.supervisor) own.add(name, 'supervisor');
    for (const name of names.supervisee) own.add(name, 'supervisee');
    this.mentions = [own, sharedMentions(others)];
  }

  role(tokens: readonly Token[], text: string, cueStart: number, sentenceStart = tokens[0]?.start ?? 0): Role | null {
    const opening = NOMINATIVE[tokens[cueStart]?.word];
    if (opening) return this.roleOf(opening); // the cue itself starts with its subject: "I found myself"
    // Inside quoted speech ("I should have known"), the subject is whoever is quoted: look before the quote.
    const quoteStart = openQuoteBefore(text, tokens[cueStart].start, sentenceStart);
    const searchFrom = quoteStart === undefined ? cueStart : tokens.findIndex((t) => t.start >= quoteStart);
    let subject: Who | undefined;
    const hits = this.mentions.flatMap((index) => index.find(tokens, 0, cueStart));
    for (let i = searchFrom - 1; i >= 0 && subject === undefined; i--) {
      const word = tokens[i].word;
      const pronoun = NOMINATIVE[word];
      if (pronoun) {
        subject = pronoun;
        break;
      }
      const hit = hits.filter((h) => h.start === i).sort((a, b) => b.end - a.end)[0];
      if (hit && hit.end <= cueStart && isSubjectPosition(tokens, text, i)) subject = hit.value;
    }
    return this.roleOf(subject);
  }

  private roleOf(who: Who | undefined): Role | null {
    if (who === 'other') return null;
    if (this.kind === 'reflection') return 'self';
    if (this.kind === 'session') {
      if (who === 'me') return 'practitioner';
      if (who === 'client' || who === 'third-person') return 'client';
      return 'unknown';
    }
    if (this.kind === 'supervision') {
      if (who === 'me') return this.names.author;
      if (who === 'supervisor' || who === 'supervisee' || who === 'client') return who;
      return 'unknown';
    }
    return 'unknown';
  }
}

let shared: { others: readonly string[]; index: PhraseIndex<Who> } | undefined;

/** Mentions every note shares: people outside the relationships, and role words. */
function sharedMentions(others: readonly string[]): PhraseIndex<Who> {
  if (shared?.others === others) return shared.index;
  const index = new PhraseIndex<Who>(0);
  for (const phrase of others) index.add(phrase, 'other');
  for (const phrase of ['the client', 'my client', 'client']) index.add(phrase, 'client');
  for (const phrase of ['my supervisor', 'the supervisor']) index.add(phrase, 'supervisor');
  for (const phrase of ['my supervisee', 'the supervisee']) index.add(phrase, 'supervisee');
  index.add('my', 'me');
  shared = { others, index };
  return index;
}

const POSSESSIVES = new Set(['her', 'his', 'their', 'my', 'your', 'our']);

/**
 * A mention is a subject at the start of a sentence or clause, not after a verb or preposition;
 * `her sister` stands where `her` stands.
 */
function isSubjectPosition(tokens: readonly Token[], text: string, index: number): boolean {
  if (index > 0 && POSSESSIVES.has(tokens[index - 1].word)) index--;
  if (index === 0) return true;
  const previous = tokens[index - 1];
  if (CLAUSE_STARTERS.has(previous.word)) return true;
  return /[,:;(—–-]\s*$/.test(text.slice(previous.end, tokens[index].start));
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
