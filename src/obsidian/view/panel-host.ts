import type { Diagnostic } from '../../core/model/diagnostic';
import type { Flag } from '../../core/model/flag';
import type { IsoDay } from '../../core/model/note';
import type { DisplayNames } from '../../core/present/display-names';
import type { Neighbourhood } from '../../core/present/neighbourhood-diagram';
import type { NoteContext } from '../../core/present/note-context';
import type { TimelineNote, WindowSettings } from '../../core/present/timeline';
import type { FlagReview } from '../../core/review/flag-review';
import type { BuildState } from '../live-engine';
import type { PrivacyPanel } from './notes-to-check';
import type { PracticeData } from './practice-data';

/** Commands the view offers buttons for: the hours report (from the hours), preparing supervision (from the pause). */
export type PanelCommand = 'hours-report' | 'prepare-supervision';

/** The notes a flag's timeline can show, read only when a timeline is drawn. */
export interface TimelineSource {
  /** The client's dated sessions, and the dated supervisions that discuss the client. */
  notesOf(client: string): readonly TimelineNote[];
  /** Dated reflections that may be shown: not the private ones while names are masked. */
  reflections(): readonly TimelineNote[];
  /** The rules' windows, to shade the days a flag's rule looked in. */
  windows: WindowSettings;
}

/** Everything the panel shows, read afresh on each render. */
export interface PanelData {
  state: BuildState;
  /** The flags shown, all of them unless names are masked. */
  flags: readonly Flag[];
  /** Shown flags that rest on private reflections: the command line and exports leave these out. */
  privateFlags: ReadonlySet<string>;
  /** Flags resting on private reflections, left out while names are masked. */
  hiddenPrivate: number;
  diagnostics: readonly Diagnostic[];
  /** The privacy check's progress and findings, listed with the diagnostics under Notes to check. */
  privacy: PrivacyPanel;
  reviews: Readonly<Record<string, FlagReview>>;
  names: DisplayNames;
  today: IsoDay;
  /** Each dynamic's cue phrases, to mark in the snippets that show it. */
  cues: ReadonlyMap<string, readonly string[]>;
  timeline: TimelineSource;
  /** The open note, when flags can be about it, and its neighbourhood. */
  context?: { note: NoteContext; neighbourhood: Neighbourhood };
  /** The practice around the flags: the hours, a few flags per supervision, a supervisor's grouping. */
  practice?: PracticeData;
}

/**
 * What the panel needs from its surroundings. The plugin's view implements it over the live index;
 * tests and the browser page implement it over fixed data. The panel imports nothing from Obsidian
 * beyond the DOM helpers Obsidian adds, so it runs the same in all three.
 */
export interface PanelHost {
  data(): PanelData;
  /** Opens a note, at a 1-based line when given. */
  openNote(path: string, line?: number): void;
  /** Saves (or, with undefined, clears) the review of a flag. */
  setReview(flagId: string, review: FlagReview | undefined): void;
  setMasked(masked: boolean): void;
  /** Draws one of Obsidian's icons (Lucide names and Obsidian's own, such as `right-triangle`) into an element. */
  setIcon(el: HTMLElement, icon: string): void;
  /** The tooltip Obsidian shows for an element. */
  setTooltip(el: HTMLElement, text: string): void;
  /** Reads every note again; the header offers it only when the host can. */
  rescan?(): void;
  /** Runs one of the plugin's commands; the view offers their buttons only when the host can. */
  run?(command: PanelCommand): void;
  /** What lasts while Obsidian is open, across the view being closed and opened: a dismissed pause suggestion. */
  session?: { pauseDismissed: boolean };
}
