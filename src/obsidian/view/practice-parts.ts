import type { ListedFlag } from '../../core/present/flag-list';
import { limitPerSupervision, type LimitedFlags } from '../../core/present/per-supervision';
import { pauseSuggestion } from '../../core/present/pause';
import { renderExplainer } from './explainer';
import { renderFlagLists } from './flag-groups';
import { renderHoursSection } from './hours-section';
import type { PanelData, PanelHost } from './panel-host';
import { restoreFocus } from './panel-focus';
import { PauseNotice } from './pause-notice';

/** Makes one of the header's icon buttons (the panel's own, so they all look and behave alike). */
export type IconButton = (parent: HTMLElement, icon: string, label: string, focusKey: string, run: () => void) => HTMLElement;

/**
 * The parts of the pattern view around the flags, with their own state: the "What is parallel
 * process?" explanation, the suggestion to pause, the hours, and a few flags per supervision (in a
 * supervisor's vault, grouped by supervisee). The panel places their regions and calls draw().
 */
export class PracticeParts {
  private explainerOpen = false;
  private hoursOpen = false;
  /** Supervisions whose every flag is shown. */
  private readonly opened = new Set<string>();
  /** Used when the host keeps no session (tests, the browser page): for as long as the panel lives. */
  private readonly ownSession = { pauseDismissed: false };
  private explainerEl: HTMLElement | undefined;
  private hoursEl: HTMLElement | undefined;
  private pause: PauseNotice | undefined;
  private readonly explainerId: string;

  constructor(
    private readonly root: HTMLElement,
    private readonly host: PanelHost,
    key: string,
    private readonly redraw: () => void,
    private readonly now: () => Date,
  ) {
    this.explainerId = `${key}-explainer`;
  }

  /** Where the explanation opens: under the header. */
  placeExplainer(): void {
    this.explainerEl = this.root.createDiv({ cls: 'pp-explainer-region' });
  }

  /** Where the pause suggestion appears: under the count, above the flags; a polite live region. */
  placePause(): void {
    this.pause = new PauseNotice(this.root.createDiv({ cls: 'pp-pause-region', attr: { role: 'status', 'aria-live': 'polite' } }));
  }

  /** Where the hours go: after the flags. */
  placeHours(): void {
    this.hoursEl = this.root.createDiv({ cls: 'pp-hours-region' });
  }

  /** The header's help button, which opens and closes the explanation. */
  headerButton(parent: HTMLElement, iconButton: IconButton): void {
    const open = this.explainerOpen;
    const button = iconButton(parent, 'help-circle', 'What is parallel process?', 'help', () => this.toggleExplainer(!open));
    button.setAttr('aria-expanded', String(open));
    if (open) button.setAttr('aria-controls', this.explainerId);
    button.toggleClass('is-active', open);
  }

  /** Opens the explanation and moves focus to its title (from the empty state's button, too). */
  toggleExplainer(open: boolean): void {
    this.explainerOpen = open;
    this.redraw();
    restoreFocus(this.root, open ? 'explainer' : 'help');
  }

  /** Collapse all: the hours, the explanation, and each supervision back to its few flags. */
  collapse(): void {
    this.explainerOpen = false;
    this.hoursOpen = false;
    this.opened.clear();
  }

  draw(data: PanelData): void {
    const role = data.practice?.role.role ?? 'practitioner';
    if (this.explainerEl) {
      this.explainerEl.empty();
      if (this.explainerOpen) renderExplainer(this.explainerEl, this.explainerId, role, { close: () => this.toggleExplainer(false) });
    }
    const ready = data.state.status === 'ready';
    const session = this.host.session ?? this.ownSession;
    const run = this.host.run?.bind(this.host);
    const reason = ready && !session.pauseDismissed ? pauseSuggestion(data.flags, data.reviews, this.now()) : undefined;
    this.pause?.render(reason, role, {
      dismiss: () => {
        session.pauseDismissed = true;
        this.redraw();
        restoreFocus(this.root, 'help');
      },
      ...(run ? { prepare: () => run('prepare-supervision') } : {}),
    });
    if (!this.hoursEl) return;
    this.hoursEl.empty();
    if (!ready || !data.practice) return;
    renderHoursSection(this.hoursEl, data.practice.hours(), this.hoursOpen, {
      toggled: (open) => {
        this.hoursOpen = open;
        this.redraw();
      },
      setIcon: (el, icon) => this.host.setIcon(el, icon),
      ...(run ? { report: () => run('hours-report') } : {}),
    });
  }

  /** A few flags per supervision, strongest first; all of them while filtering, since the user is looking for something. */
  limit(items: readonly ListedFlag[], data: PanelData, filtering: boolean): LimitedFlags | undefined {
    const perSupervision = data.practice?.flagsPerSupervision ?? 0;
    return filtering || perSupervision <= 0 ? undefined : limitPerSupervision(items, perSupervision, this.opened);
  }

  /** The flags as lists: grouped by supervisee in a supervisor's main list, with each supervision's "show more". */
  renderLists(parent: HTMLElement, items: readonly ListedFlag[], label: string, data: PanelData, main: boolean, limited: LimitedFlags | undefined, renderItem: (list: HTMLElement, item: ListedFlag) => void): void {
    const grouping = main ? data.practice?.grouping : undefined;
    renderFlagLists(parent, items, {
      label,
      names: data.names,
      ...(grouping ? { grouping, role: data.practice?.role } : {}),
      ...(limited ? { limited } : {}),
      renderItem,
      showMore: (supervision) => {
        const first = limited?.firstHidden.get(supervision);
        this.opened.add(supervision);
        this.redraw();
        if (first) restoreFocus(this.root, `${first}:toggle`);
      },
    });
  }
}
