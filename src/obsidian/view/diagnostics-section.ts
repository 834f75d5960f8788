import type { Diagnostic } from '../../core/model/diagnostic';
import type { DisplayNames } from '../../core/present/display-names';

/** Most a sidebar should list; the report and the command line give the rest. */
const SHOWN = 100;

/** Broken or odd notes, collapsed by default; each opens its note at the line. */
export function renderDiagnostics(parent: HTMLElement, diagnostics: readonly Diagnostic[], names: DisplayNames, open: boolean, actions: { toggled(open: boolean): void; openNote(path: string, line: number): void }): void {
  if (diagnostics.length === 0) return;
  const details = parent.createEl('details', { cls: 'pp-diagnostics' });
  details.open = open;
  details.createEl('summary', { text: `Notes to check (${diagnostics.length})`, attr: { 'data-pp-focus': 'diagnostics' } });
  details.addEventListener('toggle', () => actions.toggled(details.open));
  const list = details.createEl('ul');
  for (const d of diagnostics.slice(0, SHOWN)) {
    const item = list.createEl('li', { cls: `pp-diagnostic is-${d.severity}` });
    const button = item.createEl('button', { cls: 'pp-diagnostic-link', attr: { type: 'button', 'aria-label': `Open ${names.note(d.path)} at line ${d.line}` } });
    button.createSpan({ cls: 'pp-diagnostic-where', text: `${names.text(d.path)}:${d.line}` });
    button.createSpan({ cls: 'pp-diagnostic-message', text: names.text(d.message) });
    button.addEventListener('click', () => actions.openNote(d.path, d.line));
  }
  if (diagnostics.length > SHOWN) details.createEl('p', { cls: 'pp-muted', text: `${diagnostics.length - SHOWN} more; the exported report and the command line list them all.` });
}
