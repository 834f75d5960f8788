import { createCueReader, type CueReader } from './cues/cue-hits';
import { readNoteCues } from './cues/note-cues';
import { Detector } from './detect/detector';
import { DEFAULT_DETECTION_SETTINGS, type DetectionSettings } from './detect/settings';
import { encodeContent, type EncodedContent } from './index/content-codec';
import { writeSnapshot, type EngineSnapshot, type ReadSnapshot } from './index/snapshot-codec';
import { DEFAULT_INDEX_SETTINGS, VaultIndex, type IndexSettings, type SourceFile } from './index/vault-index';
import type { Diagnostic } from './model/diagnostic';
import type { Flag } from './model/flag';
import type { NoteContent } from './model/note';
import { loadTaxonomy, type TaxonomySource } from './taxonomy/load-taxonomy';
import type { Taxonomy } from './taxonomy/taxonomy';
import { normalizeVaultPath } from './vault/paths';

export interface EngineSettings extends IndexSettings, DetectionSettings {}

export interface LoadTimings {
  /** Reading (when the files are read lazily), parsing and linking. */
  indexMs: number;
  /** Computing every flag. */
  detectMs: number;
}

export const DEFAULT_ENGINE_SETTINGS: EngineSettings = { ...DEFAULT_INDEX_SETTINGS, ...DEFAULT_DETECTION_SETTINGS };

/**
 * The whole core for one vault: parsed notes, the relationship graph and the flags, updated one
 * note at a time. Hosts (the plugin, the command line) feed it files and read its results.
 */
export class Engine {
  readonly index: VaultIndex;
  readonly detector: Detector;
  readonly taxonomy: Taxonomy;
  private readonly taxonomyDiagnostics: Diagnostic[];
  private batching = false;

  constructor(settings: Partial<EngineSettings> = {}, taxonomy?: TaxonomySource) {
    const all = { ...DEFAULT_ENGINE_SETTINGS, ...settings };
    const loaded = loadTaxonomy(taxonomy);
    this.taxonomyDiagnostics = loaded.diagnostics;
    this.taxonomy = loaded.taxonomy;
    // Cues are read when a note is parsed: they depend on its text and the taxonomy only. The
    // reader is built when the first note is parsed: a start-up from the cache may parse none.
    let cueReader: CueReader | undefined;
    this.index = new VaultIndex(all, (content) =>
      readNoteCues(content, (cueReader ??= createCueReader(loaded.taxonomy.definitions))),
    );
    this.detector = new Detector(this.index.graph, loaded.taxonomy, all);
  }

  /** Adds many files, then computes the flags once (a first scan). Returns where the time went. */
  load(files: Iterable<SourceFile>, onProgress?: (done: number) => void): LoadTimings {
    const started = performance.now();
    this.startBatch();
    let done = 0;
    for (const file of files) {
      this.index.upsert(file);
      onProgress?.(++done);
    }
    this.batching = false;
    this.index.finishBulk();
    const indexed = performance.now();
    this.detector.rebuild();
    return { indexMs: indexed - started, detectMs: performance.now() - indexed };
  }

  /** The engine's whole state as plain data, for a persistent cache. */
  snapshot(): EngineSnapshot {
    const notes = [...this.index.entries()].map(([path, stamp, content]): [string, string, EncodedContent] => [path, stamp, encodeContent(content)]);
    return writeSnapshot(
      notes,
      (paths) => this.index.graph.exportState(paths),
      (sentenceRef) => this.detector.exportState(sentenceRef),
    );
  }

  /**
   * Takes up a snapshot made with the same settings and taxonomy: its notes go into the graph and
   * the detector takes up its state instead of computing every flag. Hosts then replay what changed
   * since, one note at a time. (With other settings, restore() the notes one by one in a batch.)
   */
  restoreSnapshot(snapshot: ReadSnapshot): void {
    this.index.restoreAll(snapshot.notes, snapshot.graph);
    this.detector.importState(snapshot.detection, snapshot.sentence);
  }

  /** While a batch is open, changes update notes and graph only; closing it computes the flags once. */
  startBatch(): void {
    this.batching = true;
    // An empty index can link everything at once when the batch ends.
    if (this.index.graph.size === 0) this.index.startBulk();
  }

  finishBatch(): void {
    this.batching = false;
    this.index.finishBulk();
    this.detector.rebuild();
  }

  upsert(file: SourceFile): void {
    this.prepareForChanges();
    this.follow([file.path], this.index.upsert(file));
  }

  restore(path: string, stamp: string, content: NoteContent): void {
    this.prepareForChanges();
    this.follow([path], this.index.restore(path, stamp, content));
  }

  remove(path: string): void {
    this.prepareForChanges();
    this.follow([path], this.index.remove(path));
  }

  rename(oldPath: string, newPath: string): void {
    this.prepareForChanges();
    this.follow([oldPath, newPath], this.index.rename(oldPath, newPath));
  }

  /**
   * Builds the lookups a start-up from a snapshot leaves out (names for resolving links, the
   * detector's session facts). The first change does it anyway; a host can do it when idle.
   */
  prepareForChanges(): void {
    this.index.graph.prepareForChanges();
    this.detector.prepareForChanges();
  }

  flags(): Flag[] {
    return this.detector.flags();
  }

  diagnostics(): Diagnostic[] {
    return [...this.taxonomyDiagnostics, ...this.index.diagnostics(), ...this.detector.diagnostics()].sort(
      (a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : a.line - b.line),
    );
  }

  private follow(changed: string[], related: Set<string>): void {
    if (!this.batching) this.detector.update(changed.map(normalizeVaultPath), related);
  }
}
