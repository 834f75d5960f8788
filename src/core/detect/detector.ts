import type { RelationshipGraph } from '../graph/relationship-graph';
import { unresolvedId } from '../model/edges';
import type { Diagnostic, NoteDiagnostic } from '../model/diagnostic';
import type { Evidence, EvidenceSource, Flag, FlagKind, Role } from '../model/flag';
import type { Note } from '../model/note';
import type { NoteKind } from '../model/note-types';
import { dayNumber } from '../parse/dates';
import { scalarString } from '../parse/properties';
import { contextCues } from '../taxonomy/default-taxonomy';
import type { DynamicKind, Taxonomy } from '../taxonomy/taxonomy';
import { noteNameOf } from '../vault/paths';
import type { DetectionView, PractitionerHit, SessionRef } from './detection-view';
import { readNoteEvidence, type EvidenceTools } from './note-evidence';
import { mirrorFlags } from './rules/mirror-rules';
import { patternFlags } from './rules/pattern-rule';
import { resonanceFlags } from './rules/resonance-rule';
import type { DetectionSettings } from './settings';
import { addTo } from '../util/multimap';
import { SubjectReader, type PeopleNames } from './subjects';
import { reflectionPrompt } from './flag-text';
import { ImportedEvidence, type CachedEvidence } from './cached-evidence';

const ROLES: readonly Role[] = ['client', 'practitioner', 'supervisee', 'supervisor', 'self', 'process', 'unknown'];
const SOURCES: readonly EvidenceSource[] = ['property', 'tag', 'text', 'contract'];

/**
 * A flag: its fields in order, without the prompt (it follows from the kind); then its evidence as
 * (note, row) positions in `evidence`, flattened, or, should a piece not be found there, as objects.
 */
type FlagRow = [string, FlagKind, string, string | null, string | null, string | null, number, string, number[] | Evidence[]];

/**
 * The detector's state as compact plain data, for the persistent cache: numbers wherever they can
 * stand for strings, since the cache is parsed at every start.
 */
export interface DetectorState {
  /** The dynamics the evidence refers to by number. */
  dynamics: string[];
  /** Evidence texts that are not sentences of their note (`themes: loss`), each once; a row refers to text i as -(i + 1). */
  texts: string[];
  /**
   * Per note with evidence: its path, its evidence flattened as numbers, (dynamic, role, source,
   * line, text) per piece, the text as a sentence reference (see exportState) or into `texts`, and
   * its detection diagnostics.
   */
  evidence: [string, number[], NoteDiagnostic[]][];
  flags: [string, FlagRow[]][];
}

/** Rows per note a piece's position can tell apart: a note's place times this, plus its row. */
const ROW_SPAN = 2 ** 24;
const NO_DYNAMICS: ReadonlySet<string> = new Set();
const NO_NAMES: readonly string[] = [];

/**
 * Flags for a whole vault, kept current one change at a time. Flags belong to an anchor (a
 * supervision, a reflection or a practitioner); a change recomputes only the anchors it can affect.
 */
export class Detector implements DetectionView {
  private readonly tools: EvidenceTools;
  private readonly evidenceCache = new Map<string, CachedEvidence>();
  private readonly flagsByAnchor = new Map<string, Flag[]>();
  private readonly sessions = new Map<string, SessionRef>();
  private readonly byClient = new Map<string, Set<string>>();
  private readonly byPractitioner = new Map<string, Set<string>>();
  private readonly reflections = new Map<string, { day: number; practitioner?: string }>();
  /** Every dated session in (day, path) order, kept sorted as sessions come, go and move. */
  private readonly sessionsByDay: SessionRef[] = [];
  /** While every note's facts are read afresh, sessions are sorted once at the end rather than inserted in order. */
  private sortingLater = false;
  /** The tables of the state taken up last, which its evidence rows refer to. */
  private importedTables: Pick<DetectorState, 'dynamics' | 'texts'> | undefined;
  /** Set when a state is taken up: the session facts above are derived from the graph when first needed. */
  private factsPending = false;
  private readonly sortedRefs = new Map<string, SessionRef[]>();
  /** A supervision's mirror flags per client it discusses; a change to the supervision or to that client's sessions drops them. */
  private readonly mirrorsByClient = new Map<string, Map<string, Flag[]>>();
  /** How notes refer to each client or person, by id; an entry goes when that note changes. */
  private readonly names = new Map<string, { plain: readonly string[]; person: readonly string[] }>();
  /**
   * A practitioner's sessions with their practitioner-role evidence, by dynamic. A session that
   * changes drops the entries of the dynamics it changed (markSession); a missing entry is re-read.
   */
  private readonly hitsByPractitioner = new Map<string, Map<string, PractitionerHit[]>>();
  /** All flags by score, kept sorted. */
  private sortedFlags: Flag[] = [];

  constructor(
    private readonly graph: RelationshipGraph,
    private readonly taxonomy: Taxonomy,
    readonly settings: DetectionSettings,
  ) {
    const otherPeople = contextCues().experiencer_other;
    // Sessions of one client mention the same people: one subject reader serves them all.
    const readers = new Map<string, SubjectReader>();
    // A session's names are its client's (memoized): the same array for all of that client's sessions.
    const sessionReaders = new WeakMap<readonly string[], SubjectReader>();
    const subjects = (kind: NoteKind, names: PeopleNames): SubjectReader => {
      if (kind === 'session') {
        let reader = sessionReaders.get(names.client);
        if (!reader) sessionReaders.set(names.client, (reader = new SubjectReader(kind, names, otherPeople)));
        return reader;
      }
      const key = [kind, names.author, names.client.join('\u0001'), names.supervisor.join('\u0001'), names.supervisee.join('\u0001')].join('\u0000');
      let reader = readers.get(key);
      if (!reader) {
        if (readers.size > 5000) readers.clear();
        readers.set(key, (reader = new SubjectReader(kind, names, otherPeople)));
      }
      return reader;
    };
    this.tools = { taxonomy, subjects };
  }

  /** Recomputes every flag. */
  rebuild(): void {
    this.reset();
    const anchors = new Set<string>();
    this.refreshAllFacts();
    for (const note of this.graph.allNotes()) {
      // After a reset only supervisions and reflections can anchor flags (update() also visits former ones).
      if (note.content.kind === 'supervision') anchors.add(`S:${note.path}`);
      else if (note.content.kind === 'reflection') anchors.add(`R:${note.path}`);
    }
    for (const [practitioner, sessions] of this.byPractitioner) {
      const dynamics = new Set<string>();
      for (const session of sessions) for (const d of this.dynamicsOf(session)) dynamics.add(d);
      for (const d of dynamics) anchors.add(patternAnchor(practitioner, d));
    }
    this.recompute(anchors);
  }

  /**
   * Updates the flags after `changed` notes changed content (or came, went or moved); `related` are
   * the notes whose relationships the graph recomputed because of it.
   */
  update(changed: Iterable<string>, related: Iterable<string> = []): void {
    if (this.factsPending) throw new Error('The detector must be prepared for changes before the graph changes');
    const reread = new Set(changed);
    for (const path of reread) this.names.delete(path);
    for (const path of [...reread]) {
      // A client note's names and practitioner feed its sessions, and its names the supervisions
      // that discuss it; a person's names feed the supervisions that name them.
      for (const session of this.byClient.get(path) ?? []) reread.add(session);
      for (const e of this.graph.edgesIn(path, 'session-of')) reread.add(e.from);
      for (const e of this.graph.edgesIn(path, 'discusses')) reread.add(e.from);
      for (const source of this.graph.linkedFrom(path)) if (this.graph.note(source)?.content.kind === 'supervision') reread.add(source);
    }
    for (const path of related) reread.add(path);

    const anchors = new Set<string>();
    for (const path of reread) {
      const before = this.sessions.get(path);
      // Evidence never read has fed no flag: it counts as none.
      const evidenceBefore = this.evidenceCache.get(path)?.evidence ?? [];
      this.evidenceCache.delete(path);
      this.mirrorsByClient.delete(path);
      this.refreshFacts(path);
      const after = this.sessions.get(path);
      const moved = before?.client !== after?.client || before?.practitioner !== after?.practitioner || before?.day !== after?.day;
      const dynamics = moved ? allDynamics(evidenceBefore, this.evidence(path)) : changedDynamics(evidenceBefore, this.evidence(path));
      if (before) this.markSession(before, dynamics, anchors);
      if (after) this.markSession(after, dynamics, anchors);
      anchors.add(`S:${path}`).add(`R:${path}`);
    }
    this.recompute(anchors);
  }

  flags(): Flag[] {
    return this.sortedFlags;
  }

  /**
   * Everything the detector knows, as plain data: each note's evidence and each anchor's flags, whose
   * evidence refers to the notes' rows. `sentenceRef` may replace an evidence text by the number of
   * a sentence its note's cached content keeps anyway; importState gets it back. With it, evidence
   * taken up from a state and not read again since is written back as it was, in that state's tables.
   */
  exportState(sentenceRef?: (path: string, text: string) => string | number): DetectorState {
    const imported = sentenceRef ? this.importedTables : undefined;
    const state: DetectorState = { dynamics: [...(imported?.dynamics ?? [])], texts: [...(imported?.texts ?? [])], evidence: [], flags: [] };
    const dynamicIndex = new Map(state.dynamics.map((d, i) => [d, i]));
    const textIndex = new Map(state.texts.map((t, i) => [t, i]));
    const textOf = (path: string, text: string): number => {
      const ref = sentenceRef?.(path, text) ?? text;
      if (typeof ref === 'number') return ref;
      let i = textIndex.get(ref);
      if (i === undefined) {
        textIndex.set(ref, (i = state.texts.length));
        state.texts.push(ref);
      }
      return -(i + 1);
    };
    // A piece's position: its note's place in state.evidence times ROW_SPAN, plus its row.
    const positions = new Map<Evidence, number>();
    const notePositions = new Map<string, number>();
    for (const [path, entry] of this.evidenceCache) {
      const note = state.evidence.length;
      notePositions.set(path, note);
      if (imported && entry instanceof ImportedEvidence) {
        state.evidence.push([path, entry.rows, entry.diagnostics]);
        continue;
      }
      const rows: number[] = [];
      entry.evidence.forEach((e, row) => {
        positions.set(e, note * ROW_SPAN + row);
        let d = dynamicIndex.get(e.dynamic);
        if (d === undefined) {
          dynamicIndex.set(e.dynamic, (d = state.dynamics.length));
          state.dynamics.push(e.dynamic);
        }
        rows.push(d, ROLES.indexOf(e.role), SOURCES.indexOf(e.source), e.line, textOf(path, e.text));
      });
      state.evidence.push([path, rows, entry.diagnostics]);
    }
    const positionOf = (e: Evidence): number | undefined => {
      const entry = this.evidenceCache.get(e.path);
      const row = imported && entry instanceof ImportedEvidence ? entry.rowOf(e) : -1;
      return row >= 0 ? notePositions.get(e.path)! * ROW_SPAN + row : positions.get(e);
    };
    for (const [anchor, list] of this.flagsByAnchor) {
      const rows = list.map((f): FlagRow => {
        const refs: number[] = [];
        for (const e of f.evidence) {
          const at = positionOf(e);
          if (at === undefined) break;
          refs.push(Math.floor(at / ROW_SPAN), at % ROW_SPAN);
        }
        const evidence = refs.length === f.evidence.length * 2 ? refs : f.evidence;
        return [f.id, f.kind, f.dynamic, f.client, f.practitioner, f.supervision, f.score, f.question, evidence];
      });
      state.flags.push([anchor, rows]);
    }
    return state;
  }

  /**
   * Takes up a state exported for exactly the notes the graph now holds, instead of rebuilding:
   * start-up from a cache. Later changes then update it incrementally as usual.
   */
  importState(state: DetectorState, textOf: (path: string, ref: number) => string = () => ''): void {
    this.reset();
    this.importedTables = { dynamics: state.dynamics, texts: state.texts };
    // The flags are taken up as they were; only a change or a rule needs the session facts.
    this.factsPending = true;
    const notes: (ImportedEvidence | undefined)[] = [];
    for (const [path, rows, diagnostics] of state.evidence) {
      const note = this.graph.note(path);
      if (!note) {
        notes.push(undefined);
        continue;
      }
      const noteType = note.content.kind;
      const date = note.date ?? null;
      const make = (r: readonly number[], i: number): Evidence => {
        const at = i * 5;
        const text = r[at + 4];
        return {
          path,
          dynamic: state.dynamics[r[at]],
          noteType,
          date,
          role: ROLES[r[at + 1]],
          source: SOURCES[r[at + 2]],
          line: r[at + 3],
          text: text < 0 ? (state.texts[-text - 1] ?? '') : textOf(path, text),
        };
      };
      const entry = new ImportedEvidence(note, diagnostics, rows, make);
      notes.push(entry);
      this.evidenceCache.set(path, entry);
    }
    for (const [anchor, rows] of state.flags) {
      const flags = rows.map(([id, kind, dynamic, client, practitioner, supervision, score, question, refs]): Flag => {
        let evidence: Evidence[];
        if (refs.length > 0 && typeof refs[0] === 'number') {
          const positions = refs as number[];
          evidence = [];
          for (let i = 0; i + 1 < positions.length; i += 2) {
            const e = notes[positions[i]]?.piece(positions[i + 1]);
            if (e) evidence.push(e);
          }
        } else evidence = refs as Evidence[];
        return { id, kind, dynamic, client, practitioner, supervision, score, question, prompt: reflectionPrompt(kind), evidence };
      });
      this.flagsByAnchor.set(anchor, flags);
    }
    this.sortedFlags = [...this.flagsByAnchor.values()].flat().sort(byScore);
  }

  /** Unknown dynamics and similar findings, for every note whose evidence the detector reads. */
  diagnostics(): Diagnostic[] {
    const out: Diagnostic[] = [];
    for (const note of this.graph.allNotes()) {
      const k = note.content.kind;
      if (k !== 'session' && k !== 'supervision' && k !== 'reflection') continue;
      for (const d of this.cached(note.path)?.diagnostics ?? []) out.push({ path: note.path, ...d });
    }
    return out;
  }

  /**
   * Derives what a taken-up state left for later (the session facts) from the graph as it is now.
   * Hosts call it before a change reaches the graph, as update() must know where sessions were.
   */
  prepareForChanges(): void {
    this.ensureFacts();
  }

  private ensureFacts(): void {
    if (!this.factsPending) return;
    this.factsPending = false;
    this.refreshAllFacts();
  }

  private reset(): void {
    this.factsPending = false;
    this.importedTables = undefined;
    this.evidenceCache.clear();
    this.flagsByAnchor.clear();
    this.sessions.clear();
    this.byClient.clear();
    this.byPractitioner.clear();
    this.reflections.clear();
    this.sortedRefs.clear();
    this.hitsByPractitioner.clear();
    this.names.clear();
    this.mirrorsByClient.clear();
    this.sessionsByDay.length = 0;
    this.sortedFlags = [];
  }

  // DetectionView

  evidence(path: string): Evidence[] {
    return this.cached(path)?.evidence ?? [];
  }

  dynamicsOf(path: string): ReadonlySet<string> {
    const entry = this.cached(path);
    if (!entry) return NO_DYNAMICS;
    if (!entry.dynamics) {
      entry.dynamics = new Set();
      for (const e of entry.evidence) entry.dynamics.add(e.dynamic);
    }
    return entry.dynamics;
  }

  kindOf(dynamic: string): DynamicKind {
    return this.taxonomy.get(dynamic)?.kind ?? 'dynamic';
  }

  clientsDiscussedBy(supervisionPath: string): string[] {
    return this.graph.edgesOut(supervisionPath, 'discusses').map((e) => e.to).sort();
  }

  sessionsOfClient(client: string): SessionRef[] {
    this.ensureFacts();
    return this.refs(`C:${client}`, this.byClient.get(client));
  }

  sessionsOfPractitioner(practitioner: string): SessionRef[] {
    this.ensureFacts();
    return this.refs(`P:${practitioner}`, this.byPractitioner.get(practitioner));
  }

  sessionsBetween(fromDay: number, toDay: number): SessionRef[] {
    this.ensureFacts();
    const list = this.sessionsByDay;
    const out: SessionRef[] = [];
    for (let i = lowerBound(list, (x) => x.day < fromDay); i < list.length && list[i].day <= toDay; i++) out.push(list[i]);
    return out;
  }

  practitionerHits(practitioner: string, dynamic: string): readonly PractitionerHit[] {
    let byDynamic = this.hitsByPractitioner.get(practitioner);
    if (!byDynamic) this.hitsByPractitioner.set(practitioner, (byDynamic = this.allPractitionerHits(practitioner)));
    let hits = byDynamic.get(dynamic);
    if (!hits) {
      hits = [];
      for (const session of this.sessionsOfPractitioner(practitioner)) {
        if (!this.dynamicsOf(session.path).has(dynamic)) continue;
        const evidence = this.evidence(session.path).filter((e) => e.dynamic === dynamic && e.role === 'practitioner');
        if (evidence.length > 0) hits.push({ session, evidence });
      }
      byDynamic.set(dynamic, hits);
    }
    return hits;
  }

  reflectionPractitioner(path: string): string | undefined {
    this.ensureFacts();
    return this.reflections.get(path)?.practitioner;
  }

  clientLabel(client: string): string {
    const note = this.graph.note(client);
    if (note) return scalarString(note.content.properties.get('code')?.value) ?? note.name;
    for (const e of this.graph.edgesIn(client, 'session-of')) {
      const link = this.graph.links(e.from).find((l) => l.link.property === 'client');
      if (link) return link.link.target;
    }
    return client;
  }

  practitionerOf(client: string): string | null {
    this.ensureFacts();
    const fromClient = this.linkTarget(client, 'practitioner');
    if (fromClient?.endsWith('.md')) return fromClient;
    for (const path of this.byClient.get(client) ?? []) {
      const p = this.sessions.get(path)?.practitioner;
      if (p?.endsWith('.md')) return p;
    }
    return null;
  }

  // Internals

  /** A client's or practitioner's sessions in day order, sorted once until one of them changes. */
  /** Keeps a sorted session list current as one session leaves or comes; the list is replaced, never changed, as callers may hold it. */
  private resort(key: string, leaving: SessionRef | undefined, coming: SessionRef | undefined): void {
    const list = this.sortedRefs.get(key);
    if (!list) return;
    const next = list.slice();
    if (leaving) {
      const at = lowerBound(next, (x) => bySessionOrder(x, leaving) < 0);
      if (next[at] === leaving) next.splice(at, 1);
      else {
        this.sortedRefs.delete(key);
        return;
      }
    }
    if (coming) next.splice(lowerBound(next, (x) => bySessionOrder(x, coming) < 0), 0, coming);
    this.sortedRefs.set(key, next);
  }

  private refs(key: string, paths: Set<string> | undefined): SessionRef[] {
    let sorted = this.sortedRefs.get(key);
    if (!sorted) {
      sorted = [];
      for (const p of paths ?? []) {
        const ref = this.sessions.get(p);
        if (ref) sorted.push(ref);
      }
      sorted.sort(bySessionOrder);
      this.sortedRefs.set(key, sorted);
    }
    return sorted;
  }

  /** The anchors a change to these dynamics of a session can affect: its client's supervisions, its practitioner's patterns, reflections near it. */
  private markSession(ref: SessionRef, dynamics: ReadonlySet<string>, anchors: Set<string>): void {
    for (const e of this.graph.edgesIn(ref.client, 'discusses')) {
      this.mirrorsByClient.get(e.from)?.delete(ref.client);
      anchors.add(`S:${e.from}`);
    }
    const hits = this.hitsByPractitioner.get(ref.practitioner);
    for (const d of dynamics) {
      hits?.delete(d);
      anchors.add(patternAnchor(ref.practitioner, d));
    }
    const days = this.settings.resonanceDays;
    if (dynamics.size === 0) return;
    // Every update passes here twice: forEach, unlike for-of, makes no [key, value] pair per reflection.
    this.reflections.forEach(({ day, practitioner }, path) => {
      if (Math.abs(day - ref.day) > days || (practitioner !== undefined && practitioner !== ref.practitioner)) return;
      const theirs = this.dynamicsOf(path);
      for (const d of dynamics) {
        if (!theirs.has(d)) continue;
        anchors.add(`R:${path}`);
        return;
      }
    });
  }

  /** Re-reads where a note sits in time and in the practice: its session facts or reflection date. */
  /** Reads every note's facts after a reset. */
  private refreshAllFacts(): void {
    this.sortingLater = true;
    for (const note of this.graph.allNotes()) this.refreshFacts(note.path);
    this.sortingLater = false;
    this.sessionsByDay.sort(bySessionOrder);
  }

  /** Every dynamic's hits for a practitioner in one pass over their sessions, for a rebuild. */
  private allPractitionerHits(practitioner: string): Map<string, PractitionerHit[]> {
    const byDynamic = new Map<string, PractitionerHit[]>();
    for (const session of this.sessionsOfPractitioner(practitioner)) {
      const inSession = new Map<string, Evidence[]>();
      for (const e of this.evidence(session.path)) {
        // Every dynamic of these sessions gets an entry, so none is looked for again one at a time.
        if (!byDynamic.has(e.dynamic)) byDynamic.set(e.dynamic, []);
        if (e.role !== 'practitioner') continue;
        const list = inSession.get(e.dynamic);
        if (list) list.push(e);
        else inSession.set(e.dynamic, [e]);
      }
      for (const [d, evidence] of inSession) byDynamic.get(d)!.push({ session, evidence });
    }
    return byDynamic;
  }

  private refreshFacts(path: string): void {
    const before = this.sessions.get(path);
    if (before) {
      this.resort(`C:${before.client}`, before, undefined);
      this.resort(`P:${before.practitioner}`, before, undefined);
      this.byClient.get(before.client)?.delete(path);
      this.byPractitioner.get(before.practitioner)?.delete(path);
      this.sessions.delete(path);
      this.sessionsByDay.splice(lowerBound(this.sessionsByDay, (x) => bySessionOrder(x, before) < 0), 1);
    }
    this.reflections.delete(path);
    const note = this.graph.note(path);
    if (!note || note.isTemplate || !note.date) return;
    if (note.content.kind === 'reflection') this.reflections.set(path, { day: dayNumber(note.date), practitioner: this.linkTarget(path, 'practitioner') });
    if (note.content.kind !== 'session') return;
    const client = this.graph.clientOf(path);
    if (client === undefined) return;
    const practitioner = this.linkTarget(path, 'practitioner') ?? this.linkTarget(client, 'practitioner') ?? '';
    const ref: SessionRef = { path, client, practitioner, day: dayNumber(note.date), date: note.date };
    this.sessions.set(path, ref);
    addTo(this.byClient, client, path);
    addTo(this.byPractitioner, practitioner, path);
    if (this.sortingLater) {
      // After a reset there is no sorted list to drop, and the day order comes at the end.
      this.sessionsByDay.push(ref);
      return;
    }
    this.resort(`C:${client}`, undefined, ref);
    this.resort(`P:${practitioner}`, undefined, ref);
    this.sessionsByDay.splice(lowerBound(this.sessionsByDay, (x) => bySessionOrder(x, ref) < 0), 0, ref);
  }

  private linkTarget(path: string, property: string): string | undefined {
    const link = this.graph.links(path).find((l) => l.link.property === property);
    return link ? (link.target ?? unresolvedId(link.link.target)) : undefined;
  }

  private recompute(anchors: Set<string>): void {
    const leaving = new Set<Flag>();
    const fresh: Flag[] = [];
    for (const anchor of anchors) {
      for (const old of this.flagsByAnchor.get(anchor) ?? []) leaving.add(old);
      const flags = this.compute(anchor);
      if (flags.length > 0) this.flagsByAnchor.set(anchor, flags);
      else this.flagsByAnchor.delete(anchor);
      fresh.push(...flags);
    }
    // The other flags keep their order; the recomputed ones merge in, so a change costs no full sort.
    this.sortedFlags = mergeSorted(this.sortedFlags, leaving, fresh.sort(byScore));
  }

  private compute(anchor: string): Flag[] {
    const key = anchor.slice(2);
    if (anchor.startsWith('P:')) {
      const [practitioner, dynamic] = key.split('\u0000');
      return patternFlags(this, this.taxonomy, practitioner, dynamic);
    }
    const note = this.graph.note(key);
    if (!note || note.isTemplate) return [];
    if (anchor.startsWith('S:') && note.content.kind === 'supervision') {
      let byClient = this.mirrorsByClient.get(key);
      if (!byClient) this.mirrorsByClient.set(key, (byClient = new Map<string, Flag[]>()));
      return mirrorFlags(this, this.taxonomy, note, byClient);
    }
    if (anchor.startsWith('R:') && note.content.kind === 'reflection') return resonanceFlags(this, this.taxonomy, note);
    return [];
  }

  /**
   * A note's evidence. It depends on the note and on the names of the people it mentions; update()
   * drops the entries of every note whose content or names changed, so a hit needs no check.
   */
  private cached(path: string): CachedEvidence | undefined {
    const hit = this.evidenceCache.get(path);
    if (hit) return hit;
    const note = this.graph.note(path);
    if (!note) return undefined;
    const { items: evidence, diagnostics } = readNoteEvidence(note, this.peopleNames(note), this.tools);
    const entry: CachedEvidence = { note, diagnostics, evidence };
    this.evidenceCache.set(path, entry);
    return entry;
  }

  private peopleNames(note: Note): PeopleNames {
    if (note.content.kind === 'session') {
      const client = this.graph.clientOf(note.path);
      return { client: client ? this.namesOf(client) : NO_NAMES, supervisor: NO_NAMES, supervisee: NO_NAMES, author: 'supervisee' };
    }
    if (note.content.kind !== 'supervision') return { client: NO_NAMES, supervisor: NO_NAMES, supervisee: NO_NAMES, author: 'supervisee' };
    const author = scalarString(note.content.properties.get('author')?.value)?.trim().toLowerCase() === 'supervisor' ? 'supervisor' : 'supervisee';
    const supervisor = this.linkTarget(note.path, 'supervisor');
    const supervisee = this.linkTarget(note.path, 'supervisee');
    return {
      client: this.graph.edgesOut(note.path, 'discusses').flatMap((e) => this.namesOf(e.to)),
      supervisor: supervisor ? this.namesOf(supervisor, true) : NO_NAMES,
      supervisee: supervisee ? this.namesOf(supervisee, true) : NO_NAMES,
      author,
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
      const code = scalarString(note.content.properties.get('code')?.value);
      if (code) names.push(code);
      names.push(...note.content.aliases);
    }
    const first = name.split(/\s+/)[0];
    return { plain: names, person: first !== name && first.length >= 3 ? [...names, first] : names };
  }
}

function allDynamics(before: readonly Evidence[], after: readonly Evidence[]): Set<string> {
  return new Set([...before, ...after].map((e) => e.dynamic));
}

/** Dynamics whose evidence in a note differs between two readings (a line moved, a cue came or went). */
function changedDynamics(before: readonly Evidence[], after: readonly Evidence[]): Set<string> {
  const signature = (list: readonly Evidence[]): Map<string, string> => {
    const byDynamic = new Map<string, string>();
    for (const e of list) byDynamic.set(e.dynamic, `${byDynamic.get(e.dynamic) ?? ''}|${e.role}:${e.source}:${e.line}:${e.date ?? ''}:${e.text}`);
    return byDynamic;
  };
  const a = signature(before);
  const b = signature(after);
  const changed = new Set<string>();
  for (const d of new Set([...a.keys(), ...b.keys()])) if (a.get(d) !== b.get(d)) changed.add(d);
  return changed;
}

/** Pattern flags are kept per practitioner and dynamic, so one session recomputes only its own dynamics. */
function patternAnchor(practitioner: string, dynamic: string): string {
  return `P:${practitioner}\u0000${dynamic}`;
}

function byScore(a: Flag, b: Flag): number {
  return b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** The flags of `sorted` but those `leaving`, and the sorted `fresh` ones, in one sorted list. */
function mergeSorted(sorted: Flag[], leaving: ReadonlySet<Flag>, fresh: Flag[]): Flag[] {
  if (leaving.size === 0 && fresh.length === 0) return sorted;
  const out: Flag[] = [];
  let j = 0;
  for (const flag of sorted) {
    if (leaving.has(flag)) continue;
    while (j < fresh.length && byScore(fresh[j], flag) < 0) out.push(fresh[j++]);
    out.push(flag);
  }
  while (j < fresh.length) out.push(fresh[j++]);
  return out;
}

function bySessionOrder(a: SessionRef, b: SessionRef): number {
  return a.day - b.day || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
}

/** The first index whose element is not `before` (the list is partitioned by the predicate). */
function lowerBound<T>(list: readonly T[], before: (x: T) => boolean): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(list[mid])) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
