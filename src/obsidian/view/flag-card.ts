import type { Evidence, Flag } from '../../core/model/flag';
import type { DisplayNames } from '../../core/present/display-names';
import { daysSummary, distinctEvidence, flagDays, kindLabel, roleLabel } from '../../core/present/flag-labels';
import type { ListedFlag } from '../../core/present/flag-list';
import type { ReviewStatus } from '../../core/review/flag-review';
import { renderStrength } from './strength-meter';

export interface CardActions {
  toggle(flag: Flag): void;
  openEvidence(evidence: Evidence): void;
  review(flag: Flag, status: ReviewStatus, reason: string): void;
  restore(flag: Flag): void;
}

const SOURCE_LABELS: Record<Evidence['source'], string> = { property: 'property', tag: 'tag', text: 'text', contract: 'contract' };

/** One flag: title, question, strength and dates; expanded, its evidence, prompt and review actions. */
export function renderFlagCard(list: HTMLElement, item: ListedFlag, names: DisplayNames, expanded: boolean, bodyId: string, actions: CardActions): HTMLElement {
  const { flag, standing } = item;
  const card = list.createEl('li', { cls: 'pp-card', attr: { 'data-flag-id': flag.id } });
  card.toggleClass('is-in-context', item.inContext);
  card.toggleClass('is-reviewed', standing.status !== 'new');

  const title = [names.dynamic(flag.dynamic), flag.client !== null ? names.client(flag.client) : 'across clients'].join(' · ');
  const header = card.createEl('button', {
    cls: 'pp-card-header',
    attr: { type: 'button', 'aria-expanded': String(expanded), 'aria-controls': bodyId, 'data-pp-focus': `${flag.id}:toggle` },
  });
  header.createSpan({ cls: 'pp-chevron', text: expanded ? '▾' : '▸', attr: { 'aria-hidden': 'true' } });
  const heading = header.createSpan({ cls: 'pp-card-heading' });
  heading.createSpan({ cls: 'pp-card-kind', text: kindLabel(flag.kind) });
  heading.createSpan({ cls: 'pp-card-title', text: title });
  header.addEventListener('click', () => actions.toggle(flag));

  const meta = card.createDiv({ cls: 'pp-card-meta' });
  renderStrength(meta, flag.score);
  meta.createSpan({ cls: 'pp-card-dates', text: daysSummary(flagDays(flag)) });
  if (standing.status !== 'new') {
    meta.createSpan({ cls: `pp-badge is-${standing.status}`, text: standing.status === 'acknowledged' ? 'Acknowledged' : 'Dismissed' });
  } else if (standing.evidenceChanged) {
    meta.createSpan({ cls: 'pp-badge is-changed', text: 'New evidence since your review' });
  }
  card.createEl('p', { cls: 'pp-card-question', text: names.text(flag.question) });

  const body = card.createDiv({ cls: 'pp-card-body', attr: { id: bodyId } });
  if (!expanded) {
    body.hidden = true;
    return card;
  }
  renderEvidence(body, flag, names, actions);
  body.createEl('p', { cls: 'pp-card-prompt', text: `Reflect: ${names.text(flag.prompt)}` });
  renderReview(body, item, actions);
  return card;
}

function renderEvidence(body: HTMLElement, flag: Flag, names: DisplayNames, actions: CardActions): void {
  body.createDiv({ cls: 'pp-section-label', text: 'Evidence' });
  const list = body.createEl('ul', { cls: 'pp-evidence' });
  distinctEvidence(flag).forEach((e, i) => {
    const row = list.createEl('li', { cls: 'pp-evidence-item' });
    const note = names.note(e.path);
    const details = [e.date ?? 'undated', roleLabel(e.role), SOURCE_LABELS[e.source]];
    if (e.dynamic !== flag.dynamic) details.push(names.dynamic(e.dynamic));
    const link = row.createEl('button', {
      cls: 'pp-evidence-link',
      attr: { type: 'button', 'aria-label': `Open ${note} at line ${e.line}`, 'data-pp-focus': `${flag.id}:evidence:${i}` },
    });
    link.createSpan({ cls: 'pp-evidence-note', text: note });
    link.createSpan({ cls: 'pp-evidence-details', text: details.join(' · ') });
    link.addEventListener('click', () => actions.openEvidence(e));
    row.createEl('blockquote', { cls: 'pp-snippet', text: names.text(e.text) });
  });
}

function renderReview(body: HTMLElement, item: ListedFlag, actions: CardActions): void {
  const { flag, standing } = item;
  const row = body.createDiv({ cls: 'pp-actions' });
  if (standing.status !== 'new') {
    const { review } = standing;
    const when = review.at.slice(0, 10);
    const verb = standing.status === 'acknowledged' ? 'Acknowledged' : 'Dismissed';
    row.createSpan({ cls: 'pp-review-note', text: review.reason ? `${verb} on ${when}: ${review.reason}` : `${verb} on ${when}.` });
    const restore = row.createEl('button', { text: 'Restore', attr: { type: 'button', 'data-pp-focus': `${flag.id}:restore` } });
    restore.addEventListener('click', () => actions.restore(flag));
    return;
  }
  const reason = row.createEl('input', {
    cls: 'pp-reason',
    attr: { type: 'text', placeholder: 'Reason (optional)', 'aria-label': 'Reason for acknowledging or dismissing (optional)', 'data-pp-focus': `${flag.id}:reason` },
  });
  const acknowledge = row.createEl('button', { text: 'Acknowledge', attr: { type: 'button', 'data-pp-focus': `${flag.id}:acknowledge` } });
  const dismiss = row.createEl('button', { cls: 'pp-dismiss', text: 'Dismiss', attr: { type: 'button', 'data-pp-focus': `${flag.id}:dismiss` } });
  acknowledge.addEventListener('click', () => actions.review(flag, 'acknowledged', reason.value));
  dismiss.addEventListener('click', () => actions.review(flag, 'dismissed', reason.value));
}
