import type { FlagKind } from '../../core/model/flag';
import { FLAG_KIND_NAMES, kindOption } from '../../core/present/flag-labels';
import type { FlagListFilter, TimeRange } from '../../core/present/flag-list';

const RANGE_LABELS: Record<TimeRange, string> = { any: 'Any time', '30': 'Last 30 days', '90': 'Last 90 days', '365': 'Last 12 months' };

/**
 * The filters, built once so that typing in the search box never loses focus; only the choices
 * (which kinds and clients exist) are refreshed as the flags change.
 */
export class FilterBar {
  private readonly kind: HTMLSelectElement;
  private readonly client: HTMLSelectElement;
  private readonly range: HTMLSelectElement;
  private readonly text: HTMLInputElement;
  private readonly acknowledged: HTMLInputElement;
  private readonly dismissed: HTMLInputElement;
  readonly element: HTMLElement;

  constructor(
    parent: HTMLElement,
    private filter: FlagListFilter,
    private readonly onChange: (filter: FlagListFilter) => void,
  ) {
    const bar = parent.createDiv({ cls: 'pp-filters', attr: { role: 'search', 'aria-label': 'Filter flags' } });
    this.element = bar;
    this.text = bar.createDiv({ cls: 'search-input-container' }).createEl('input', { cls: 'pp-search', attr: { type: 'search', placeholder: 'Search flags', 'aria-label': 'Search flags', 'data-pp-focus': 'search' } });
    this.text.value = filter.text;
    this.text.addEventListener('input', () => this.set({ text: this.text.value }));

    const selects = bar.createDiv({ cls: 'pp-filter-selects' });
    this.kind = select(selects, 'Kind of flag');
    this.client = select(selects, 'Client');
    this.range = select(selects, 'Time range');
    for (const [value, label] of Object.entries(RANGE_LABELS)) this.range.createEl('option', { value, text: label });
    this.range.value = filter.range;
    this.kind.addEventListener('change', () => this.set({ kind: this.kind.value as FlagKind | '' }));
    this.client.addEventListener('change', () => this.set({ client: this.client.value }));
    this.range.addEventListener('change', () => this.set({ range: this.range.value as TimeRange }));

    const toggles = bar.createDiv({ cls: 'pp-filter-toggles' });
    this.acknowledged = checkbox(toggles, 'Show acknowledged', filter.showAcknowledged);
    this.dismissed = checkbox(toggles, 'Show dismissed', filter.showDismissed);
    this.acknowledged.addEventListener('change', () => this.set({ showAcknowledged: this.acknowledged.checked }));
    this.dismissed.addEventListener('change', () => this.set({ showDismissed: this.dismissed.checked }));
  }

  /** Offers the kinds present, and the clients given (a chosen one among them, present or not: the caller names it), so the filter never changes by itself. */
  setChoices(kinds: ReadonlySet<FlagKind>, clients: readonly [id: string, label: string][]): void {
    replaceOptions(
      this.kind,
      'All kinds',
      FLAG_KIND_NAMES.filter((k) => kinds.has(k) || k === this.filter.kind).map((k) => [k, kindOption(k)]),
      this.filter.kind,
    );
    replaceOptions(this.client, 'All clients', clients, this.filter.client);
  }

  /** Puts the cursor in the search box, as opening Obsidian's search does. */
  focus(): void {
    this.text.focus();
  }

  reset(filter: FlagListFilter): void {
    this.filter = filter;
    this.text.value = filter.text;
    this.range.value = filter.range;
    this.kind.value = filter.kind;
    this.client.value = filter.client;
    this.acknowledged.checked = filter.showAcknowledged;
    this.dismissed.checked = filter.showDismissed;
  }

  private set(change: Partial<FlagListFilter>): void {
    this.filter = { ...this.filter, ...change };
    this.onChange(this.filter);
  }
}

function select(parent: HTMLElement, label: string): HTMLSelectElement {
  return parent.createEl('select', { cls: 'dropdown pp-filter', attr: { 'aria-label': label } });
}

function checkbox(parent: HTMLElement, label: string, checked: boolean): HTMLInputElement {
  const wrapper = parent.createEl('label', { cls: 'pp-toggle' });
  const input = wrapper.createEl('input', { attr: { type: 'checkbox' } });
  input.checked = checked;
  wrapper.createSpan({ text: label });
  return input;
}

function replaceOptions(element: HTMLSelectElement, allLabel: string, options: readonly (readonly [string, string])[], selected: string): void {
  element.empty();
  element.createEl('option', { value: '', text: allLabel });
  for (const [value, label] of options) element.createEl('option', { value, text: label });
  element.value = selected;
}
