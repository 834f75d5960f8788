import type { App, Plugin } from 'obsidian';
import type { Engine } from '../../core/engine';
import type { KnownNames } from '../../core/privacy/known-names';
import { knownNamesOf, nameSourceOf } from '../../core/privacy/note-records';
import type { VaultFinding } from '../../core/privacy/vault-check';
import type { LiveEngine, NoteChanges } from '../live-engine';
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
  private known: { names: KnownNames; sources: Map<string, string> } | undefined;
  private running: Promise<PrivacySummary | undefined> | undefined;
  /** Changes that came while a run was reading notes: applied once it is done. */
  private readonly waiting: NoteChanges[] = [];
  private readonly listeners = new Set<() => void>();
  private disposed = false;

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

  dispose(): void {
    this.disposed = true;
    this.listeners.clear();
  }

  private async checkAll(): Promise<PrivacySummary | undefined> {
    const engine = await this.readyEngine();
    if (!engine || this.disposed) return undefined;
    const known = this.knownNames(engine, true);
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
    for (const changes of this.waiting.splice(0)) this.apply(changes);
    this.emit();
    const findings = [...this.byPath.values()].reduce((n, list) => n + list.length, 0);
    return { checked: result.checked, findings, notes: this.byPath.size };
  }

  /** The engine once it is ready: at once, or when the build under way finishes. */
  private async readyEngine(): Promise<Engine | undefined> {
    await this.live.ready;
    while (!this.live.engine && !this.disposed) {
      await new Promise<void>((resolve) => {
        const stop = this.live.onChange(() => {
          if (!this.live.engine) return;
          stop();
          resolve();
        });
      });
    }
    return this.live.engine;
  }

  private changed(changes: NoteChanges): void {
    if (this.state.status === 'checking') this.waiting.push(changes);
    if (this.state.status !== 'done') return;
    this.apply(changes);
    this.emit();
  }

  /** One round of changes: renamed and removed notes' findings follow them; each changed note is checked again alone. */
  private apply(changes: NoteChanges): void {
    const engine = this.live.engine;
    if (!engine) return;
    for (const [from, to] of changes.renamed) {
      const moved = this.byPath.get(from);
      this.byPath.delete(from);
      if (moved) this.byPath.set(to, moved.map((f) => ({ ...f, path: to })));
    }
    for (const path of changes.removed) this.byPath.delete(path);
    const before = this.known?.names;
    const known = this.knownNames(engine, changes.renamed.length > 0 || changes.removed.length > 0, changes.upserted.map((s) => s.path));
    for (const source of changes.upserted) {
      const findings = checkSource(engine, source, known);
      if (findings && findings.length > 0) this.byPath.set(source.path, findings);
      else this.byPath.delete(source.path);
    }
    // A name that became the vault's own (a new alias, a new person note) is no longer a finding anywhere.
    if (known !== before) {
      for (const [path, list] of this.byPath) {
        const kept = list.filter((f) => (f.kind !== 'person-name' && f.kind !== 'organisation') || !known.has(f.text));
        if (kept.length === 0) this.byPath.delete(path);
        else if (kept.length < list.length) this.byPath.set(path, kept);
      }
    }
  }

  /**
   * The vault's own names, built again only when they may have changed: always when `fresh`, else
   * when one of the `changed` notes is new or names people differently (an alias, a code, a type).
   */
  private knownNames(engine: Engine, fresh: boolean, changed: readonly string[] = []): KnownNames {
    const signature = (path: string): string | undefined => {
      const note = engine.graph.note(path);
      return note ? JSON.stringify(nameSourceOf(note)) : undefined;
    };
    if (!fresh && this.known && changed.every((path) => this.known!.sources.get(path) === signature(path))) return this.known.names;
    const notes = [...engine.graph.allNotes()];
    this.known = { names: knownNamesOf(notes), sources: new Map(notes.map((n) => [n.path, JSON.stringify(nameSourceOf(n))])) };
    return this.known.names;
  }

  private emit(): void {
    for (const listener of this.listeners) listener();
  }
}
