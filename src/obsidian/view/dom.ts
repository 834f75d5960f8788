import { highlight, unbreakable } from '../../core/present/highlight';

/** Text with codes and dates (`C-014`, `2026-02-03`) kept whole: a sidebar line never breaks inside one. */
export function appendText(parent: HTMLElement, text: string): void {
  for (const piece of unbreakable(text)) {
    if (piece.keep) parent.createSpan({ cls: 'pp-nowrap', text: piece.text });
    else parent.appendText(piece.text);
  }
}

/** Text with the given phrases marked as search results mark their matches; built node by node, never as HTML. */
export function appendHighlighted(parent: HTMLElement, text: string, phrases: readonly string[]): void {
  for (const segment of phrases.length > 0 ? highlight(text, phrases) : [{ text, match: false }]) {
    appendText(segment.match ? parent.createSpan({ cls: 'search-result-file-matched-text' }) : parent, segment.text);
  }
}

/**
 * Makes an element act as a button or link from the keyboard (Enter, and Space for buttons), the way
 * Obsidian's own sidebar rows and icon buttons are divs that respond to clicks.
 */
export function activate(el: HTMLElement | SVGElement, role: 'button' | 'link', run: () => void): void {
  el.setAttribute('role', role);
  el.setAttribute('tabindex', '0');
  el.addEventListener('click', (event: Event) => {
    event.stopPropagation();
    run();
  });
  el.addEventListener('keydown', (event: Event) => {
    const { key } = event as KeyboardEvent;
    if (key !== 'Enter' && !(key === ' ' && role === 'button')) return;
    event.preventDefault();
    event.stopPropagation();
    run();
  });
}
