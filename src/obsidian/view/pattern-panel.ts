import type { Flag, FlagKind } from '../../core/model/flag';
import { flagSearchText } from '../../core/present/display-names';
import { DEFAULT_FILTER, listFlags, type FlagListFilter, type ListedFlag } from '../../core/present/flag-list';
import { involves } from '../../core/present/note-context';
import { reviewOf, type FlagReview, type ReviewStatus } from '../../core/review/flag-review';
import { renderDiagnostics } from './diagnostics-section';
import { renderEmptyGuide } from './empty-guide';
import { renderFlagCard, type CardActions } from './flag-card';
import { FilterBar } from './filter-bar';
import type { PanelHost, PanelSnapshot } from './panel-host';
import { renderDiagram } from './relationship-diagram';

export interface PanelOptions {
  /** Cards rendered at once; more on request, so a thousand flags cost what fifty do. */
  pageSize: number;
  now: () => Date;
}

interface Undo {
  flagId: string;
  previous: FlagReview | undefined;
  message: string;
}

let panelCount = 0;

/**
 * The pattern view's contents: status, filters, the open note's neighbourhood, the flags and the
 * notes to check. Re-rendering keeps filters, expanded cards, pages, scroll position and focus.
 */
export class PatternPanel {
  private filter: FlagListFilter = { ...DEFAULT_FILTER };
  private readonly expanded = new Set<string>();
  private shown: number;
  private diagnosticsOpen = false;
  private undo: Undo | undefined;
  /** The host's data as last read by render(). */
  private current: PanelSnapshot | undefined;
  private readonly key = `pp-${++panelCount}`;
  private readonly options: PanelOptions;

  private readonly headerEl: HTMLElement;
  private readonly undoEl: HTMLElement;
  private readonly filtersEl: HTMLElement;
  private readonly contextEl: HTMLElement;
  private readonly listEl: HTMLElement;
  private readonly diagnosticsEl: HTMLElement;
  private readonly filterBar: FilterBar;

  constructor(
    private readonly root: HTMLElement,
    private readonly host: PanelHost,
    options: Partial<PanelOptions> = {},
  ) {
    this.options = { pageSize: 50, now: () => new Date(), ...options };
    this.shown = this.options.pageSize;
    root.empty();
    root.addClass('pp-panel');
    this.headerEl = root.createDiv({ cls: 'pp-header' });
    this.undoEl = root.createDiv({ cls: 'pp-undo', attr: { role: 'status', 'aria-live': 'polite' } });
    this.filtersEl = root.createDiv({ cls: 'pp-filters-region' });
    this.filterBar = new FilterBar(this.filtersEl, this.filter, (filter) => {
      this.filter = filter;
      this.shown = this.options.pageSize;
      this.draw();
    });
    this.contextEl = root.createDiv({ cls: 'pp-context' });
    this.listEl = root.createDiv({ cls: 'pp-list-region' });
    this.diagnosticsEl = root.createDiv({ cls: 'pp-diagnostics-region' });
  }

  /** Reads the host's data afresh and draws it; the host calls this when its data changed. */
  render(): void {
    this.current = this.host.snapshot();
    this.draw();
  }

  /** Draws the data last read: what expanding a card, paging or filtering needs, without reading the index again. */
  private draw(): void {
    const snapshot = this.current;
    if (!snapshot) return;
    const scroll = this.root.scrollTop;
    const focus = this.focusedKey();
    this.renderHeader(snapshot);
    for (const el of [this.contextEl, this.listEl, this.diagnosticsEl]) el.empty();
    const ready = snapshot.state.status === 'ready';
    this.filtersEl.toggleClass('is-hidden', !ready || snapshot.flags.length === 0);
    if (ready) {
      if (snapshot.flags.length === 0 && snapshot.hiddenPrivate === 0) renderEmptyGuide(this.listEl);
      else this.renderFlags(snapshot);
      renderDiagnostics(this.diagnosticsEl, snapshot.diagnostics, snapshot.names, this.diagnosticsOpen, {
        toggled: (open) => (this.diagnosticsOpen = open),
        openNote: (path, line) => this.host.openNote(path, line),
      });
    }
    this.root.scrollTop = scroll;
    if (focus) this.restoreFocus(focus);
  }

  private renderHeader(snapshot: PanelSnapshot): void {
    const header = this.headerEl;
    header.empty();
    const { state } = snapshot;
    const status = header.createDiv({ cls: 'pp-status' });
    if (state.status === 'waiting') {
      status.setText('Waiting for Obsidian to finish loading.');
      return;
    }
    if (state.status === 'building') {
      status.setText(`Reading your notes: ${state.done} of ${state.total}.`);
      status.createEl('progress', { cls: 'pp-progress', attr: { max: Math.max(state.total, 1), value: state.done, 'aria-label': 'Reading notes' } });
      return;
    }
    const count = snapshot.flags.length;
    status.setText(count === 0 ? '' : `${count} possible parallel ${count === 1 ? 'dynamic' : 'dynamics'}. Each is a question, not a finding.`);
    const masked = snapshot.names.masked;
    const mask = header.createEl('button', {
      cls: 'pp-mask-toggle',
      text: masked ? 'Names masked' : 'Mask client names',
      attr: { type: 'button', 'aria-pressed': String(masked), 'data-pp-focus': 'mask', title: 'Show client names and aliases as codes, for screen-sharing' },
    });
    mask.toggleClass('is-active', masked);
    mask.addEventListener('click', () => this.host.setMasked(!masked));
  }

  private renderFlags(snapshot: PanelSnapshot): void {
    const { names } = snapshot;
    const kinds = new Set<FlagKind>();
    const clients = new Map<string, string>();
    for (const flag of snapshot.flags) {
      kinds.add(flag.kind);
      if (flag.client !== null && !clients.has(flag.client)) clients.set(flag.client, names.client(flag.client));
    }
    this.filterBar.setChoices(kinds, [...clients].sort((a, b) => a[1].localeCompare(b[1])));

    const context = snapshot.context;
    const list = listFlags(snapshot.flags, {
      filter: this.filter,
      reviews: snapshot.reviews,
      today: snapshot.today,
      searchText: (flag) => flagSearchText(flag, names),
      inContext: context ? (flag) => involves(flag, context.note) : undefined,
    });
    if (context) this.renderContext(snapshot, list.items.filter((i) => i.inContext).length);

    const hidden = [list.hiddenAcknowledged > 0 ? `${list.hiddenAcknowledged} acknowledged` : '', list.hiddenDismissed > 0 ? `${list.hiddenDismissed} dismissed` : ''].filter(Boolean);
    if (list.items.length === 0 && snapshot.flags.length > 0) {
      this.listEl.createEl('p', { cls: 'pp-muted', text: 'No flags match these filters.' });
      const clear = this.listEl.createEl('button', { text: 'Clear filters', attr: { type: 'button', 'data-pp-focus': 'clear-filters' } });
      clear.addEventListener('click', () => {
        this.filter = { ...DEFAULT_FILTER };
        this.filterBar.reset(this.filter);
        this.draw();
      });
    }
    this.renderCards(list.items.slice(0, this.shown), snapshot, context !== undefined);
    const rest = list.items.length - this.shown;
    if (rest > 0) {
      const more = this.listEl.createEl('button', { cls: 'pp-more', text: `Show ${Math.min(rest, this.options.pageSize)} more (${rest} not shown)`, attr: { type: 'button', 'data-pp-focus': 'more' } });
      more.addEventListener('click', () => {
        this.shown += this.options.pageSize;
        this.draw();
      });
    }
    if (hidden.length > 0) this.listEl.createEl('p', { cls: 'pp-muted', text: `${hidden.join(' and ')} hidden; the toggles above show them.` });
    if (snapshot.hiddenPrivate > 0) {
      const count = snapshot.hiddenPrivate;
      this.listEl.createEl('p', { cls: 'pp-muted', text: `${count} ${count === 1 ? 'flag resting on a private reflection is' : 'flags resting on private reflections are'} hidden while names are masked.` });
    }
  }

  private renderContext(snapshot: PanelSnapshot, involved: number): void {
    const { note, diagram } = snapshot.context!;
    const names = snapshot.names;
    this.contextEl.createDiv({ cls: 'pp-section-label', text: `Around ${names.note(note.path)}` });
    if (diagram.nodes.length > 1) renderDiagram(this.contextEl, diagram, names, (path) => this.host.openNote(path));
    this.contextEl.createEl('p', { cls: 'pp-muted', text: involved === 0 ? 'No flags involve this note.' : `${involved} ${involved === 1 ? 'flag involves' : 'flags involve'} this note; listed first.` });
  }

  private renderCards(items: readonly ListedFlag[], snapshot: PanelSnapshot, withContext: boolean): void {
    const actions: CardActions = {
      toggle: (flag) => {
        if (!this.expanded.delete(flag.id)) this.expanded.add(flag.id);
        this.draw();
      },
      openEvidence: (e) => this.host.openNote(e.path, e.line),
      review: (flag, status, reason) => this.review(flag, status, reason, snapshot),
      restore: (flag) => this.restore(flag, snapshot),
    };
    let list: HTMLElement | undefined;
    let group: boolean | undefined;
    for (const item of items) {
      if (!list || (withContext && item.inContext !== group)) {
        group = item.inContext;
        if (withContext) this.listEl.createDiv({ cls: 'pp-section-label', text: item.inContext ? 'About this note' : 'Other flags' });
        list = this.listEl.createEl('ul', { cls: 'pp-cards', attr: { 'aria-label': 'Flags' } });
      }
      renderFlagCard(list, item, snapshot.names, this.expanded.has(item.flag.id), `${this.key}-${item.flag.id}`, actions);
    }
  }

  private review(flag: Flag, status: ReviewStatus, reason: string, snapshot: PanelSnapshot): void {
    const next = this.neighbourKey(flag.id);
    this.setUndo(flag, snapshot, status === 'acknowledged' ? 'Flag acknowledged.' : 'Flag dismissed.');
    this.host.setReview(flag.id, reviewOf(flag, status, reason, this.options.now()));
    this.expanded.delete(flag.id);
    this.render();
    this.restoreFocus(next ?? 'undo');
  }

  private restore(flag: Flag, snapshot: PanelSnapshot): void {
    this.setUndo(flag, snapshot, 'Flag restored.');
    this.host.setReview(flag.id, undefined);
    this.render();
  }

  private setUndo(flag: Flag, snapshot: PanelSnapshot, message: string): void {
    this.undo = { flagId: flag.id, previous: snapshot.reviews[flag.id], message };
    this.renderUndo();
  }

  private renderUndo(): void {
    this.undoEl.empty();
    const undo = this.undo;
    if (!undo) return;
    this.undoEl.createSpan({ text: undo.message });
    const button = this.undoEl.createEl('button', { text: 'Undo', attr: { type: 'button', 'data-pp-focus': 'undo' } });
    button.addEventListener('click', () => {
      this.undo = undefined;
      this.host.setReview(undo.flagId, undo.previous);
      this.renderUndo();
      this.render();
      this.restoreFocus(`${undo.flagId}:toggle`);
    });
  }

  /** The card to move focus to when this one leaves the list: the next, else the previous. */
  private neighbourKey(flagId: string): string | undefined {
    const cards = [...this.listEl.querySelectorAll<HTMLElement>('[data-flag-id]')];
    const at = cards.findIndex((c) => c.dataset.flagId === flagId);
    const neighbour = cards[at + 1] ?? cards[at - 1];
    return neighbour ? `${neighbour.dataset.flagId}:toggle` : undefined;
  }

  private focusedKey(): string | undefined {
    const active = this.root.ownerDocument.activeElement;
    if (!(active instanceof Element) || !this.root.contains(active)) return undefined;
    return active.getAttribute('data-pp-focus') ?? undefined;
  }

  private restoreFocus(key: string): void {
    for (const el of this.root.querySelectorAll<HTMLElement | SVGElement>('[data-pp-focus]')) {
      if (el.getAttribute('data-pp-focus') === key) {
        el.focus();
        return;
      }
    }
  }
}
