import type { App, Plugin } from 'obsidian';
import type { Engine } from '../../core/engine';
import type { KnownNames } from '../../core/privacy/known-names';
import type { KnownNamesIndex } from '../../core/privacy/known-names-index';
import { knownNamesOf, nameSourceOf } from '../../core/privacy/note-records';
import type { VaultFinding } from '../../core/privacy/vault-check';
import type { LiveEngine } from '../live-engine';
import type { NoteChanges } from '../note-changes';
import { checkNotes, checkSource } from './check-notes';

export type PrivacyState = { status: 'not-run' } | { status: 'checking'; done: number; total: number } | { status: 'done'; checked: number };

export interface PrivacySummary {
  checked: number;
  findings: number;
  notes: number;
}

/**
 * The privacy check in the plugin: run over the vault's clinical notes on request (the
 * privacy-check command), then kept current as notes change, each changed note checked again on its
 * own from the text the engine has just read. Findings live in memory only: they quote the notes,
 * and nothing derived from notes is written where sync would copy it.
 */
export class LivePrivacy {
  private state: PrivacyState = { status: 'not-run' };
  private byPath = new Map<string, VaultFinding[]>();
  /** The vault's own names: built on first need, then kept current with every change. */
  private known: KnownNamesIndex | undefined;
  private running: Promise<PrivacySummary | undefined> | undefined;
  /** Changes that came while a run was reading notes: applied once it is done. */
  private readonly waiting: NoteChanges[] = [];
  private readonly listeners = new Set<() => void>();
  private disposed = false;
  /** Checks waiting for the engine to be ready: woken, unrun, when the plugin unloads. */
  private readonly waiters: (() => void)[] = [];

  constructor(
    private readonly app: App,
    private readonly live: LiveEngine,
  ) {}

  /** Follows the engine's changes through the plugin, so that unloading releases them. */
  follow(plugin: Plugin): void {
    plugin.register(this.live.onNotesChanged((changes) => this.changed(changes)));
  }

  get status(): PrivacyState {
    return this.state;
  }

  /** Every finding, by path and line. */
  findings(): VaultFinding[] {
    return [...this.byPath.values()].flat().sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : a.line - b.line));
  }

  onChange(callback: () => void): () => void {
    this.listeners.add(callback);
    return () => this.listeners.delete(callback);
  }

  /** Checks every clinical note once the index is ready; asked again while running, the same run answers. Undefined when unloaded first. */
  run(): Promise<PrivacySummary | undefined> {
    this.running ??= this.checkAll().finally(() => (this.running = undefined));
    return this.running;
  }

  /** The vault's own names, for a check of a few notes (an export's): built once, then kept current. */
  knownNames(engine: Engine): KnownNames {
    return (this.known ??= knownNamesOf(engine.graph.allNotes()));
  }

  dispose(): void {
    this.disposed = true;
    this.listeners.clear();
    // A check waiting for the engine ends, unrun, rather than wait for a build that will not come.
    for (const wake of this.waiters.splice(0)) wake();
  }

  private async checkAll(): Promise<PrivacySummary | undefined> {
    const engine = await this.readyEngine();
    if (!engine || this.disposed) return undefined;
    // Afresh for a full run: a rescan may have read changes no event announced.
    const known = (this.known = knownNamesOf(engine.graph.allNotes()));
    const paths = [...engine.graph.allNotes()].map((n) => n.path);
    const result = await checkNotes(this.app, engine, paths, {
      known,
      progress: (done, total) => {
        this.state = { status: 'checking', done, total };
        this.emit();
      },
      stopped: () => this.disposed,
    });
    if (!result || this.disposed) return undefined;
    this.byPath = result.byPath;
    this.state = { status: 'done', checked: result.checked };
    // Notes read before a name changed may still hold it as a finding: filter them all.
    for (const changes of this.waiting.splice(0)) this.apply(changes, true);
    this.emit();
    const findings = [...this.byPath.values()].reduce((n, list) => n + list.length, 0);
    return { checked: result.checked, findings, notes: this.byPath.size };
  }

  /** The engine once it is ready: at once, or when the build under way finishes; none when the build failed (a rescan that succeeds is the next run's). */
  private async readyEngine(): Promise<Engine | undefined> {
    await this.live.ready;
    const failed = (): boolean => this.live.status.status === 'failed';
    while (!this.live.engine && !this.disposed && !failed()) {
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve);
        const stop = this.live.onChange(() => {
          if (!this.live.engine && !failed()) return;
          stop();
          resolve();
        });
      });
    }
    return this.live.engine;
  }

  private changed(changes: NoteChanges): void {
    const engine = this.live.engine;
    if (!engine) return;
    const namesChanged = this.known ? updateNames(this.known, engine, changes) : false;
    if (this.state.status === 'checking') this.waiting.push(changes);
    if (this.state.status !== 'done') return;
    this.apply(changes, namesChanged);
    this.emit();
  }

  /** One round of changes: renamed and removed notes' findings follow them; each changed note is checked again alone. */
  private apply(changes: NoteChanges, namesChanged = false): void {
    const engine = this.live.engine;
    const known = this.known;
    if (!engine || !known) return;
    for (const [from, to] of changes.renamed) {
      const moved = this.byPath.get(from);
      this.byPath.delete(from);
      if (moved) this.byPath.set(to, moved.map((f) => ({ ...f, path: to })));
    }
    for (const path of changes.removed) this.byPath.delete(path);
    for (const source of changes.upserted) {
      const findings = checkSource(engine, source, known);
      if (findings && findings.length > 0) this.byPath.set(source.path, findings);
      else this.byPath.delete(source.path);
    }
    if (!namesChanged) return;
    // A name that became the vault's own (a new alias, a new person note) is no longer a finding anywhere.
    for (const [path, list] of this.byPath) {
      const kept = list.filter((f) => (f.kind !== 'person-name' && f.kind !== 'organisation') || !known.has(f.text));
      if (kept.length === 0) this.byPath.delete(path);
      else if (kept.length < list.length) this.byPath.set(path, kept);
    }
  }

  private emit(): void {
    for (const listener of this.listeners) listener();
  }
}

/** Takes a round of changes into the vault's own names; true when the names any note gives changed. */
function updateNames(known: KnownNamesIndex, engine: Engine, changes: NoteChanges): boolean {
  let changed = false;
  const take = (path: string): void => {
    const note = engine.graph.note(path);
    changed = (note ? known.set(nameSourceOf(note)) : known.delete(path)) || changed;
  };
  for (const [from, to] of changes.renamed) {
    changed = known.delete(from) || changed;
    take(to);
  }
  for (const path of changes.removed) changed = known.delete(path) || changed;
  for (const source of changes.upserted) take(source.path);
  return changed;
}
