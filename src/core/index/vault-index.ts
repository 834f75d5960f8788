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
}

export const DEFAULT_INDEX_SETTINGS: IndexSettings = { ...DEFAULT_PARSE_OPTIONS, templatesFolder: 'Templates' };

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
 */
export class VaultIndex {
  readonly graph: RelationshipGraph;
  private readonly cache = new Map<string, StampedContent>();
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
    const path = normalizeVaultPath(file.path);
    if (!isMarkdownPath(path)) return new Set();
    const stamp = stampOf(file);
    let cached = this.cache.get(path);
    if (file.readError !== undefined) {
      this.cache.delete(path);
      return this.link(this.place(path, unreadableContent(file.readError)));
    }
    if (!cached || cached.stamp !== stamp) {
      this.parses++;
      cached = { stamp, content: this.read(file.data) };
      this.cache.set(path, cached);
    }
    return this.link(this.place(path, cached.content));
  }

  /** Restores a note parsed earlier (from a persistent cache) without parsing it again. */
  restore(path: string, stamp: string, content: NoteContent): Set<string> {
    const normalized = normalizeVaultPath(path);
    this.cache.set(normalized, { stamp, content });
    return this.link(this.place(normalized, content));
  }

  /**
   * Fills an empty index with notes parsed earlier (from the cache or an engine it replaces),
   * taking up how their links resolved (`graph`, given the placed notes) instead of linking them
   * afresh when it fits.
   */
  restoreAll(notes: ReadonlyMap<string, StampedContent>, graph?: (placed: readonly Note[]) => GraphData | undefined): void {
    if (this.cache.size > 0 || this.graph.size > 0) {
      for (const [path, { stamp, content }] of notes) this.restore(path, stamp, content);
      return;
    }
    const placed = new Map<string, Note>();
    // A path stored unnormalized keeps its position; two that normalize alike leave the state unfit.
    for (const [path, cached] of notes) {
      const normalized = normalizeVaultPath(path);
      this.cache.set(normalized, cached);
      placed.set(normalized, this.place(normalized, cached.content));
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
    return new Map(this.cache);
  }

  /** Every note's parsed content with the stamp it was parsed from, for a persistent cache. */
  *entries(): Generator<[path: string, stamp: string, content: NoteContent]> {
    for (const [path, { stamp, content }] of this.cache) yield [path, stamp, content];
  }

  /** The stamp a file would be cached under: its mtime and size, else a hash of its data. */
  static stampOf(file: SourceFile): string {
    return stampOf(file);
  }

  remove(path: string): Set<string> {
    const normalized = normalizeVaultPath(path);
    this.cache.delete(normalized);
    return this.graph.remove(normalized);
  }

  rename(oldPath: string, newPath: string): Set<string> {
    const from = normalizeVaultPath(oldPath);
    const to = normalizeVaultPath(newPath);
    const cached = this.cache.get(from);
    if (!cached || !isMarkdownPath(to)) return this.remove(from);
    this.cache.delete(from);
    this.cache.set(to, cached);
    return this.graph.rename(from, this.place(to, cached.content));
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
      byType[note.content.kind]++;
      for (const link of this.graph.links(note.path)) {
        links++;
        if (link.target === undefined) unresolvedLinks++;
      }
    }
    return { notes: this.graph.size, byType, links, unresolvedLinks };
  }

  private read(data: string | Uint8Array): NoteContent {
    const parsed = parseNoteContent(data, this.settings);
    // Kept in the compact form only: the note's text, blocks and headings go as the next note is read.
    return compactContent({ ...parsed, cueHits: this.readCues(parsed) });
  }

  private place(path: string, content: NoteContent): Note {
    return placeNote(path, content, this.settings.templatesFolder);
  }
}

function stampOf(file: SourceFile): string {
  if (file.mtime !== undefined && file.size !== undefined) return flatString(`${file.mtime}:${file.size}`);
  return flatString(`h:${hashOf(file.data)}`);
}
