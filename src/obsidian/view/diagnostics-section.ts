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

/** Broken or odd notes, each in plain words and opening its note at the line, the reader's own message on request. */
export function renderDiagnosticItems(parent: HTMLElement, diagnostics: readonly Diagnostic[], names: DisplayNames, actions: Pick<DiagnosticsActions, 'openNote'>): void {
  const list = parent.createDiv({ cls: 'pp-diagnostic-list', attr: { role: 'list', 'aria-label': 'Problems reading notes' } });
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
  if (diagnostics.length > SHOWN) parent.createEl('p', { cls: 'pp-muted', text: `${diagnostics.length - SHOWN} more; the exported report and the command line list them all.` });
}
