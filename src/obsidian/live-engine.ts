import { TFile, type App, type Plugin, type TAbstractFile } from 'obsidian';
import { Engine, type EngineSettings } from '../core/engine';
import type { GraphReader } from '../core/graph/relationship-graph';
import { isMarkdownPath } from '../core/vault/paths';
import { CacheSaver } from './cache-saver';
import type { EngineCache } from './engine-cache';
import { MetadataCacheLinks } from './metadata-cache-links';
import { notesPerPause, yieldToInterface } from './pauses';
import type { NoteChanges } from './note-changes';
import { readTaxonomyNote } from './taxonomy-note';
import { OneAtATime } from './one-at-a-time';
import { readListed } from './build-reads';
import { applyRenames, listBeforeRenames, type PendingChange } from './renames';
import { readSource } from './vault-source';
/** Changes are applied together this long after the last one. */
const DEBOUNCE_MS = 400;
/**
 * Notes whose links are checked between yields to the interface when Obsidian resolves them again:
 * as it starts, it does so for every note, and 10,000 notes checked at once would hold a frame.
 */
const RELINK_BATCH = 1_000;
/** After a start-up, the lookups changes need start being built (a part at a time) this long after the engine is ready, off the first change's path. */
const WARM_UP_DELAY_MS = 1_000;

export type BuildState = { status: 'waiting' } | { status: 'building'; done: number; total: number } | { status: 'ready'; notes: number; flags: number; ms: number } | { status: 'failed'; message: string };

/**
 * The core engine kept in step with the vault: built in the background after the layout is ready,
 * opened from the cache (or the engine it replaces) where files are unchanged, then updated from
 * vault events, debounced. Its links are resolved by Obsidian's metadata cache, and followed when
 * Obsidian resolves them again.
 */
export class LiveEngine {
  private engineInstance: Engine | undefined;
  private state: BuildState = { status: 'waiting' };
  /** The engine settings of the latest build. */
  private builtWith: Partial<EngineSettings> | undefined;
  /**
   * The path of the taxonomy note the latest build read, if any: vault events are compared with it,
   * not with the settings, whose engine part reads every note (the vault's role) each time it is made.
   */
  private taxonomyAt: string | undefined;
  private readonly listeners = new Set<() => void>();
  private readonly noteListeners = new Set<(changes: NoteChanges) => void>();
  private readonly pending = new Map<string, PendingChange>();
  private readonly renames: [string, string][] = [];
  private building: Promise<void> | undefined;
  private next: Promise<void> | undefined;
  private nextFresh = false;
  private applyTimer: number | undefined;
  private readonly changeRounds = new OneAtATime();
  private warmUpTimer: number | undefined;
  /** The cache's writes, which a change stops when it comes during one. */
  private readonly saver: CacheSaver;
  /** Unloaded: a build still reading notes stops at its next pause, and nothing is scheduled any more. */
  private disposed = false;
  private rebuildTimer: number | undefined;
  private readonly rebuildWaiters: (() => void)[] = [];
  /** Notes parsed afresh (not restored from the cache) by the last build. */
  parsedOnLastBuild = 0;
  private resolveReady: () => void = () => undefined;
  /** Settles when the first build has finished (or the engine is disposed before one did): `plugin.api.ready`. */
  readonly ready: Promise<void> = new Promise((resolve) => (this.resolveReady = resolve));

  constructor(
    private readonly app: App,
    private readonly cache: EngineCache,
    /** The plugin's version: a cache another version wrote is parsed again. */
    private readonly version: string,
    /** The settings for these notes (those just read), or, without them, for the notes as they were last read. */
    private readonly settings: (notes?: GraphReader) => { engine: Partial<EngineSettings>; taxonomyNote: string },
  ) {
    this.saver = new CacheSaver(cache, () => this.engine);
  }

  get engine(): Engine | undefined {
    return this.state.status === 'ready' ? this.engineInstance : undefined;
  }

  /** The engine settings the latest build was made with: what a change of them must build again. */
  get settingsBuilt(): Partial<EngineSettings> | undefined {
    return this.builtWith;
  }

  get status(): BuildState {
    return this.state;
  }

  onChange(callback: () => void): () => void {
    this.listeners.add(callback);
    return () => this.listeners.delete(callback);
  }

  /** Called after each round of changes the engine took, with the notes read again: the privacy check redoes those alone. */
  onNotesChanged(callback: (changes: NoteChanges) => void): () => void {
    this.noteListeners.add(callback);
    return () => this.noteListeners.delete(callback);
  }

  /** Vault events, registered once through the plugin so that unloading releases them. */
  follow(plugin: Plugin): void {
    const { vault, metadataCache } = this.app;
    const queue = (file: TAbstractFile, op: PendingChange): void => {
      // The taxonomy note changed, came or went: every note is read again with it (it may be a .yaml file).
      if (op !== 'relink' && file.path === this.taxonomyAt) void this.rebuildSoon();
      if (file instanceof TFile && file.extension === 'md') this.queue(file.path, op);
    };
    // Obsidian fires `create` for every note as the vault loads: those are read by the build, and
    // queued here each would be read again after it. Notes created from the layout's readiness on are new.
    this.app.workspace.onLayoutReady(() => {
      if (!this.disposed) plugin.registerEvent(vault.on('create', (file) => queue(file, 'upsert')));
    });
    plugin.registerEvent(metadataCache.on('changed', (file) => queue(file, 'upsert')));
    plugin.registerEvent(vault.on('modify', (file) => file.path === this.taxonomyAt && void this.rebuildSoon()));
    plugin.registerEvent(vault.on('delete', (file) => queue(file, 'remove')));
    // Obsidian resolves a note's links again when a note of a name it links to comes, goes or moves,
    // and all of them as it starts: a start-up from the cache, which took up the links as they were,
    // follows whatever now resolves otherwise.
    plugin.registerEvent(metadataCache.on('resolve', (file) => queue(file, 'relink')));
    plugin.registerEvent(
      vault.on('rename', (file, oldPath) => {
        if (oldPath === this.taxonomyAt || file.path === this.taxonomyAt) void this.rebuildSoon();
        // A folder, an image or a canvas moving is no note's change: a round would write the cache and redraw the view for nothing.
        if (!(file instanceof TFile) || (!isMarkdownPath(file.path) && !isMarkdownPath(oldPath))) return;
        this.renames.push([oldPath, file.path]);
        this.schedule();
      }),
    );
  }

  /** Builds the index; `fresh` ignores the cache (rescan). Asked for while one runs, one more follows with what was asked since. */
  build(fresh = false): Promise<void> {
    if (!this.building) {
      // A build that fails (a note Obsidian cannot read, storage gone) says so in the view, and a rescan tries again.
      // After any round of changes under way: one straddling a build told its changes to no engine
      // (a renamed flag's review lost, a deleted note's privacy findings kept) or dropped the rest.
      this.building = this.changeRounds.run(() => this.run(fresh)).catch((error: unknown) => this.failed(error)).finally(() => {
        this.building = undefined;
        this.resolveReady();
      });
      return this.building;
    }
    this.nextFresh ||= fresh;
    this.next ??= this.building.then(() => {
      const again = this.nextFresh;
      this.next = undefined;
      this.nextFresh = false;
      return this.build(again);
    });
    return this.next;
  }

  /** Builds again once asked for no more for a moment (settings typed key by key: once typing pauses); resolves when built. */
  rebuildSoon(): Promise<void> {
    window.clearTimeout(this.rebuildTimer);
    return new Promise((resolve) => {
      this.rebuildWaiters.push(resolve);
      this.rebuildTimer = window.setTimeout(() => {
        const waiters = this.rebuildWaiters.splice(0);
        void this.build().finally(() => waiters.forEach((done) => done()));
      }, DEBOUNCE_MS);
    });
  }

  /** Writes the cache now (CacheSaver): in parts, or at once as the plugin unloads when something changed since the last write. */
  save(options: { unloading?: boolean } = {}): Promise<void> {
    return this.saver.save(options);
  }

  /** As the plugin unloads: the cache written if something changed, then its database let go (CacheSaver). */
  unload(): Promise<void> {
    return this.saver.unload();
  }

  /** Deletes the kept snapshot (the user turned the cache off). */
  forgetCache(): Promise<void> {
    return this.saver.forget();
  }

  dispose(): void {
    this.disposed = true;
    window.clearTimeout(this.applyTimer);
    this.saver.dispose();
    window.clearTimeout(this.warmUpTimer);
    window.clearTimeout(this.rebuildTimer);
    // Nobody waits for a rebuild that will not come.
    for (const done of this.rebuildWaiters.splice(0)) done();
    this.resolveReady();
    this.listeners.clear();
    this.noteListeners.clear();
  }

  /** `settling`: the engine just built, whose notes the settings for them did not fit (below); its notes are taken up. */
  private async run(fresh: boolean, settling?: { notes: Engine; started: number; parsed: number }): Promise<void> {
    const started = settling?.started ?? performance.now();
    // The engine being replaced needs no more warming up.
    window.clearTimeout(this.warmUpTimer);
    const { engine: settings, taxonomyNote } = this.settings(settling?.notes.graph);
    this.builtWith = settings;
    const taxonomy = await readTaxonomyNote(this.app, taxonomyNote);
    this.taxonomyAt = taxonomy?.path;
    // The engine being replaced (after a change of settings) or the cache; the new engine decides what fits.
    const from = settling?.notes ?? (fresh ? undefined : (this.engineInstance ?? (await this.cache.read())));
    // Parsing the cache is the one long step of a start-up that cannot be cut: let a frame in after it.
    await yieldToInterface();
    if (this.disposed) return;
    const engine = new Engine(settings, taxonomy, this.version, new MetadataCacheLinks(this.app.metadataCache));
    // Renames still queued are the next round's, with the flags before them (renames.ts).
    const files = listBeforeRenames(this.app.vault.getMarkdownFiles(), this.renames);
    this.state = { status: 'building', done: 0, total: files.length };
    this.emit();

    // Taken up a step at a time, the interface free between steps (each tens of milliseconds at 10,000 notes).
    const steps = engine.openInSteps(
      files.map(({ file, path }) => ({ path, mtime: file.stat.mtime, size: file.stat.size })),
      from,
    );
    let step = steps.next();
    while (!step.done) {
      await yieldToInterface();
      if (this.disposed) return;
      step = steps.next();
    }
    const opening = step.value;
    const progress = (done: number): void => {
      this.state = { status: 'building', done, total: files.length };
      this.emit();
    };
    if (!(await readListed(this.app.vault, opening, files, progress, () => this.disposed))) return;
    opening.finish();
    const read = opening.toRead.length;
    const parsed = (settling?.parsed ?? 0) + read;
    // Settings that depend on the notes (whose vault they say, main.ts) may not fit them once read: built again from them before the index is ready, not after.
    if (!settling && JSON.stringify(this.settings(engine.graph).engine) !== JSON.stringify(settings)) return this.run(false, { notes: engine, started, parsed });

    this.engineInstance = engine;
    this.parsedOnLastBuild = parsed;
    this.state = { status: 'ready', notes: files.length, flags: engine.flags().length, ms: Math.round(performance.now() - started) };
    if (read > 0 || !opening.resumed) this.saver.changed();
    this.emit();
    // What a start-up from the cache left for the first change is built once the view has drawn.
    window.clearTimeout(this.warmUpTimer);
    this.warmUpTimer = window.setTimeout(() => this.warmUp(engine), WARM_UP_DELAY_MS);
    // Changes that arrived while building are applied now.
    if (this.pending.size > 0 || this.renames.length > 0) this.schedule();
  }

  /** One part of the engine's warm-up at a time, the interface free between them, until the plugin unloads or a rebuild begins. */
  private warmUp(engine: Engine): void {
    if (this.disposed || this.building !== undefined || engine !== this.engineInstance) return;
    // Building indexes while the cache is written in parts would change what it reads: later.
    if (this.saver.writing) {
      this.warmUpTimer = window.setTimeout(() => this.warmUp(engine), WARM_UP_DELAY_MS);
      return;
    }
    if (engine.warmUp()) this.warmUpTimer = window.setTimeout(() => this.warmUp(engine), 0);
  }

  private queue(path: string, op: PendingChange): void {
    // Reading a note again, or removing it, resolves its links too.
    if (op === 'relink' && this.pending.has(path)) return;
    this.pending.set(path, op);
    this.schedule();
  }

  private schedule(): void {
    if (this.disposed) return;
    window.clearTimeout(this.applyTimer);
    this.applyTimer = window.setTimeout(() => void this.changeRounds.run(() => this.apply()), DEBOUNCE_MS);
  }

  /** Applies queued changes (a save writing its parts stops, to be written again after); while a build runs they wait for it. */
  private async apply(): Promise<void> {
    const engine = this.engineInstance;
    if (!engine || this.state.status !== 'ready') return;
    // A save that began writing its parts (before, or while a note was read here) stops at its next pause, and is made again below.
    let interrupted = false;
    const changing = (): void => {
      interrupted = this.saver.stop() || interrupted;
    };
    const done: NoteChanges = { upserted: [], removed: [], renamed: this.renames.splice(0) };
    if (done.renamed.length > 0) {
      done.flagsBefore = engine.flags();
      changing();
      applyRenames(engine, done.renamed, this.pending, (path) => this.app.vault.getFileByPath(path) !== null);
    }
    const changes = [...this.pending];
    this.pending.clear();
    const relinks: string[] = [];
    let changed = done.renamed.length > 0;
    // Many changes at once (a sync, a folder moved in) are read a batch at a time, the interface free between.
    const batch = notesPerPause();
    let read = 0;
    for (const [path, op] of changes) {
      if (op === 'relink') {
        relinks.push(path);
        continue;
      }
      if (++read % batch === 0) {
        await yieldToInterface();
        if (this.disposed || this.engineInstance !== engine) return;
      }
      const file = this.app.vault.getFileByPath(path);
      // Renamed while this round read the notes before it: the next round moves it with its flags' reviews (renames.ts), not as gone.
      if (!file && op !== 'remove' && this.renames.some(([from]) => from === path)) {
        this.pending.set(path, op);
        continue;
      }
      changed = true;
      if (op === 'remove' || !file) {
        changing();
        engine.remove(path);
        done.removed.push(path);
      } else {
        const source = await readSource(this.app.vault, file);
        changing();
        engine.upsert(source);
        done.upserted.push(source);
      }
    }
    // Mostly Obsidian resolved the links as the engine had: then nothing changed, and nothing is saved.
    for (let i = 0; i < relinks.length; i += RELINK_BATCH) {
      if (i > 0) await yieldToInterface();
      if (this.disposed || this.engineInstance !== engine) return;
      changing();
      if (engine.relink(relinks.slice(i, i + RELINK_BATCH))) changed = true;
    }
    if (!changed) {
      if (interrupted) this.saver.changed();
      return;
    }
    this.state = { ...this.state, flags: engine.flags().length };
    this.saver.changed();
    for (const listener of this.noteListeners) listener(done);
    this.emit();
  }

  private failed(error: unknown): void {
    this.state = { status: 'failed', message: error instanceof Error ? error.message : String(error) };
    this.emit();
  }

  private emit(): void {
    for (const listener of this.listeners) listener();
  }
}
