import type { DetectorState } from '../detect/detector';
import type { GraphState } from '../graph/relationship-graph';
import type { CachedNote } from './vault-index';
import { decodeContent, type EncodedContent } from './content-codec';

/**
 * An engine's whole state as plain data for the persistent cache: its notes (path, the stamp of the
 * file version they were parsed from, their content) and the detector's state. Evidence texts that
 * are sentences a note's cue hits keep are stored once, in the note, and referred to by number.
 */
export interface EngineSnapshot {
  paths: string[];
  stamps: string[];
  contents: EncodedContent[];
  /** How the notes' links resolved and the typed edges they imply; absent when it could not be exported. */
  graph?: GraphState;
  detection: DetectorState;
}


/** A snapshot read back from JSON: its notes decoded (lazily, where they can be), its detector state as it was. */
export interface ReadSnapshot {
  notes: Map<string, CachedNote>;
  /** Checked against the notes when it is taken up. */
  graph?: GraphState;
  detection: DetectorState;
  /** The text a detector state refers to by number. */
  sentence: (path: string, index: number) => string;
}

/** Checks the shape of parsed JSON and decodes its notes; undefined when it is not a snapshot. */
export function readSnapshot(data: unknown): ReadSnapshot | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const d = data as Partial<EngineSnapshot>;
  if (!Array.isArray(d.paths) || !Array.isArray(d.stamps) || !Array.isArray(d.contents) || typeof d.detection !== 'object' || d.detection === null) return undefined;
  if (d.stamps.length !== d.paths.length || d.contents.length !== d.paths.length) return undefined;
  if (!Array.isArray(d.detection.dynamics) || !Array.isArray(d.detection.texts) || !Array.isArray(d.detection.evidence) || !Array.isArray(d.detection.flags)) return undefined;
  const notes = new Map<string, CachedNote>();
  const sentences = new Map<string, string[]>();
  for (let i = 0; i < d.paths.length; i++) {
    const content = decodeContent(d.contents[i]);
    if (!content || typeof d.paths[i] !== 'string' || typeof d.stamps[i] !== 'string') return undefined;
    notes.set(d.paths[i], { stamp: d.stamps[i], content });
    const cited = d.contents[i].sentences;
    if (cited) sentences.set(d.paths[i], cited);
  }
  const graph = typeof d.graph === 'object' && d.graph !== null ? d.graph : undefined;
  return { notes, graph, detection: d.detection, sentence: (path, index) => sentences.get(path)?.[index] ?? '' };
}

/** Builds a snapshot from the notes' contents, their graph state and a detector state exported with `sentenceRef`. */
export function writeSnapshot(
  notes: Iterable<[path: string, stamp: string, content: EncodedContent]>,
  exportGraph: (paths: readonly string[]) => GraphState | undefined,
  exportDetection: (sentenceRef: (path: string, text: string) => string | number) => DetectorState,
): EngineSnapshot {
  const snapshot: EngineSnapshot = { paths: [], stamps: [], contents: [], detection: { dynamics: [], texts: [], evidence: [], flags: [] } };
  const cited = new Map<string, string[]>();
  for (const [path, stamp, content] of notes) {
    snapshot.paths.push(path);
    snapshot.stamps.push(stamp);
    snapshot.contents.push(content);
    if (content.sentences) cited.set(path, content.sentences);
  }
  const graph = exportGraph(snapshot.paths);
  if (graph) snapshot.graph = graph;
  // Only the notes whose evidence was read again since the last start-up are asked about.
  const numbers = new Map<string, Map<string, number>>();
  snapshot.detection = exportDetection((path, text) => {
    let byText = numbers.get(path);
    if (!byText) numbers.set(path, (byText = new Map((cited.get(path) ?? []).map((sentence, i) => [sentence, i]))));
    return byText.get(text) ?? text;
  });
  return snapshot;
}
