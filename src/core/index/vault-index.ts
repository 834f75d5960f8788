import type { Diagnostic } from '../model/diagnostic';
import type { CueHit, Note, NoteContent, ParsedContent } from '../model/note';
import { NOTE_TYPES, type NoteKind } from '../model/note-types';
import { RelationshipGraph, type GraphData } from '../graph/relationship-graph';
import { compactContent } from '../cache/content-codec';
import { DEFAULT_PARSE_OPTIONS, parseNoteContent, placeNote, unreadableContent, type ParseOptions } from '../parse/parse-note';
import { hashOf } from '../text/hash';
import { flatString } from '../util/flat-string';
import type { LinkResolver } from '../vault/link-resolver';
import { NotePathResolver } from '../vault/note-path-resolver';
import { isMarkdownPath, normalizeVaultPath } from '../vault/paths';

/** A note file as a host hands it over: bytes from disk, or text from Obsidian's vault. */
export interface SourceFile {
  path: string;
  data: string | Uint8Array;
  /** With size, identifies an unchanged file without looking at its data. */
  mtime?: number;
  size?: number;
  /** Set by the host when the file could not be read; the note is kept with this as a diagnostic. */
  readError?: string;
}

export interface IndexSettings extends ParseOptions {
  /** Notes in this folder are never evidence. */
  templatesFolder: string;
  /** Sentences no cue or pattern finds are also given to the learnt sentence reader (cues/learnt/). */
  learntReader: boolean;
}

export const DEFAULT_INDEX_SETTINGS: IndexSettings = { ...DEFAULT_PARSE_OPTIONS, templatesFolder: 'Templates', learntReader: true };

export interface IndexStats {
  notes: number;
  byType: Record<NoteKind, number>;
  links: number;
  unresolvedLinks: number;
}

/** A note's parsed content and the stamp of the file version it was parsed from. */
export interface StampedContent {
  stamp: string;
  content: NoteContent;
}

/** Reads the cues a parsed note's text holds (cues/note-cues.ts with the taxonomy's cue reader). */
export type CueReading = (content: ParsedContent) => CueHit[];

/**
 * The parsed notes of one vault and their relationship graph. Hosts feed it files as they are read
 * or change; content is parsed, and its cues read, once per version of a file.
 *
 * The graph's notes are the only store of parsed content: each carries the stamp of the file version
 * it was read from, so no second map by path is kept (one such map costs about 45 bytes a note).
 */
export class VaultIndex {
  readonly graph: RelationshipGraph;
  private parses = 0;

  constructor(
    readonly settings: IndexSettings = DEFAULT_INDEX_SETTINGS,
    private readonly readCues: CueReading = () => [],
    /** Where links point: the host's rules (Obsidian's metadata cache in the plugin). */
    links: LinkResolver = new NotePathResolver(),
  ) {
    this.graph = new RelationshipGraph(links);
  }

  /** How many times note content was parsed (not served from the cache). */
  get parseCount(): number {
    return this.parses;
  }

  /** While bulk loading, notes are collected and linked all at once by finishBulk(). */
  private bulk: Map<string, Note> | undefined;

  startBulk(): void {
    this.bulk ??= new Map();
  }

  finishBulk(): void {
    const notes = this.bulk;
    this.bulk = undefined;
    if (notes) this.graph.bulkLoad(notes.values());
  }

  /** Adds or updates a note; returns the paths whose relationships were recomputed. */
  upsert(file: SourceFile): Set<string> {
    return this.upsertAll([file]);
  }

  /**
   * Adds or updates several notes; returns the paths whose relationships were recomputed. The files
   * to parse are read together, stage by stage: all parsed, then all their cues read, then all kept
   * compact, so that each stage's code and tables stay in the processor's caches from note to note
   * (note by note, the cue reading alone took half as long again). Then placed in the order given.
   */
  upsertAll(files: readonly SourceFile[]): Set<string> {
    // Each file's path and stamp worked out once; the note held at that stamp, if any, is placed again.
    const notes = files.map((file) => {
      const path = normalizeVaultPath(file.path);
      const stamp = file.readError === undefined ? stampOf(file) : undefined;
      const held = stamp === undefined ? undefined : this.placed(path);
      return { file, path, stamp, content: held?.stamp === stamp ? held?.content : undefined };
    });
    const stale = notes.filter((n) => isMarkdownPath(n.path) && n.stamp !== undefined && n.content === undefined);
    this.readAll(stale.map((n) => n.file.data)).forEach((content, i) => (stale[i].content = content));
    this.parses += stale.length;
    const changed = new Set<string>();
    for (const { file, path, stamp, content } of notes) {
      if (!isMarkdownPath(path)) continue;
      // An unreadable file's note has no stamp, so it is read again whatever its next stamp.
      const note = file.readError !== undefined ? this.place(path, unreadableContent(file.readError)) : this.place(path, content!, stamp);
      for (const linked of this.link(note)) changed.add(linked);
    }
    return changed;
  }

  /** Restores a note parsed earlier (from a persistent cache) without parsing it again. */
  restore(path: string, stamp: string, content: NoteContent): Set<string> {
    const normalized = normalizeVaultPath(path);
    return this.link(this.place(normalized, content, stamp));
  }

  /**
   * Fills an empty index with notes parsed earlier (from the cache or an engine it replaces),
   * taking up how their links resolved (`graph`, given the placed notes) instead of linking them
   * afresh when it fits.
   */
  restoreAll(notes: ReadonlyMap<string, StampedContent>, graph?: (placed: readonly Note[]) => GraphData | undefined): void {
    if (this.graph.size > 0 || (this.bulk?.size ?? 0) > 0) {
      for (const [path, { stamp, content }] of notes) this.restore(path, stamp, content);
      return;
    }
    const placed = new Map<string, Note>();
    // A path stored unnormalized keeps its position; two that normalize alike leave the state unfit.
    for (const [path, { stamp, content }] of notes) {
      const normalized = normalizeVaultPath(path);
      placed.set(normalized, this.place(normalized, content, stamp));
    }
    const list = [...placed.values()];
    const data = graph?.(list);
    if (!data || !this.graph.restore(list, data)) this.graph.bulkLoad(list);
  }

  private link(note: Note): Set<string> {
    if (this.bulk) {
      this.bulk.set(note.path, note);
      return new Set();
    }
    return this.graph.upsert(note);
  }

  /** A copy of every note's parsed content with its stamp, to take up in another index (restoreAll). */
  parsedNotes(): Map<string, StampedContent> {
    const notes = new Map<string, StampedContent>();
    for (const [path, stamp, content] of this.entries()) notes.set(path, { stamp, content });
    return notes;
  }

  /** Every note's parsed content with the stamp it was parsed from, for a persistent cache (unreadable files left out). */
  *entries(): Generator<[path: string, stamp: string, content: NoteContent]> {
    for (const note of this.placedNotes()) if (note.stamp !== undefined) yield [note.path, note.stamp, note.content];
  }

  /** The note held for a path: the one a bulk load has collected, else the graph's. */
  private placed(path: string): Note | undefined {
    return this.bulk?.get(path) ?? this.graph.note(path);
  }

  /** Every note held, a bulk load's in place of the graph's for the same path. */
  private *placedNotes(): Generator<Note> {
    const bulk = this.bulk;
    for (const note of this.graph.allNotes()) if (!bulk?.has(note.path)) yield note;
    if (bulk) yield* bulk.values();
  }

  /** The stamp a file would be cached under: its mtime and size, else a hash of its data. */
  static stampOf(file: SourceFile): string {
    return stampOf(file);
  }

  remove(path: string): Set<string> {
    const normalized = normalizeVaultPath(path);
    this.bulk?.delete(normalized);
    return this.graph.remove(normalized);
  }

  rename(oldPath: string, newPath: string): Set<string> {
    const from = normalizeVaultPath(oldPath);
    const to = normalizeVaultPath(newPath);
    const held = this.placed(from);
    // An unreadable file is read again under its new name rather than carried over.
    if (held?.stamp === undefined || !isMarkdownPath(to)) return this.remove(from);
    const moved = this.place(to, held.content, held.stamp);
    // A note a bulk load has collected moves within it: the graph has not seen it yet.
    if (this.bulk?.delete(from)) return this.link(moved);
    return this.graph.rename(from, moved);
  }

  notes(): IterableIterator<Note> {
    return this.graph.allNotes();
  }

  diagnostics(): Diagnostic[] {
    const all: Diagnostic[] = [];
    for (const note of this.graph.allNotes()) for (const d of note.diagnostics) all.push({ path: note.path, ...d });
    return all.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : a.line - b.line));
  }

  stats(): IndexStats {
    const byType = Object.fromEntries(Object.keys(NOTE_TYPES).map((kind) => [kind, 0])) as Record<NoteKind, number>;
    let links = 0;
    let unresolvedLinks = 0;
    for (const note of this.graph.allNotes()) {
      // A template is no session nor supervision: counted with the other notes, as it is never evidence.
      byType[note.isTemplate ? 'other' : note.content.kind]++;
      for (const link of this.graph.links(note.path)) {
        links++;
        if (link.target === undefined) unresolvedLinks++;
      }
    }
    return { notes: this.graph.size, byType, links, unresolvedLinks };
  }

  private readAll(data: readonly (string | Uint8Array)[]): NoteContent[] {
    const parsed = data.map((d) => parseNoteContent(d, this.settings));
    const hits = parsed.map((p) => this.readCues(p));
    // Kept in the compact form only: the notes' texts, blocks and headings go as the next batch is read.
    return parsed.map((p, i) => compactContent(p, hits[i]));
  }

  private place(path: string, content: NoteContent, stamp?: string): Note {
    return placeNote(path, content, this.settings.templatesFolder, stamp);
  }
}

function stampOf(file: SourceFile): string {
  if (file.mtime !== undefined && file.size !== undefined) return flatString(`${file.mtime}:${file.size}`);
  return flatString(`h:${hashOf(file.data)}`);
}
