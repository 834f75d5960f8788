import { isPastForm } from '../text/past-forms';
import { REPORTING, SAYING, SUBORDINATORS } from './clauses';
import type { MentionsFrom, Who } from './mentions';
import { isSubjectPosition, NOMINATIVE } from './subject-position';

/** The supervision's own people, whom he or she in a supervisee's note may be. */
const NOTE_PEOPLE: ReadonlySet<Who | undefined> = new Set<Who | undefined>(['supervisor', 'supervisee', 'client']);

/** Words that open a clause reported or asked about: its subject is the one he or she may go on with ("asked how Jo was doing and she..."). */
const REPORTED_OPENERS = new Set(['that', 'whether', 'if', 'how', 'what', 'why', 'when', 'where']);

/** Verbs that follow a subject straight after its name ("Jo was", "Jo has"): not "to", which follows an object ("about Jo to her group"). */
const AUXILIARIES = new Set(['is', 'was', 'are', 'were', 'has', 'had', 'have', 'would', 'could', 'should', 'will', 'can', 'did', 'does', 'do', "isn't", "wasn't", "hasn't", "hadn't", "didn't", "doesn't", "won't", "can't"]);

/** Words that give a reason: he or she after them explains what the clause before says of its subject, whoever that is. */
const REASONS = new Set(['because', 'since', 'as', 'cos', "'cause"]);

/**
 * In a supervisee's supervision note that names more than one of its people, the one who opens the
 * sentence as its subject, whom he or she goes on with: "My supervisor insisted I discharge Jo this
 * month, and when I gave my reasons she [repeated it louder]" is the supervisor's. Undefined where
 * whose the pronoun is stays open (found by the review of session 35, where this was first read
 * everywhere): after a pronoun or inside a clause of time or condition ("When my supervisor
 * suggested it, I told her..."); an opening pair ("Ann and I looked at..."); another of the people
 * as a subject later ("Ann asked how Jo was doing and she", "Ann suggested Jo was stuck, and she",
 * "Jo came up, and Ann said she"); and a reason given before the pronoun ("..., because she").
 */
export function openingSubjectNamed(words: readonly string[], starts: readonly boolean[], mentionsFrom: MentionsFrom): Who | undefined {
  const mentions = mentionsFrom(0);
  let opener = -1;
  for (let i = 0; i < words.length && opener < 0; i++) {
    if (NOMINATIVE.has(words[i]) || SUBORDINATORS.has(words[i])) return undefined;
    const who = mentions[i]?.value;
    if (who === undefined) continue;
    if (!NOTE_PEOPLE.has(who) || !(i === 0 || isSubjectPosition(words, starts, i, who))) return undefined;
    opener = i;
  }
  if (opener < 0) return undefined;
  const who = mentions[opener]!.value;
  const after = mentions[opener]!.end;
  if (words[after] === 'and' || words[after] === '&') return undefined;
  // "...and I said (that) she [gave up]": the pronoun is what I report, not the opener going on; "Ann said she" is Ann.
  let verb = words.length - 2;
  if (words[verb] === 'that') verb--;
  if (verb >= 1 && REPORTING.has(words[verb]) && NOMINATIVE.has(words[verb - 1])) return undefined;
  for (let j = after; j < words.length; j++) {
    if (REASONS.has(words[j])) return undefined;
    const other = mentions[j];
    if (other === undefined || other.value === who || !NOTE_PEOPLE.has(other.value)) continue;
    const next = words[other.end];
    const before = words[j - 1];
    // "said Jo was", "asked whether Jo had": the subject of a clause reported; not a listener ("Jo told Ann").
    if (isSubjectPosition(words, starts, j, other.value) || REPORTED_OPENERS.has(before) || SAYING.has(before)) return undefined;
    if (next !== undefined && (AUXILIARIES.has(next) || isPastForm(next))) return undefined;
  }
  return who;
}
