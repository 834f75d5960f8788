import type { Engine } from '../../../src/core/engine';
import type { Flag } from '../../../src/core/model/flag';
import type { FlagReview } from '../../../src/core/review/flag-review';
import type { IndexState } from '../../../src/obsidian/live-index';
import type { PanelHost, PanelSnapshot } from '../../../src/obsidian/view/panel-host';
import { engineNames, panelSnapshot } from '../../../src/obsidian/view/panel-snapshot';
import { PatternPanel, type PanelOptions } from '../../../src/obsidian/view/pattern-panel';

/** A panel host over an engine, recording what the panel asks for, as the plugin's view would. */
export class TestHost implements PanelHost {
  state: IndexState = { status: 'ready', notes: 0, flags: 0, ms: 1 };
  reviews: Record<string, FlagReview> = {};
  masked = false;
  activePath: string | undefined;
  today = '2026-03-10';
  /** Replaces the engine's flags, for volume tests. */
  flags: Flag[] | undefined;
  readonly opened: [path: string, line: number | undefined][] = [];
  panel!: PatternPanel;

  constructor(public engine: Engine | undefined) {}

  snapshot(): PanelSnapshot {
    const snapshot = panelSnapshot({ state: this.state, engine: this.engine, reviews: this.reviews, activePath: this.activePath, today: this.today, names: engineNames(this.engine, this.masked) });
    return this.flags ? { ...snapshot, flags: this.flags } : snapshot;
  }

  openNote(path: string, line?: number): void {
    this.opened.push([path, line]);
  }

  setReview(flagId: string, review: FlagReview | undefined): void {
    if (review) this.reviews[flagId] = review;
    else delete this.reviews[flagId];
  }

  setMasked(masked: boolean): void {
    this.masked = masked;
    this.panel.render();
  }
}

/** A panel in a fresh container attached to the document, rendered once. */
export function mountPanel(engine: Engine | undefined, configure: (host: TestHost) => void = () => undefined, options: Partial<PanelOptions> = {}): { host: TestHost; panel: PatternPanel; root: HTMLElement } {
  document.body.empty();
  const root = document.body.createDiv();
  const host = new TestHost(engine);
  configure(host);
  host.panel = new PatternPanel(root, host, { now: () => new Date('2026-03-10T10:00:00Z'), ...options });
  host.panel.render();
  return { host, panel: host.panel, root };
}

export function cards(root: HTMLElement): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>('.pp-card')];
}

export function card(root: HTMLElement, flagId: string): HTMLElement | undefined {
  return cards(root).find((c) => c.dataset.flagId === flagId);
}

export function button(scope: HTMLElement, text: string): HTMLButtonElement {
  const found = [...scope.querySelectorAll('button')].find((b) => b.textContent === text);
  if (!found) throw new Error(`No button "${text}"`);
  return found;
}

export function choose(root: HTMLElement, label: string, value: string): void {
  const select = root.querySelector<HTMLSelectElement>(`select[aria-label="${label}"]`)!;
  select.value = value;
  select.dispatchEvent(new Event('change'));
}

export function type(input: HTMLInputElement, value: string): void {
  input.value = value;
  input.dispatchEvent(new Event('input'));
}
