/**
 * Keyboard focus across redraws: every focusable control carries a `data-pp-focus` key, so the
 * control the user was on can be found again once the panel is drawn anew.
 */

/** The flag to move focus to when this one leaves the list: the next, else the previous. */
export function neighbourKey(root: HTMLElement, flagId: string): string | undefined {
  const items = [...root.querySelectorAll<HTMLElement>('[data-flag-id]')];
  const at = items.findIndex((c) => c.dataset.flagId === flagId);
  const neighbour = items[at + 1] ?? items[at - 1];
  return neighbour ? `${neighbour.dataset.flagId}:toggle` : undefined;
}

/**
 * The key of the control that has focus inside the panel, if any. The panel's document is asked, and
 * nothing is checked with `instanceof` a global: in a popout window the element is another window's,
 * never an instance of this window's Element, and focus was lost at every redraw there.
 */
export function focusedKey(root: HTMLElement): string | undefined {
  const active = root.ownerDocument.activeElement;
  if (!active || !root.contains(active)) return undefined;
  return active.getAttribute('data-pp-focus') ?? undefined;
}

export function restoreFocus(root: HTMLElement, key: string): void {
  for (const el of root.querySelectorAll<HTMLElement | SVGElement>('[data-pp-focus]')) {
    if (el.getAttribute('data-pp-focus') === key) {
      el.focus();
      return;
    }
  }
}
