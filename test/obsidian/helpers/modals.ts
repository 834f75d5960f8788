import { ButtonComponent, FuzzySuggestModal, Modal, prepareFuzzySearch, SuggestModal, TextComponent, ToggleComponent } from 'obsidian-test-mocks/obsidian';
import { waitFor } from './harness';

/*
 * obsidian-test-mocks runs a modal's onOpen and closes it on the next tick, keeps it out of the
 * document, and its controls answer no clicks, typing or keys; its suggest modals render nothing.
 * These patches fill those gaps the way Obsidian behaves, so that a test drives the plugin's own
 * modal code as a user would: the modal stays open in the document until its code or the user
 * closes it, typing fires a text field's onChange, a click runs a button's onClick or flips a
 * toggle, and a suggest modal lists its suggestions, Enter or a click choosing one.
 */

/** The parts of the mock's modals and controls that these patches use. */
interface ModalLike {
  containerEl: HTMLElement;
  modalEl: HTMLElement;
  titleEl: HTMLElement;
  contentEl: HTMLElement;
  closeCallback?: (() => unknown) | null;
  onOpen(): unknown;
  onClose(): void;
  close(): void;
}
interface Match {
  item: unknown;
  match: { score: number; matches: [number, number][] };
}
interface SuggestLike extends ModalLike {
  inputEl: HTMLInputElement;
  resultContainerEl: HTMLElement;
  emptyStateText: string;
  suggestions__: unknown[];
  active__: number;
  getSuggestions(query: string): unknown[] | Promise<unknown[]>;
  renderSuggestion(value: unknown, el: HTMLElement): void;
  selectSuggestion(value: unknown, event: Event): void;
  onChooseSuggestion(value: unknown, event: Event): void;
}
interface FuzzyLike extends SuggestLike {
  getItems(): unknown[];
  getItemText(item: unknown): string;
}
interface TextLike {
  inputEl: HTMLInputElement;
  value: string;
  onChanged(): void;
}
interface ButtonLike {
  buttonEl: HTMLButtonElement;
  disabled: boolean;
  clickHandler?: (event: MouseEvent) => unknown;
}
interface ToggleLike {
  toggleEl: HTMLElement;
  value: boolean;
  setValue(on: boolean): unknown;
}
type Method<T> = (this: T, ...args: never[]) => unknown;

const open: ModalLike[] = [];

function proto(cls: unknown): Record<string, unknown> {
  return (cls as { prototype: Record<string, unknown> }).prototype;
}

/** Runs a constructor hook of the mock, then `extra` on the new instance. */
function afterInit<T>(prototype: Record<string, unknown>, hook: string, extra: (self: T) => void): void {
  const original = prototype[hook] as (this: T, ...args: unknown[]) => void;
  prototype[hook] = function (this: T, ...args: unknown[]): void {
    original.apply(this, args);
    extra(this);
  } satisfies Method<T>;
}

let installed = false;

export function installModalDriver(): void {
  if (installed) return;
  installed = true;

  const modal = proto(Modal);
  const openModal = function (this: ModalLike): void {
    this.containerEl.addClass('modal-container');
    this.modalEl.addClass('modal');
    this.titleEl.addClass('modal-title');
    this.contentEl.addClass('modal-content');
    document.body.appendChild(this.containerEl);
    open.push(this);
    void this.onOpen();
  };
  const closeModal = function (this: ModalLike): void {
    const at = open.indexOf(this);
    if (at < 0) return;
    open.splice(at, 1);
    this.containerEl.remove();
    this.onClose();
    this.closeCallback?.();
  };
  modal.open = openModal;
  modal.close = closeModal;

  // Suggest modals: the list of suggestions under the input, the first one active.
  const suggest = proto(SuggestModal);
  suggest.open = function (this: SuggestLike): void {
    openModal.call(this);
    this.active__ = 0;
    this.inputEl.addEventListener('input', () => void updateSuggestions(this));
    this.inputEl.addEventListener('keydown', (event: KeyboardEvent) => {
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        const count = this.suggestions__.length;
        if (count > 0) this.active__ = (this.active__ + (event.key === 'ArrowDown' ? 1 : count - 1)) % count;
        renderSuggestions(this);
      } else if (event.key === 'Enter' && !event.isComposing) {
        event.preventDefault();
        if (this.active__ < this.suggestions__.length) this.selectSuggestion(this.suggestions__[this.active__], event);
      }
    });
    void updateSuggestions(this);
  } satisfies Method<SuggestLike>;
  suggest.close = closeModal;
  // As Obsidian does: the modal closes first, then hears of the choice.
  suggest.selectSuggestion = function (this: SuggestLike, value: unknown, event: Event): void {
    this.close();
    this.onChooseSuggestion(value, event);
  } satisfies Method<SuggestLike>;

  const fuzzy = proto(FuzzySuggestModal);
  fuzzy.getSuggestions = function (this: FuzzyLike, query: string): Match[] {
    const items = this.getItems();
    if (query.trim() === '') return items.map((item) => ({ item, match: { score: 0, matches: [] } }));
    const search = prepareFuzzySearch(query.trim());
    const matches: Match[] = [];
    for (const item of items) {
      const match = search(this.getItemText(item));
      if (match) matches.push({ item, match });
    }
    // The mock scores a better match lower (Obsidian higher): best first, as Obsidian lists them.
    return matches.sort((a, b) => a.match.score - b.match.score);
  } satisfies Method<FuzzyLike>;
  fuzzy.renderSuggestion = function (this: FuzzyLike, value: Match, el: HTMLElement): void {
    el.setText(this.getItemText(value.item));
  } satisfies Method<FuzzyLike>;

  // Controls: typing, clicking and toggling reach the handlers the plugin gave them.
  afterInit<TextLike>(proto(TextComponent), 'constructor4__', (text) =>
    text.inputEl.addEventListener('input', () => {
      text.value = text.inputEl.value;
      text.onChanged();
    }),
  );
  afterInit<ButtonLike>(proto(ButtonComponent), 'constructor2__', (button) =>
    button.buttonEl.addEventListener('click', (event) => {
      if (!button.disabled) button.clickHandler?.(event);
    }),
  );
  const toggle = proto(ToggleComponent);
  afterInit<ToggleLike>(toggle, 'constructor3__', (t) => {
    t.toggleEl.addClass('checkbox-container');
    t.toggleEl.addEventListener('click', () => t.setValue(!t.value));
  });
  const setToggle = toggle.setValue as (this: ToggleLike, on: boolean) => unknown;
  toggle.setValue = function (this: ToggleLike, on: boolean): unknown {
    this.toggleEl.toggleClass('is-enabled', on);
    return setToggle.call(this, on);
  } satisfies Method<ToggleLike>;
}

/** Lists the suggestions for what is typed: at once when getSuggestions answers at once, as Obsidian does. */
function updateSuggestions(modal: SuggestLike): void | Promise<void> {
  const show = (suggestions: unknown[]): void => {
    modal.suggestions__ = suggestions;
    modal.active__ = 0;
    renderSuggestions(modal);
  };
  const suggestions = modal.getSuggestions(modal.inputEl.value);
  return suggestions instanceof Promise ? suggestions.then(show) : show(suggestions);
}

function renderSuggestions(modal: SuggestLike): void {
  const container = modal.resultContainerEl;
  container.empty();
  container.addClass('prompt-results');
  const suggestions = modal.suggestions__;
  if (suggestions.length === 0) container.createDiv({ cls: 'suggestion-empty', text: modal.emptyStateText });
  suggestions.forEach((value, i) => {
    const el = container.createDiv({ cls: i === modal.active__ ? 'suggestion-item is-selected' : 'suggestion-item' });
    modal.renderSuggestion(value, el);
    el.addEventListener('click', (event) => modal.selectSuggestion(value, event));
  });
}

/** The modals open now, the last opened last. */
export function openModals(): HTMLElement[] {
  return open.map((m) => m.modalEl);
}

/** Waits for a modal to open and gives its element (title, content, and a suggest modal's input and list). */
export async function nextModal(): Promise<HTMLElement> {
  await waitFor(() => open.length > 0, 'a modal to open');
  return open[open.length - 1].modalEl;
}

/** Closes every modal a test left open, so that the next test starts with none. */
export function closeAllModals(): void {
  while (open.length > 0) open[open.length - 1].close();
}

/** Closes the top modal as Escape does. */
export function pressEscape(): void {
  open[open.length - 1]?.close();
}

/** Types into an input as a user does: the text, then the input event. */
export function typeText(input: HTMLInputElement, text: string): void {
  input.focus();
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

export function pressKey(target: HTMLElement, key: string): void {
  target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
}

export function input(scope: HTMLElement): HTMLInputElement {
  const found = scope.querySelector('input');
  if (!found) throw new Error('No input in the modal');
  return found;
}

export function buttonNamed(scope: HTMLElement, label: string): HTMLButtonElement {
  const found = [...scope.querySelectorAll('button')].find((b) => b.textContent === label);
  if (!found) throw new Error(`No button "${label}"`);
  return found;
}

/** The texts of a suggest modal's suggestions, as listed. */
export function suggestionTexts(scope: HTMLElement): string[] {
  return [...scope.querySelectorAll('.suggestion-item')].map((el) => el.textContent ?? '');
}

/** Each setting row of a modal with its name and, for a toggle, whether it is on. */
export function toggles(scope: HTMLElement): { name: string; on: boolean; el: HTMLElement }[] {
  return [...scope.querySelectorAll<HTMLElement>('.checkbox-container')].map((el) => {
    const row = el.parentElement!.parentElement!;
    return { name: row.textContent ?? '', on: el.hasClass('is-enabled'), el };
  });
}
