import type { Diagram } from '../../core/graph/neighbourhood-diagram';
import type { Diagnostic } from '../../core/model/diagnostic';
import type { Flag } from '../../core/model/flag';
import type { IsoDay } from '../../core/model/note';
import type { DisplayNames } from '../../core/present/display-names';
import type { NoteContext } from '../../core/present/note-context';
import type { FlagReview } from '../../core/review/flag-review';
import type { BuildState } from '../live-engine';

/** Everything the panel shows, read afresh on each render. */
export interface PanelSnapshot {
  state: BuildState;
  flags: readonly Flag[];
  /** Flags resting on private reflections, left out while names are masked. */
  hiddenPrivate: number;
  diagnostics: readonly Diagnostic[];
  reviews: Readonly<Record<string, FlagReview>>;
  names: DisplayNames;
  today: IsoDay;
  /** The open note, when flags can be about it, and its neighbourhood. */
  context?: { note: NoteContext; diagram: Diagram };
}

/**
 * What the panel needs from its surroundings. The plugin's view implements it over the live index;
 * tests and the browser page implement it over fixed data. The panel imports nothing from Obsidian
 * beyond the DOM helpers Obsidian adds, so it runs the same in all three.
 */
export interface PanelHost {
  snapshot(): PanelSnapshot;
  /** Opens a note, at a 1-based line when given. */
  openNote(path: string, line?: number): void;
  /** Saves (or, with undefined, clears) the review of a flag. */
  setReview(flagId: string, review: FlagReview | undefined): void;
  setMasked(masked: boolean): void;
}
