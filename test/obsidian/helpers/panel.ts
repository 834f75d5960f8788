import type { Engine } from '../../../src/core/engine';
import { PatternPanel, type PanelOptions } from '../../../src/obsidian/view/pattern-panel';
import { TestHost } from '../../helpers/test-host';

export { TestHost };

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

/** The flags listed, as tree items. */
export function cards(root: HTMLElement): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>('.pp-flag')];
}

export function card(root: HTMLElement, flagId: string): HTMLElement | undefined {
  return cards(root).find((c) => c.dataset.flagId === flagId);
}

export function button(scope: HTMLElement, text: string): HTMLButtonElement {
  const found = [...scope.querySelectorAll('button')].find((b) => b.textContent === text);
  if (!found) throw new Error(`No button "${text}"`);
  return found;
}

/** An icon button or other control that is not a <button>, by its label. */
export function control(scope: HTMLElement, label: string): HTMLElement {
  const found = [...scope.querySelectorAll<HTMLElement>('[role="button"], [role="link"]')].find((b) => b.getAttribute('aria-label') === label || b.textContent === label);
  if (!found) throw new Error(`No control "${label}"`);
  return found;
}

/** Presses Enter on a control, as a keyboard user would. */
export function press(el: Element, key = 'Enter'): void {
  el.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
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

/** Clicks a flag's title row, expanding or collapsing it. */
export function expand(root: HTMLElement, flagId: string): void {
  card(root, flagId)!.querySelector<HTMLElement>('.pp-flag-self')!.click();
}

/** Opens the filter bar from the header's filter button. */
export function showFilters(root: HTMLElement): void {
  if (root.querySelector('.pp-filters-region')!.classList.contains('is-hidden')) control(root, 'Show filters').click();
}
