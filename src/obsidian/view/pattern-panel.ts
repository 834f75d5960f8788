import type { Flag, FlagKind } from '../../core/model/flag';
import { flagSearchText } from '../../core/present/display-names';
import { DEFAULT_FILTER, listFlags, type FlagListFilter, type ListedFlag } from '../../core/present/flag-list';
import type { LimitedFlags } from '../../core/present/per-supervision';
import { involves } from '../../core/present/note-context';
import { reviewOf, type FlagReview, type ReviewStatus } from '../../core/review/flag-review';
import { activate, appendText } from './dom';
import { renderEmptyGuide } from './empty-guide';
import { FilterBar } from './filter-bar';
import { renderFlagItem, type FlagActions } from './flag-item';
import { renderNotesToCheck } from './notes-to-check';
import type { PanelHost, PanelData } from './panel-host';
import { renderDiagram } from './relationship-diagram';
import { renderTimeline } from './timeline-view';
import { renderProgress, statusText } from './panel-header';
import { focusedKey, neighbourKey, restoreFocus } from './panel-focus';
import { PracticeParts } from './practice-parts';

export interface PanelOptions {
  /** Flags rendered at once; more on request, so a thousand flags cost what fifty do. */
  pageSize: number;
  now: () => Date;
}

interface Undo {
  flagId: string;
  previous: FlagReview | undefined;
  message: string;
}

/** Width to lay figures out at when the panel cannot be measured (not yet in a document). */
const FALLBACK_WIDTH = 280;

let panelCount = 0;

/**
 * The pattern view's contents, built like Obsidian's own sidebars: a nav header of icon buttons,
 * then the flags as tree items (the open note's first, with its neighbourhood after them), then the
 * notes to check. Re-rendering keeps filters, expanded flags, pages, scroll position and focus.
 */
export class PatternPanel {
  private filter: FlagListFilter = { ...DEFAULT_FILTER };
  private readonly expanded = new Set<string>();
  private readonly drafts = new Map<string, string>();
  private shown: number;
  private filtersOpen = false;
  private diagnosticsOpen = false;
  private diagramOpen = false;
  private undo: Undo | undefined;
  /** The host's data as last read by render(). */
  private current: PanelData | undefined;
  /** The width figures were last laid out at, when any were drawn. */
  private drawnWidth: number | undefined;
  private drawn = false;
  private readonly key = `pp-${++panelCount}`;
  private readonly options: PanelOptions;

  private readonly headerEl: HTMLElement;
  private readonly statusEl: HTMLElement;
  private readonly undoEl: HTMLElement;
  private readonly filtersEl: HTMLElement;
  private readonly contextEl: HTMLElement;
  private readonly listEl: HTMLElement;
  private readonly diagnosticsEl: HTMLElement;
  private readonly filterBar: FilterBar;
  private readonly practice: PracticeParts;

  constructor(
    private readonly root: HTMLElement,
    private readonly host: PanelHost,
    options: Partial<PanelOptions> = {},
  ) {
    this.options = { pageSize: 50, now: () => new Date(), ...options };
    this.shown = this.options.pageSize;
    root.empty();
    root.addClass('pp-panel');
    this.headerEl = root.createDiv({ cls: 'nav-header pp-header' });
    this.practice = new PracticeParts(root, host, this.key, () => this.draw(), this.options.now);
    this.practice.placeExplainer();
    this.filtersEl = root.createDiv({ cls: 'pp-filters-region' });
    this.filterBar = new FilterBar(this.filtersEl, this.filter, (filter) => {
      this.filter = filter;
      this.shown = this.options.pageSize;
      this.draw();
    });
    this.statusEl = root.createDiv({ cls: 'pp-status', attr: { role: 'status' } });
    this.undoEl = root.createDiv({ cls: 'pp-undo', attr: { role: 'status', 'aria-live': 'polite' } });
    this.practice.placePause();
    this.contextEl = root.createDiv({ cls: 'pp-context' });
    this.listEl = root.createDiv({ cls: 'pp-list-region' });
    this.practice.placeHours();
    this.diagnosticsEl = root.createDiv({ cls: 'pp-diagnostics-region' });
  }

  /** Reads the host's data afresh and draws it; the host calls this when its data changed. */
  render(): void {
    this.current = this.host.data();
    this.draw();
  }

  /** The sidebar changed width: figures are laid out in pixels, so draw them again at the new one. */
  resize(): void {
    if (this.drawnWidth === undefined) return;
    const width = this.measure(this.listEl);
    if (Math.abs(width - this.drawnWidth) >= 8) this.draw();
  }

  /** Draws the data last read: what expanding a flag, paging or filtering needs, without reading the index again. */
  private draw(): void {
    const data = this.current;
    if (!data) return;
    // Reading the scroll position makes the browser lay out: nothing to keep before the first draw.
    const scroll = this.drawn ? this.root.scrollTop : 0;
    this.drawn = true;
    const focus = focusedKey(this.root);
    this.drawnWidth = undefined;
    this.renderHeader(data);
    for (const el of [this.statusEl, this.contextEl, this.listEl, this.diagnosticsEl]) el.empty();
    const ready = data.state.status === 'ready';
    const any = data.flags.length > 0;
    this.filtersEl.toggleClass('is-hidden', !ready || !any || !this.filtersOpen);
    if (ready) {
      this.renderStatus(data);
      if (!any && data.hiddenPrivate === 0) renderEmptyGuide(this.listEl, () => this.practice.toggleExplainer(true));
      else if (any) this.renderFlags(data);
      renderNotesToCheck(this.diagnosticsEl, data, this.diagnosticsOpen, {
        toggled: (open) => {
          this.diagnosticsOpen = open;
          this.draw();
        },
        openNote: (path, line) => this.host.openNote(path, line),
        setIcon: (el, icon) => this.host.setIcon(el, icon),
      });
    }
    this.practice.draw(data);
    // Writing the scroll position makes the browser lay out at once: only when there is one to keep.
    if (scroll > 0) this.root.scrollTop = scroll;
    if (focus) restoreFocus(this.root, focus);
  }

  private renderHeader(data: PanelData): void {
    const header = this.headerEl;
    header.empty();
    if (renderProgress(header, data.state)) return;
    const buttons = header.createDiv({ cls: 'nav-buttons-container' });
    const filtering = this.filterActive();
    const filter = this.iconButton(buttons, 'filter', this.filtersOpen ? 'Hide filters' : 'Show filters', 'filters', () => {
      this.filtersOpen = !this.filtersOpen;
      this.draw();
      if (this.filtersOpen) this.filterBar.focus();
    });
    filter.setAttr('aria-expanded', String(this.filtersOpen));
    filter.toggleClass('is-active', this.filtersOpen || filtering);
    const masked = data.names.masked;
    const mask = this.iconButton(buttons, masked ? 'eye-off' : 'eye', 'Mask client names', 'mask', () => this.host.setMasked(!masked));
    mask.setAttr('aria-pressed', String(masked));
    mask.toggleClass('is-active', masked);
    const rescan = this.host.rescan?.bind(this.host);
    if (rescan) this.iconButton(buttons, 'refresh-cw', 'Rescan the vault', 'rescan', rescan);
    this.iconButton(buttons, 'chevrons-down-up', 'Collapse all', 'collapse-all', () => {
      this.expanded.clear();
      this.diagramOpen = false;
      this.diagnosticsOpen = false;
      this.practice.collapse();
      this.draw();
    });
    this.practice.headerButton(buttons, (...args) => this.iconButton(...args));
  }

  /** An icon button as in Obsidian's nav headers: the icon, and its name as label and tooltip. */
  private iconButton(parent: HTMLElement, icon: string, label: string, focusKey: string, run: () => void): HTMLElement {
    const button = parent.createDiv({ cls: 'clickable-icon nav-action-button', attr: { 'aria-label': label, 'data-pp-focus': focusKey } });
    this.host.setIcon(button, icon);
    this.host.setTooltip(button, label);
    activate(button, 'button', run);
    return button;
  }

  private renderStatus(data: PanelData): void {
    const text = statusText(data);
    if (text !== undefined) this.statusEl.setText(text);
  }

  private filterActive(): boolean {
    const f = this.filter;
    return f.kind !== '' || f.client !== '' || f.range !== 'any' || f.text.trim() !== '';
  }

  private renderFlags(data: PanelData): void {
    const { names } = data;
    const kinds = new Set<FlagKind>();
    const clients = new Map<string, string>(this.filter.client === '' ? [] : [[this.filter.client, names.client(this.filter.client)]]);
    for (const flag of data.flags) {
      kinds.add(flag.kind);
      if (flag.client !== null && !clients.has(flag.client)) clients.set(flag.client, names.client(flag.client));
    }
    this.filterBar.setChoices(kinds, [...clients].sort((a, b) => a[1].localeCompare(b[1])));

    const context = data.context;
    const list = listFlags(data.flags, {
      filter: this.filter,
      reviews: data.reviews,
      today: data.today,
      searchText: (flag) => flagSearchText(flag, names),
      inContext: context ? (flag) => involves(flag, context.note) : undefined,
    });

    if (this.filterActive()) {
      const line = this.listEl.createDiv({ cls: 'pp-filter-summary' });
      line.createSpan({ text: list.items.length === 0 ? 'No flags match these filters.' : `${list.items.length} of ${data.flags.length} flags match the filters.` });
      const clear = line.createEl('button', { text: 'Clear filters', attr: { type: 'button', 'data-pp-focus': 'clear-filters' } });
      clear.addEventListener('click', () => {
        this.filter = { ...DEFAULT_FILTER };
        this.filterBar.reset(this.filter);
        this.draw();
      });
    }

    const limited = this.practice.limit(list.items, data, this.filterActive());
    const items = limited?.items ?? list.items;
    const page = items.slice(0, this.shown);
    if (context) {
      const about = page.filter((i) => i.inContext);
      const heading = this.contextEl.createDiv({ cls: 'pp-section-title' });
      heading.appendText('About ');
      appendText(heading.createSpan({ cls: 'pp-note-name' }), names.note(context.note.path));
      if (about.length === 0) this.contextEl.createEl('p', { cls: 'pp-muted pp-empty-line', text: 'No flags involve this note.' });
      else this.renderItems(this.contextEl, about, data, 'Flags about the open note', limited);
      this.renderRelationships(data);
      const others = page.filter((i) => !i.inContext);
      if (others.length > 0) {
        this.listEl.createDiv({ cls: 'pp-section-title', text: 'Other flags' });
        this.renderItems(this.listEl, others, data, 'Other flags', limited);
      }
    } else {
      this.renderItems(this.listEl, page, data, 'Flags', limited);
    }

    const rest = items.length - this.shown;
    if (rest > 0) {
      const more = this.listEl.createEl('button', { cls: 'pp-more', text: `Show ${Math.min(rest, this.options.pageSize)} more (${rest} not shown)`, attr: { type: 'button', 'data-pp-focus': 'more' } });
      more.addEventListener('click', () => {
        this.shown += this.options.pageSize;
        this.draw();
      });
    }
    const hidden = [list.hiddenAcknowledged > 0 ? `${list.hiddenAcknowledged} acknowledged` : '', list.hiddenDismissed > 0 ? `${list.hiddenDismissed} dismissed` : ''].filter(Boolean);
    if (hidden.length > 0) this.listEl.createEl('p', { cls: 'pp-muted pp-empty-line', text: `${hidden.join(' and ')} hidden; Show acknowledged or Show dismissed in the filters brings them back.` });
  }

  /** The open note's neighbourhood, after its flags and collapsed until asked for. */
  private renderRelationships(data: PanelData): void {
    const hood = data.context!.neighbourhood;
    if (hood.rows.reduce((n, r) => n + r.nodes.length, 0) < 2) return;
    const open = this.diagramOpen;
    const section = this.contextEl.createDiv({ cls: 'tree-item pp-section pp-relationships' });
    section.toggleClass('is-collapsed', !open);
    const self = section.createDiv({ cls: 'tree-item-self is-clickable mod-collapsible pp-section-self', attr: { 'aria-expanded': String(open), 'data-pp-focus': 'relationships' } });
    activate(self, 'button', () => {
      this.diagramOpen = !open;
      this.draw();
    });
    const icon = self.createDiv({ cls: 'tree-item-icon collapse-icon' });
    icon.toggleClass('is-collapsed', !open);
    this.host.setIcon(icon, 'right-triangle');
    self.createDiv({ cls: 'tree-item-inner', text: 'People and notes around it' });
    if (!open) return;
    const body = section.createDiv({ cls: 'tree-item-children pp-figure-body' });
    renderDiagram(body, hood, data.names, this.figureWidth(body), (path) => this.host.openNote(path));
  }

  private renderItems(parent: HTMLElement, items: readonly ListedFlag[], data: PanelData, label: string, limited: LimitedFlags | undefined): void {
    const actions: FlagActions = {
      toggle: (flag) => {
        if (!this.expanded.delete(flag.id)) this.expanded.add(flag.id);
        this.draw();
      },
      openNote: (path, line) => this.host.openNote(path, line),
      review: (flag, status, reason) => this.review(flag, status, reason, data),
      restore: (flag) => this.restore(flag, data),
      setIcon: (el, icon) => this.host.setIcon(el, icon),
      timeline: (body, flag, chair) =>
        renderTimeline(body, flag, {
          names: data.names, source: data.timeline, current: data.context?.note.path,
          width: this.figureWidth(body),
          open: (path, line) => this.host.openNote(path, line),
          chair,
        }),
    };
    this.practice.renderLists(parent, items, label, data, parent === this.listEl, limited, (list, item) =>
      renderFlagItem(
        list,
        item,
        { names: data.names, cues: data.cues, restsOnPrivate: data.privateFlags.has(item.flag.id), expanded: this.expanded.has(item.flag.id), bodyId: `${this.key}-${item.flag.id}`, drafts: this.drafts, grouping: data.practice?.grouping },
        actions,
      ),
    );
  }

  /** The width a figure has inside `parent`, in pixels (this makes the browser lay out). */
  private figureWidth(parent: HTMLElement): number {
    const width = this.measure(parent);
    this.drawnWidth = this.measure(this.listEl);
    return width;
  }

  /** The width of an element's content box: what a figure inside it can use. */
  private measure(el: HTMLElement): number {
    const style = el.win.getComputedStyle(el);
    const width = el.clientWidth - (parseFloat(style.paddingLeft) || 0) - (parseFloat(style.paddingRight) || 0);
    return width > 0 ? Math.floor(width) : FALLBACK_WIDTH;
  }

  private review(flag: Flag, status: ReviewStatus, reason: string, data: PanelData): void {
    const next = neighbourKey(this.root, flag.id);
    this.setUndo(flag, data, status === 'acknowledged' ? 'Flag acknowledged.' : 'Flag dismissed.');
    this.host.setReview(flag.id, reviewOf(flag, status, reason, this.options.now()));
    this.expanded.delete(flag.id);
    this.drafts.delete(flag.id);
    this.render();
    restoreFocus(this.root, next ?? 'undo');
  }

  private restore(flag: Flag, data: PanelData): void {
    this.setUndo(flag, data, 'Flag restored.');
    this.host.setReview(flag.id, undefined);
    this.render();
  }

  private setUndo(flag: Flag, data: PanelData, message: string): void {
    this.undo = { flagId: flag.id, previous: data.reviews[flag.id], message };
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
      restoreFocus(this.root, `${undo.flagId}:toggle`);
    });
  }
}
