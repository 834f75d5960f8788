import type { Diagnostic } from '../../core/model/diagnostic';
import { plainDiagnostic } from '../../core/present/diagnostic-text';
import type { DisplayNames } from '../../core/present/display-names';
import { activate, appendText } from './dom';

/** Most a sidebar should list; the report and the command line give the rest. */
const SHOWN = 100;

const SEVERITY_WORDS: Record<Diagnostic['severity'], string> = { error: 'needs fixing', warning: 'worth checking', info: 'for information' };

export interface DiagnosticsActions {
  toggled(open: boolean): void;
  openNote(path: string, line: number): void;
  setIcon(el: HTMLElement, icon: string): void;
}

/** Broken or odd notes as a collapsed tree item; each entry opens its note at the line, in plain words, the reader's own message on request. */
export function renderDiagnostics(parent: HTMLElement, diagnostics: readonly Diagnostic[], names: DisplayNames, open: boolean, actions: DiagnosticsActions): void {
  if (diagnostics.length === 0) return;
  const section = parent.createDiv({ cls: 'tree-item pp-section pp-diagnostics' });
  section.toggleClass('is-collapsed', !open);
  const self = section.createDiv({ cls: 'tree-item-self is-clickable mod-collapsible pp-section-self', attr: { 'aria-expanded': String(open), 'data-pp-focus': 'diagnostics' } });
  activate(self, 'button', () => actions.toggled(!open));
  const icon = self.createDiv({ cls: 'tree-item-icon collapse-icon' });
  icon.toggleClass('is-collapsed', !open);
  actions.setIcon(icon, 'right-triangle');
  self.createDiv({ cls: 'tree-item-inner', text: 'Notes to check' });
  self.createDiv({ cls: 'tree-item-flair-outer' }).createSpan({ cls: 'tree-item-flair', text: String(diagnostics.length) });
  if (!open) return;
  const list = section.createDiv({ cls: 'tree-item-children', attr: { role: 'list' } });
  for (const d of diagnostics.slice(0, SHOWN)) {
    const { text, detail } = plainDiagnostic(d);
    const name = names.note(d.path);
    const item = list.createDiv({ cls: `pp-diagnostic is-${d.severity}`, attr: { role: 'listitem' } });
    const row = item.createDiv({ cls: 'tree-item-self is-clickable pp-diagnostic-link', attr: { 'aria-label': `Open ${name} at line ${d.line}`, 'data-pp-focus': `diagnostic:${d.path}:${d.line}:${d.code}` } });
    activate(row, 'link', () => actions.openNote(d.path, d.line));
    const inner = row.createDiv({ cls: 'tree-item-inner' });
    const where = inner.createDiv({ cls: 'pp-diagnostic-where' });
    appendText(where.createSpan({ cls: 'pp-note-name' }), name);
    where.createSpan({ cls: 'pp-note-details', text: `line ${d.line}` });
    where.createSpan({ cls: 'pp-tag', text: SEVERITY_WORDS[d.severity] });
    appendText(inner.createDiv({ cls: 'pp-diagnostic-message' }), names.text(text));
    if (detail) {
      const more = item.createEl('details', { cls: 'pp-diagnostic-detail' });
      more.createEl('summary', { text: 'Technical message' });
      more.createEl('code', { text: names.text(detail) });
    }
  }
  if (diagnostics.length > SHOWN) list.createEl('p', { cls: 'pp-muted', text: `${diagnostics.length - SHOWN} more; the exported report and the command line list them all.` });
}
