import type { Flag } from '../../core/model/flag';
import { localDay } from '../../core/parse/dates';
import { SOURCE_WORDS } from '../../core/present/source-words';
import type { DisplayNames } from '../../core/present/display-names';
import { groupEvidence, rowWords, type EvidenceNote } from '../../core/present/evidence-groups';
import { daysSummary, flagDays, formatDay, kindLabel, roleLabel, sentenceCase, type Chair } from '../../core/present/flag-labels';
import { chairOf, type SuperviseeGrouping } from '../../core/present/supervisee-groups';
import type { ListedFlag } from '../../core/present/flag-list';
import type { ReviewStatus } from '../../core/review/flag-review';
import { activate, appendHighlighted, appendText } from './dom';
import { renderStrength } from './strength-meter';

export interface FlagActions {
  toggle(flag: Flag): void;
  openNote(path: string, line?: number): void;
  review(flag: Flag, status: ReviewStatus, reason: string): void;
  restore(flag: Flag): void;
  setIcon(el: HTMLElement, icon: string): void;
  /** Draws the flag's timeline into its expanded body. */
  timeline(parent: HTMLElement, flag: Flag, chair: Chair): void;
}

export interface FlagItemOptions {
  names: DisplayNames;
  cues: ReadonlyMap<string, readonly string[]>;
  /** Rests on a private reflection: the command line and exports leave it out. */
  restsOnPrivate: boolean;
  expanded: boolean;
  bodyId: string;
  /** Reasons typed but not yet given, by flag id: the panel is drawn anew on every change, and a half-typed reason must survive it. */
  drafts: Map<string, string>;
  /** A supervisor's flags by supervisee: a flag under one is read from the supervisor's chair ("you" is the supervisor). */
  grouping: SuperviseeGrouping | undefined;
}


/** "Rescuing · C-014 (Sam)": the dynamic, and the client when the flag is about one. */
export function flagTitle(flag: Flag, names: DisplayNames): string {
  const dynamic = sentenceCase(names.dynamic(flag.dynamic));
  return flag.client === null ? dynamic : `${dynamic} · ${names.client(flag.client)}`;
}

/** One flag as a tree item, like a search result: the title row, and when expanded its question, timeline, evidence and actions. */
export function renderFlagItem(list: HTMLElement, item: ListedFlag, options: FlagItemOptions, actions: FlagActions): HTMLElement {
  const { flag, standing } = item;
  const { names, expanded, bodyId } = options;
  const el = list.createDiv({ cls: 'tree-item pp-flag', attr: { 'data-flag-id': flag.id, role: 'listitem' } });
  el.toggleClass('is-collapsed', !expanded);
  el.toggleClass('is-in-context', item.inContext);
  el.toggleClass('is-reviewed', standing.status !== 'new');

  const self = el.createDiv({ cls: 'tree-item-self is-clickable mod-collapsible pp-flag-self', attr: { 'aria-expanded': String(expanded), 'aria-controls': bodyId, 'data-pp-focus': `${flag.id}:toggle` } });
  activate(self, 'button', () => actions.toggle(flag));
  const icon = self.createDiv({ cls: 'tree-item-icon collapse-icon' });
  icon.toggleClass('is-collapsed', !expanded);
  actions.setIcon(icon, 'right-triangle');
  const inner = self.createDiv({ cls: 'tree-item-inner pp-flag-inner' });
  appendText(inner.createDiv({ cls: 'pp-flag-title' }), flagTitle(flag, names));
  const meta = inner.createDiv({ cls: 'pp-flag-meta' });
  meta.createSpan({ cls: 'pp-tag pp-kind', text: kindLabel(flag.kind) });
  renderStrength(meta, flag.score);
  appendText(meta.createSpan({ cls: 'pp-dates' }), daysSummary(flagDays(flag)));
  if (options.restsOnPrivate) meta.createSpan({ cls: 'pp-tag', text: 'private reflection' });
  if (standing.status !== 'new') meta.createSpan({ cls: 'pp-tag pp-status-tag', text: standing.status === 'acknowledged' ? 'acknowledged' : 'dismissed' });
  else if (standing.evidenceChanged) meta.createSpan({ cls: 'pp-tag pp-status-tag is-changed', text: 'new evidence since your review' });

  const body = el.createDiv({ cls: 'tree-item-children pp-flag-body', attr: { id: bodyId } });
  if (!expanded) {
    body.hidden = true;
    return el;
  }
  appendText(body.createEl('p', { cls: 'pp-question' }), names.text(flag.question));
  if (options.restsOnPrivate) body.createEl('p', { cls: 'pp-muted pp-note', text: 'This rests on a private reflection: the command line and exports leave it out unless asked.' });
  actions.timeline(body, flag, chairOf(options.grouping, flag.id));
  renderEvidence(body, flag, options, actions);
  appendText(body.createEl('p', { cls: 'pp-prompt' }), `Reflect: ${names.text(flag.prompt)}`);
  renderReview(body, item, actions, options.drafts, names);
  return el;
}

function renderEvidence(body: HTMLElement, flag: Flag, options: FlagItemOptions, actions: FlagActions): void {
  const notes = groupEvidence(flag);
  const section = body.createDiv({ cls: 'pp-evidence' });
  section.createDiv({ cls: 'pp-subheading', text: `Evidence in ${notes.length} ${notes.length === 1 ? 'note' : 'notes'}` });
  let index = 0;
  for (const note of notes) index = renderEvidenceNote(section, flag, note, index, options, actions);
}

function renderEvidenceNote(section: HTMLElement, flag: Flag, note: EvidenceNote, index: number, options: FlagItemOptions, actions: FlagActions): number {
  const { names, cues } = options;
  const chair = chairOf(options.grouping, flag.id);
  const name = names.note(note.path);
  const count = note.rows.length;
  const result = section.createDiv({ cls: 'tree-item search-result pp-evidence-note' });
  const lines = `${count} ${count === 1 ? 'line' : 'lines'}`;
  const title = result.createDiv({ cls: 'tree-item-self search-result-file-title is-clickable', attr: { 'aria-label': `Open ${name} (${lines})`, 'data-pp-focus': `${flag.id}:note:${note.path}` } });
  activate(title, 'link', () => actions.openNote(note.path, note.rows[0]?.line));
  const inner = title.createDiv({ cls: 'tree-item-inner' });
  appendText(inner.createSpan({ cls: 'pp-note-name' }), name);
  const when = note.date !== null && !name.includes(note.date) ? formatDay(note.date) : note.date === null ? 'undated' : '';
  const type = note.noteType === 'other' || name.toLowerCase().includes(note.noteType) ? '' : note.noteType;
  const details = [type, when].filter(Boolean).join(', ');
  if (details) appendText(inner.createSpan({ cls: 'pp-note-details' }), details);
  title.createDiv({ cls: 'tree-item-flair-outer' }).createSpan({ cls: 'tree-item-flair', text: String(count) });

  const matches = result.createDiv({ cls: 'search-result-file-matches' });
  for (const row of note.rows) {
    const match = matches.createDiv({ cls: 'search-result-file-match pp-evidence-row', attr: { 'aria-label': `Open ${name} at line ${row.line}`, 'data-pp-focus': `${flag.id}:evidence:${index++}` } });
    activate(match, 'link', () => actions.openNote(note.path, row.line));
    const words = rowWords(row, chair);
    const text = match.createDiv({ cls: 'pp-snippet' });
    if (words.kind === 'sentence') {
      appendText(text, names.text(words.text));
    } else {
      if (words.lead) text.createSpan({ cls: 'pp-lead', text: `${words.lead} ` });
      const phrases = [flag.dynamic, ...row.markers].flatMap((d) => cues.get(d) ?? []);
      appendHighlighted(text, names.text(words.text), phrases);
    }
    const tags = match.createDiv({ cls: 'pp-tags' });
    // A property said in words already says whose it is and where it came from.
    if (words.kind === 'snippet') {
      for (const role of row.roles) tags.createSpan({ cls: 'pp-tag', text: roleLabel(role, chair) });
      tags.createSpan({ cls: 'pp-tag', text: SOURCE_WORDS[row.source] });
    }
    for (const marker of row.markers) tags.createSpan({ cls: 'pp-tag', text: names.dynamic(marker) });
    tags.createSpan({ cls: 'pp-tag pp-line', text: `line ${row.line}` });
  }
  return index;
}

function renderReview(body: HTMLElement, item: ListedFlag, actions: FlagActions, drafts: Map<string, string>, names: DisplayNames): void {
  const { flag, standing } = item;
  const row = body.createDiv({ cls: 'pp-actions' });
  if (standing.status !== 'new') {
    const { review } = standing;
    // The day on this device's calendar: `at` is a moment in UTC, a day earlier or later than the local one for hours of the day.
    const when = formatDay(localDay(new Date(review.at)));
    const verb = standing.status === 'acknowledged' ? 'Acknowledged' : 'Dismissed';
    row.createEl('p', { cls: 'pp-review-note', text: review.reason ? `${verb} on ${when}: ${names.text(review.reason)}` : `${verb} on ${when}.` });
    const buttons = row.createDiv({ cls: 'pp-action-buttons' });
    const restore = buttons.createEl('button', { text: 'Restore', attr: { type: 'button', 'data-pp-focus': `${flag.id}:restore` } });
    restore.addEventListener('click', () => actions.restore(flag));
    return;
  }
  // Said where it is seen, not only to screen readers: a reason is kept in data.json, which sync copies.
  const reason = row.createEl('input', {
    cls: 'pp-reason',
    attr: { type: 'text', placeholder: 'Reason (optional, synced: no names)', 'aria-label': 'Reason for acknowledging or dismissing (optional; kept with the plugin’s settings, which sync copies)', 'data-pp-focus': `${flag.id}:reason` },
  });
  reason.value = drafts.get(flag.id) ?? '';
  reason.addEventListener('input', () => void drafts.set(flag.id, reason.value));
  const buttons = row.createDiv({ cls: 'pp-action-buttons' });
  const acknowledge = buttons.createEl('button', { text: 'Acknowledge', attr: { type: 'button', 'data-pp-focus': `${flag.id}:acknowledge` } });
  const dismiss = buttons.createEl('button', { text: 'Dismiss', attr: { type: 'button', 'data-pp-focus': `${flag.id}:dismiss` } });
  acknowledge.addEventListener('click', () => actions.review(flag, 'acknowledged', reason.value));
  dismiss.addEventListener('click', () => actions.review(flag, 'dismissed', reason.value));
}
