import type { RelationshipGraph } from '../graph/relationship-graph';
import { unresolvedId } from '../graph/edges';
import type { Diagnostic } from '../model/diagnostic';
import type { Evidence, Flag } from '../model/flag';
import type { Note } from '../model/note';
import { dayNumber } from '../parse/dates';
import { scalarString } from '../parse/properties';
import { contextCues } from '../taxonomy/default-taxonomy';
import type { DynamicKind, Taxonomy } from '../taxonomy/taxonomy';
import { noteNameOf } from '../vault/paths';
import { ContextReader } from './context';
import { CueMatcher } from './cue-matcher';
import type { DetectionView, SessionRef } from './detection-view';
import { readNoteEvidence, type EvidenceResult, type EvidenceTools } from './note-evidence';
import { mirrorFlags } from './rules/mirror-rules';
import { patternFlags } from './rules/pattern-rule';
import { resonanceFlags } from './rules/resonance-rule';
import type { DetectionSettings } from './settings';
import type { PeopleNames } from './subjects';

interface CachedEvidence {
  note: Note;
  signature: string;
  result: EvidenceResult;
  evidence: Evidence[];
}

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
  private readonly reflectionDays = new Map<string, number>();
  private sessionsByDay: SessionRef[] | undefined;
  private sortedFlags: Flag[] | undefined;

  constructor(
    private readonly graph: RelationshipGraph,
    private readonly taxonomy: Taxonomy,
    readonly settings: DetectionSettings,
  ) {
    const cues = contextCues();
    this.tools = { taxonomy, cues: new CueMatcher(taxonomy.definitions), context: new ContextReader(cues), otherPeople: cues.experiencer_other };
  }

  /** Recomputes every flag. */
  rebuild(): void {
    this.flagsByAnchor.clear();
    this.sessions.clear();
    this.byClient.clear();
    this.byPractitioner.clear();
    this.reflectionDays.clear();
    this.sessionsByDay = undefined;
    const anchors = new Set<string>();
    for (const note of this.graph.allNotes()) {
      this.refreshFacts(note.path);
      anchors.add(`S:${note.path}`).add(`R:${note.path}`);
    }
    for (const practitioner of this.byPractitioner.keys()) anchors.add(`P:${practitioner}`);
    this.recompute(anchors);
  }

  /** Updates the flags after these notes changed (the paths the graph reports as touched). */
  update(paths: Iterable<string>): void {
    const anchors = new Set<string>();
    const touched = new Set(paths);
    for (const path of [...touched]) {
      // A client note's names and practitioner feed the evidence and facts of all its sessions.
      for (const session of this.byClient.get(path) ?? []) touched.add(session);
      for (const e of this.graph.edgesIn(path, 'session-of')) touched.add(e.from);
    }
    for (const path of touched) {
      const before = this.sessions.get(path);
      if (before) this.markSession(before, anchors);
      this.refreshFacts(path);
      const after = this.sessions.get(path);
      if (after) this.markSession(after, anchors);
      anchors.add(`S:${path}`).add(`R:${path}`);
      for (const e of this.graph.edgesIn(path, 'discusses')) anchors.add(`S:${e.from}`);
    }
    this.recompute(anchors);
  }

  flags(): Flag[] {
    this.sortedFlags ??= [...this.flagsByAnchor.values()].flat().sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    return this.sortedFlags;
  }

  /** Unknown dynamics and similar findings, for every note whose evidence the detector reads. */
  diagnostics(): Diagnostic[] {
    const out: Diagnostic[] = [];
    for (const note of this.graph.allNotes()) {
      const k = note.content.kind;
      if (k !== 'session' && k !== 'supervision' && k !== 'reflection') continue;
      for (const d of this.cached(note.path)?.result.diagnostics ?? []) out.push({ path: note.path, ...d });
    }
    return out;
  }

  // DetectionView

  note(path: string): Note | undefined {
    return this.graph.note(path);
  }

  evidence(path: string): Evidence[] {
    return this.cached(path)?.evidence ?? [];
  }

  kindOf(dynamic: string): DynamicKind {
    return this.taxonomy.get(dynamic)?.kind ?? 'dynamic';
  }

  clientsDiscussedBy(supervisionPath: string): string[] {
    return this.graph.edgesOut(supervisionPath, 'discusses').map((e) => e.to).sort();
  }

  sessionsOfClient(client: string): SessionRef[] {
    return this.refs(this.byClient.get(client));
  }

  sessionsOfPractitioner(practitioner: string): SessionRef[] {
    return this.refs(this.byPractitioner.get(practitioner));
  }

  sessionsBetween(fromDay: number, toDay: number): SessionRef[] {
    this.sessionsByDay ??= [...this.sessions.values()].sort((a, b) => a.day - b.day || (a.path < b.path ? -1 : 1));
    const list = this.sessionsByDay;
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid].day < fromDay) lo = mid + 1;
      else hi = mid;
    }
    const out: SessionRef[] = [];
    for (let i = lo; i < list.length && list[i].day <= toDay; i++) out.push(list[i]);
    return out;
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
    const fromClient = this.linkTarget(client, 'practitioner');
    if (fromClient?.endsWith('.md')) return fromClient;
    for (const path of this.byClient.get(client) ?? []) {
      const p = this.sessions.get(path)?.practitioner;
      if (p?.endsWith('.md')) return p;
    }
    return null;
  }

  // Internals

  private refs(paths: Set<string> | undefined): SessionRef[] {
    const out: SessionRef[] = [];
    for (const p of paths ?? []) {
      const ref = this.sessions.get(p);
      if (ref) out.push(ref);
    }
    return out.sort((a, b) => a.day - b.day || (a.path < b.path ? -1 : 1));
  }

  private markSession(ref: SessionRef, anchors: Set<string>): void {
    for (const e of this.graph.edgesIn(ref.client, 'discusses')) anchors.add(`S:${e.from}`);
    anchors.add(`P:${ref.practitioner}`);
    const days = this.settings.resonanceDays;
    for (const [path, day] of this.reflectionDays) if (Math.abs(day - ref.day) <= days) anchors.add(`R:${path}`);
  }

  /** Re-reads where a note sits in time and in the practice: its session facts or reflection date. */
  private refreshFacts(path: string): void {
    const before = this.sessions.get(path);
    if (before) {
      this.byClient.get(before.client)?.delete(path);
      this.byPractitioner.get(before.practitioner)?.delete(path);
      this.sessions.delete(path);
      this.sessionsByDay = undefined;
    }
    this.reflectionDays.delete(path);
    const note = this.graph.note(path);
    if (!note || note.isTemplate || !note.date) return;
    if (note.content.kind === 'reflection') this.reflectionDays.set(path, dayNumber(note.date));
    if (note.content.kind !== 'session') return;
    const client = this.graph.clientOf(path);
    if (client === undefined) return;
    const practitioner = this.linkTarget(path, 'practitioner') ?? this.linkTarget(client, 'practitioner') ?? '';
    const ref: SessionRef = { path, client, practitioner, day: dayNumber(note.date), date: note.date };
    this.sessions.set(path, ref);
    addTo(this.byClient, client, path);
    addTo(this.byPractitioner, practitioner, path);
    this.sessionsByDay = undefined;
  }

  private linkTarget(path: string, property: string): string | undefined {
    const link = this.graph.links(path).find((l) => l.link.property === property);
    return link ? (link.target ?? unresolvedId(link.link.target)) : undefined;
  }

  private recompute(anchors: Set<string>): void {
    for (const anchor of anchors) {
      const flags = this.compute(anchor);
      if (flags.length > 0) this.flagsByAnchor.set(anchor, flags);
      else this.flagsByAnchor.delete(anchor);
    }
    this.sortedFlags = undefined;
  }

  private compute(anchor: string): Flag[] {
    const key = anchor.slice(2);
    if (anchor.startsWith('P:')) return patternFlags(this, this.taxonomy, key);
    const note = this.graph.note(key);
    if (!note || note.isTemplate) return [];
    if (anchor.startsWith('S:') && note.content.kind === 'supervision') return mirrorFlags(this, this.taxonomy, note);
    if (anchor.startsWith('R:') && note.content.kind === 'reflection') return resonanceFlags(this, this.taxonomy, note);
    return [];
  }

  /** A note's evidence, recomputed when the note or the names it depends on change. */
  private cached(path: string): CachedEvidence | undefined {
    const note = this.graph.note(path);
    if (!note) {
      this.evidenceCache.delete(path);
      return undefined;
    }
    const names = this.peopleNames(note);
    const signature = JSON.stringify(names);
    const hit = this.evidenceCache.get(path);
    if (hit && hit.note === note && hit.signature === signature) return hit;
    const result = readNoteEvidence(note, names, this.tools);
    const noteType = note.content.kind;
    const evidence = result.items.map((e) => ({ path, dynamic: e.dynamic, noteType, date: note.date ?? null, role: e.role, source: e.source, line: e.line, text: e.text }));
    const entry = { note, signature, result, evidence };
    this.evidenceCache.set(path, entry);
    return entry;
  }

  private peopleNames(note: Note): PeopleNames {
    const author = scalarString(note.content.properties.get('author')?.value)?.trim().toLowerCase() === 'supervisor' ? 'supervisor' : 'supervisee';
    const names: PeopleNames = { client: [], supervisor: [], supervisee: [], author };
    if (note.content.kind === 'session') {
      const client = this.graph.clientOf(note.path);
      if (client) names.client = this.namesOf(client);
    } else if (note.content.kind === 'supervision') {
      const supervisor = this.linkTarget(note.path, 'supervisor');
      const supervisee = this.linkTarget(note.path, 'supervisee');
      if (supervisor) names.supervisor = this.namesOf(supervisor, true);
      if (supervisee) names.supervisee = this.namesOf(supervisee, true);
      for (const e of this.graph.edgesOut(note.path, 'discusses')) names.client.push(...this.namesOf(e.to));
    }
    return names;
  }

  /** How notes refer to someone: the note's name, code and aliases (and a person's first name). */
  private namesOf(id: string, person = false): string[] {
    const note = this.graph.note(id);
    const name = note ? note.name : noteNameOf(id);
    const names = [name];
    if (note) {
      const code = scalarString(note.content.properties.get('code')?.value);
      if (code) names.push(code);
      names.push(...note.content.aliases);
    }
    const first = name.split(/\s+/)[0];
    if (person && first !== name && first.length >= 3) names.push(first);
    return names;
  }
}

function addTo(map: Map<string, Set<string>>, key: string, value: string): void {
  let set = map.get(key);
  if (!set) map.set(key, (set = new Set()));
  set.add(value);
}
