import { normalizePath, TFile, type App, type Plugin, type TAbstractFile } from 'obsidian';
import { Engine, type EngineSettings } from '../core/engine';
import { VaultIndex, type CachedNote } from '../core/index/vault-index';
import { hashOf } from '../core/text/hash';
import type { TaxonomySource } from '../core/taxonomy/load-taxonomy';
import type { IndexCache } from './index-cache';
import { readSource } from './vault-source';

/** Notes read between yields to the interface while the index builds. */
const BATCH = 250;
/** Changes are applied together this long after the last one. */
const DEBOUNCE_MS = 400;
/** After a start-up, the lookups changes need are built this long after the index is ready. */
const PREPARE_DELAY_MS = 1_000;
/** The cache is written this long after the last change, and when the plugin unloads. */
const SAVE_DELAY_MS = 30_000;

export type IndexState = { status: 'waiting' } | { status: 'building'; done: number; total: number } | { status: 'ready'; notes: number; flags: number; ms: number };

/**
 * The core engine kept in step with the vault: built in the background after the layout is ready,
 * restored from the cache where files are unchanged, then updated from vault events, debounced.
 */
export class LiveIndex {
  private engineInstance: Engine | undefined;
  private state: IndexState = { status: 'waiting' };
  private readonly listeners = new Set<() => void>();
  private readonly pending = new Map<string, 'upsert' | 'remove'>();
  private readonly renames: [string, string][] = [];
  private building: Promise<void> | undefined;
  private next: Promise<void> | undefined;
  private nextFresh = false;
  private applyTimer: number | undefined;
  private saveTimer: number | undefined;
  private prepareTimer: number | undefined;
  private rebuildTimer: number | undefined;
  private readonly rebuildWaiters: (() => void)[] = [];
  /** Notes parsed afresh (not restored from the cache) by the last build. */
  parsedOnLastBuild = 0;
  /** Settings and taxonomy the flags were computed with; a cache made under others is not reused for flags. */
  private detectionKey = '';
  private taxonomyKey = '';
  private resolveReady: () => void = () => undefined;
  /** Settles when the first build has finished (or the index is disposed before one did): `plugin.api.ready`. */
  readonly ready: Promise<void> = new Promise((resolve) => (this.resolveReady = resolve));

  constructor(
    private readonly app: App,
    private readonly cache: IndexCache,
    private readonly settings: () => { engine: Partial<EngineSettings>; taxonomyNote: string },
  ) {}

  get engine(): Engine | undefined {
    return this.state.status === 'ready' ? this.engineInstance : undefined;
  }

  get status(): IndexState {
    return this.state;
  }

  onChange(callback: () => void): () => void {
    this.listeners.add(callback);
    return () => this.listeners.delete(callback);
  }

  /** Vault events, registered once through the plugin so that unloading releases them. */
  follow(plugin: Plugin): void {
    const { vault, metadataCache } = this.app;
    const queue = (file: TAbstractFile, op: 'upsert' | 'remove'): void => {
      if (file instanceof TFile && file.extension === 'md') this.queue(file.path, op);
    };
    plugin.registerEvent(vault.on('create', (file) => queue(file, 'upsert')));
    plugin.registerEvent(metadataCache.on('changed', (file) => queue(file, 'upsert')));
    plugin.registerEvent(vault.on('delete', (file) => queue(file, 'remove')));
    plugin.registerEvent(
      vault.on('rename', (file, oldPath) => {
        if (!(file instanceof TFile)) return;
        this.renames.push([oldPath, file.path]);
        this.schedule();
      }),
    );
  }

  /**
   * Builds the index; `fresh` ignores the cache (the rescan command). Asked for while a build runs
   * (settings typed key by key, a rescan), one more build follows it with what was asked since.
   */
  build(fresh = false): Promise<void> {
    if (!this.building) {
      this.building = this.run(fresh).finally(() => {
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

  /**
   * Builds again once asked for no more for a moment: settings typed key by key recompute the
   * flags once, when typing pauses. Resolves when that build is done.
   */
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

  /** Writes the cache now (on unload, and after changes settle). */
  async save(): Promise<void> {
    window.clearTimeout(this.saveTimer);
    this.saveTimer = undefined;
    if (this.engineInstance && this.state.status === 'ready') await this.cache.write(this.engineInstance, this.taxonomyKey, this.detectionKey);
  }

  dispose(): void {
    window.clearTimeout(this.applyTimer);
    window.clearTimeout(this.saveTimer);
    window.clearTimeout(this.prepareTimer);
    window.clearTimeout(this.rebuildTimer);
    // Nobody waits for a rebuild that will not come.
    for (const done of this.rebuildWaiters.splice(0)) done();
    this.resolveReady();
    this.listeners.clear();
  }

  private async run(fresh: boolean): Promise<void> {
    const started = performance.now();
    const { engine: settings, taxonomyNote } = this.settings();
    const taxonomy = await this.readTaxonomy(taxonomyNote);
    // The keys of the engine being built; the current engine keeps its own until it is replaced.
    const taxonomyKey = hashOf(taxonomy?.text ?? '');
    const detectionKey = hashOf(JSON.stringify([settings, taxonomy ?? null]));
    // After a change of settings, the notes parsed in memory serve as long as the taxonomy (which decides the cues read) is the same.
    const reusable = !fresh && this.engineInstance && taxonomyKey === this.taxonomyKey ? this.engineInstance.index.parsedNotes() : undefined;
    const cached = fresh ? { notes: new Map<string, CachedNote>() } : reusable ? { notes: reusable } : await this.cache.read(taxonomyKey, detectionKey);
    // Parsing the cache and taking it up are the two long steps of a start-up: let a frame in between.
    await yieldToInterface();
    const engine = new Engine(settings, taxonomy);
    const files = this.app.vault.getMarkdownFiles();
    this.state = { status: 'building', done: 0, total: files.length };
    this.emit();

    const changed: TFile[] = [];
    const stampOf = (file: TFile): string => VaultIndex.stampOf({ path: file.path, data: '', mtime: file.stat.mtime, size: file.stat.size });
    if (cached.snapshot) {
      // The cache holds the engine as it was: take it up whole, then replay what changed since.
      engine.restoreSnapshot(cached.snapshot);
      const inVault = new Set(files.map((f) => f.path));
      for (const path of cached.notes.keys()) if (!inVault.has(path)) engine.remove(path);
      for (const file of files) if (cached.notes.get(file.path)?.stamp !== stampOf(file)) changed.push(file);
    } else {
      engine.startBatch();
      for (const file of files) {
        const hit = cached.notes.get(file.path);
        if (hit && hit.stamp === stampOf(file)) engine.restore(file.path, hit.stamp, hit.content);
        else changed.push(file);
      }
    }
    for (let i = 0; i < changed.length; i++) {
      engine.upsert(await readSource(this.app.vault, changed[i]));
      if ((i + 1) % BATCH === 0) {
        this.state = { status: 'building', done: files.length - changed.length + i + 1, total: files.length };
        this.emit();
        await yieldToInterface();
      }
    }
    if (!cached.snapshot) engine.finishBatch();

    this.engineInstance = engine;
    this.taxonomyKey = taxonomyKey;
    this.detectionKey = detectionKey;
    this.parsedOnLastBuild = changed.length;
    this.state = { status: 'ready', notes: files.length, flags: engine.flags().length, ms: Math.round(performance.now() - started) };
    if (changed.length > 0 || fresh || !cached.snapshot) this.scheduleSave();
    this.emit();
    // What a start-up from the cache left for the first change is built once the view has drawn.
    window.clearTimeout(this.prepareTimer);
    this.prepareTimer = window.setTimeout(() => engine.prepareForChanges(), PREPARE_DELAY_MS);
    // Changes that arrived while building are applied now.
    if (this.pending.size > 0 || this.renames.length > 0) this.schedule();
  }

  private async readTaxonomy(note: string): Promise<TaxonomySource | undefined> {
    if (note.trim() === '') return undefined;
    const path = normalizePath(note.endsWith('.md') || note.endsWith('.yaml') || note.endsWith('.yml') ? note : `${note}.md`);
    const file = this.app.vault.getFileByPath(path);
    return file ? { path, text: await this.app.vault.cachedRead(file) } : { path, text: '' };
  }

  private queue(path: string, op: 'upsert' | 'remove'): void {
    this.pending.set(path, op);
    this.schedule();
  }

  private schedule(): void {
    window.clearTimeout(this.applyTimer);
    this.applyTimer = window.setTimeout(() => void this.apply(), DEBOUNCE_MS);
  }

  /** Applies queued changes; while a build runs they wait for it. */
  private async apply(): Promise<void> {
    const engine = this.engineInstance;
    if (!engine || this.state.status !== 'ready') return;
    for (const [from, to] of this.renames.splice(0)) {
      engine.rename(from, to);
      this.pending.delete(from);
    }
    const changes = [...this.pending];
    this.pending.clear();
    for (const [path, op] of changes) {
      const file = this.app.vault.getFileByPath(path);
      if (op === 'remove' || !file) engine.remove(path);
      else engine.upsert(await readSource(this.app.vault, file));
    }
    this.state = { ...this.state, flags: engine.flags().length };
    this.scheduleSave();
    this.emit();
  }

  private scheduleSave(): void {
    window.clearTimeout(this.saveTimer);
    this.saveTimer = window.setTimeout(() => void this.save(), SAVE_DELAY_MS);
  }

  private emit(): void {
    for (const listener of this.listeners) listener();
  }
}

function yieldToInterface(): Promise<void> {
  return new Promise((resolve) => window.setTimeout(resolve, 0));
}
