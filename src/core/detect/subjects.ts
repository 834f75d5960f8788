import type { Role } from '../model/role';
import { SKIPPED_WORDS, type CueHit } from '../model/note';
import type { NoteKind } from '../model/note-types';
import { PhraseIndex } from '../cues/phrases';
import { REPORTING } from '../text/saying-verbs';
import { words as wordsOf } from '../text/tokens';
import { DETERMINERS, embeddingClause, innerClauseOpening } from './clauses';
import { answersAddressee } from './addressee';
import { appositiveOf } from './appositive';
import { contactClause } from './contact-clause';
import { withoutJoinedObject } from './joined-object';
import { withoutReportingAside } from './reporting-aside';
import type { CaseNames } from './case-scope';
import { otherMentions, reportedSubjects, sharedMentions, titledOthers, unnamedSpeakers, type Mention, type Who } from './mentions';
import { openingOwner, ownersIndex, shorthandOwners } from './opening-owner';
import { openingPerson } from './opening-person';
import { othersOfRole } from './others-of-role';
import { namedAfterSaying } from './named-other';
import { neighbourMentions } from './neighbour-mentions';
import { openedByOutsider, sceneWithOutsider } from './outsider-opening';
import { otherGender } from './pronoun-gender';
import { quotesText } from './quoted-text';
import { judgingVerb, reportGoesOn } from './reported-judgement';
import { relativeClauseAntecedent } from './relative-clause';
import { cueOpening, directiveVerb } from './reported-directive';
import { restrictiveRelativeAntecedent } from './restrictive-relative';
import { roleOf } from './role-of';
import { reportedOutsider, reportedOutsiderGoesOn } from './reported-outsider';
import { reportThenAct } from './report-then-act';
import { closedSubordinateClause, isSubjectPosition, NOMINATIVE } from './subject-position';
import { perceivedObject } from './perceived-clause';
import { passiveAgent } from './passive-agent';

/** Who a sentence can be about, from the note's own links: the client's and the people's names. */
export interface PeopleNames {
  client: readonly string[];
  supervisor: readonly string[];
  supervisee: readonly string[];
  author: 'supervisee' | 'supervisor'; // who wrote a supervision note
  /** In a session note: its practitioner (its property, else its client note's), named as "Clare jumped in" in a supervisor's case summary. */
  practitioner?: readonly string[];
  /** In a supervision note: each client it discusses, by id, with that client's names. */
  cases?: CaseNames;
  /** In a supervision note: the names of the vault's person notes, each someone else there unless one of the note's own people (one index for the vault, EvidenceStore). */
  persons?: PhraseIndex<Who>;
}

/**
 * Attributes a cue to a role from the subject of its clause (SPEC section 1): the nearest
 * subject-position mention before the cue. `null` means the subject is someone outside the two
 * relationships (`her mother`), so the sentence is no evidence for anyone.
 */
export class SubjectReader {
  /** Note-specific mentions (people's names) come first; the shared ones are built once per vocabulary. */
  private readonly mentions: PhraseIndex<Who>[];
  /** The possessives of the note's people and of the shorthand, read where they open the words (openingOwner). */
  private readonly owners: () => readonly PhraseIndex<Who>[];
  /** People outside the relationships named in one word (mentions.ts, SharedMentions.others). */
  private readonly others: ReadonlySet<string>;
  /** Whether the cue being read is a judgement (role's `judgement`): its teller, not the one told about, judges. */
  private judging = false;

  constructor(
    private readonly kind: NoteKind,
    private readonly names: PeopleNames,
    others: readonly string[],
  ) {
    const own = new PhraseIndex<Who>(0);
    const people: [string, Who][] = [];
    let owners: readonly PhraseIndex<Who>[] | undefined;
    for (const [who, list] of [['client', names.client], ['supervisor', names.supervisor], ['supervisee', names.supervisee], ['practitioner', names.practitioner ?? []]] as const) {
      for (const name of list) people.push([name, who]);
    }
    for (const [name, who] of people) own.add(name, who);
    if (kind === 'supervision' && names.author === 'supervisor') for (const [phrase, who] of SUPERVISOR_WRITES) own.add(phrase, who);
    // Made on a note's first sentence opening on a possessive: most readers never need it.
    this.owners = () => (owners ??= [ownersIndex(people), shorthandOwners()]);
    // The note's own people first: a name both answer to stays theirs (longestMentions keeps the first of equals).
    const shared = sharedMentions(others);
    this.others = shared.others;
    this.mentions = names.persons ? [own, names.persons, shared.index] : [own, shared.index];
  }

  /**
   * The role of a cue from the words before it (see readCueHits), or null for someone outside.
   * `judgement`: the cue's dynamic is a judgement of another (DynamicDefinition.judgement).
   * `caseClient`: the sentence sits in a supervision note's paragraph or section about one client
   * that names neither the supervisor nor the supervisee (note-evidence.ts).
   */
  role(hit: Pick<CueHit, 'first' | 'words' | 'starts' | 'subjectAfter'> & { text?: string }, judgement = false, caseClient = false, theme = false): Role | null {
    this.judging = judgement;
    const agent = theme ? undefined : passiveAgent(hit, (words) => this.longestMentions(words, 0)); // a theme's passive is its feeler's: "Jo felt rejected by me"
    if (agent !== undefined) return this.roleOf(agent);
    if (!hit.subjectAfter) return this.roleFrom(hit, judgement, caseClient);
    // The words after a cue that opens its sentence: their first person, one of the note's people, is its
    // subject ("For the fifth week running I told Jo..." is mine); someone else ("her mum says") is no sure one.
    const role = this.roleOf(this.firstPerson(hit.words));
    return role === null ? this.roleOf(undefined) : role;
  }

  /** The first pronoun or mention among the words, read from the start. */
  private firstPerson(words: readonly string[]): Who | undefined {
    const mentions = this.longestMentions(words, 0);
    for (let i = 0; i < words.length; i++) {
      const who = NOMINATIVE.get(words[i]) ?? mentions[i]?.value;
      if (who !== undefined) return who;
    }
    return undefined;
  }

  private roleFrom(hit: Pick<CueHit, 'first' | 'words' | 'starts'> & { text?: string }, judgement: boolean, caseClient: boolean): Role | null {
    // A cue inside quotation marks (`first` empty) is the words of whoever the sentence says spoke
    // them, unless what is quoted is a text read out, shown or passed on (a slogan, a memo): no one's.
    if (hit.first === '' && quotesText(hit.words)) return null;
    let opening = NOMINATIVE.get(hit.first);
    // The cue opens with its pronoun after a verb of saying whose subject is someone outside the
    // relationships ("her best friend ... said she's thick"): that person, as after any such verb.
    // The cue's pronoun is marked as opening a clause where punctuation stands before it (the entry
    // of `starts` past the words, CueHit.starts), and the entry past it is false.
    if (opening === 'third-person' && hit.words.length > 0) opening = this.reported([...hit.words, hit.first], [...hit.starts, false], hit.words.length, opening);
    // A judgement reported ("she told me I'm the first who gets her") is the speaker's.
    const speaker = judgement && opening === undefined ? this.speaker(hit.words, hit.starts, hit.first) : undefined;
    const named = (): boolean => namedAfterSaying(hit.words, hit.text, (at) => this.longestMentions(hit.words, at)[at] !== undefined);
    const who = opening ?? speaker ?? (named() ? 'other' : this.subject(...withoutReportingAside(...withoutJoinedObject(hit)), cueOpening(hit.first, hit.words[hit.words.length - 1], hit.text))); // the cue itself may start with its subject: "I found myself"
    // In a note the supervisee wrote, he or she is whoever of the note's people the sentence has
    // named, when it names one: "Maggie took it out of my hands: she drafted the referral herself";
    // naming more, the one it opens with as its subject (opening-person.ts).
    // Naming no one, in a paragraph or section about one client that names neither of the supervision's
    // people (`caseClient`), he or she is that client: "He still comes in with his hood up".
    if (who === 'third-person' && this.kind === 'supervision' && this.names.author === 'supervisee') {
      return this.roleOf(this.clientBrought(hit.words) ?? this.onlyPersonNamed(hit.words) ?? this.namedInLeftOut(hit) ?? openingPerson(hit.words, hit.starts, this.longestMentions(hit.words, 0)) ?? (caseClient ? 'client' : who));
    }
    return this.roleOf(who);
  }

  /**
   * Whoever says what the words end on, when they end on a reporting verb, a listener at most, and
   * the pronoun or name the report is about: "she told me I'm", "I heard myself telling Helen she
   * is". A judgement's author is the one who makes it, not the one it is about.
   */
  private speaker(words: readonly string[], starts: readonly boolean[], first: string): Who | undefined {
    // "Kai's tutor tells everyone Kai is the most insightful student she has [ever had]": the tutor's.
    const verbAt = judgingVerb(words, first);
    if (verbAt >= 0) return this.subject(words.slice(0, verbAt), starts.slice(0, verbAt + 1));
    const mentions = this.longestMentions(words, Math.max(0, words.length - SPEAKER_REACH));
    // The report's subject stands at most SPEAKER_REACH words before the judgement ("I am the").
    for (let about = words.length - 1; about >= 1 && about >= words.length - SPEAKER_REACH; about--) {
      if (words[about] === SKIPPED_WORDS) return undefined;
      const person = mentions[about]?.value;
      if (!NOMINATIVE.has(words[about]) && person !== 'supervisor' && person !== 'supervisee' && person !== 'client' && person !== 'practitioner') continue;
      let at = about - 1;
      if (words[at] === 'that') at--;
      // A listener between the verb and the report: "told me", "told the staff nurse".
      for (let listener = 0; listener < LISTENER_WORDS && at >= 1 && !REPORTING.has(words[at]) && !NOMINATIVE.has(words[at]); listener++) at--;
      const verb = at >= 1 && REPORTING.has(words[at]) ? at : reportGoesOn(words, starts, about);
      if (verb >= 1) return this.subject(words.slice(0, verb), starts.slice(0, verb + 1));
      // "...and that Maggie is the only person who...": one of the note's people judged, no one said
      // to judge them: the writer does.
      return person !== undefined && COPULA.has(words[about + 1]) ? 'me' : undefined;
    }
    return undefined;
  }

  /** Who the word at `at` is: a pronoun, or a mention ending there ("Bronwyn" of "Bronwyn and I"). */
  whoAt(words: readonly string[], at: number): Who | undefined {
    return NOMINATIVE.get(words[at]) ?? this.longestMentions(words, Math.max(0, at - 3)).find((m) => m?.end === at + 1)?.value;
  }

  /**
   * A sentence opening "Discussed Maricel with my supervisor: she..." or "Brought Sam: he..." is
   * about the client it opens with, whoever else it names: its he or she is that client.
   */
  private clientBrought(words: readonly string[]): Who | undefined {
    if (words.length < 3 || !CASE_OPENERS.has(words[0])) return undefined;
    return this.longestMentions(words.slice(0, 2), 1)[1]?.value === 'client' ? 'client' : undefined;
  }

  /**
   * Where words were left out of a long sentence before the cue, the one of the supervision's people
   * its text names, if it names exactly one: "When I asked my supervisor how she copes after a
   * client's suicide, she [cited two studies]" (the words kept are "when i asked ~ how she copes...").
   * Not when the text is cut before the cue (a snippet opening on "…"): what it names is not all the
   * sentence names.
   */
  private namedInLeftOut(hit: Pick<CueHit, 'words'> & { text?: string }): Who | undefined {
    return hit.text !== undefined && !hit.text.startsWith('\u2026') && hit.words.includes(SKIPPED_WORDS) ? this.onlyPersonNamed(wordsOf(hit.text)) : undefined;
  }

  /** The one of the supervision's people (supervisor, supervisee, a client) the words name, if they name exactly one. */
  private onlyPersonNamed(words: readonly string[]): Who | undefined {
    let named: Who | undefined;
    for (const found of this.longestMentions(words, 0)) {
      const who = found?.value;
      if (who !== 'supervisor' && who !== 'supervisee' && who !== 'client') continue;
      if (named !== undefined && named !== who) return undefined;
      named = who;
    }
    return named;
  }

  /** Who the subject of the clause after `words` is, from those words; `next`, the cue's first words (cueOpening), when it follows them. */
  private subject(words: readonly string[], starts: readonly boolean[], next?: readonly string[]): Who | undefined {
    if (words.length === 0) return undefined;
    // "...a father who decides everything for her": the cue's subject is the one "who" follows.
    const last = words.length - 1;
    const beforeWho = words[last] === 'who' ? this.longestMentions(words, Math.max(0, last - 4)).find((m) => m?.end === last) : undefined;
    if (beforeWho) return beforeWho.value;
    const antecedent = relativeClauseAntecedent(words, starts, (from) => this.longestMentions(words, from));
    if (antecedent !== undefined) return antecedent;
    const restricted = restrictiveRelativeAntecedent(words, starts, (from) => this.longestMentions(words, from));
    if (restricted !== undefined) return restricted;
    // "My supervisor said a trainee would have remembered, and [made me...]": the reporter acts.
    const reporting = reportThenAct(words, starts, next?.[0]);
    const reporter = reporting > 0 ? this.subject(words.slice(0, reporting), starts.slice(0, reporting + 1)) : undefined;
    if (reporter !== undefined) return reporter;
    if (reportedOutsider(words, starts, (from) => this.longestMentions(words, from), next?.[0])) return 'other';
    // The subject nearest the cue wins: the last pronoun, unless a mention after it is in subject
    // position. So only mentions after the last pronoun are looked for (most often, none).
    let pronounAt = words.length - 1;
    while (pronounAt >= 0 && !NOMINATIVE.has(words[pronounAt])) pronounAt--;
    const pronoun = pronounAt >= 0 ? NOMINATIVE.get(words[pronounAt]) : undefined;
    if (!this.judging && perceivedObject(words, starts)) return this.longestMentions(words, 0).some((m) => m?.value === 'other') ? 'other' : this.reported(words, starts, last, 'third-person');
    if (pronounAt === last) return this.reported(words, starts, pronounAt, pronoun, next);
    if (contactClause(words, starts, pronounAt, (from) => this.longestMentions(words, from))) return 'other';
    const longest = this.longestMentions(words, pronounAt + 1);
    for (let i = words.length - 1; i > pronounAt; i--) {
      const mention = longest[i];
      if (!mention || !isSubjectPosition(words, starts, i, mention.value, !this.judging, mention.end)) continue;
      // Someone outside described right after one of the note's people is that person: "Noeleen, the sergeant I took to supervision, [describes...]".
      const who = (mention.value === 'other' && appositiveOf(words, starts, i, longest)) || mention.value;
      // The subject of a clause of time or condition closed before the cue ("leave my phone face down
      // when my sister rings, and fill every evening...", "Jo's sister went red when Jo asked about
      // the letter, and only at the door [admitted...]") is that clause's subject only: the
      // sentence's own subject goes on. Known or not, for someone outside; one of the note's people
      // stays the subject of a sentence that opens with the clause, or names no one before it.
      const opener = closedSubordinateClause(words, starts, i);
      if (opener < 0) return who;
      const other = who === 'other';
      if (opener === 0) return other ? undefined : who;
      const main = this.subject(words.slice(0, opener), starts.slice(0, opener + 1));
      return other ? main : (main ?? who);
    }
    // A pronoun opening a clause of time, reason or report inside the sentence is that clause's
    // subject only: past it, the subject before goes on (clauses.ts, innerClauseOpening).
    const inner = innerClauseOpening(words, starts, pronounAt);
    if (inner > 0) {
      const main = this.subject(words.slice(0, inner), starts.slice(0, inner + 1));
      if (main !== undefined) return main;
    }
    // A pronoun inside a clause that hangs on a noun ("marks every worksheet he does in red and
    // lists...", "the moment he comes home, barely waiting...") is not the subject of the clause
    // that goes on after it: the subject before it is, when there is one.
    const clause = pronounAt > 0 ? embeddingClause(words, starts, pronounAt) : -1;
    if (clause >= 0) {
      const clauseStarts = starts.slice(clause, pronounAt + 1);
      clauseStarts[0] = true; // the clause's first word opens it, after "and" as at a sentence's start
      const before = this.subject(words.slice(clause, pronounAt), clauseStarts);
      if (before !== undefined) return before;
      // The clause's own words name no one, and words were left out before it: the sentence's
      // opening subject governs it ("Saanvi said her cousin ~ ... whether she should accept a flat and").
      if (clause > 0 && words[clause - 1] === SKIPPED_WORDS) {
        const opening = this.subject(words.slice(0, clause - 1), starts.slice(0, clause));
        if (opening !== undefined) return opening;
      }
    }
    return this.reported(words, starts, pronounAt, pronoun, next);
  }

  /** The longest mention starting at each word from `from`; among equally long ones, the note's own names win. */
  private longestMentions(words: readonly string[], from: number, starts?: readonly boolean[]): (Mention | undefined)[] {
    const longest = new Array<Mention | undefined>(words.length);
    for (const index of this.mentions) index.longestInto(words, from, longest);
    othersOfRole(words, from, longest, starts);
    otherMentions(words, from, this.others, longest);
    titledOthers(words, from, longest);
    unnamedSpeakers(words, from, longest, starts);
    reportedSubjects(words, from, longest, starts);
    neighbourMentions(words, from, longest);
    if (from === 0) openingOwner(words, this.owners, longest);
    return longest;
  }

  /**
   * He, she or they right after a reporting verb ("says", "told her") whose subject is someone
   * outside the relationships is that person: `other`; so is a supervision note's "we" in a scene
   * with someone outside (sceneWithOutsider). "I" or "we" told a directive is whoever gives it. Any
   * other pronoun stands as it is. `next`: the cue's first words (cueOpening), read past the words.
   */
  private reported(words: readonly string[], starts: readonly boolean[], pronounAt: number, pronoun: Who | undefined, next?: readonly string[]): Who | undefined {
    if (pronoun === 'we' && this.kind === 'supervision' && sceneWithOutsider(words.slice(0, pronounAt), starts, this.longestMentions(words.slice(0, pronounAt), 0, starts))) return 'other';
    // "...said I must", "saying we had to": a directive is its giver's (reported-directive.ts).
    if (pronoun === 'me' || pronoun === 'we') {
      const verb = directiveVerb(words, starts, pronounAt, next);
      const giver = verb > 0 ? this.subject(words.slice(0, verb), starts.slice(0, verb + 1)) : undefined;
      if (giver !== undefined) return giver;
    }
    if (pronoun !== 'third-person') return pronoun;
    if (answersAddressee(words, starts, pronounAt, (before, from) => this.longestMentions(before, from))) return 'other';
    // "Her physio insisted on the week-5 exercises and they had a contest": `they` after someone outside as the subject before takes that person in.
    if (PLURAL.has(words[pronounAt]) && pronounAt > 0 && this.subject(words.slice(0, pronounAt), starts.slice(0, pronounAt + 1)) === 'other') return 'other';
    if ((this.kind === 'session' && otherGender(words, starts, pronounAt, (from) => this.longestMentions(words.slice(0, pronounAt), from))) || reportedOutsiderGoesOn(words, pronounAt, (before, from) => this.longestMentions(before, from, starts))) return 'other';
    let verbAt = pronounAt - 1;
    if (verbAt >= 0 && words[verbAt] === 'that') verbAt--;
    // "told her he", "telling everyone he's", "told our supervisor she", "told the residence don he": a
    // listener between the verb and the pronoun, one word or a noun phrase of up to LISTENER_WORDS.
    if (verbAt >= 1 && !REPORTING.has(words[verbAt])) {
      for (let back = 1; back <= LISTENER_WORDS && verbAt - back >= 0; back++) {
        if (!REPORTING.has(words[verbAt - back])) continue;
        if (back === 1 || DETERMINERS.has(words[verbAt - back + 1])) verbAt -= back;
        break;
      }
    }
    if (verbAt < 0 || !REPORTING.has(words[verbAt])) return openedByOutsider(words, starts, pronounAt, (before, from) => this.longestMentions(before, from, starts)) ? 'other' : pronoun;
    // All the words: a speaker unnamed is known by the verb of saying after them ("his floormate told").
    const longest = this.longestMentions(words, 0, starts);
    for (let i = verbAt - 1; i >= 0; i--) {
      if (NOMINATIVE.has(words[i])) return pronoun;
      // "...described his son, who says he has always...": the reporter is the person "who" follows.
      if (words[i] === 'who') return longest.some((m) => m !== undefined && m.end === i && m.value === 'other') ? 'other' : pronoun;
      const mention = longest[i];
      if (mention && isSubjectPosition(words, starts, i, mention.value)) return mention.value === 'other' ? 'other' : pronoun;
    }
    return pronoun;
  }

  private roleOf(who: Who | undefined): Role | null {
    return roleOf(this.kind, this.names.author, who);
  }
}

/** `they` as a subject, contracted or not. */
const PLURAL = new Set(['they', "they're", "they'd", "they'll", "they've"]);

/** How far before a judgement the one it is about may stand after a reporting verb: "telling Helen she is far and away [the best]", "told me I am the only person in Auckland [who]". */
const SPEAKER_REACH = 8;
/** The most words of a listener between a verb of saying and what is reported: "told the staff nurse I was". */
const LISTENER_WORDS = 3;
/** Verbs that open a supervision note's sentence about one client: "Discussed Maricel: she...". */
const CASE_OPENERS = new Set(['discussed', 'brought', 'presented']);
/** The verbs of "Maggie is the only person who...": one of the note's people judged. */
const COPULA = new Set(['is', 'was', 'are', 'were']);
/** In a note the supervisor wrote, "my supervisee" is the note's, "my supervisor" the writer's own: the other way round from the supervisee's notes. */
const SUPERVISOR_WRITES: readonly [string, Who][] = [['my supervisee', 'supervisee'], ['my supervisor', 'other'], ['my own supervisor', 'other']];
