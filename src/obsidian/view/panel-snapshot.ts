import type { Engine } from '../../core/engine';
import { neighbourhoodDiagram } from '../../core/graph/neighbourhood-diagram';
import type { IsoDay } from '../../core/model/note';
import { displayNames, type DisplayNames } from '../../core/present/display-names';
import { noteContext } from '../../core/present/note-context';
import type { FlagReview } from '../../core/review/flag-review';
import type { BuildState } from '../live-engine';
import type { PanelSnapshot } from './panel-host';

export interface SnapshotInputs {
  state: BuildState;
  engine: Engine | undefined;
  reviews: Readonly<Record<string, FlagReview>>;
  /** The note open in the editor. */
  activePath: string | undefined;
  today: IsoDay;
  names: DisplayNames;
}

/** What the panel shows, read from the engine: the flags, the notes to check and the open note's neighbourhood. */
export function panelSnapshot(inputs: SnapshotInputs): PanelSnapshot {
  const { engine, state, reviews, today, names } = inputs;
  if (!engine) return { state, flags: [], hiddenPrivate: 0, diagnostics: [], reviews, names, today };
  const graph = engine.graph;
  const note = noteContext(graph, inputs.activePath);
  // Masking is for screen-sharing: what rests on private reflections stays off the screen too.
  const { flags, hiddenPrivate } = names.masked ? engine.selectFlags({ includePrivate: false }) : { flags: engine.flags(), hiddenPrivate: 0 };
  return {
    state,
    flags,
    hiddenPrivate,
    diagnostics: engine.diagnostics(),
    reviews,
    names,
    today,
    ...(note ? { context: { note, diagram: neighbourhoodDiagram(graph, note) } } : {}),
  };
}

/** How the engine's clients, notes and dynamics are named, masked or not. Reads every client when masked: cache it per index change. */
export function engineNames(engine: Engine | undefined, masked: boolean): DisplayNames {
  if (!engine) return { masked, client: (id) => id, dynamic: (id) => id, note: (path) => path, text: (text) => text };
  return displayNames(
    { graph: engine.graph, clientLabel: (id) => engine.clientLabel(id), dynamicLabel: (id) => engine.dynamicLabel(id) },
    masked,
  );
}
