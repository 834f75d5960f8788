import type { DetectorData } from '../detect/detector';
import type { GraphData } from '../graph/relationship-graph';
import type { StampedContent } from '../index/vault-index';
import type { Note, NoteContent } from '../model/note';
import { decodeContent, encodeContent, type EncodedContent } from './content-codec';
import { decodeDetection, encodeDetection, isDetectorState, type DetectorState } from './detection-codec';
import { decodeGraph, encodeGraph, type GraphState } from './graph-codec';
import { runToEnd } from '../util/run-to-end';

/**
 * The format of everything this folder writes: bump it whenever an encoder here, NoteContent, the
 * parser or the detector's data changes, and whenever tokenize or how a cue hit's subject words are
 * read (cues/cue-hits.ts) changes: the cache keeps most hits' words as a place in their sentence
 * and reads them again. A snapshot of another format is not read. (A sentence model learnt again
 * needs no bump: its fingerprint, of its sentences, its way of learning and its feature code, is
 * part of the key for parsed notes, engine.ts.)
 */
export const CACHE_FORMAT = 257;

/** What a snapshot's content depends on beyond the format: the host's version, the taxonomy, the settings. */
export interface SnapshotKeys {
  /** The host's version (the plugin's): another parser may have made the content. */
  version: string;
  /** The taxonomy's text (it decides the cues read from each note) and the code tables notes' compact forms are written with (code-tables.ts). */
  content: string;
  /** The settings and taxonomy the flags were computed with, and the LinkResolver the links were resolved by. */
  detection: string;
}

/**
 * An engine's whole state as plain data for the persistent cache: its notes (path, the stamp of the
 * file version they were parsed from, their content), how their links resolved, and the detector's
 * state. Evidence texts that are sentences a note's cue hits keep are stored once, in the note, and
 * referred to by number.
 */
export interface EngineSnapshot {
  format: number;
  keys: SnapshotKeys;
  paths: string[];
  stamps: string[];
  contents: EncodedContent[];
  /** Absent when it could not be exported. */
  graph?: GraphState;
  detection: DetectorState;
}

/** What an engine hands over to be written. */
export interface EngineData {
  keys: SnapshotKeys;
  notes: Iterable<[path: string, stamp: string, content: NoteContent]>;
  graph: (paths: readonly string[]) => GraphData | undefined;
  detection: DetectorData;
}

/** A snapshot read back: its notes decoded (lazily, where they can be); the rest decoded once the notes are placed. */
export interface ReadSnapshot {
  keys: SnapshotKeys;
  notes: Map<string, StampedContent>;
  graph: (notes: readonly Note[]) => GraphData | undefined;
  detection: (note: (path: string) => Note | undefined) => DetectorData;
}

export function writeSnapshot(data: EngineData): EngineSnapshot {
  return runToEnd(writeSnapshotInSteps(data));
}

/** Notes encoded in one step of writeSnapshotInSteps(). */
const NOTES_PER_STEP = 1000;

/**
 * writeSnapshot() a step at a time (notes a thousand at a time, then the graph, then the detector's
 * state), so that a host can let its interface draw between steps. Nothing in `data` may change
 * until the last step is done.
 */
export function* writeSnapshotInSteps(data: EngineData): Generator<void, EngineSnapshot> {
  const snapshot: EngineSnapshot = { format: CACHE_FORMAT, keys: data.keys, paths: [], stamps: [], contents: [], detection: { dynamics: [], texts: [], evidence: [], flags: [] } };
  const cited = new Map<string, string[]>();
  for (const [path, stamp, content] of data.notes) {
    const encoded = encodeContent(content);
    snapshot.paths.push(path);
    snapshot.stamps.push(stamp);
    snapshot.contents.push(encoded);
    if (encoded.sentences) cited.set(path, encoded.sentences);
    if (snapshot.paths.length % NOTES_PER_STEP === 0) yield;
  }
  const graph = data.graph(snapshot.paths);
  if (graph) snapshot.graph = encodeGraph(graph, snapshot.paths);
  yield;
  const numbers = new Map<string, Map<string, number>>();
  snapshot.detection = encodeDetection(data.detection, (path, text) => {
    let byText = numbers.get(path);
    if (!byText) numbers.set(path, (byText = new Map((cited.get(path) ?? []).map((sentence, i) => [sentence, i]))));
    return byText.get(text) ?? text;
  });
  return snapshot;
}

/** Checks the shape of parsed JSON and decodes its notes; undefined when it is not a snapshot of this format. */
export function readSnapshot(data: unknown): ReadSnapshot | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const d = data as Partial<EngineSnapshot>;
  if (d.format !== CACHE_FORMAT || !isKeys(d.keys) || !Array.isArray(d.paths) || !Array.isArray(d.stamps) || !Array.isArray(d.contents)) return undefined;
  if (d.stamps.length !== d.paths.length || d.contents.length !== d.paths.length || !isDetectorState(d.detection)) return undefined;
  const detection = d.detection;
  const notes = new Map<string, StampedContent>();
  const sentences = new Map<string, string[]>();
  for (let i = 0; i < d.paths.length; i++) {
    const content = decodeContent(d.contents[i]);
    if (!content || typeof d.paths[i] !== 'string' || typeof d.stamps[i] !== 'string') return undefined;
    notes.set(d.paths[i], { stamp: d.stamps[i], content });
    const cited = d.contents[i].sentences;
    if (cited) sentences.set(d.paths[i], cited);
  }
  return {
    keys: d.keys,
    notes,
    graph: (placed) => decodeGraph(d.graph, placed),
    detection: (note) => decodeDetection(detection, note, (path, index) => sentences.get(path)?.[index] ?? ''),
  };
}

function isKeys(keys: unknown): keys is SnapshotKeys {
  if (typeof keys !== 'object' || keys === null) return false;
  const k = keys as Partial<SnapshotKeys>;
  return typeof k.version === 'string' && typeof k.content === 'string' && typeof k.detection === 'string';
}
