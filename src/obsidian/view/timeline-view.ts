import type { Flag } from '../../core/model/flag';
import type { DisplayNames } from '../../core/present/display-names';
import { daysSummary, flagDays, formatDay, type Chair } from '../../core/present/flag-labels';
import {
  flagWindow,
  laneOf,
  MARK_ROLES,
  markRoleLabel,
  timelineLayout,
  type MarkRole,
  type TimelineEvidence,
  type TimelineLayout,
  type TimelineNote,
} from '../../core/present/timeline';
import { activate } from './dom';
import type { TimelineSource } from './panel-host';

export interface TimelineOptions {
  names: DisplayNames;
  source: TimelineSource;
  /** The note open in the editor. */
  current: string | undefined;
  width: number;
  open(path: string, line?: number): void;
  /** Whose chair the marks are named from: the supervisor's for a flag of their notes about a supervisee. */
  chair: Chair;
}

const LANE_WORDS = { session: 'session', supervision: 'supervision', reflection: 'reflection' } as const;

/** The flag's timeline: what it rests on, gathered from the flag and the host's notes, then laid out. */
export function flagTimeline(flag: Flag, options: Pick<TimelineOptions, 'source' | 'current' | 'width'> & Partial<Pick<TimelineOptions, 'chair'>>): TimelineLayout {
  const evidence: TimelineEvidence[] = [];
  const notes: TimelineNote[] = [];
  for (const e of flag.evidence) {
    const lane = laneOf(e.noteType);
    if (!lane || e.date === null) continue;
    notes.push({ path: e.path, lane, date: e.date });
    // Marks show the flag's own dynamic; a marker alone (a felt sense) leaves its note unmarked.
    if (e.dynamic === flag.dynamic) evidence.push({ path: e.path, lane, date: e.date, role: e.role, line: e.line });
  }
  if (flag.client !== null) notes.push(...options.source.notesOf(flag.client));
  notes.push(...options.source.reflections());
  const window = flagWindow(flag, options.source.windows);
  return timelineLayout({ notes, evidence, width: options.width, chair: options.chair, ...(window ? { window } : {}), ...(options.current ? { current: options.current } : {}) });
}

/**
 * "When it showed up in each room": an SVG built element by element, every mark a link to its note
 * at the line, with the same content as a list for screen readers.
 */
export function renderTimeline(parent: HTMLElement, flag: Flag, options: TimelineOptions): void {
  const layout = flagTimeline(flag, options);
  const { names } = options;
  const dynamic = names.dynamic(flag.dynamic);
  const figure = parent.createEl('figure', { cls: 'pp-timeline' });
  const caption = figure.createEl('figcaption', { cls: 'pp-subheading' });
  caption.appendText('When it showed up ');
  caption.createSpan({ cls: 'pp-muted', text: daysSummary(flagDays(flag)) });

  const svg = figure.createSvg('svg', {
    cls: 'pp-timeline-svg',
    attr: {
      width: layout.width,
      height: layout.height,
      viewBox: `0 0 ${layout.width} ${layout.height}`,
      'font-size': layout.fontSize,
      role: 'group',
      'aria-label': `Timeline of ${dynamic}: each mark opens its note at the line`,
    },
  });
  const back = svg.createSvg('g', { attr: { 'aria-hidden': 'true' } });
  if (layout.window) {
    const w = layout.window;
    back.createSvg('rect', { cls: 'pp-tl-window', attr: { x: w.x, y: w.top, width: Math.max(w.width, 1), height: w.bottom - w.top } });
    for (const x of [w.x, w.x + w.width]) back.createSvg('line', { cls: 'pp-tl-window-edge', attr: { x1: x, x2: x, y1: w.top, y2: w.bottom } });
    back.createSvg('text', { cls: 'pp-tl-label', attr: { x: w.labelX, y: w.labelY, 'text-anchor': w.anchor } }).setText(w.label);
  }
  for (const lane of layout.lanes) {
    back.createSvg('line', { cls: 'pp-tl-lane-rule', attr: { x1: layout.plotLeft, x2: layout.plotRight, y1: lane.labelY, y2: lane.labelY } });
    back.createSvg('text', { cls: 'pp-tl-label', attr: { x: 0, y: lane.labelY, 'dominant-baseline': 'central' } }).setText(lane.label);
  }
  back.createSvg('line', { cls: 'pp-tl-axis', attr: { x1: layout.plotLeft, x2: layout.plotRight, y1: layout.axis.y, y2: layout.axis.y } });
  for (const tick of layout.axis.ticks) {
    back.createSvg('line', { cls: 'pp-tl-axis', attr: { x1: tick.x, x2: tick.x, y1: layout.axis.y, y2: layout.axis.y + 4 } });
    back.createSvg('text', { cls: 'pp-tl-label', attr: { x: tick.x, y: layout.axis.y + 6 + layout.fontSize, 'text-anchor': tick.anchor } }).setText(tick.label);
  }

  const items = svg.createSvg('g');
  for (const note of layout.notes) {
    const name = names.note(note.path);
    const g = items.createSvg('g', { cls: 'pp-tl-item pp-tl-note', attr: { 'aria-label': `Open ${name}, ${LANE_WORDS[note.lane]} on ${formatDay(note.date)}${note.current ? ' (open now)' : ''}`, 'data-pp-focus': `${flag.id}:timeline:${note.path}` } });
    g.toggleClass('is-current', note.current);
    g.createSvg('circle', { cls: 'pp-focus-ring', attr: { cx: note.x, cy: note.y, r: 8 } });
    g.createSvg('circle', { cls: 'pp-tl-dot', attr: { cx: note.x, cy: note.y, r: 3.5 } });
    activate(g, 'link', () => options.open(note.path));
  }
  for (const mark of layout.marks) {
    const name = names.note(mark.path);
    const g = items.createSvg('g', {
      cls: `pp-tl-item pp-tl-mark is-${mark.role}`,
      attr: { 'aria-label': `Open ${name} at line ${mark.line}: ${dynamic}, ${markRoleLabel(mark.role, options.chair)}${mark.current ? ' (open now)' : ''}`, 'data-pp-focus': `${flag.id}:mark:${mark.path}:${mark.role}` },
    });
    g.toggleClass('is-current', mark.current);
    g.createSvg('circle', { cls: 'pp-focus-ring', attr: { cx: mark.x, cy: mark.y, r: 9 } });
    drawShape(g, mark.role, mark.x, mark.y);
    activate(g, 'link', () => options.open(mark.path, mark.line));
  }

  renderLegend(figure, layout, options.chair);
  renderList(figure, layout, flag, names, options.chair);
}

/** Client a disc, you a square, the supervisor a diamond, an unclear role a ring: told apart without colour. */
export function drawShape(parent: SVGElement, role: MarkRole, x: number, y: number): SVGElement {
  switch (role) {
    case 'client':
      return parent.createSvg('circle', { cls: 'pp-shape is-client', attr: { cx: x, cy: y, r: 5 } });
    case 'you':
      return parent.createSvg('rect', { cls: 'pp-shape is-you', attr: { x: x - 4.5, y: y - 4.5, width: 9, height: 9 } });
    case 'supervisor':
      return parent.createSvg('polygon', { cls: 'pp-shape is-supervisor', attr: { points: `${x},${y - 6} ${x + 6},${y} ${x},${y + 6} ${x - 6},${y}` } });
    default:
      return parent.createSvg('circle', { cls: 'pp-shape is-other', attr: { cx: x, cy: y, r: 4 } });
  }
}

function renderLegend(figure: HTMLElement, layout: TimelineLayout, chair: Chair): void {
  const legend = figure.createDiv({ cls: 'pp-legend', attr: { 'aria-hidden': 'true' } });
  const roles = MARK_ROLES.filter((r) => layout.marks.some((m) => m.role === r));
  for (const role of roles) {
    const item = legend.createSpan({ cls: 'pp-legend-item' });
    drawShape(item.createSvg('svg', { attr: { width: 14, height: 14, viewBox: '0 0 14 14' } }), role, 7, 7);
    item.appendText(markRoleLabel(role, chair));
  }
  if (layout.notes.length > 0) {
    const item = legend.createSpan({ cls: 'pp-legend-item' });
    item.createSvg('svg', { attr: { width: 14, height: 14, viewBox: '0 0 14 14' } }).createSvg('circle', { cls: 'pp-tl-dot', attr: { cx: 7, cy: 7, r: 3.5 } });
    item.appendText('note without it');
  }
}

/** The same timeline as a list, in date order, for screen readers. */
function renderList(figure: HTMLElement, layout: TimelineLayout, flag: Flag, names: DisplayNames, chair: Chair): void {
  const list = figure.createEl('ol', { cls: 'pp-visually-hidden', attr: { 'aria-label': `Timeline of ${names.dynamic(flag.dynamic)} as a list` } });
  if (layout.window) list.createEl('li', { text: `Window: ${layout.window.label}.` });
  const byNote = new Map<string, { date: string; lane: string; roles: string[] }>();
  for (const m of [...layout.marks].sort((a, b) => a.date.localeCompare(b.date) || a.path.localeCompare(b.path))) {
    const entry = byNote.get(m.path) ?? { date: m.date, lane: LANE_WORDS[m.lane], roles: [] };
    entry.roles.push(`${markRoleLabel(m.role, chair)} (line ${m.line})`);
    byNote.set(m.path, entry);
  }
  const rows = [
    ...[...byNote].map(([path, e]) => ({ date: e.date, text: `${formatDay(e.date)}, ${e.lane} ${names.note(path)}: shows in ${e.roles.join(', ')}.` })),
    ...layout.notes.map((n) => ({ date: n.date, text: `${formatDay(n.date)}, ${LANE_WORDS[n.lane]} ${names.note(n.path)}: not in this note.` })),
  ].sort((a, b) => a.date.localeCompare(b.date));
  for (const row of rows) list.createEl('li', { text: row.text });
}
