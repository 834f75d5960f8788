import type { VaultRole } from '../../core/practice/vault-role';
import type { PauseReason } from '../../core/present/pause';

export interface PauseActions {
  /** Hides the suggestion until Obsidian is closed. */
  dismiss(): void;
  /** Starts preparing supervision; without it the notice offers no button. */
  prepare?: () => void;
}

/** The words, plain and kind: no counts, so the polite announcement is made once, when it appears. */
function words(reason: PauseReason, role: VaultRole): string[] {
  const choose =
    role === 'supervisor'
      ? 'You might pause here and choose one to explore, with the supervisee or in your own supervision.'
      : 'You might pause here and choose one to take to your next supervision.';
  if (reason.why === 'quick-acknowledging') {
    return ['You have acknowledged several flags within the last hour.', 'Each one deserves some quiet thought, and there is no need to get through them all today.', choose];
  }
  return ['Quite a few questions are open at once.', 'No one needs to answer them all: parallel process helps most when it is kept for what matters.', choose];
}

/**
 * The suggestion to pause, in a polite live region. It is drawn again only when its reason changes,
 * so redrawing the view does not announce it again.
 */
export class PauseNotice {
  private shown = '';

  constructor(private readonly region: HTMLElement) {}

  render(reason: PauseReason | undefined, role: VaultRole, actions: PauseActions): void {
    const key = reason ? `${reason.why}:${role}:${actions.prepare ? 1 : 0}` : '';
    if (key === this.shown) return;
    this.shown = key;
    this.region.empty();
    if (!reason) return;
    const box = this.region.createDiv({ cls: 'pp-pause' });
    box.createDiv({ cls: 'pp-pause-title', text: 'Time to pause?' });
    for (const line of words(reason, role)) box.createEl('p', { text: line });
    const buttons = box.createDiv({ cls: 'pp-action-buttons' });
    if (actions.prepare) {
      const prepare = actions.prepare;
      const button = buttons.createEl('button', { text: 'Prepare for supervision', attr: { type: 'button', 'data-pp-focus': 'pause-prepare' } });
      button.addEventListener('click', () => prepare());
    }
    const dismiss = buttons.createEl('button', { text: 'Not now', attr: { type: 'button', 'aria-label': 'Not now: hide this suggestion until Obsidian is closed', 'data-pp-focus': 'pause-dismiss' } });
    dismiss.addEventListener('click', () => actions.dismiss());
  }
}
