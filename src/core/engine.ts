import { codeTablesFingerprint } from './cache/code-tables';
import { readSnapshot, writeSnapshot, writeSnapshotInSteps, type EngineData, type EngineSnapshot, type ReadSnapshot, type SnapshotKeys } from './cache/snapshot';
import { jsonParts } from './cache/json-parts';
import { createCueReader, type CueReader } from './cues/cue-hits';
import { readNoteCues } from './cues/note-cues';
import { Detector } from './detect/detector';
import { DEFAULT_DETECTION_SETTINGS, type DetectionSettings } from './detect/settings';
import { clientLabel, findClientId, findClientIds } from './graph/client-lookup';
import { graphDocument, type GraphDocument, type GraphDocumentOptions } from './graph/graph-document';
import type { GraphReader } from './graph/relationship-graph';
import { ReadBatch } from './index/read-batch';
import { DEFAULT_INDEX_SETTINGS, VaultIndex, type IndexSettings, type IndexStats, type SourceFile, type StampedContent } from './index/vault-index';
import type { Diagnostic } from './model/diagnostic';
import type { Evidence, Flag } from './model/flag';
import { isPrivateReflection } from './report/private-notes';
import { selectFlags, type FlagFilter, type SelectedFlags } from './report/select-flags';
import { defaultTaxonomyFingerprint } from './taxonomy/default-taxonomy';
import { SHIPPED_SENTENCE_MODEL, sentenceModelFingerprint } from './cues/learnt/shipped-model';
import { loadTaxonomy, type TaxonomySource } from './taxonomy/load-taxonomy';
import { shortLabel, type Taxonomy } from './taxonomy/taxonomy';
import { hashOf } from './text/hash';
import type { LinkResolver } from './vault/link-resolver';
import { runToEnd } from './util/run-to-end';
import { NotePathResolver } from './vault/note-path-resolver';
import { normalizeVaultPath } from './vault/paths';

export interface EngineSettings extends IndexSettings, DetectionSettings {}

export const DEFAULT_ENGINE_SETTINGS: EngineSettings = { ...DEFAULT_INDEX_SETTINGS, ...DEFAULT_DETECTION_SETTINGS };

export interface LoadTimings {
  /** Reading (when the files are read lazily), parsing and linking. */
  indexMs: number;
  /** Computing every flag. */
  detectMs: number;
}

/** A file as a host knows it before reading it: its path, and its mtime and size when it has them. */
export interface FileStat {
  path: string;
  mtime?: number;
  size?: number;
}

/**
 * A vault being opened (Engine.open): the files the engine still has to read, which the host reads
 * in its own way (at once, or in batches that let an interface breathe) and hands to read(); then
 * finish().
 */
export interface Opening {
  readonly toRead: readonly FileStat[];
  /** Notes taken up from what the engine was opened from, not read again. */
  readonly reused: number;
  /** The whole state was taken up, flags included: only the files read since were computed afresh. */
  readonly resumed: boolean;
  /** Reads a file's note, now or with the next few (read together, VaultIndex.upsertAll): nothing may ask the engine anything until finish(). */
  read(file: SourceFile): void;
  /** Reads what is left and readies the engine. */
  finish(): void;
}

/**
 * The whole core for one vault: parsed notes, the relationship graph and the flags, updated one
 * note at a time. Both hosts (the plugin, the command line) open a vault through it, feed it the
 * files that change, and ask it for flags, the graph, diagnostics and labels; nothing outside the
 * core reaches into its parts.
 */
export class Engine {
  readonly taxonomy: Taxonomy;
  /** The settings it was made with, defaults filled in. */
  readonly settings: EngineSettings;
  private readonly index: VaultIndex;
  private readonly detector: Detector;
  private readonly taxonomyDiagnostics: Diagnostic[];
  private readonly keys: SnapshotKeys;
  private batching = false;

  /**
   * `version` is the host's: a snapshot written by another version is not taken up. `links` says
   * where links point: the plugin passes one that asks Obsidian's metadata cache; by default, and
   * on the command line, Obsidian's rules over the vault's notes (NotePathResolver).
   */
  constructor(settings: Partial<EngineSettings> = {}, taxonomy?: TaxonomySource, version = '', links: LinkResolver = new NotePathResolver()) {
    const all = { ...DEFAULT_ENGINE_SETTINGS, ...settings };
    this.settings = all;
    const loaded = loadTaxonomy(taxonomy);
    this.taxonomyDiagnostics = loaded.diagnostics;
    this.taxonomy = loaded.taxonomy;
    // Cues are read when a note is parsed: they depend on its text and the taxonomy only. The
    // reader is built when the first note is parsed: a start-up from the cache may parse none.
    let cueReader: CueReader | undefined;
    this.index = new VaultIndex(all, (content) => readNoteCues(content, (cueReader ??= createCueReader(loaded.taxonomy.definitions, all.learntReader ? SHIPPED_SENTENCE_MODEL : null))), links);
    this.detector = new Detector(this.index.graph, loaded.taxonomy, all);
    const taxonomyText = taxonomy?.text ?? '';
    // How links resolved is kept with the flags: another resolver takes up the parsed notes only.
    this.keys = { version, content: hashOf(`${defaultTaxonomyFingerprint()}\u0000${taxonomyText}\u0000${codeTablesFingerprint()}\u0000${all.learntReader ? sentenceModelFingerprint() : 'no learnt reader'}`), detection: hashOf(JSON.stringify([all, taxonomyText, links.id])) };
  }

  /** Reads every file, then computes the flags once: a first scan. Returns where the time went. */
  load(files: Iterable<SourceFile>, onProgress?: (done: number) => void): LoadTimings {
    const started = performance.now();
    this.startBatch();
    let done = 0;
    const batch = new ReadBatch((read) => this.index.upsertAll(read));
    for (const file of files) {
      const read = batch.add(file);
      if (read > 0) onProgress?.((done += read));
    }
    const last = batch.flush();
    if (last > 0) onProgress?.((done += last));
    this.batching = false;
    this.index.finishBulk();
    const indexed = performance.now();
    this.detector.rebuild();
    return { indexMs: indexed - started, detectMs: performance.now() - indexed };
  }

  /**
   * Opens a vault from its files' stats and what was kept of it: a snapshot (parsed JSON of
   * snapshot()) or the engine this one replaces. Decides what to take up: with the same settings
   * and taxonomy, the whole state (flags included) and then the files that changed since; with
   * other settings, the parsed notes only, and the flags computed afresh; otherwise nothing.
   */
  open(files: readonly FileStat[], from?: unknown): Opening {
    return runToEnd(this.openInSteps(files, from));
  }

  /**
   * open() a step at a time (the snapshot's notes decoded, placed in the graph, its flags decoded,
   * taken up, the files compared), so that a host can let its interface draw between steps: at
   * 10,000 notes the whole takes a tenth of a second on a computer, several times that on a phone.
   * Nothing may ask the engine anything until the last step is done.
   */
  *openInSteps(files: readonly FileStat[], from?: unknown): Generator<void, Opening> {
    const stamp = (file: FileStat): string => VaultIndex.stampOf({ path: file.path, data: '', mtime: file.mtime, size: file.size });
    let notes: ReadonlyMap<string, StampedContent> = new Map();
    let snapshot: ReadSnapshot | undefined;
    if (from instanceof Engine) {
      if (from.keys.content === this.keys.content && from.keys.version === this.keys.version) notes = from.index.parsedNotes();
    } else {
      const read = readSnapshot(from);
      yield;
      if (read && read.keys.version === this.keys.version && read.keys.content === this.keys.content) {
        notes = read.notes;
        if (read.keys.detection === this.keys.detection) snapshot = read;
      }
    }
    const toRead: FileStat[] = [];
    let reused = 0;
    if (snapshot) {
      this.index.restoreAll(snapshot.notes, snapshot.graph);
      yield;
      const detection = snapshot.detection((path) => this.index.graph.note(path));
      yield;
      this.detector.load(detection);
      yield;
      const inVault = new Set(files.map((f) => normalizeVaultPath(f.path)));
      for (const path of notes.keys()) if (!inVault.has(normalizeVaultPath(path))) this.remove(path);
      for (const file of files) {
        if (notes.get(file.path)?.stamp === stamp(file)) reused++;
        else toRead.push(file);
      }
      return { toRead, reused, resumed: true, read: (file) => this.upsert(file), finish: () => undefined };
    }
    this.startBatch();
    for (const file of files) {
      const hit = notes.get(file.path);
      if (hit && hit.stamp === stamp(file)) {
        this.index.restore(file.path, hit.stamp, hit.content);
        reused++;
      } else toRead.push(file);
    }
    // Read together, as a first scan reads them: a host hands them over one at a time.
    const batch = new ReadBatch((read) => this.index.upsertAll(read));
    return {
      toRead,
      reused,
      resumed: false,
      read: (file) => void batch.add(file),
      finish: () => {
        batch.flush();
        this.finishBatch();
      },
    };
  }

  /** The engine's whole state as plain data, for the cache; open() takes it up again. */
  snapshot(): EngineSnapshot {
    return writeSnapshot(this.snapshotData());
  }

  /**
   * The snapshot's JSON text (JSON.stringify of snapshot()) in parts of about 64 KB, made a step at
   * a time: `null` marks a step that wrote nothing yet. A host can let its interface draw between
   * any two, or write each part to a file as it comes; the engine must not change until the last.
   */
  *snapshotText(): Generator<string | null> {
    const steps = writeSnapshotInSteps(this.snapshotData());
    let step = steps.next();
    while (!step.done) {
      yield null;
      step = steps.next();
    }
    yield* jsonParts(step.value);
  }

  private snapshotData(): EngineData {
    return { keys: this.keys, notes: this.index.entries(), graph: (paths) => this.index.graph.data(paths), detection: this.detector.data() };
  }

  upsert(file: SourceFile): void {
    this.change([file.path], () => this.index.upsert(file));
  }

  remove(path: string): void {
    this.change([path], () => this.index.remove(path));
  }

  rename(oldPath: string, newPath: string): void {
    this.change([oldPath, newPath], () => this.index.rename(oldPath, newPath));
  }

  /**
   * Resolves these notes' links again because the host's resolver may now answer otherwise (in the
   * plugin: Obsidian re-resolved them, after a note of their name came, went or moved, or at its own
   * start-up). Only notes whose links now resolve otherwise change anything; returns whether any did.
   */
  relink(paths: readonly string[]): boolean {
    // Checked first, so that the usual answer (all as before) builds nothing a change would need.
    const stale = this.index.graph.resolvingOtherwise(paths.map(normalizeVaultPath));
    if (stale.length === 0) return false;
    this.change([], () => this.index.graph.relink(stale));
    return true;
  }

  /**
   * Builds, when the host is idle, one part of what a start-up from a snapshot left for the first
   * change (the names links resolve by, who links to whom, the names each note looks up, the typed
   * edges by note, the session facts); false once nothing is left. A part takes tens of milliseconds
   * at 10,000 notes, where all of them at once would hold the interface a quarter of a second. Never
   * needed: the first change builds whatever is left.
   */
  warmUp(): boolean {
    if (this.index.graph.warmUp()) return true;
    return this.detector.beforeChange();
  }

  // Queries

  flags(): Flag[] {
    return this.detector.flags();
  }

  /** Flags for a report: since a day, about one client, with or without those resting on private reflections. */
  selectFlags(filter: FlagFilter): SelectedFlags {
    return selectFlags(this.flags(), this.index.graph, filter);
  }

  /** A note's evidence as the rules read it. */
  evidenceOf(path: string): Evidence[] {
    return this.detector.evidence(path);
  }

  /**
   * What needs checking in the notes. Those of private reflections quote their paths and values, so
   * they are left out unless asked for (the plugin's own view asks).
   */
  diagnostics(options: { includePrivate?: boolean } = {}): Diagnostic[] {
    const all = [...this.taxonomyDiagnostics, ...this.index.diagnostics(), ...this.detector.diagnostics()];
    const shown = options.includePrivate ? all : all.filter((d) => !isPrivateReflection(this.index.graph, d.path));
    return shown.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : a.line - b.line));
  }

  stats(): IndexStats {
    return this.index.stats();
  }

  /** The notes and how they link, to read (present/ and practice/ take it). */
  get graph(): GraphReader {
    return this.index.graph;
  }

  /** The graph document; private reflections are left out unless asked for. */
  graphDocument(options: GraphDocumentOptions = {}): GraphDocument {
    return graphDocument(this.index.graph, options);
  }

  /** The client id a user means by a name, code, alias or path. */
  /** Every client NAME may mean: one, none, or several sharing an alias. */
  findClients(name: string): string[] {
    return findClientIds(this.index.graph, name);
  }

  findClient(name: string): string | undefined {
    return findClientId(this.index.graph, name);
  }

  clientLabel(client: string): string {
    return clientLabel(this.index.graph, client);
  }

  dynamicLabel(dynamic: string): string {
    return shortLabel(this.taxonomy.get(dynamic), dynamic);
  }

  /** How many note versions were parsed (not taken up from a snapshot or an earlier engine). */
  get parseCount(): number {
    return this.index.parseCount;
  }

  private startBatch(): void {
    this.batching = true;
    // An empty index can link everything at once when the batch ends.
    if (this.index.graph.size === 0) this.index.startBulk();
  }

  private finishBatch(): void {
    this.batching = false;
    this.index.finishBulk();
    this.detector.rebuild();
  }

  /** Every change goes through here: the detector must know where notes were before the graph moves. */
  private change(paths: string[], apply: () => Set<string>): void {
    if (this.batching) {
      apply();
      return;
    }
    this.detector.beforeChange();
    const related = apply();
    this.detector.update(paths.map(normalizeVaultPath), related);
  }
}
