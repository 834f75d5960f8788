import type { DisplayNames } from '../../core/present/display-names';
import { KIND_WORDS } from '../../core/privacy/kind-words';
import type { IdentifierKind } from '../../core/privacy/kinds';
import type { VaultFinding } from '../../core/privacy/vault-check';
import type { PrivacyState } from '../privacy/live-privacy';
import { renderDiagnosticItems, type DiagnosticsActions } from './diagnostics-section';
import { activate, appendText } from './dom';
import type { PanelData } from './panel-host';

/** A finding as the view shows it: where and what kind, never the detail itself (the sidebar may be on a shared screen). */
export interface NoteFinding {
  path: string;
  line: number;
  kind: IdentifierKind;
  private: boolean;
}

/** The privacy check as the plugin has it: its progress and its findings. */
export interface PrivacySource {
  state: PrivacyState;
  findings: readonly VaultFinding[];
}

/** What the panel shows of the privacy check. */
export interface PrivacyPanel {
  state: PrivacyState;
  findings: readonly NoteFinding[];
  /** Findings in private reflections, left out while names are masked. */
  hiddenPrivate: number;
}

export const NO_PRIVACY: PrivacyPanel = { state: { status: 'not-run' }, findings: [], hiddenPrivate: 0 };

/** The findings the panel may show: private reflections' too, as the practitioner's own, but not while masked for screen-sharing. */
export function privacyPanel(source: PrivacySource | undefined, masked: boolean): PrivacyPanel {
  if (!source) return NO_PRIVACY;
  const all = source.findings.map(({ path, line, kind, private: isPrivate }) => ({ path, line, kind, private: isPrivate }));
  const findings = masked ? all.filter((f) => !f.private) : all;
  return { state: source.state, findings, hiddenPrivate: all.length - findings.length };
}

/** Most notes with findings a sidebar should list; the command line lists them all. */
const SHOWN_NOTES = 100;

/**
 * Notes to check, as one collapsed tree item: the possible identifying details the privacy check
 * found (grouped by note, each line opening the note there), then notes that could not be read as
 * written. It suggests; nothing here edits a note.
 */
export function renderNotesToCheck(parent: HTMLElement, data: Pick<PanelData, 'diagnostics' | 'names' | 'privacy'>, open: boolean, actions: DiagnosticsActions): void {
  const { diagnostics, privacy } = data;
  const checking = privacy.state.status === 'checking' ? privacy.state : undefined;
  if (diagnostics.length === 0 && privacy.findings.length === 0 && privacy.hiddenPrivate === 0 && !checking) return;
  const section = parent.createDiv({ cls: 'tree-item pp-section pp-diagnostics' });
  section.toggleClass('is-collapsed', !open);
  const self = section.createDiv({ cls: 'tree-item-self is-clickable mod-collapsible pp-section-self', attr: { 'aria-expanded': String(open), 'data-pp-focus': 'diagnostics' } });
  activate(self, 'button', () => actions.toggled(!open));
  const icon = self.createDiv({ cls: 'tree-item-icon collapse-icon' });
  icon.toggleClass('is-collapsed', !open);
  actions.setIcon(icon, 'right-triangle');
  self.createDiv({ cls: 'tree-item-inner', text: 'Notes to check' });
  self.createDiv({ cls: 'tree-item-flair-outer' }).createSpan({ cls: 'tree-item-flair', text: String(diagnostics.length + privacy.findings.length) });
  if (checking) section.createEl('p', { cls: 'pp-muted pp-checking', text: `Checking for identifying details: ${checking.done} of ${checking.total} notes read.` });
  if (!open) return;
  const children = section.createDiv({ cls: 'tree-item-children' });
  if (privacy.findings.length > 0 || privacy.hiddenPrivate > 0) renderFindings(children, privacy, data.names, actions);
  if (diagnostics.length > 0) {
    if (privacy.findings.length > 0) children.createDiv({ cls: 'pp-subheading', text: 'Notes not read as written' });
    renderDiagnosticItems(children, diagnostics, data.names, actions);
  }
}

interface FindingRow {
  line: number;
  kind: IdentifierKind;
  count: number;
}

function renderFindings(parent: HTMLElement, privacy: PrivacyPanel, names: DisplayNames, actions: Pick<DiagnosticsActions, 'openNote'>): void {
  const count = privacy.findings.length;
  parent.createDiv({ cls: 'pp-subheading', text: `Possible identifying details (${count})` });
  parent.createEl('p', { cls: 'pp-muted pp-finding-help', text: 'Suggestions only: nothing was changed. Open each line, and keep only what the notes need.' });
  const notes = byNote(privacy.findings);
  const list = parent.createDiv({ cls: 'pp-finding-list', attr: { role: 'list', 'aria-label': 'Possible identifying details' } });
  for (const [path, rows] of [...notes].slice(0, SHOWN_NOTES)) {
    const name = names.note(path);
    const total = rows.reduce((n, r) => n + r.count, 0);
    const item = list.createDiv({ cls: 'tree-item search-result pp-finding-note', attr: { role: 'listitem' } });
    const title = item.createDiv({
      cls: 'tree-item-self search-result-file-title is-clickable',
      attr: { 'aria-label': `Open ${name} (${total} possible identifying ${total === 1 ? 'detail' : 'details'})`, 'data-pp-focus': `finding-note:${path}` },
    });
    activate(title, 'link', () => actions.openNote(path, rows[0].line));
    appendText(title.createDiv({ cls: 'tree-item-inner' }).createSpan({ cls: 'pp-note-name' }), name);
    title.createDiv({ cls: 'tree-item-flair-outer' }).createSpan({ cls: 'tree-item-flair', text: String(total) });
    const matches = item.createDiv({ cls: 'search-result-file-matches' });
    for (const row of rows) {
      const words = row.count === 1 ? KIND_WORDS[row.kind] : `${KIND_WORDS[row.kind]} (${row.count})`;
      const match = matches.createDiv({
        cls: 'search-result-file-match pp-finding-row',
        attr: { 'aria-label': `Open ${name} at line ${row.line}: ${words}`, 'data-pp-focus': `finding:${path}:${row.line}:${row.kind}` },
      });
      activate(match, 'link', () => actions.openNote(path, row.line));
      match.createSpan({ cls: 'pp-finding-kind', text: words });
      match.createSpan({ cls: 'pp-tag pp-line', text: `line ${row.line}` });
    }
  }
  if (notes.size > SHOWN_NOTES) parent.createEl('p', { cls: 'pp-muted', text: `${notes.size - SHOWN_NOTES} more notes; the command line's privacy-check lists them all.` });
  if (privacy.hiddenPrivate > 0) {
    const n = privacy.hiddenPrivate;
    parent.createEl('p', { cls: 'pp-muted', text: `${n} in private reflections ${n === 1 ? 'is' : 'are'} hidden while names are masked.` });
  }
}

/** Findings by note, in the order given; the same kind twice on one line is one row. */
function byNote(findings: readonly NoteFinding[]): Map<string, FindingRow[]> {
  const notes = new Map<string, FindingRow[]>();
  for (const f of findings) {
    const rows = notes.get(f.path) ?? [];
    const same = rows.find((r) => r.line === f.line && r.kind === f.kind);
    if (same) same.count++;
    else rows.push({ line: f.line, kind: f.kind, count: 1 });
    notes.set(f.path, rows);
  }
  return notes;
}
