import type { CueHit } from '../model/note';
import type { NoteKind } from '../model/note-types';
import type { Role } from '../model/role';
import type { Who } from './mentions';
import { NOMINATIVE } from './subject-position';

/** Counts that join the writer with the other: "the two of us", "both of us", "neither of us". */
const JOINING = new Set(['two', 'both', 'each', 'neither']);
/** Words that may stand between a joined subject and its cue: "the two of us then went back and forth". */
const BETWEEN = new Set(['then', 'also', 'both', 'just', 'again', 'still', 'kept', 'ended', 'up', 'all']);
/** How many such words at most. */
const REACH = 2;
/** The writer in a joined subject: "I", or the practitioner as session shorthand names them ("T and Cl.", "pt and clinician"). */
const WRITER = new Set(['i', 't', 'th', 'clinician', 'writer']);

/**
 * Where a subject that joins the writer with one other person stands at the end of the words before
 * a cue: "she and I [went back and forth]", "Bronwyn and I", "the two of us", "we both". The index of
 * the other person's word for "X and I" or "T and X" (to be checked: "her mum and I" joins no one of
 * the relationship), -1 for the counted forms, undefined when the subject is not joined.
 */
export function jointSubjectAt(words: readonly string[]): number | undefined {
  let end = words.length - 1;
  for (let skipped = 0; skipped < REACH && end >= 0 && BETWEEN.has(words[end]) && !(words[end] === 'both' && words[end - 1] === 'we'); skipped++) end--;
  if (end < 1) return undefined;
  if (words[end - 1] === 'and' && end >= 2) {
    if (WRITER.has(words[end])) return end - 2;
    // "T and Cl. went back and forth", "clinician and pt": the writer named by role first.
    if (WRITER.has(words[end - 2]) && words[end - 2] !== 'i') return end;
  }
  if (words[end] === 'both' && words[end - 1] === 'we') return -1;
  if (words[end] === 'us' && words[end - 1] === 'of' && end >= 2 && JOINING.has(words[end - 2])) return -1;
  return undefined;
}

/** Words of the verb that may stand between "we" and a cue: "we had still [not named]", "we have never". */
const AFTER_WE = new Set(['had', 'have', 'has', 'did', 'do', 'were', 'are', 'was', 'would', 'could', 'still', 'never', 'just', 'both', 'all', 'then', 'also', 'again', 'already', 'yet', 'ever', 'really', 'only']);
/** How many such words at most. */
const AFTER_WE_REACH = 3;

/** Whether the words before a cue end on "we" as its subject, with at most a few words of its verb after: "and by the end we had still [not named]". */
function endsOnWe(words: readonly string[]): boolean {
  let end = words.length - 1;
  for (let skipped = 0; skipped < AFTER_WE_REACH && end > 0 && AFTER_WE.has(words[end]); skipped++) end--;
  return end >= 0 && NOMINATIVE.get(words[end]) === 'we';
}

/** Words naming the writer and the other together, anywhere in a sentence: "the two of us", "neither of us moving". */
const NAMES_BOTH = /\b(?:between (?:the two of )?us|the two of us|(?:both|neither|either) of us)\b/i;
/**
 * "We both", "we were both sitting forward": the writer and one other, anywhere in a sentence. Read
 * so in a session note only, where "we" is the writer and the client. In a supervision note it may
 * be either pair, the supervision's or the case's ("Mbali keeps our sessions pleasant..., and we both
 * smile and move on" is the writer and the client the note discusses), and the snippet kept need not
 * name the supervisor: read so there, the labelled sets gave one reading to the wrong pair for three
 * given to the right one.
 */
const WE_BOTH = /\bwe(?:'re| were| are| had| have)? both\b/i;

/** Whether a sentence names the writer and the other of a `kind` note together. */
function namesBoth(kind: NoteKind, text: string): boolean {
  return NAMES_BOTH.test(text) || (kind === 'session' && WE_BOTH.test(text));
}

/**
 * Both people of the note's relationship when a sentence gives its dynamic to both, else undefined:
 * a subject joining the writer with the other (jointSubjectAt; not in a free-text property), or, for
 * a dynamic two people make together (`mutual`), a sentence naming them both wherever it does or
 * with "we" for its subject. A word before "and I" that names no one of the note ("signed up, and I
 * wrote") joins no one, and "he and I" in a paragraph about one client (`caseClient`) joins the
 * client, as he or she is read there.
 */
export function bothRoles(kind: NoteKind, hit: Pick<CueHit, 'first' | 'words' | 'text' | 'property'>, mutual: boolean, people: { whoAt(words: readonly string[], at: number): Who | undefined }, caseClient: boolean): Role[] | undefined {
  const joint = hit.property ? undefined : jointSubjectAt(hit.words);
  if (joint === undefined) return mutual && (namesBoth(kind, hit.text) || hit.first === 'we' || endsOnWe(hit.words)) ? jointRoles(kind, undefined) : undefined;
  if (joint < 0) return jointRoles(kind, undefined);
  const other = people.whoAt(hit.words, joint) ?? 'other';
  return jointRoles(kind, other === 'third-person' && caseClient ? 'client' : other);
}

/**
 * The two people of the note's relationship when a joined subject names them both: in a session
 * the client and the practitioner, in a supervision the supervisor and the supervisee. `other` is
 * who the other person's word is: undefined for "the two of us", `other` for anyone outside.
 */
export function jointRoles(kind: NoteKind, other: Who | undefined): Role[] | undefined {
  if (other === 'other') return undefined;
  if (kind === 'session' && (other === undefined || other === 'client' || other === 'third-person')) return ['client', 'practitioner'];
  if (kind === 'supervision' && (other === undefined || other === 'supervisor' || other === 'supervisee' || other === 'third-person')) return ['supervisor', 'supervisee'];
  return undefined;
}
