import { Notice, Plugin, type WorkspaceLeaf } from 'obsidian';
import type { EngineSettings } from '../core/engine';
import type { GraphDocument } from '../core/graph/graph-document';
import type { Diagnostic } from '../core/model/diagnostic';
import type { Flag, FlagKind } from '../core/model/flag';
import { addProperties } from './commands/add-properties';
import { exportReport } from './commands/export-report';
import { hoursReport } from './commands/hours-report';
import { prepareSupervisionNote } from './commands/prepare-supervision';
import { newClientNote, newReflectionNote } from './commands/new-simple-notes';
import { newSessionNote } from './commands/new-session-note';
import { newSupervisionNote } from './commands/new-supervision-note';
import { checkForIdentifyingDetails } from './commands/privacy-check';
import { forgetStaleReviews } from './commands/forget-reviews';
import { newCaseSummary, newSuperviseeSupervisionNote } from './commands/supervisor-notes';
import { noteNameOf } from '../core/vault/paths';
import { carriedReviews } from '../core/review/carry-reviews';
import { standingOf } from '../core/review/flag-review';
import { mergeReviews, recentRestores, sameReviews, type ReviewRecord } from '../core/review/merge-reviews';
import type { VaultRole } from '../core/practice/vault-role';
import { findClientIds } from '../core/graph/client-lookup';
import { EngineCache } from './engine-cache';
import { LiveEngine } from './live-engine';
import type { NoteChanges } from './note-changes';
import { NotesRole } from './notes-role';
import { PrivateReviews } from './private-reviews';
import { DeviceChoicesStore, withoutDeviceChoices } from './device-choices';
import type { PluginContext } from './plugin-context';
import { LivePrivacy } from './privacy/live-privacy';
import { readSettings, type PluginSettings } from './settings';
import { ParallelProcessSettingTab } from './settings-tab';
import type { PanelCommand } from './view/panel-host';
import { PatternView, VIEW_TYPE } from './view/pattern-view';

export interface FlagFilter {
  kind?: FlagKind;
  client?: string;
  dynamic?: string;
}

/** What other plugins and DataviewJS users can call (SPEC section 5). */
export interface ParallelProcessApi {
  getFlags(filter?: FlagFilter): Flag[];
  getGraph(): GraphDocument;
  getDiagnostics(): Diagnostic[];
  onChange(callback: () => void): () => void;
  /** Settles when the first index is built; until then getFlags() gives []. */
  ready: Promise<void>;
}

export default class ParallelProcessPlugin extends Plugin {
  preferences!: PluginSettings;
  api!: ParallelProcessApi;
  live!: LiveEngine;
  privacy!: LivePrivacy;
  /** What lasts until Obsidian closes and is never saved: the view's pause suggestion, once dismissed. */
  readonly session = { pauseDismissed: false };
  private readonly preferenceListeners = new Set<() => void>();
  private statusBar!: HTMLElement;
  private notesRole!: NotesRole;
  private privateReviews!: PrivateReviews;
  /** The reviews data.json held when it was last read or written. */
  private savedReviews: PluginSettings['reviews'] = {};
  private deviceChoices!: DeviceChoicesStore;

  override async onload(): Promise<void> {
    this.privateReviews = new PrivateReviews(this.app);
    this.deviceChoices = new DeviceChoicesStore(this.app);
    this.preferences = await this.readPreferences();
    const cache = new EngineCache(this.app, this.manifest.dir ?? `${this.app.vault.configDir}/plugins/${this.manifest.id}`, () => this.preferences.keepCache);
    this.notesRole = new NotesRole(this.app);
    this.live = new LiveEngine(this.app, cache, this.manifest.version, (notes) => ({ engine: this.engineSettings(notes), taxonomyNote: this.preferences.taxonomyNote }));
    this.privacy = new LivePrivacy(this.app, this.live);
    // Other plugins and DataviewJS are outputs too: private reflections only when the user allows it,
    // and, as in exports, never while names are masked (a DataviewJS table on a shared screen).
    const apiPrivate = (): boolean => this.preferences.includePrivateInExport && !this.preferences.maskClientNames;
    this.api = {
      getFlags: (filter) => {
        const engine = this.live.engine;
        if (!engine) return [];
        // A client as the command line's --client takes one: the note's path, code, name or alias. An
        // alias two clients share means both: each flag returned names its own client.
        const wanted = filter?.client;
        const named = wanted ? findClientIds(engine.graph, wanted) : undefined;
        const clients = wanted && named?.length === 0 ? [wanted] : named;
        return engine.selectFlags({ includePrivate: apiPrivate() }).flags.filter((f) => matches(f, filter, clients));
      },
      getGraph: () => this.live.engine?.graphDocument({ includePrivate: apiPrivate() }) ?? { schema: 'parallel-process/graph@1', nodes: [], edges: [] },
      getDiagnostics: () => this.live.engine?.diagnostics({ includePrivate: apiPrivate() }) ?? [],
      onChange: (callback) => this.live.onChange(callback),
      ready: this.live.ready,
    };

    this.registerView(VIEW_TYPE, (leaf) => this.createView(leaf));
    this.addRibbonIcon('git-compare', 'Open parallel process view', () => void this.openView());
    this.statusBar = this.addStatusBarItem();
    this.register(this.live.onChange(() => this.updateStatusBar()));
    this.register(this.live.onChange(() => this.followVaultRole()));
    this.register(this.live.onChange(() => void this.keepPrivateReviewsHere().catch(notSaved)));
    this.register(this.live.onNotesChanged((changes) => void this.followRenamedFlags(changes).catch(notSaved)));
    this.addSettingTab(new ParallelProcessSettingTab(this.app, this));
    this.addCommands();
    this.live.follow(this);
    this.privacy.follow(this);

    // Reading the vault is heavy: wait until Obsidian has laid out its workspace.
    this.app.workspace.onLayoutReady(() => void this.live.build());
  }

  override onunload(): void {
    void this.live.unload();
    this.live.dispose();
    this.privacy.dispose();
  }

  async saveSettings(reindex: boolean): Promise<void> {
    await this.writePreferences();
    await this.followSettings(reindex);
  }

  /** data.json with every review but those of flags resting on a private reflection, which stay on this device (private-reviews.ts). */
  private async writePreferences(): Promise<void> {
    this.deviceChoices.keep(this.preferences);
    await this.saveData(this.dataToSave());
  }

  /** What data.json holds: the settings but this device's own choices, and the reviews that may travel. */
  private dataToSave(shared = this.sharedReviews()): object {
    return withoutDeviceChoices({ ...this.preferences, ...shared });
  }

  /** The reviews and restores data.json may hold: none of a flag resting on a private reflection, and restores of the last year only. */
  private sharedReviews(): ReviewRecord {
    // Restores first: splitting the reviews forgets which taken-back ones were kept here.
    const restored = this.privateReviews.shareableRestores(recentRestores(this.preferences.restored, new Date()), this.live.engine);
    this.savedReviews = this.privateReviews.split(this.preferences.reviews, this.live.engine);
    return { reviews: this.savedReviews, restored };
  }

  /** The settings in data.json, with the reviews kept on this device beside its own. */
  private async readPreferences(): Promise<PluginSettings> {
    const read = readSettings(await this.loadData());
    this.savedReviews = read.reviews;
    return this.deviceChoices.over({ ...read, reviews: this.privateReviews.withKept(read.reviews) });
  }

  /**
   * Once the index says which flags rest on a private reflection, data.json is written again if it
   * still holds a review of one (saved by an earlier version, or synced from a device running one).
   */
  private async keepPrivateReviewsHere(): Promise<void> {
    if (this.privateReviews.holdsPrivate(this.savedReviews, this.live.engine)) await this.writePreferences();
  }

  /** What follows new settings, saved here or synced from another device. */
  private async followSettings(reindex: boolean): Promise<void> {
    this.updateStatusBar();
    // Open views read their own settings (flags per supervision, whose vault, the hours) on each render.
    for (const listener of this.preferenceListeners) listener();
    if (!this.preferences.keepCache) await this.live.forgetCache();
    // New settings change what is read of the notes, not the notes: parsed content is kept.
    if (reindex) await this.live.rebuildSoon();
  }

  /**
   * Settings another device wrote (sync copies data.json whole): taken up, so that this device's
   * next save does not write its older copy over them. Reviews are merged, not replaced: a decision
   * made here that the copy lacks stands, and is written back (the copy took its place in the file),
   * while one made or taken back there since stands too (merge-reviews.ts). A file that holds no
   * settings at all (removed, or emptied by a sync client) is not taken up: its defaults saved at the
   * next change would reach every device. The notes are read again only when what reads them changed.
   */
  override async onExternalSettingsChange(): Promise<void> {
    const data: unknown = await this.loadData();
    if (typeof data !== 'object' || data === null) return;
    const reading = (): string => JSON.stringify([this.engineSettings(), this.preferences.taxonomyNote]);
    const before = reading();
    const synced = readSettings(data);
    const merged = mergeReviews(this.preferences, synced);
    this.savedReviews = synced.reviews;
    // This device's own choices (the mask, the cache) are not another device's to change.
    this.preferences = { ...synced, reviews: this.privateReviews.withKept(merged.reviews), restored: merged.restored, maskClientNames: this.preferences.maskClientNames, keepCache: this.preferences.keepCache };
    await this.followSettings(reading() !== before);
    const shared = this.sharedReviews();
    if (!sameReviews(shared, synced)) await this.saveData(this.dataToSave(shared));
    // A device with an earlier version may have synced a review of a private flag: it comes here.
    await this.keepPrivateReviewsHere();
  }

  /** The practitioner's reviews follow flags whose ids renamed or moved notes changed (carry-reviews.ts). */
  private async followRenamedFlags(changes: NoteChanges): Promise<void> {
    const engine = this.live.engine;
    if (!changes.flagsBefore || !engine) return;
    const { add, drop } = carriedReviews(changes.flagsBefore, engine.flags(), this.preferences.reviews, changes.renamed);
    if (drop.length === 0 && Object.keys(add).length === 0) return;
    const now = new Date().toISOString();
    for (const id of drop) {
      delete this.preferences.reviews[id];
      // The review went with the flag's new id: another device's copy must not bring it back under the old.
      this.preferences.restored[id] = now;
    }
    Object.assign(this.preferences.reviews, add);
    await this.saveSettings(false);
  }

  /** The engine's settings for these notes (by default the index's, if ready): whose vault they say it is decides the practitioner. */
  private engineSettings(notes = this.live.engine?.graph): Partial<EngineSettings> {
    const s = this.preferences;
    return { templatesFolder: s.templatesFolder, learntReader: s.learntReader, windowDays: s.windowDays, resonanceDays: s.resonanceDays, patternDays: s.patternDays, patternClients: s.patternClients, practitioner: this.ownPractitioner(() => this.notesRole.of(notes)) };
  }

  /**
   * Whose sessions those are that name no practitioner, nor does their client (SPEC section 1): the
   * owner's, but not in a supervisor's vault, where the owner's own note is the supervisor's. Left to
   * the notes, the vault's role is what they say (NotesRole: before they are read, what they said last).
   */
  private ownPractitioner(notesRole: () => VaultRole): string {
    const s = this.preferences;
    const supervisors = s.vaultRole === 'supervisor' || (s.vaultRole === 'auto' && notesRole() === 'supervisor');
    return supervisors || s.practitionerNote.trim() === '' ? '' : noteNameOf(s.practitionerNote.trim());
  }

  /** Keeps what the notes say of the vault's role for the next start, and reads them again when that changed whose sessions name no practitioner. */
  private followVaultRole(): void {
    const engine = this.live.engine;
    if (!engine || this.preferences.vaultRole !== 'auto') return;
    const role = this.notesRole.of(engine.graph);
    this.notesRole.keep(role);
    if (this.ownPractitioner(() => role) !== (this.live.settingsBuilt?.practitioner ?? '')) void this.live.rebuildSoon();
  }

  private context(): PluginContext {
    return { app: this.app, settings: this.preferences, live: this.live, privacy: this.privacy };
  }

  private addCommands(): void {
    const run = (action: (context: PluginContext) => Promise<void>) => () => this.runAction(action);
    this.addCommand({ id: 'new-session-note', name: 'New session note', callback: run(newSessionNote) });
    this.addCommand({ id: 'new-supervision-note', name: 'New supervision note', callback: run(newSupervisionNote) });
    this.addCommand({ id: 'new-client-note', name: 'New client note', callback: run(newClientNote) });
    this.addCommand({ id: 'new-reflection-note', name: 'New reflection note', callback: run(newReflectionNote) });
    // Offered in the palette only while a Markdown note is open.
    const onNote = (action: (context: PluginContext) => Promise<void>) => (checking: boolean): boolean => {
      if (this.app.workspace.getActiveFile()?.extension !== 'md') return false;
      if (!checking) run(action)();
      return true;
    };
    this.addCommand({ id: 'add-session-properties', name: 'Add session properties to this note', checkCallback: onNote((c) => addProperties(c, 'session')) });
    this.addCommand({ id: 'add-supervision-properties', name: 'Add supervision properties to this note', checkCallback: onNote((c) => addProperties(c, 'supervision')) });
    this.addCommand({ id: 'open-pattern-view', name: 'Open pattern view', callback: () => void this.openView() });
    this.addCommand({ id: 'rescan-vault', name: 'Rescan the vault', callback: () => void this.rescan() });
    this.addCommand({ id: 'export-report', name: 'Export report as a note', callback: run(exportReport) });
    this.addCommand({ id: 'prepare-supervision', name: 'Prepare for supervision', callback: run(prepareSupervisionNote) });
    this.addCommand({ id: 'hours-report', name: 'Hours report', callback: run(hoursReport) });
    this.addCommand({
      id: 'privacy-check',
      name: 'Check notes for identifying details',
      callback: run(() => checkForIdentifyingDetails(this.privacy, this.live.engine !== undefined, () => this.openView(), () => (this.live.status.status === 'failed' ? this.live.status.message : undefined))),
    });
    this.addCommand({ id: 'forget-stale-reviews', name: 'Forget reviews of flags no longer raised', callback: run((c) => forgetStaleReviews(c, () => this.saveSettings(false))) });
    this.addCommand({ id: 'new-supervisee-supervision-note', name: 'New supervision note for a supervisee', callback: run(newSuperviseeSupervisionNote) });
    this.addCommand({ id: 'new-case-summary', name: 'New case summary, as presented', callback: run(newCaseSummary) });
  }

  /** A command that fails (a file where a folder should be, a read-only vault) says so instead of failing silently. */
  private runAction(action: (context: PluginContext) => Promise<void>): void {
    void action(this.context()).catch((error: unknown) => new Notice(`That did not work: ${error instanceof Error ? error.message : String(error)}`));
  }

  /** The view's buttons for the hours report and preparing supervision run the commands themselves. */
  private runFromView(command: PanelCommand): void {
    this.runAction(command === 'hours-report' ? hoursReport : prepareSupervisionNote);
  }

  private createView(leaf: WorkspaceLeaf): PatternView {
    return new PatternView(leaf, {
      status: () => this.live.status,
      engine: () => this.live.engine,
      preferences: () => this.preferences,
      save: () => this.saveSettings(false),
      privacy: () => ({ state: this.privacy.status, findings: this.privacy.findings() }),
      // The index and the privacy check's findings both redraw the view.
      onChange: (callback) => {
        const stops = [this.live.onChange(callback), this.privacy.onChange(callback)];
        return () => stops.forEach((stop) => stop());
      },
      rescan: () => this.rescan(),
      run: (command) => this.runFromView(command),
      onPreferences: (callback) => {
        this.preferenceListeners.add(callback);
        return () => this.preferenceListeners.delete(callback);
      },
      session: this.session,
    });
  }

  async openView(): Promise<void> {
    const { workspace } = this.app;
    let leaf = workspace.getLeavesOfType(VIEW_TYPE)[0];
    if (!leaf) {
      leaf = workspace.getRightLeaf(false) ?? workspace.getLeaf(true);
      await leaf.setViewState({ type: VIEW_TYPE, active: true });
    }
    await workspace.revealLeaf(leaf);
  }

  private async rescan(): Promise<void> {
    await this.live.build(true);
    const state = this.live.status;
    // Counted as the view's list of notes to check counts them: a note once, private ones not while names are masked.
    const toCheck = new Set(this.live.engine?.diagnostics({ includePrivate: !this.preferences.maskClientNames }).map((d) => d.path)).size;
    if (state.status === 'ready') new Notice(`Rescanned ${state.notes} notes in ${state.ms} ms: ${state.flags} possible dynamics, ${toCheck} ${toCheck === 1 ? 'note' : 'notes'} to check.`);
    else if (state.status === 'failed') new Notice(`The rescan did not finish: ${state.message}`);
  }

  /** The flags still to reflect on: not yet acknowledged or dismissed, and never a private reflection's (the bar shows on a shared screen). */
  private updateStatusBar(): void {
    const state = this.live.status;
    const open = (): number => (this.live.engine?.selectFlags({ includePrivate: false }).flags ?? []).filter((f) => standingOf(f, this.preferences.reviews).status === 'new').length;
    this.statusBar.setText(
      state.status === 'building' ? `Parallel process: reading ${state.done}/${state.total}` : state.status === 'ready' ? `Parallel process: ${open()} to reflect on` : state.status === 'failed' ? 'Parallel process: notes not read' : '',
    );
  }
}

/** Whether a flag passes the filter, its client one of `clients` (the ids the filter's client names) when it names one. */
function matches(flag: Flag, filter: FlagFilter | undefined, clients: readonly string[] | undefined): boolean {
  if (!filter) return true;
  return (!filter.kind || flag.kind === filter.kind) && (!clients || (flag.client !== null && clients.includes(flag.client))) && (!filter.dynamic || flag.dynamic === filter.dynamic);
}

/**
 * Said when the settings could not be written after a change the plugin made itself (a review carried
 * to a renamed flag, one moved to this device): the user made no save to see fail, and the change
 * would be lost at the next start.
 */
function notSaved(error: unknown): void {
  new Notice(`Parallel process could not save your reviews: ${error instanceof Error ? error.message : String(error)}`);
}
