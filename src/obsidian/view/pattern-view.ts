import { ItemView, MarkdownView, Notice, setIcon, setTooltip, TFile, type WorkspaceLeaf } from 'obsidian';
import type { Engine } from '../../core/engine';
import { localDay } from '../../core/parse/dates';
import type { DisplayNames } from '../../core/present/display-names';
import type { FlagReview } from '../../core/review/flag-review';
import type { BuildState } from '../live-engine';
import type { PluginSettings } from '../settings';
import type { PrivacySource } from './notes-to-check';
import type { PanelCommand, PanelHost, PanelData } from './panel-host';
import { PatternPanel } from './pattern-panel';
import { engineNames, panelData } from './panel-data';
import type { PracticeMemo } from './practice-data';

export const VIEW_TYPE = 'parallel-process-view';

/** Index changes and typing settle for this long before the view redraws. */
const RENDER_DELAY_MS = 150;

/** What the view reads from the plugin; it holds no reference to the plugin itself. */
export interface PatternViewSource {
  status(): BuildState;
  engine(): Engine | undefined;
  preferences(): PluginSettings;
  /** Saves changed preferences (reviews, the mask) without re-indexing. */
  save(): Promise<void>;
  onChange(callback: () => void): () => void;
  /** The privacy check's progress and findings, when the plugin runs one. */
  privacy?(): PrivacySource;
  /** Reads every note again (the header's rescan button); without it the view offers none. */
  rescan?(): Promise<void>;
  /** Runs a command the view has a button for (the hours report, preparing supervision). */
  run?(command: PanelCommand): void;
  /** What lasts while Obsidian is open (a dismissed pause suggestion). */
  session?: { pauseDismissed: boolean };
  /** Calls back when the settings are saved; returns a function that stops it. */
  onPreferences?(callback: () => void): () => void;
}

/** The sidebar: Obsidian's side of the pattern panel (events, the open note, saving decisions). */
export class PatternView extends ItemView implements PanelHost {
  private panel: PatternPanel | undefined;
  private renderTimer: number | undefined;
  private activePath: string | undefined;
  private names: { engine: Engine | undefined; masked: boolean; names: DisplayNames } | undefined;
  /** Whose vault it is and the hours: read once per change of the index or the settings. */
  private practiceMemo: PracticeMemo = {};

  /** The header's rescan button, when the plugin passes a way to rescan. */
  readonly rescan: (() => void) | undefined;
  readonly run: ((command: PanelCommand) => void) | undefined;
  readonly session: { pauseDismissed: boolean } | undefined;

  constructor(
    leaf: WorkspaceLeaf,
    private readonly source: PatternViewSource,
  ) {
    super(leaf);
    const rescan = source.rescan?.bind(source);
    this.rescan = rescan ? () => void rescan() : undefined;
    this.run = source.run?.bind(source);
    this.session = source.session;
  }

  override getViewType(): string {
    return VIEW_TYPE;
  }

  override getDisplayText(): string {
    return 'Parallel process';
  }

  override getIcon(): string {
    return 'git-compare';
  }

  override async onOpen(): Promise<void> {
    this.contentEl.addClass('parallel-process-view');
    this.panel = new PatternPanel(this.contentEl, this);
    this.activePath = this.app.workspace.getActiveFile()?.path;
    this.register(
      this.source.onChange(() => {
        this.names = undefined;
        this.practiceMemo = {};
        this.scheduleRender();
      }),
    );
    const preferences = this.source.onPreferences?.(() => {
      this.practiceMemo = {};
      this.scheduleRender();
    });
    if (preferences) this.register(preferences);
    // Focusing the sidebar itself has no file: keep the last note as the context.
    this.registerEvent(this.app.workspace.on('file-open', (file) => file && this.setActive(file.path)));
    this.registerEvent(
      this.app.workspace.on('active-leaf-change', () => {
        const file = this.app.workspace.getActiveFile();
        if (file) this.setActive(file.path);
      }),
    );
    // The open note renamed or moved is still the open note: the About section follows it.
    this.registerEvent(this.app.vault.on('rename', (file, oldPath) => oldPath === this.activePath && this.setActive(file.path)));
    this.render();
    await Promise.resolve();
  }

  override onResize(): void {
    this.panel?.resize();
  }

  override async onClose(): Promise<void> {
    window.clearTimeout(this.renderTimer);
    this.panel = undefined;
    await Promise.resolve();
  }

  render(): void {
    window.clearTimeout(this.renderTimer);
    this.panel?.render();
  }

  // PanelHost

  data(): PanelData {
    const engine = this.source.engine();
    const preferences = this.source.preferences();
    return panelData({
      state: this.source.status(),
      engine,
      reviews: preferences.reviews,
      activePath: this.activePath,
      today: localDay(new Date()),
      names: this.namesFor(engine, preferences.maskClientNames),
      privacy: this.source.privacy?.(),
      practice: preferences,
      practiceMemo: this.practiceMemo,
    });
  }

  openNote(path: string, line?: number): void {
    void this.open(path, line);
  }

  private async open(path: string, line: number | undefined): Promise<void> {
    const file = this.app.vault.getAbstractFileByPath(path);
    if (!(file instanceof TFile)) return;
    const leaf = this.app.workspace.getLeaf(false);
    // Obsidian's editor state counts lines from 0; eState scrolls reading view too.
    const at = line !== undefined ? Math.max(0, line - 1) : undefined;
    await leaf.openFile(file, { active: true, ...(at !== undefined ? { eState: { line: at } } : {}) });
    if (at !== undefined && leaf.view instanceof MarkdownView && leaf.view.getMode() === 'source') {
      const position = { line: at, ch: 0 };
      leaf.view.editor.setCursor(position);
      leaf.view.editor.scrollIntoView({ from: position, to: position }, true);
    }
  }

  setReview(flagId: string, review: FlagReview | undefined): void {
    const { reviews, restored } = this.source.preferences();
    if (review) {
      reviews[flagId] = review;
      delete restored[flagId];
    } else {
      delete reviews[flagId];
      // When it was taken back, so that another device's copy does not bring it back (merge-reviews.ts).
      restored[flagId] = new Date().toISOString();
    }
    this.saveSettings();
  }

  /** Writes the settings the view changed (a review, the names masked); a failed write is said, since the choice would be lost at the next start. */
  private saveSettings(): void {
    void this.source.save().catch((error: unknown) => new Notice(`Your choice could not be saved: ${error instanceof Error ? error.message : String(error)}`));
  }

  setIcon(el: HTMLElement, icon: string): void {
    setIcon(el, icon);
  }

  setTooltip(el: HTMLElement, text: string): void {
    setTooltip(el, text);
  }

  setMasked(masked: boolean): void {
    this.source.preferences().maskClientNames = masked;
    this.saveSettings();
    this.render();
  }

  private setActive(path: string): void {
    if (path === this.activePath) return;
    this.activePath = path;
    this.scheduleRender();
  }

  private scheduleRender(): void {
    window.clearTimeout(this.renderTimer);
    this.renderTimer = window.setTimeout(() => this.render(), RENDER_DELAY_MS);
  }

  /** Masking reads every client's names: done once per index change, not per render. */
  private namesFor(engine: Engine | undefined, masked: boolean): DisplayNames {
    if (!this.names || this.names.engine !== engine || this.names.masked !== masked) this.names = { engine, masked, names: engineNames(engine, masked) };
    return this.names.names;
  }
}
