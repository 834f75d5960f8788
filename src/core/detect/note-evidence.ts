import type { NoteDiagnostic } from '../model/diagnostic';
import { evidencePiece, type EvidencePlace } from '../model/evidence-piece';
import { fromSentence, type Evidence, type EvidenceSource } from '../model/flag';
import { ROLES, type Role } from '../model/role';
import type { CaseWords, CueHit, Note, Property } from '../model/note';
import { NOTE_TYPES, type NoteKind } from '../model/note-types';
import { PROPERTY } from '../model/property-names';
import { caseWords, namesIn, SUPERVISOR_WORD } from '../cues/case-words';
import { freeText } from '../parse/free-text';
import { flatString } from '../util/flat-string';
import { SharedPool, StringPool } from '../util/string-pool';
import { caseOf, NoteCases } from './case-scope';
import { bothRoles, jointRoles } from './joint-subject';
import { impersonalSubject } from './impersonal-subject';
import { ownTask } from './own-task';
import { talkedOf } from './talked-of';
import { sectionRole } from './section-roles';
import { findLinks } from '../parse/link-syntax';
import { slug, type Taxonomy } from '../taxonomy/taxonomy';
import type { PeopleNames, SubjectReader } from './subjects';

export interface EvidenceTools {
  taxonomy: Taxonomy;
  /** A subject reader for a note type and the people it mentions; the detector reuses them. */
  subjects: (kind: NoteKind, names: PeopleNames) => SubjectReader;
}

export interface EvidenceResult {
  /** Complete with the note's path, type and date (their place's), so flags can share them as they are. */
  items: Evidence[];
  diagnostics: NoteDiagnostic[];
}

/**
 * Everything in one note that is evidence of a dynamic: properties, an empty contract, tags and text.
 * @param place the note's path, type and date, which every piece shares (EvidencePiece).
 */
export function readNoteEvidence(note: Note, names: PeopleNames, tools: EvidenceTools, place: EvidencePlace): EvidenceResult {
  const items: Evidence[] = [];
  const diagnostics: NoteDiagnostic[] = [];
  const kind = note.content.kind;
  const type = NOTE_TYPES[kind];
  if (!type.readsBody || note.isTemplate) return { items, diagnostics };
  // One item per (sentence or property line, dynamic), roles and sources merged (SPEC section 3).
  // A sentence is its own key, not joined to the dynamic: a key made for every cue hit cost a copy
  // of its sentence, and hashing it, where the sentence's string (one per sentence) hashes once.
  const byPropertyLine: Places = new Map();
  const byTagLine: Places = new Map();
  const bySentence: Places = new Map();
  const add = (places: Places, key: string | number, dynamic: string, role: Role, source: EvidenceSource, line: number, text: string, scope?: readonly string[]): void => {
    let here = places.get(key);
    if (!here) places.set(key, (here = new Map<string, Evidence>()));
    const known = here.get(dynamic);
    if (known) {
      merge(known, role, source);
      return;
    }
    // Kept as long as the note: one piece, not the property's name and value joined.
    const item = evidencePiece(place, dynamic, role, source, line, flatString(text), scope && sharedScope(scope));
    here.set(dynamic, item);
    items.push(item);
  };
  const cases = kind === 'supervision' ? names.cases : undefined;

  const resolve = (value: string, line: number): string => {
    const known = tools.taxonomy.lookup(value);
    if (known) return known;
    const own = slug(value);
    diagnostics.push({ line, severity: 'info', code: 'unknown-dynamic', message: `"${value}" is not in the taxonomy; it is kept as its own dynamic "${own}" and matched only to the same word elsewhere.` });
    return own;
  };

  for (const [key, role] of type.propertyRoles) {
    const property = note.content.properties.get(key);
    if (!property) continue;
    // One item per (property, dynamic): a list written one value a line (as Obsidian's properties
    // view writes it) says no more than the same list on one line, and is kept by the property's own line.
    for (const item of property.items) {
      for (const value of valuesOf(item.value)) {
        add(byPropertyLine, property.line, resolve(value, item.line), role, 'property', item.line, propertyTexts.intern(`${property.key}: ${value}`));
      }
    }
  }

  const emptyContract = emptyContractProperty(note);
  if (emptyContract) {
    add(byPropertyLine, emptyContract.line, 'contracting-unclear', 'process', 'contract', emptyContract.line, `${emptyContract.key}: no focus or outcomes agreed`);
  }

  const subjects = tools.subjects(kind, names);
  // Hits of one sentence follow one another with the same case words: its case is worked out once.
  const noteCases = cases ? new NoteCases(cases) : undefined;
  let caseWordsRead: CaseWords | undefined;
  let caseScope: string[] | undefined;
  let caseClientRead = false;
  // Each hit's roles (none where it is evidence for no one) and case, worked out first: a reading the
  // learnt reader ruled out is dropped only where the reading it heard instead is the same person's.
  const hits = note.content.cueHits;
  const hitRoles: { roles: readonly Role[]; scope: readonly string[] | undefined }[] = [];
  for (const hit of hits) {
    const definition = tools.taxonomy.get(hit.dynamic);
    if (noteCases && hit.cases && !(caseWordsRead && sameCaseWords(caseWordsRead, hit.cases))) {
      caseWordsRead = hit.cases;
      caseScope = noteCases.caseOf(hit.cases);
      caseClientRead = caseScope.length === 1 && !namesPeople(hit.cases, names);
    }
    const scope = cases && hit.cases ? caseScope : undefined;
    const caseClient = scope !== undefined && caseClientRead;
    // What the writer puts in a free-text property is their own voice (`felt_sense`: the practitioner's).
    const read = hit.property === PROPERTY.feltSense ? 'practitioner' : subjects.role(hit, definition?.judgement === true, caseClient, definition?.kind === 'theme');
    // With no subject of its own, a sentence in a labelled part of a session note is that part's.
    const subject = read === 'unknown' && kind === 'session' && !hit.property ? (sectionRole(hit.text) ?? read) : read;
    // "She and I went back and forth", "the two of us": both people of the relationship did it.
    // No person as subject ("the hour went by with no word on what it was for") leaves a dynamic two
    // people make together to both of them (impersonal-subject.ts), where someone outside leaves it to no one.
    const mutual = definition?.mutual === true;
    const both = mutual && !hit.property && impersonalSubject(hit) ? jointRoles(kind, undefined) : subject === null ? undefined : bothRoles(kind, hit, mutual, subjects, caseClient);
    // A theme is about the life of the note's person whoever the sentence's subject is, someone else
    // or no one read: "her mum's funeral was last week", "Kahu's koro passed away on Sunday" are the
    // client's loss (SPEC section 1), and so is one the practitioner only talks or asks of in a
    // session ("I asked about the divorce", talked-of.ts). A dynamic done by someone outside the two
    // relationships is evidence for no one.
    const theme = definition?.kind === 'theme';
    const talked = theme ? TALKED_OF_ROLE[kind] : undefined;
    const role = theme && (subject === null || subject === 'unknown') ? THEME_ROLE[kind] : talked && talkedOf(hit.words, hit.starts) ? talked : subject;
    // A "sentence" that is only tags is read as its tags, below.
    // The client doing a task of their own is no act done for another (own-task.ts).
    const own = definition?.act === true && kind === 'session' && role === 'client' && !both && ownTask(hit.text);
    hitRoles.push({ roles: own || ONLY_TAGS.test(hit.text) ? [] : (both ?? (role === null ? [] : [role])), scope });
  }
  // A reading the learnt reader ruled out for the same person is dropped: it takes nothing in either.
  // One whose person is unknown is no one else's: "the letter stayed folded" beside "Wei asked about my
  // holiday" heard as Wei's avoidance.
  const ruledOut = (hit: CueHit, i: number): boolean => {
    const heard = hit.ruledOutBy === undefined ? undefined : hitRoles[i + hit.ruledOutBy];
    if (heard === undefined || heard.roles.length === 0) return false;
    const roles = hitRoles[i].roles;
    return roles.some((role) => heard.roles.includes(role)) || (roles.length > 0 && roles.every((role) => role === 'unknown'));
  };
  const covered = coveredBySentence(hits, hitRoles, tools.taxonomy, ruledOut);
  hits.forEach((hit, i) => {
    const { roles, scope } = hitRoles[i];
    if (roles.length === 0) return;
    if (!hit.property && covered?.get(sentenceKey(hits, i))?.has(hit.dynamic)) return;
    if (ruledOut(hit, i)) return;
    // A free-text property is one line: its cues merge with what its value says; body cues merge by sentence.
    const places = hit.property ? byPropertyLine : bySentence;
    const key = hit.property ? hit.line : hit.text;
    const source = hit.property ? 'property' : hit.learnt ? 'learnt' : 'text';
    for (const role of roles) add(places, key, hit.dynamic, role, source, hit.line, hit.text, scope);
  });
  // Tags come after the text: a tag on a line whose sentence shows the same dynamic annotates that sentence.
  // Made when the first dynamic tag needs it: most tags are not `dynamic/` ones.
  let textByLine: Map<string, Evidence[]> | undefined;
  for (const tag of note.content.tags) {
    const m = /^dynamic\/(.+)$/i.exec(tag.tag);
    if (!m) continue;
    const dynamic = resolve(m[1], tag.line);
    const written = `#${tag.tag}`.toLowerCase();
    textByLine ??= textEvidenceByLine(items);
    const onLine = textByLine.get(`${dynamic}\u0000${tag.line}`) ?? [];
    const sentence = onLine.find((e) => e.text.toLowerCase().includes(written)) ?? onLine[0];
    if (sentence) merge(sentence, 'unknown', 'tag');
    else add(byTagLine, tag.line, dynamic, 'unknown', 'tag', tag.line, `#${tag.tag}`);
  }
  // Filling in `parallel_process` (supervision) or `felt_sense` (session) names a marker by itself.
  const freeTextProperty = type.freeText ? note.content.properties.get(type.freeText.property) : undefined;
  const text = freeTextProperty ? freeText(freeTextProperty.value) : '';
  if (type.freeText && freeTextProperty && text !== '') {
    const words = cases ? caseWords(text) : '';
    add(
      byPropertyLine,
      freeTextProperty.line,
      type.freeText.marker,
      type.freeText.role === 'author' ? names.author : type.freeText.role,
      'property',
      freeTextProperty.line,
      `${freeTextProperty.key}: ${text}`.slice(0, 160),
      cases ? caseOf({ sentence: words, block: words, section: '' }, cases) : undefined,
    );
  }
  return { items, diagnostics };
}

/** The evidence read from text, by dynamic and line. */
function textEvidenceByLine(items: readonly Evidence[]): Map<string, Evidence[]> {
  const textByLine = new Map<string, Evidence[]>();
  for (const e of items) {
    if (!fromSentence(e)) continue;
    const key = `${e.dynamic}\u0000${e.line}`;
    const list = textByLine.get(key);
    if (list) list.push(e);
    else textByLine.set(key, [e]);
  }
  return textByLine;
}

/** Evidence items by where they are (a line, or a sentence), then by dynamic. */
type Places = Map<string | number, Map<string, Evidence>>;

/**
 * Per sentence, the dynamics its other readings take in (DynamicDefinition.covers): read for someone,
 * collusion takes in the same sentence's avoidance. Undefined when no reading covers another (most notes).
 */
function coveredBySentence(hits: readonly CueHit[], hitRoles: readonly { roles: readonly Role[] }[], taxonomy: Taxonomy, ruledOut: (hit: CueHit, i: number) => boolean): Map<string, ReadonlySet<string>> | undefined {
  let covered: Map<string, Set<string>> | undefined;
  hits.forEach((hit, i) => {
    const covers = hit.property || hitRoles[i].roles.length === 0 || ruledOut(hit, i) ? undefined : taxonomy.get(hit.dynamic)?.covers;
    if (!covers) return;
    covered ??= new Map();
    const key = sentenceKey(hits, i);
    let set = covered.get(key);
    if (!set) covered.set(key, (set = new Set()));
    for (const id of covers) set.add(id);
  });
  return covered;
}

/** What stands for a hit's sentence: its text, or in a long sentence the text of the sentence's first reading (CueHit.sentenceAt). */
function sentenceKey(hits: readonly CueHit[], i: number): string {
  const at = hits[i].sentenceAt;
  return (at === undefined ? undefined : hits[i + at]?.text) ?? hits[i].text;
}

function sameCaseWords(a: CaseWords, b: CaseWords): boolean {
  return a.sentence === b.sentence && a.block === b.block && a.before === b.before && a.section === b.section && a.topic === b.topic;
}

/** Whether a sentence's paragraph up to it, or its section, names the supervisor or the supervisee: a pronoun may then be theirs. */
function namesPeople(words: CaseWords, names: PeopleNames): boolean {
  const around = new Set(`${words.before ?? words.block} ${words.section}`.split(' '));
  return around.has(SUPERVISOR_WORD) || [...names.supervisor, ...names.supervisee].some((name) => namesIn(around, name));
}

/** "client_dynamics: stuckness" is the text of that evidence in every note that says so: kept once. */
const propertyTexts = new StringPool(4096);

const NO_SCOPE: readonly string[] = [];
/** How many distinct scopes are shared before the pool starts again (SharedPool). */
const scopes = new SharedPool<readonly string[]>(4096);

/**
 * One list for every item of the same case: each sentence's case is worked out as a list of its own,
 * kept as long as its evidence, and a vault's supervision notes name few combinations of clients.
 * Scopes are only read (Evidence.scope), never changed, so sharing them is safe.
 */
function sharedScope(scope: readonly string[]): readonly string[] {
  if (scope.length === 0) return NO_SCOPE;
  const key = scope.join('\u0000');
  return scopes.get(key) ?? scopes.add(key, scope);
}

/** Whose life a note's themes are about, when the sentence's subject is someone else. */
const THEME_ROLE: Record<NoteKind, Role> = { session: 'client', reflection: 'self', supervision: 'unknown', client: 'unknown', person: 'unknown', other: 'unknown' };
/** Whose a theme talked of is (talked-of.ts): the client's, in the notes that talk of clients; a reflection's stay its writer's. */
const TALKED_OF_ROLE: Partial<Record<NoteKind, Role>> = { session: 'client', supervision: 'client' };

const ONLY_TAGS = /^(?:#[\p{L}\p{N}_/-]+\s*)+$/u;

const SOURCE_STRENGTH: Record<EvidenceSource, number> = { property: 3, contract: 2, tag: 1, text: 0, learnt: -1 };

/**
 * Takes another reading of the same item into it: its role joins the roles (an unknown role adds
 * nothing to a known one), the stronger source stays.
 */
function merge(item: Evidence, role: Role, source: EvidenceSource): void {
  if (item.role === 'unknown' && role !== 'unknown') item.role = role;
  else if (role !== 'unknown' && item.role !== role && !item.roles?.includes(role)) item.roles = ROLES.filter((r) => r === role || (item.roles ?? [item.role]).includes(r));
  if (SOURCE_STRENGTH[source] > SOURCE_STRENGTH[item.source]) item.source = source;
}

/** Each value of a dynamics property: a word, a phrase or the name of a linked note. */
function valuesOf(value: unknown): string[] {
  const values = Array.isArray(value) ? value : [value];
  const out: string[] = [];
  for (const v of values) {
    const text = typeof v === 'string' || typeof v === 'number' ? String(v).trim() : '';
    if (text === '') continue;
    const links = text.includes('[') ? findLinks(text) : [];
    if (links.length > 0) for (const l of links) out.push(l.ref.target.replace(/\.md$/i, '').split('/').pop() ?? l.ref.target);
    else out.push(text);
  }
  return out;
}

/**
 * Contract properties whose focus and outcomes are both empty, when the body states no contract
 * either (SPEC section 3): the flat `contract_focus` and `contract_outcomes`, or an older nested
 * `contract` map. Returns the property to cite.
 */
function emptyContractProperty(note: Note): Property | undefined {
  if (note.content.contractStated) return undefined;
  const { properties } = note.content;
  const focus = properties.get(PROPERTY.contractFocus);
  const outcomes = properties.get(PROPERTY.contractOutcomes);
  if (focus || outcomes) return isEmpty(focus?.value) && isEmpty(outcomes?.value) ? (focus ?? outcomes) : undefined;
  const property = properties.get(PROPERTY.contract);
  if (!property) return undefined;
  const value = property.value;
  if (value === null || value === undefined || value === '') return property;
  if (typeof value !== 'object' || Array.isArray(value) || value instanceof Date) return undefined;
  const map = new Map(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k.trim().toLowerCase(), v]));
  return isEmpty(map.get('focus')) && isEmpty(map.get('outcomes')) ? property : undefined;
}

function isEmpty(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.every(isEmpty);
  return false;
}
