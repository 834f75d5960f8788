import type { RelationshipGraph } from '../graph/relationship-graph';
import { PROPERTY } from '../model/property-names';
import { dayNumber } from '../parse/dates';
import { scalarString } from '../parse/properties';
import { addTo } from '../util/multimap';
import type { ReflectionRef, SessionRef } from './rule-context';
import { bySessionOrder, placeOf, sessionsInDays } from './session-order';

/**
 * Where each note sits in time and in the practice: dated sessions by client, by practitioner and
 * by day, and dated reflections. Derived from the graph, and kept current one note at a time.
 * After a start-up from the cache (markStale) it is derived again when first read.
 */
export class SessionFacts {
  private readonly sessions = new Map<string, SessionRef>();
  private readonly byClient = new Map<string, Set<string>>();
  private readonly byPractitioner = new Map<string, Set<string>>();
  private readonly reflectionRefs = new Map<string, ReflectionRef>();
  /** Every dated session in (day, path) order, kept sorted as sessions come, go and move. */
  private readonly byDay: SessionRef[] = [];
  /** A client's (`C:`) or practitioner's (`P:`) sessions in day order, sorted when first asked for. */
  private readonly sorted = new Map<string, SessionRef[]>();
  private stale = false;
  /** Person notes by path, with their role: few, and read for the fallback practitioner. */
  private readonly persons = new Map<string, string>();
  /** Sessions whose practitioner is the fallback (neither they nor their client name one). */
  private readonly fallbackSessions = new Set<string>();
  private fallback: string | undefined;

  /** `practitioner`: the name in the settings for sessions that name no practitioner, or empty. */
  constructor(
    private readonly graph: RelationshipGraph,
    private readonly practitioner = '',
  ) {}

  /**
   * The practitioner of sessions that name none, nor their client (SPEC section 1): the one named
   * in the settings (its person note when one has that name or alias); else the vault's only person
   * note with role practitioner; else none ('').
   */
  fallbackPractitioner(): string {
    this.settle();
    return (this.fallback ??= this.findFallback());
  }

  /** Sessions whose practitioner is the fallback. */
  fallbackSessionPaths(): ReadonlySet<string> {
    this.settle();
    return this.fallbackSessions;
  }

  /** Whether a note was a person note when last read. */
  isPerson(path: string): boolean {
    this.settle();
    return this.persons.has(path);
  }

  /** The person notes, by path. */
  personPaths(): Iterable<string> {
    this.settle();
    return this.persons.keys();
  }

  /** Re-reads whether a note is a person note, and its role. */
  refreshPerson(path: string): void {
    this.settle();
    const note = this.graph.note(path);
    const was = this.persons.get(path);
    const role = note?.content.kind === 'person' && !note.isTemplate ? (scalarString(note.content.properties.get(PROPERTY.role)?.value)?.trim().toLowerCase() ?? '') : undefined;
    if (role === was) return;
    if (role === undefined) this.persons.delete(path);
    else this.persons.set(path, role);
    this.fallback = undefined;
  }

  private findFallback(): string {
    const wanted = this.practitioner.trim().toLowerCase();
    if (wanted !== '') {
      for (const path of this.persons.keys()) {
        const note = this.graph.note(path);
        if (note && [note.name, ...note.content.aliases].some((n) => n.trim().toLowerCase() === wanted)) return path;
      }
      return this.practitioner.trim();
    }
    let only = '';
    for (const [path, role] of this.persons) {
      if (role !== 'practitioner') continue;
      if (only !== '') return '';
      only = path;
    }
    return only;
  }

  /** Forgets everything; the facts are derived from the graph when next read. */
  markStale(): void {
    this.clear();
    this.stale = true;
  }

  /** Derives every note's facts from the graph now. */
  refreshAll(): void {
    this.clear();
    this.stale = false;
    for (const note of this.graph.allNotes()) this.refreshPerson(note.path);
    for (const note of this.graph.allNotes()) this.refresh(note.path, true);
    this.byDay.sort(bySessionOrder);
  }

  /**
   * Derives them now if they were left for later (before the graph changes, they must say where
   * notes were); false when there was nothing to derive.
   */
  settle(): boolean {
    if (!this.stale) return false;
    this.refreshAll();
    return true;
  }

  session(path: string): SessionRef | undefined {
    this.settle();
    return this.sessions.get(path);
  }

  /** Paths of a client's dated sessions, in no order. */
  sessionPathsOf(client: string): ReadonlySet<string> {
    this.settle();
    return this.byClient.get(client) ?? NO_PATHS;
  }

  sessionsOfClient(client: string): SessionRef[] {
    this.settle();
    return this.sortedList(`C:${client}`, this.byClient.get(client));
  }

  sessionsOfPractitioner(practitioner: string): SessionRef[] {
    this.settle();
    return this.sortedList(`P:${practitioner}`, this.byPractitioner.get(practitioner));
  }

  practitioners(): Iterable<string> {
    this.settle();
    return this.byPractitioner.keys();
  }

  sessionsBetween(fromDay: number, toDay: number): SessionRef[] {
    this.settle();
    return sessionsInDays(this.byDay, fromDay, toDay);
  }

  reflections(): ReadonlyMap<string, ReflectionRef> {
    this.settle();
    return this.reflectionRefs;
  }

  /** Re-reads one note's facts from the graph as it is now. */
  refresh(path: string, inBulk = false): void {
    this.settle();
    const before = this.sessions.get(path);
    if (before) {
      this.resort(`C:${before.client}`, before, undefined);
      this.resort(`P:${before.practitioner}`, before, undefined);
      this.byClient.get(before.client)?.delete(path);
      this.byPractitioner.get(before.practitioner)?.delete(path);
      this.sessions.delete(path);
      this.fallbackSessions.delete(path);
      this.byDay.splice(placeOf(this.byDay, before), 1);
    }
    this.reflectionRefs.delete(path);
    const note = this.graph.note(path);
    if (!note || note.isTemplate || !note.date) return;
    if (note.content.kind === 'reflection') this.reflectionRefs.set(path, { day: dayNumber(note.date), practitioner: this.graph.linkTarget(path, PROPERTY.practitioner) });
    if (note.content.kind !== 'session') return;
    const client = this.graph.clientOf(path);
    if (client === undefined) return;
    let practitioner = this.graph.linkTarget(path, PROPERTY.practitioner) ?? this.graph.linkTarget(client, PROPERTY.practitioner);
    if (practitioner === undefined) {
      this.fallbackSessions.add(path);
      practitioner = this.fallbackPractitioner();
    }
    const ref: SessionRef = { path, client, practitioner, day: dayNumber(note.date), date: note.date };
    this.sessions.set(path, ref);
    addTo(this.byClient, client, path);
    addTo(this.byPractitioner, practitioner, path);
    if (inBulk) {
      // In a full refresh there is no sorted list to keep, and the day order comes at the end.
      this.byDay.push(ref);
      return;
    }
    this.resort(`C:${client}`, undefined, ref);
    this.resort(`P:${practitioner}`, undefined, ref);
    this.byDay.splice(placeOf(this.byDay, ref), 0, ref);
  }

  private clear(): void {
    this.sessions.clear();
    this.persons.clear();
    this.fallbackSessions.clear();
    this.fallback = undefined;
    this.byClient.clear();
    this.byPractitioner.clear();
    this.reflectionRefs.clear();
    this.sorted.clear();
    this.byDay.length = 0;
  }

  private sortedList(key: string, paths: Set<string> | undefined): SessionRef[] {
    let list = this.sorted.get(key);
    if (!list) {
      list = [];
      for (const p of paths ?? []) {
        const ref = this.sessions.get(p);
        if (ref) list.push(ref);
      }
      list.sort(bySessionOrder);
      this.sorted.set(key, list);
    }
    return list;
  }

  /** Keeps a sorted list current as one session leaves or comes; the list is replaced, never changed, as callers may hold it. */
  private resort(key: string, leaving: SessionRef | undefined, coming: SessionRef | undefined): void {
    const list = this.sorted.get(key);
    if (!list) return;
    const next = list.slice();
    if (leaving) {
      const at = placeOf(next, leaving);
      if (next[at] === leaving) next.splice(at, 1);
      else {
        this.sorted.delete(key);
        return;
      }
    }
    if (coming) next.splice(placeOf(next, coming), 0, coming);
    this.sorted.set(key, next);
  }
}

const NO_PATHS: ReadonlySet<string> = new Set();
