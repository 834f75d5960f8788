import { clientLabel } from '../graph/client-lookup';
import { personOf } from '../graph/person-lookup';
import type { RelationshipGraph } from '../graph/relationship-graph';
import type { Diagnostic } from '../model/diagnostic';
import { rolesOf, type Evidence, type Flag } from '../model/flag';
import type { Note } from '../model/note';
import { writtenBySupervisor } from '../model/note-author';
import type { NoteKind } from '../model/note-types';
import { PROPERTY } from '../model/property-names';
import { shortLabel, type DynamicKind, type Taxonomy } from '../taxonomy/taxonomy';
import { EvidenceStore, type NoteEvidence } from './evidence-store';
import { FlagSchedule } from './flag-schedule';
import type { ReflectionRef, RuleContext, SessionRef } from './rule-context';
import { createRules } from './rules/registry';
import type { Anchor, FlagRule } from './rules/rule';
import { SessionFacts } from './session-facts';
import type { DetectionSettings } from './settings';

/** The detector's state as plain data, for the cache (cache/detection-codec.ts encodes it). */
export interface DetectorData {
  evidence: Iterable<[path: string, entry: NoteEvidence]>;
  flags: Iterable<{ anchor: Anchor; flags: Flag[] }>;
}

/**
 * Flags for a whole vault, kept current one change at a time. It joins three parts, each with one
 * job: the session facts (where notes sit in time and practice), the evidence store (what each
 * note shows), and the flag schedule (each anchor's flags, all in score order); the rules of the
 * registry decide which anchors a change affects and compute their flags.
 */
export class Detector implements RuleContext {
  private readonly facts: SessionFacts;
  private readonly store: EvidenceStore;
  private readonly schedule = new FlagSchedule();
  private readonly rulesById: Map<string, FlagRule>;
  /** Anchors whose rule failed when last computed, with what to tell the user; the rest of the flags stand. */
  private readonly failures = new Map<string, Diagnostic>();
  /**
   * While flags are computed: how many of each client's sessions have each dynamic, counted once per
   * client (sessionsWithDynamic). Evidence does not change while they are, and every supervision of a
   * client asks, so counting for each made a client's flags quadratic in its notes.
   */
  private dynamicCounts: Map<string, Map<string, number>> | undefined;

  constructor(
    private readonly graph: RelationshipGraph,
    private readonly taxonomy: Taxonomy,
    readonly settings: DetectionSettings,
    private readonly rules: readonly FlagRule[] = createRules(),
  ) {
    this.facts = new SessionFacts(graph, settings.practitioner);
    this.store = new EvidenceStore(graph, taxonomy, () => this.facts.personPaths());
    this.rulesById = new Map(rules.map((rule) => [rule.id, rule]));
  }

  /** Recomputes every flag. */
  rebuild(): void {
    this.store.clear();
    this.schedule.clear();
    this.failures.clear();
    for (const rule of this.rules) rule.reset();
    this.facts.refreshAll();
    this.store.readAll(() => {
      const anchors: Anchor[] = [];
      for (const rule of this.rules) for (const anchor of rule.anchors(this)) anchors.push(anchor);
      this.recompute(anchors);
    });
  }

  /**
   * Before the graph changes: what a start-up left for later must be derived from the graph as it
   * still is, since update() asks where the changed notes were.
   */
  beforeChange(): boolean {
    return this.facts.settle();
  }

  /**
   * Updates the flags after `changed` notes changed content (or came, went or moved); `related` are
   * the notes whose relationships the graph recomputed because of it.
   */
  update(changed: Iterable<string>, related: Iterable<string> = []): void {
    const reread = new Set(changed);
    for (const path of reread) this.store.forgetNames(path);
    // A person note that comes, goes or changes its names changes who is someone else in every
    // supervision note (EvidenceStore.peopleNames): all are read again. Person notes change rarely.
    if ([...reread].some((path) => this.facts.isPerson(path) || this.graph.note(path)?.content.kind === 'person')) {
      this.store.forgetPersons();
      for (const note of this.graph.allNotes()) if (note.content.kind === 'supervision') reread.add(note.path);
    }
    // A person note that comes, goes or changes role can change whose the unattributed sessions are.
    const fallback = this.facts.fallbackPractitioner();
    for (const path of reread) this.facts.refreshPerson(path);
    if (this.facts.fallbackPractitioner() !== fallback) for (const session of this.facts.fallbackSessionPaths()) reread.add(session);
    for (const path of [...reread]) {
      // A client note's names and practitioner feed its sessions, and its names the supervisions
      // that discuss it; a person's names feed the supervisions that name them.
      for (const session of this.facts.sessionPathsOf(path)) reread.add(session);
      for (const e of this.graph.edgesIn(path, 'session-of')) reread.add(e.from);
      for (const e of this.graph.edgesIn(path, 'discusses')) reread.add(e.from);
      for (const source of this.graph.linkedFrom(path)) {
        const note = this.graph.note(source);
        if (namesPeople(note)) reread.add(source);
        // A practitioner named in a client note: the names are read in that client's sessions.
        if (note?.content.kind === 'client') for (const session of this.facts.sessionPathsOf(source)) reread.add(session);
      }
    }
    for (const path of related) reread.add(path);

    const anchors: Anchor[] = [];
    for (const path of reread) {
      const before = this.facts.session(path);
      const evidenceBefore = this.store.forget(path);
      this.facts.refresh(path);
      const after = this.facts.session(path);
      const moved = before?.client !== after?.client || before?.practitioner !== after?.practitioner || before?.day !== after?.day;
      const dynamics = moved ? allDynamics(evidenceBefore, this.evidence(path)) : changedDynamics(evidenceBefore, this.evidence(path));
      for (const rule of this.rules) {
        if (before) for (const anchor of rule.anchorsOfSession(before, dynamics, this)) anchors.push(anchor);
        if (after) for (const anchor of rule.anchorsOfSession(after, dynamics, this)) anchors.push(anchor);
        for (const anchor of rule.anchorsOfNote(path, this)) anchors.push(anchor);
      }
    }
    this.recompute(anchors);
  }

  flags(): Flag[] {
    return this.schedule.all();
  }

  diagnostics(): Diagnostic[] {
    return [...this.store.diagnostics(), ...this.failures.values()];
  }

  /** Everything the detector knows, as plain data for the cache. */
  data(): DetectorData {
    return { evidence: this.store.entries(), flags: this.schedule.entries() };
  }

  /**
   * Takes up data exported for exactly the notes the graph now holds, instead of rebuilding:
   * start-up from the cache. The session facts are derived when first needed.
   */
  load(data: DetectorData): void {
    this.store.clear();
    this.failures.clear();
    for (const rule of this.rules) rule.reset();
    this.facts.markStale();
    for (const [path, entry] of data.evidence) if (this.graph.note(path)) this.store.adopt(path, entry);
    this.schedule.load(data.flags);
  }

  /** A rule by the id its anchors carry, for the cache to check anchors it takes up. */
  hasRule(id: string): boolean {
    return this.rulesById.has(id);
  }

  // RuleContext

  note(path: string): Note | undefined {
    return this.graph.note(path);
  }

  evidence(path: string): Evidence[] {
    return this.store.evidence(path);
  }

  dynamicsOf(path: string): ReadonlySet<string> {
    return this.store.dynamicsOf(path);
  }

  kindOf(dynamic: string): DynamicKind {
    return this.taxonomy.get(dynamic)?.kind ?? 'dynamic';
  }

  labelOf(dynamic: string): string {
    return shortLabel(this.taxonomy.get(dynamic), dynamic);
  }

  *notesOfKind(kind: NoteKind): Iterable<string> {
    for (const note of this.graph.allNotes()) if (note.content.kind === kind) yield note.path;
  }

  clientsDiscussedBy(supervisionPath: string): string[] {
    return this.graph.edgesOut(supervisionPath, 'discusses').map((e) => e.to).sort();
  }

  supervisionsOf(client: string): string[] {
    return this.graph.edgesIn(client, 'discusses').map((e) => e.from);
  }

  sessionsOfClient(client: string): SessionRef[] {
    return this.facts.sessionsOfClient(client);
  }

  sessionsWithDynamic(client: string, dynamic: string): number {
    let counts = this.dynamicCounts?.get(client);
    if (!counts) {
      counts = new Map<string, number>();
      for (const session of this.facts.sessionsOfClient(client)) for (const d of this.dynamicsOf(session.path)) counts.set(d, (counts.get(d) ?? 0) + 1);
      this.dynamicCounts?.set(client, counts);
    }
    return counts.get(dynamic) ?? 0;
  }

  sessionsOfPractitioner(practitioner: string): SessionRef[] {
    return this.facts.sessionsOfPractitioner(practitioner);
  }

  sessionsBetween(fromDay: number, toDay: number): SessionRef[] {
    return this.facts.sessionsBetween(fromDay, toDay);
  }

  practitioners(): Iterable<string> {
    return this.facts.practitioners();
  }

  reflections(): ReadonlyMap<string, ReflectionRef> {
    return this.facts.reflections();
  }

  clientLabel(client: string): string {
    return clientLabel(this.graph, client);
  }

  practitionerOf(client: string): string | null {
    const fromClient = this.graph.linkTarget(client, PROPERTY.practitioner);
    if (fromClient?.endsWith('.md')) return fromClient;
    for (const path of this.facts.sessionPathsOf(client)) {
      const p = this.facts.session(path)?.practitioner;
      if (p?.endsWith('.md')) return p;
    }
    return null;
  }

  superviseeNamed(supervisionPath: string, client: string): string | undefined {
    const note = this.graph.note(supervisionPath);
    if (!note || !writtenBySupervisor(note)) return undefined;
    const named = personOf(this.graph, supervisionPath, PROPERTY.supervisee);
    if (named) return named.label;
    const practitioner = this.practitionerOf(client);
    return (practitioner ? this.graph.note(practitioner)?.name : undefined) ?? 'your supervisee';
  }

  private recompute(anchors: readonly Anchor[]): void {
    this.dynamicCounts = new Map();
    try {
      this.schedule.recompute(anchors, (anchor) => this.guarded(anchor));
    } finally {
      this.dynamicCounts = undefined;
    }
  }

  /**
   * One anchor's flags. A rule that fails on one anchor (a bug meeting a note no one foresaw) costs
   * that anchor's flags only, and says so: the others are still computed.
   */
  private guarded(anchor: Anchor): Flag[] {
    const key = `${anchor.rule}\u0000${anchor.key}`;
    this.failures.delete(key);
    const rule = this.rulesById.get(anchor.rule);
    if (!rule) return [];
    try {
      return rule.flags(anchor, this);
    } catch (error) {
      // Pattern anchors are a practitioner and a dynamic: the practitioner's note, when there is one, is where to look.
      const path = anchor.key.split('\u0000')[0];
      this.failures.set(key, {
        path,
        line: 1,
        severity: 'error',
        code: 'rule-failed',
        message: `The ${rule.id} flags about this note could not be computed (${error instanceof Error ? error.message : String(error)}); every other flag was.`,
      });
      return [];
    }
  }
}

/** Notes that read people's names from the person notes they link to: supervision notes, and session notes (their practitioner's). */
function namesPeople(note: Note | undefined): boolean {
  return note !== undefined && (note.content.kind === 'supervision' || note.content.kind === 'session');
}

function allDynamics(before: readonly Evidence[], after: readonly Evidence[]): Set<string> {
  return new Set([...before, ...after].map((e) => e.dynamic));
}

/**
 * Dynamics whose evidence in a note differs between two readings (a line moved, a cue came or went,
 * a role or a case gained or lost: every role and the case count, not only the first role, since the
 * rules keep what they found per role and per client until a dynamic changes).
 */
function changedDynamics(before: readonly Evidence[], after: readonly Evidence[]): Set<string> {
  const signature = (list: readonly Evidence[]): Map<string, string> => {
    const byDynamic = new Map<string, string>();
    for (const e of list) byDynamic.set(e.dynamic, `${byDynamic.get(e.dynamic) ?? ''}|${rolesOf(e).join('+')}:${(e.scope ?? []).join('+')}:${e.source}:${e.line}:${e.date ?? ''}:${e.text}`);
    return byDynamic;
  };
  const a = signature(before);
  const b = signature(after);
  const changed = new Set<string>();
  for (const d of new Set([...a.keys(), ...b.keys()])) if (a.get(d) !== b.get(d)) changed.add(d);
  return changed;
}
