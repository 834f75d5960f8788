import { hoursText } from '../../core/practice/hours-markdown';
import type { MonthHours } from '../../core/practice/hours';
import { monthLabel } from '../../core/present/flag-labels';
import type { HoursSummary } from '../../core/present/hours-summary';
import { activate } from './dom';

export interface HoursActions {
  toggled(open: boolean): void;
  /** Runs the hours report command; without it the section offers no button. */
  report?: () => void;
  setIcon(el: HTMLElement, icon: string): void;
}

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

/**
 * The hours as a collapsed tree item, like the notes to check: this month's and this year's client
 * contact and supervision, how many sessions were counted at the default length, and each month's
 * supervision against the minimum. A month below it is marked with an icon and words, not colour
 * alone; the month in progress is not called below until it is over.
 */
export function renderHoursSection(parent: HTMLElement, summary: HoursSummary, open: boolean, actions: HoursActions): void {
  const section = parent.createDiv({ cls: 'tree-item pp-section pp-hours' });
  section.toggleClass('is-collapsed', !open);
  const self = section.createDiv({ cls: 'tree-item-self is-clickable mod-collapsible pp-section-self', attr: { 'aria-expanded': String(open), 'data-pp-focus': 'hours' } });
  activate(self, 'button', () => actions.toggled(!open));
  const icon = self.createDiv({ cls: 'tree-item-icon collapse-icon' });
  icon.toggleClass('is-collapsed', !open);
  actions.setIcon(icon, 'right-triangle');
  self.createDiv({ cls: 'tree-item-inner', text: 'Hours' });
  const below = summary.belowMinimum.length;
  // Said on the collapsed row too, so a month below the minimum is seen without opening the section.
  if (below > 0) belowMark(self.createDiv({ cls: 'tree-item-flair-outer' }), `${plural(below, 'month')} below`, actions);
  if (!open) return;

  const body = section.createDiv({ cls: 'tree-item-children pp-hours-body' });
  const month = monthLabel(`${summary.month}-01`, false);
  const table = body.createEl('table', { cls: 'pp-hours-table' });
  table.createEl('caption', { cls: 'pp-visually-hidden', text: `Hours this month and in ${summary.year}` });
  const head = table.createEl('thead').createEl('tr');
  head.createEl('td');
  head.createEl('th', { text: `${month} so far`, attr: { scope: 'col' } });
  head.createEl('th', { text: summary.year, attr: { scope: 'col' } });
  const rows = table.createEl('tbody');
  const row = (label: string, now: string, year: string): void => {
    const tr = rows.createEl('tr');
    tr.createEl('th', { text: label, attr: { scope: 'row' } });
    tr.createEl('td', { text: now });
    tr.createEl('td', { text: year });
  };
  const m = summary.thisMonth;
  const y = summary.thisYear;
  row('Client contact hours', hoursText(m.clientHours), hoursText(y.clientHours));
  row('Sessions', String(m.sessions), String(y.sessions));
  row(summary.gave ? 'Your own supervision hours' : 'Supervision hours', hoursText(m.supervisionHours), hoursText(y.supervisionHours));
  if (summary.gave) row('Supervision given hours', hoursText(m.supervisionGivenHours), hoursText(y.supervisionGivenHours));

  if (y.defaultedSessions > 0) {
    body.createEl('p', { cls: 'pp-muted pp-hours-note', text: `${plural(y.defaultedSessions, 'session')} this year counted at ${summary.defaultMinutes} minutes, the default length: no duration in the note, or one that could not be read.` });
  }
  if (summary.unreadNotes > 0) {
    body.createEl('p', { cls: 'pp-muted pp-hours-note', text: `${plural(summary.unreadNotes, 'session or supervision note', 'session or supervision notes')} not counted: ${summary.unreadNotes === 1 ? 'its' : 'their'} properties could not be read. The full report lists ${summary.unreadNotes === 1 ? 'it' : 'them'}.` });
  }
  if (summary.unreadable > 0) {
    body.createEl('p', { cls: 'pp-muted pp-hours-note', text: `${plural(summary.unreadable, 'duration')} could not be read; the full report lists ${summary.unreadable === 1 ? 'it' : 'them'}.` });
  }

  const minimum = hoursText(summary.minimumHours);
  body.createDiv({ cls: 'pp-subheading', text: `Supervision each month (minimum ${minimum} h)` });
  const list = body.createEl('ul', { cls: 'pp-hours-months' });
  for (const entry of summary.months) renderMonth(list, entry, summary, actions);
  if (below === 0 && summary.months.length > 1) body.createEl('p', { cls: 'pp-muted pp-hours-note', text: `Every month so far this year reached ${minimum} h.` });

  if (actions.report) {
    const button = body.createEl('button', { cls: 'pp-hours-report', text: 'Open the full hours report', attr: { type: 'button', 'data-pp-focus': 'hours-report' } });
    const report = actions.report;
    button.addEventListener('click', () => report());
  }
}

function renderMonth(list: HTMLElement, entry: MonthHours, summary: HoursSummary, actions: HoursActions): void {
  const current = entry.month === summary.month;
  const isBelow = !current && entry.belowMinimum;
  const item = list.createEl('li', { cls: 'pp-hours-month' });
  item.toggleClass('is-below', isBelow);
  const name = monthLabel(`${entry.month}-01`, false);
  item.createSpan({ cls: 'pp-hours-month-name', text: current ? `${name} so far` : name });
  item.createSpan({ cls: 'pp-hours-month-value', text: `${hoursText(entry.supervisionHours)} h` });
  if (isBelow) belowMark(item, 'below the minimum', actions);
}

/** A month below the minimum: an icon and the words, in the text colour, so it stands out without colour. */
function belowMark(parent: HTMLElement, text: string, actions: HoursActions): void {
  const mark = parent.createSpan({ cls: 'pp-below' });
  const icon = mark.createSpan({ cls: 'pp-below-icon', attr: { 'aria-hidden': 'true' } });
  actions.setIcon(icon, 'alert-triangle');
  mark.createSpan({ text });
}
