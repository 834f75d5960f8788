import type { BuildState } from '../live-engine';
import { flagCount } from '../../core/present/flag-count';
import type { PanelData } from './panel-host';

/**
 * The header while the engine is not ready: what it is waiting for, or how far reading has got.
 * Returns false once it is ready, when the header holds the view's buttons instead.
 */
export function renderProgress(header: HTMLElement, state: BuildState): boolean {
  if (state.status === 'ready') return false;
  const status = header.createDiv({ cls: 'pp-progress-status', attr: { role: 'status' } });
  if (state.status === 'waiting') {
    status.setText('Waiting for Obsidian to finish loading.');
    return true;
  }
  if (state.status === 'failed') {
    status.setText(`Your notes could not be read: ${state.message}. The command "Rescan the vault" tries again.`);
    return true;
  }
  status.setText(`Reading your notes: ${state.done} of ${state.total}.`);
  status.createEl('progress', { cls: 'pp-progress', attr: { max: Math.max(state.total, 1), value: state.done, 'aria-label': 'Reading notes' } });
  return true;
}

/** The count the command line gives, and how many more rest on private reflections; undefined when there is nothing to count. */
export function statusText(data: PanelData): string | undefined {
  const { flags, privateFlags, hiddenPrivate, names } = data;
  if (flags.length === 0 && hiddenPrivate === 0) return undefined;
  const privately = names.masked ? 0 : privateFlags.size;
  let text = flagCount(flags.filter((f) => !privateFlags.has(f.id)));
  if (privately > 0) text += `, and ${privately} resting on your private reflections`;
  text += '. Each is a question, not a finding.';
  if (names.masked && hiddenPrivate > 0) text += ` ${hiddenPrivate} resting on private reflections ${hiddenPrivate === 1 ? 'is' : 'are'} hidden while names are masked.`;
  return text;
}
