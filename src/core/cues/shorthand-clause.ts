import { SKIPPED_WORDS, type CueHit } from '../model/note';
import { SUBJECT_PRONOUNS, withoutContraction } from '../text/pronouns';
import type { Sentence } from '../text/sentences';
import type { Token } from '../text/tokens';
import { openingLength } from './sentence-opening';

type SubjectWords = Pick<CueHit, 'first' | 'words' | 'starts'>;

/**
 * The subject words of a clause after a semicolon that names no one before its cue, in shorthand
 * that leaves the subject out of each clause after the first: "Tomasz no-show Tues; today 25 min
 * late, sat by the door, said the weekend was fine and [scrolled his phone whenever I asked]" is
 * Tomasz's. The opening words of the clause before, a mark that words were left out between, then
 * the clause's own words, so that a subject the clause has is still the nearest. Undefined when the
 * clause may name its own: a subject pronoun, or a capitalised word past its first (a name, "T",
 * "Cl.").
 */
export function subjectlessClause(blockTokens: readonly Token[], text: string, before: Sentence, clause: Sentence, own: SubjectWords): SubjectWords | undefined {
  if (own.words.length === 0 || own.words.includes(SKIPPED_WORDS)) return undefined;
  const cueAt = clause.first + own.words.length;
  for (let i = clause.first; i < cueAt && i < clause.last; i++) {
    const token = blockTokens[i];
    if (SUBJECT_PRONOUNS.has(withoutContraction(token.word))) return undefined;
    if (i > clause.first && isUpperCase(text.charCodeAt(token.start))) return undefined;
  }
  const tokens = blockTokens.slice(before.first, before.last);
  const opening = tokens.slice(0, openingLength(tokens, tokens.length)).map((t) => t.word);
  if (opening.length === 0) return undefined;
  return { first: own.first, words: [...opening, SKIPPED_WORDS, ...own.words], starts: [...opening.map((_, i) => i === 0), false, ...own.starts] };
}

function isUpperCase(code: number): boolean {
  return code >= 65 && code <= 90;
}

/**
 * The clause whose subject a clause after a semicolon goes on with, in one block: the one before it,
 * or, when that one leaves its subject out too (it opens in lower case on no subject pronoun: "keeps
 * them in a drawer"), the one before that, back to the first of the written sentence. "Cl. has not
 * been opening letters; keeps them in a drawer; [had told no one]" goes on with Cl. Each clause's is
 * found once, so a block of many such clauses is read in time linear in its length.
 */
export class ClauseChain {
  /** For each clause asked about or passed on the way, the number of the clause it goes on with. */
  private readonly known = new Map<number, number>();

  constructor(
    private readonly blockTokens: readonly Token[],
    private readonly text: string,
    private readonly spans: readonly Sentence[],
  ) {}

  /** The clause the one at `at` goes on with (itself, when it has a subject of its own). */
  governing(at: number): Sentence {
    const walked: number[] = [];
    let s = at;
    let found: number | undefined;
    while ((found = this.known.get(s)) === undefined) {
      walked.push(s);
      if (s === 0 || this.text[this.spans[s - 1].end - 1] !== ';' || !leavesSubjectOut(this.blockTokens, this.text, this.spans[s])) {
        found = s;
        break;
      }
      s--;
    }
    for (const w of walked) this.known.set(w, found);
    return this.spans[found];
  }
}

function leavesSubjectOut(blockTokens: readonly Token[], text: string, clause: Sentence): boolean {
  const tokens = blockTokens.slice(clause.first, clause.last);
  if (tokens.length === 0 || isUpperCase(text.charCodeAt(tokens[0].start))) return false;
  const opening = openingLength(tokens, tokens.length);
  for (let i = 0; i < Math.max(1, opening); i++) if (SUBJECT_PRONOUNS.has(withoutContraction(tokens[i].word))) return false;
  return true;
}
