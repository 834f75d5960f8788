import { DEFAULT_DETECTION_SETTINGS } from '../../core/detect/settings';
import type { Engine } from '../../core/engine';
import { laneOf, type TimelineNote } from '../../core/present/timeline';
import { isPrivateReflection } from '../../core/report/private-notes';
import type { TimelineSource } from './panel-host';

/** The notes a timeline can show, read from the engine when a timeline is drawn, once per render's data. */
export function engineTimeline(engine: Engine, masked: boolean): TimelineSource {
  const graph = engine.graph;
  const byClient = new Map<string, TimelineNote[]>();
  let reflections: TimelineNote[] | undefined;
  const dated = (path: string): TimelineNote | undefined => {
    const note = graph.note(path);
    const lane = note ? laneOf(note.content.kind) : undefined;
    return note?.date && lane ? { path, lane, date: note.date } : undefined;
  };
  return {
    windows: engine.settings,
    notesOf(client) {
      let notes = byClient.get(client);
      if (!notes) {
        const paths = [...graph.edgesIn(client, 'session-of'), ...graph.edgesIn(client, 'discusses')].map((e) => e.from);
        notes = [...new Set(paths)].flatMap((p) => dated(p) ?? []);
        byClient.set(client, notes);
      }
      return notes;
    },
    reflections() {
      reflections ??= [...graph.allNotes()]
        .filter((n) => n.content.kind === 'reflection' && !(masked && isPrivateReflection(graph, n.path)))
        .flatMap((n) => dated(n.path) ?? []);
      return reflections;
    },
  };
}

/** A timeline source with nothing in it, before the index is ready. */
export const NO_TIMELINE: TimelineSource = { windows: DEFAULT_DETECTION_SETTINGS, notesOf: () => [], reflections: () => [] };
