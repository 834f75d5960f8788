import type { RelationshipGraph } from '../graph/relationship-graph';
import type { Diagnostic, NoteDiagnostic } from '../model/diagnostic';
import type { EvidencePlace } from '../model/evidence-piece';
import type { Evidence } from '../model/flag';
import type { IsoDay, Note } from '../model/note';
import { writtenBySupervisor } from '../model/note-author';
import { NOTE_TYPES, type NoteKind } from '../model/note-types';
import { PROPERTY } from '../model/property-names';
import { scalarString } from '../parse/properties';
import { outsiderWords } from './outsiders';
import type { Taxonomy } from '../taxonomy/taxonomy';
import { SharedPool } from '../util/string-pool';
import { ListSet } from '../util/list-set';
import { noteNameOf } from '../vault/paths';
import { readNoteEvidence, type EvidenceTools } from './note-evidence';
import { SubjectReader, type PeopleNames } from './subjects';
import { PhraseIndex } from '../cues/phrases';
import type { Who } from './mentions';

/** What is known of one note's evidence: the pieces, and the diagnostics found reading them. */
export interface NoteEvidence {
  readonly diagnostics: NoteDiagnostic[];
  readonly evidence: Evidence[];
}

/**
 * A note's evidence as read here, with its dynamics once asked for (EvidenceStore.dynamicsOf): a slot
 * of its own, where a WeakMap by entry held a table of 16,384 slots (0.26 MB) for 10,000 notes. It
 * is also the place its pieces share (the note's path, type and date: EvidencePiece).
 */
class ReadEvidence implements NoteEvidence, EvidencePlace {
  dynamics: ReadonlySet<string> | undefined = undefined;
  diagnostics: NoteDiagnostic[] = NO_DIAGNOSTICS;
  evidence: Evidence[] = NO_EVIDENCE;

  constructor(
    readonly path: string,
    readonly noteType: NoteKind,
    readonly date: IsoDay | null,
  ) {}
}

/** How many distinct sets of dynamics are shared before the pool starts again (sets handed out stay valid). */
const SHARED_DYNAMIC_SETS = 4096;
const NO_DYNAMICS: ReadonlySet<string> = new Set();
const NO_NAMES: readonly string[] = [];
const NO_DIAGNOSTICS: NoteDiagnostic[] = [];
const NO_EVIDENCE: Evidence[] = [];
/**
 * Subject readers kept for reuse between changes. A change reads a few notes, and a vault's
 * thousands of (type, people) combinations each holding one would cost more than their notes'
 * evidence; a rebuild keeps one per client and practitioner while it runs (readAll). Past this many,
 * start again rather than grow.
 */
const MAX_READERS = 64;
/** The same for session readers while a rebuild runs: a vault's clients are few (the bound is a guard). */
const MAX_READERS_IN_REBUILD = 5000;

/**
 * Each note's evidence, read when first asked for and kept until the note or the names of the
 * people it mentions change (forget). Evidence depends on the note and on those names only.
 */
export class EvidenceStore {
  private readonly byNote = new Map<string, NoteEvidence>();
  /** The dynamics of evidence taken up from the cache (adopt); evidence read here keeps its own (ReadEvidence). */
  private readonly adoptedDynamics = new WeakMap<NoteEvidence, ReadonlySet<string>>();
  /** The sets of dynamics handed out, by their sorted members: notes with the same dynamics share one. */
  private readonly dynamicSets = new SharedPool<ReadonlySet<string>>(SHARED_DYNAMIC_SETS);
  /** How notes refer to each client or person, by id; an entry goes when that note changes. */
  private readonly names = new Map<string, { plain: readonly string[]; person: readonly string[] }>();
  private readonly tools: EvidenceTools;
  /**
   * Supervision and reflection notes' subject readers, by a key joined from their kind and people's
   * names; at most MAX_READERS, a rebuild too. Each supervision names its own set of people, so most
   * keys serve one note: 800 readers kept through a rebuild held 2.4 MB of 10,000 notes' peak.
   */
  private readonly readers = new Map<string, SubjectReader>();
  /**
   * Sessions of one client mention the same people: one subject reader serves them all, found by the
   * client's names, then the practitioner's (none: undefined), each list memoized (namesOf): the same
   * array for all of that client's sessions.
   */
  private readonly sessionReaders = new Map<readonly string[], Map<readonly string[] | undefined, SubjectReader>>();
  /** Readers held in sessionReaders. */
  private readerCount = 0;
  private maxReaders = MAX_READERS;
  private persons: PhraseIndex<Who> | undefined;

  /** @param persons the vault's person notes: those a supervision note is not about are someone else there. */
  constructor(
    private readonly graph: RelationshipGraph,
    taxonomy: Taxonomy,
    private readonly personPaths: () => Iterable<string> = () => [],
  ) {
    const otherPeople = outsiderWords();
    const subjects = (kind: NoteKind, names: PeopleNames): SubjectReader => {
      // A session's reader depends on its client's and practitioner's names alone, each list the
      // same for every session that names them (namesOf): looked up by the lists, not by a key
      // joined from them for every session.
      if (kind === 'session') {
        let reader = this.sessionReaders.get(names.client)?.get(names.practitioner);
        if (!reader) {
          // Room first: clearing after the lookup would put the new reader in a map let go.
          this.makeRoom();
          let byPractitioner = this.sessionReaders.get(names.client);
          if (!byPractitioner) this.sessionReaders.set(names.client, (byPractitioner = new Map<readonly string[] | undefined, SubjectReader>()));
          byPractitioner.set(names.practitioner, (reader = new SubjectReader(kind, names, otherPeople)));
          this.readerCount++;
        }
        return reader;
      }
      const key = [kind, names.author, names.client.join('\u0001'), names.supervisor.join('\u0001'), names.supervisee.join('\u0001'), (names.practitioner ?? []).join('\u0001')].join('\u0000');
      let reader = this.readers.get(key);
      if (!reader) {
        if (this.readers.size >= MAX_READERS) this.readers.clear();
        this.readers.set(key, (reader = new SubjectReader(kind, names, otherPeople)));
      }
      return reader;
    };
    this.tools = { taxonomy, subjects };
  }

  /** Runs a rebuild, which reads every note's evidence: readers are kept for all of it, and let go after. */
  readAll(rebuild: () => void): void {
    this.maxReaders = MAX_READERS_IN_REBUILD;
    try {
      rebuild();
    } finally {
      this.maxReaders = MAX_READERS;
      this.clearReaders();
    }
  }

  /** Starts again rather than hold more session readers than the bound. */
  private makeRoom(): void {
    if (this.readerCount >= this.maxReaders) {
      this.sessionReaders.clear();
      this.readerCount = 0;
    }
  }

  private clearReaders(): void {
    this.readers.clear();
    this.sessionReaders.clear();
    this.readerCount = 0;
  }

  evidence(path: string): Evidence[] {
    return this.entry(path)?.evidence ?? [];
  }

  /** The dynamics (and markers) a note has evidence of. */
  dynamicsOf(path: string): ReadonlySet<string> {
    const entry = this.entry(path);
    if (!entry) return NO_DYNAMICS;
    let found = entry instanceof ReadEvidence ? entry.dynamics : this.adoptedDynamics.get(entry);
    if (!found) {
      const all = new Set<string>();
      for (const e of entry.evidence) all.add(e.dynamic);
      // Kept as long as the evidence: a note's few dynamics as a list, not a Set, and one list for
      // every note with the same ones (a vault's notes share a few hundred combinations).
      const key = [...all].sort().join('\u0000');
      found = this.dynamicSets.get(key) ?? this.dynamicSets.add(key, ListSet.compact(all));
      if (entry instanceof ReadEvidence) entry.dynamics = found;
      else this.adoptedDynamics.set(entry, found);
    }
    return found;
  }

  /** Evidence read so far, by note, for the cache. */
  entries(): IterableIterator<[string, NoteEvidence]> {
    return this.byNote.entries();
  }

  /** Takes up a note's evidence read earlier (from the cache). */
  adopt(path: string, entry: NoteEvidence): void {
    this.byNote.set(path, entry);
  }

  /** Drops a note's evidence; returns what it had (evidence never read has fed no flag: none). */
  forget(path: string): Evidence[] {
    const before = this.byNote.get(path)?.evidence ?? [];
    this.byNote.delete(path);
    return before;
  }

  /**
   * Anyone with a person note ("Marcus phoned me before Priya's hour", in Priya's note) is no one of a
   * supervision note unless one of its own people: one index of their names for the vault, made when
   * first needed, not one per note.
   */
  private personsIndex(): PhraseIndex<Who> {
    if (!this.persons) {
      this.persons = new PhraseIndex<Who>(0);
      for (const person of this.personPaths()) for (const name of this.namesOf(person, true)) this.persons.add(name, 'other');
    }
    return this.persons;
  }

  /** A person note came, went or changed: the index of their names is made again, and the readers that hold it go. */
  forgetPersons(): void {
    this.persons = undefined;
    this.clearReaders();
  }

  /** Drops what a note gives others (its names), keeping its own evidence. */
  forgetNames(path: string): void {
    this.names.delete(path);
  }

  clear(): void {
    this.byNote.clear();
    this.names.clear();
    this.persons = undefined;
  }

  /** Unknown dynamics and similar findings, for every note whose evidence is read. */
  diagnostics(): Diagnostic[] {
    const out: Diagnostic[] = [];
    for (const note of this.graph.allNotes()) {
      if (!NOTE_TYPES[note.content.kind].readsBody) continue;
      for (const d of this.entry(note.path)?.diagnostics ?? []) out.push({ path: note.path, ...d });
    }
    return out;
  }

  private entry(path: string): NoteEvidence | undefined {
    const hit = this.byNote.get(path);
    if (hit) return hit;
    const note = this.graph.note(path);
    if (!note) return undefined;
    const entry = new ReadEvidence(note.path, note.content.kind, note.date ?? null);
    const { items, diagnostics } = readNoteEvidence(note, this.peopleNames(note), this.tools, entry);
    // Kept until the note changes: lists of their own size (one grown by push holds room for 17).
    if (diagnostics.length > 0) entry.diagnostics = diagnostics;
    if (items.length > 0) entry.evidence = items.slice();
    this.byNote.set(path, entry);
    return entry;
  }

  private peopleNames(note: Note): PeopleNames {
    if (note.content.kind === 'session') {
      const client = this.graph.clientOf(note.path);
      const names: PeopleNames = { client: client ? this.namesOf(client) : NO_NAMES, supervisor: NO_NAMES, supervisee: NO_NAMES, author: 'supervisee' };
      // The session's practitioner named in it is the practitioner: a supervisor's case summary names
      // the supervisee who presented it ("Marcus went over Earl's glucose log"), with or without
      // `author: supervisor`, which SPEC defines for supervision notes only.
      const practitioner = this.graph.linkTarget(note.path, PROPERTY.practitioner) ?? (client ? this.graph.linkTarget(client, PROPERTY.practitioner) : undefined);
      if (practitioner) names.practitioner = this.namesOf(practitioner, true);
      return names;
    }
    if (note.content.kind !== 'supervision') return { client: NO_NAMES, supervisor: NO_NAMES, supervisee: NO_NAMES, author: 'supervisee' };
    const author = writtenBySupervisor(note) ? 'supervisor' : 'supervisee';
    const supervisor = this.graph.linkTarget(note.path, PROPERTY.supervisor);
    const supervisee = this.graph.linkTarget(note.path, PROPERTY.supervisee);
    const cases = new Map<string, readonly string[]>();
    for (const e of this.graph.edgesOut(note.path, 'discusses')) cases.set(e.to, this.namesOf(e.to));
    const client: string[] = [];
    for (const names of cases.values()) for (const name of names) client.push(name);
    return {
      client,
      cases,
      supervisor: supervisor ? this.namesOf(supervisor, true) : NO_NAMES,
      supervisee: supervisee ? this.namesOf(supervisee, true) : NO_NAMES,
      author,
      persons: this.personsIndex(),
    };
  }

  /** How notes refer to someone: the note's name, code and aliases (and a person's first name). */
  private namesOf(id: string, person = false): readonly string[] {
    let known = this.names.get(id);
    if (!known) this.names.set(id, (known = this.readNames(id)));
    return person ? known.person : known.plain;
  }

  private readNames(id: string): { plain: readonly string[]; person: readonly string[] } {
    const note = this.graph.note(id);
    const name = note ? note.name : noteNameOf(id);
    const names = [name];
    if (note) {
      const code = scalarString(note.content.properties.get(PROPERTY.code)?.value);
      if (code) names.push(code);
      for (const alias of note.content.aliases) names.push(alias);
    }
    const first = name.split(/\s+/)[0];
    return { plain: names, person: first !== name && first.length >= 3 ? [...names, first] : names };
  }
}
