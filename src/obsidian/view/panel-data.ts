import type { DynamicDefinition } from '../../core/taxonomy/taxonomy';
import type { Engine } from '../../core/engine';
import type { IsoDay } from '../../core/model/note';
import { displayNames, type DisplayNames } from '../../core/present/display-names';
import { neighbourhood } from '../../core/present/neighbourhood-diagram';
import { noteContext } from '../../core/present/note-context';
import type { FlagReview } from '../../core/review/flag-review';
import { restsOnPrivate } from '../../core/report/select-flags';
import type { BuildState } from '../live-engine';
import { privacyPanel, type PrivacySource } from './notes-to-check';
import type { PanelData } from './panel-host';
import { DEFAULT_PRACTICE, practiceData, type PracticeMemo, type PracticeSettings } from './practice-data';
import { engineTimeline, NO_TIMELINE } from './timeline-data';

export interface PanelInputs {
  state: BuildState;
  engine: Engine | undefined;
  reviews: Readonly<Record<string, FlagReview>>;
  /** The note open in the editor. */
  activePath: string | undefined;
  today: IsoDay;
  names: DisplayNames;
  /** The privacy check, when the host runs one. */
  privacy?: PrivacySource;
  /** The settings of the hours, the flags per supervision and whose vault it is; the defaults without. */
  practice?: PracticeSettings;
  /** What the practice parts read of every note, kept between renders by the host. */
  practiceMemo?: PracticeMemo;
}

/** What the panel shows, read from the engine: the flags, the notes to check and the open note's neighbourhood. */
export function panelData(inputs: PanelInputs): PanelData {
  const { engine, state, reviews, today, names } = inputs;
  const privacy = privacyPanel(inputs.privacy, names.masked);
  if (!engine) return { state, flags: [], privateFlags: new Set(), hiddenPrivate: 0, diagnostics: [], privacy, reviews, names, today, cues: new Map(), timeline: NO_TIMELINE };
  const graph = engine.graph;
  const note = noteContext(graph, inputs.activePath);
  const all = engine.flags();
  // What the command line leaves out unless asked: counted, and hidden while masking for screen-sharing.
  const privateFlags = new Set(all.filter((f) => restsOnPrivate(f, graph)).map((f) => f.id));
  const flags = names.masked ? all.filter((f) => !privateFlags.has(f.id)) : all;
  const cues = new Map<string, readonly string[]>();
  for (const flag of flags) {
    for (const e of flag.evidence) if (!cues.has(e.dynamic)) cues.set(e.dynamic, markedPhrases(engine.taxonomy.get(e.dynamic)));
  }
  return {
    state,
    flags,
    privateFlags: names.masked ? new Set() : privateFlags,
    hiddenPrivate: names.masked ? privateFlags.size : 0,
    // The practitioner's own view shows their private reflections' problems too, but not while masked for screen-sharing.
    diagnostics: engine.diagnostics({ includePrivate: !names.masked }),
    privacy,
    reviews,
    names,
    today,
    cues,
    timeline: engineTimeline(engine, names.masked),
    practice: practiceData(engine, inputs.practice ?? DEFAULT_PRACTICE, flags, today, inputs.practiceMemo),
    ...(note ? { context: { note, neighbourhood: neighbourhood(graph, note) } } : {}),
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

/**
 * The phrases marked in a dynamic's evidence: its cues, and the phrases of its one-slot patterns
 * ("ran over", "breakneck"). A pattern of several slots is not marked: its slots' words alone
 * ("for her") would be marked wherever they stand.
 */
function markedPhrases(definition: DynamicDefinition | undefined): readonly string[] {
  if (!definition) return [];
  const single = definition.patterns.filter((p) => p.match.length === 1).flatMap((p) => p.match[0]);
  return single.length === 0 ? definition.cues : [...definition.cues, ...single];
}
