import type { Engine } from '../../src/core/engine';
import type { Flag } from '../../src/core/model/flag';
import type { FlagReview } from '../../src/core/review/flag-review';
import type { BuildState } from '../../src/obsidian/live-engine';
import type { PrivacySource } from '../../src/obsidian/view/notes-to-check';
import type { PanelCommand, PanelHost, PanelData } from '../../src/obsidian/view/panel-host';
import type { PracticeSettings } from '../../src/obsidian/view/practice-data';
import { engineNames, panelData } from '../../src/obsidian/view/panel-data';
import type { PatternPanel } from '../../src/obsidian/view/pattern-panel';
import { drawIcon } from './icons';

/**
 * A panel host over an engine that records what the panel asks for, as the plugin's view would;
 * used by the unit tests and by the browser page.
 */
export class TestHost implements PanelHost {
  state: BuildState = { status: 'ready', notes: 0, flags: 0, ms: 1 };
  reviews: Record<string, FlagReview> = {};
  masked = false;
  activePath: string | undefined;
  today = '2026-03-10';
  /** The privacy check's progress and findings, as the plugin would pass them. */
  privacy: PrivacySource | undefined;
  /** Replaces the engine's flags, for volume tests. */
  flags: Flag[] | undefined;
  readonly opened: [path: string, line: number | undefined][] = [];
  /** The commands the panel's buttons ran. */
  readonly ran: PanelCommand[] = [];
  /** The settings of the practice parts; the plugin's defaults when unset. */
  practice: PracticeSettings | undefined;
  /** What lasts while Obsidian is open, as the plugin keeps it. */
  readonly session = { pauseDismissed: false };
  rescans = 0;
  panel!: PatternPanel;

  constructor(public engine: Engine | undefined) {}

  data(): PanelData {
    const data = panelData({ state: this.state, engine: this.engine, reviews: this.reviews, activePath: this.activePath, today: this.today, names: engineNames(this.engine, this.masked), privacy: this.privacy, practice: this.practice });
    return this.flags ? { ...data, flags: this.flags } : data;
  }

  openNote(path: string, line?: number): void {
    this.opened.push([path, line]);
  }

  setReview(flagId: string, review: FlagReview | undefined): void {
    if (review) this.reviews[flagId] = review;
    else delete this.reviews[flagId];
  }

  setIcon(el: HTMLElement, icon: string): void {
    drawIcon(el, icon);
  }

  /** The browser's own tooltip stands in for Obsidian's. */
  setTooltip(el: HTMLElement, text: string): void {
    el.setAttribute('title', text);
  }

  rescan(): void {
    this.rescans++;
  }

  run(command: PanelCommand): void {
    this.ran.push(command);
  }

  setMasked(masked: boolean): void {
    this.masked = masked;
    this.panel.render();
  }
}

