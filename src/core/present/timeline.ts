import type { Flag } from '../model/flag';
import type { Role } from '../model/role';
import type { IsoDay } from '../model/note';
import type { NoteKind } from '../model/note-types';
import { dayNumber } from '../parse/dates';
import { monthLabel, shortDay, type Chair } from './flag-labels';

/** The rooms a timeline shows, one lane each. */
export type Lane = 'session' | 'supervision' | 'reflection';
export const LANES: readonly Lane[] = ['session', 'supervision', 'reflection'];
const LANE_LABELS: Record<Lane, string> = { session: 'Sessions', supervision: 'Supervision', reflection: 'Reflections' };

export function laneLabel(lane: Lane): string {
  return LANE_LABELS[lane];
}

/**
 * Whom a mark shows the dynamic in: each has its own shape. `supervisor` is the other one in
 * supervision: the supervisor from the practitioner's chair, the supervisee from the supervisor's.
 */
export type MarkRole = 'client' | 'you' | 'supervisor' | 'other';
export const MARK_ROLES: readonly MarkRole[] = ['client', 'you', 'supervisor', 'other'];
const MARK_WORDS: Record<Chair, Record<MarkRole, string>> = {
  practitioner: { client: 'client', you: 'you', supervisor: 'supervisor', other: 'role unclear' },
  supervisor: { client: 'client', you: 'you', supervisor: 'supervisee', other: 'role unclear' },
};

export function markRoleLabel(role: MarkRole, chair: Chair = 'practitioner'): string {
  return MARK_WORDS[chair][role];
}

export function markRole(role: Role, chair: Chair = 'practitioner'): MarkRole {
  switch (role) {
    case 'client':
      return 'client';
    case 'practitioner':
    case 'supervisee':
      return chair === 'supervisor' ? 'supervisor' : 'you';
    case 'self':
      return 'you';
    case 'supervisor':
      return chair === 'supervisor' ? 'you' : 'supervisor';
    default:
      return 'other';
  }
}

export function laneOf(noteType: NoteKind): Lane | undefined {
  return noteType === 'session' || noteType === 'supervision' || noteType === 'reflection' ? noteType : undefined;
}

/** A dated note on the timeline. */
export interface TimelineNote {
  path: string;
  lane: Lane;
  date: IsoDay;
}

/** A place the flag's dynamic shows in a note, with whom and on which line. */
export interface TimelineEvidence extends TimelineNote {
  role: Role;
  line: number;
}

/** The days a rule looked in for the flag. */
export interface DayWindow {
  from: IsoDay;
  to: IsoDay;
  label: string;
}

export interface WindowSettings {
  windowDays: number;
  resonanceDays: number;
}

/** The window the flag's rule looked in (SPEC section 3), from its anchor note's date. */
export function flagWindow(flag: Flag, settings: WindowSettings): DayWindow | undefined {
  const dated = flag.evidence.filter((e) => e.date !== null);
  if (dated.length === 0) return undefined;
  const anchorOf = (type: NoteKind, path: string | null): IsoDay | undefined =>
    dated.find((e) => e.path === path)?.date ?? dated.filter((e) => e.noteType === type).map((e) => e.date!).sort().at(-1);
  const days = settings.windowDays;
  switch (flag.kind) {
    case 'mirror-upward':
    case 'contracting': {
      const s = anchorOf('supervision', flag.supervision);
      return s ? { from: addDays(s, -days), to: s, label: `${days} days before supervision` } : undefined;
    }
    case 'mirror-downward': {
      const s = anchorOf('supervision', flag.supervision);
      return s ? { from: s, to: addDays(s, days), label: `${days} days after supervision` } : undefined;
    }
    case 'mirror': {
      const s = anchorOf('supervision', flag.supervision);
      return s ? { from: addDays(s, -days), to: addDays(s, days), label: `${days} days either side of supervision` } : undefined;
    }
    case 'personal-resonance': {
      const r = anchorOf('reflection', null);
      const d = settings.resonanceDays;
      return r ? { from: addDays(r, -d), to: addDays(r, d), label: `${d} days either side of your reflection` } : undefined;
    }
    case 'practitioner-pattern': {
      const sorted = dated.map((e) => e.date!).sort();
      const span = dayNumber(sorted[sorted.length - 1]) - dayNumber(sorted[0]);
      return { from: sorted[0], to: sorted[sorted.length - 1], label: `${span} days across your clients` };
    }
  }
}

export function addDays(day: IsoDay, days: number): IsoDay {
  return dayOf(dayNumber(day) + days);
}

function dayOf(n: number): IsoDay {
  return new Date(n * 86_400_000).toISOString().slice(0, 10);
}

export interface TimelineInput {
  /** Every note that may be shown: the client's notes, the flag's notes, reflections. */
  notes: readonly TimelineNote[];
  evidence: readonly TimelineEvidence[];
  window?: DayWindow;
  /** The note open in the editor, drawn so it stands out. */
  current?: string;
  width: number;
  /** Whose chair the marks are named from (flag-labels.ts); the practitioner's unless said. */
  chair?: Chair;
}

/** A note on its lane: a small ring when the dynamic does not show in it. */
export interface PlacedTimelineNote extends TimelineNote {
  x: number;
  y: number;
  current: boolean;
}

/** Where the dynamic shows in one note for one role; opens the note at its first such line. */
export interface TimelineMark extends TimelineNote {
  role: MarkRole;
  line: number;
  x: number;
  y: number;
  current: boolean;
}

export interface TimelineLayout {
  width: number;
  height: number;
  fontSize: number;
  from: IsoDay;
  to: IsoDay;
  plotLeft: number;
  plotRight: number;
  lanes: { lane: Lane; label: string; top: number; height: number; labelY: number }[];
  axis: { y: number; ticks: { x: number; label: string; anchor: 'start' | 'middle' | 'end' }[] };
  window?: { x: number; width: number; top: number; bottom: number; label: string; labelX: number; labelY: number; anchor: 'start' | 'middle' | 'end' };
  /** Notes without a mark. */
  notes: PlacedTimelineNote[];
  marks: TimelineMark[];
  /** Notes left out because they fall outside the days shown. */
  outside: number;
}

export const TIMELINE_FONT_PX = 11;
const GUTTER = 82;
const RIGHT = 8;
/** Marks closer than this on one lane go on separate rows of it. */
const MARK_SPACING = 12;
const ROW_STEP = 14;
const MIN_SPAN_DAYS = 21;
const CHAR_PX = 6.8;

const ROLE_ORDER: Record<MarkRole, number> = { client: 0, you: 1, supervisor: 2, other: 3 };

/**
 * Dates to positions: the days around the evidence and the window on one axis, a lane per room,
 * one mark per note and role (stacked where marks would touch), month or week ticks that never crowd.
 */
export function timelineLayout(input: TimelineInput): TimelineLayout {
  const width = Math.max(input.width, GUTTER + 120);
  const plotLeft = GUTTER;
  const plotRight = width - RIGHT;

  // The days shown: the evidence and the window, padded, at least three weeks.
  const focus = input.evidence.length > 0 ? input.evidence.map((e) => dayNumber(e.date)) : input.notes.map((n) => dayNumber(n.date));
  if (input.window) focus.push(dayNumber(input.window.from), dayNumber(input.window.to));
  if (focus.length === 0) focus.push(0);
  let first = Math.min(...focus);
  let last = Math.max(...focus);
  const pad = Math.max(3, Math.round((last - first) * 0.08));
  first -= pad;
  last += pad;
  if (last - first < MIN_SPAN_DAYS) {
    const grow = MIN_SPAN_DAYS - (last - first);
    first -= Math.floor(grow / 2);
    last += Math.ceil(grow / 2);
  }
  const perDay = (plotRight - plotLeft) / (last - first);
  const xOf = (day: IsoDay): number => round1(plotLeft + (dayNumber(day) - first) * perDay);
  const inRange = (day: IsoDay): boolean => dayNumber(day) >= first && dayNumber(day) <= last;

  // One mark per note and role, at the note's first line for that role.
  const marks = new Map<string, TimelineMark>();
  for (const e of input.evidence) {
    const role = markRole(e.role, input.chair);
    const key = `${e.path}\u0000${role}`;
    const found = marks.get(key);
    if (found) found.line = Math.min(found.line, e.line);
    else marks.set(key, { path: e.path, lane: e.lane, date: e.date, role, line: e.line, x: xOf(e.date), y: 0, current: e.path === input.current });
  }
  const marked = new Set(input.evidence.map((e) => e.path));
  const seen = new Set<string>();
  let outside = 0;
  const plain: PlacedTimelineNote[] = [];
  for (const n of input.notes) {
    if (marked.has(n.path) || seen.has(n.path)) continue;
    seen.add(n.path);
    if (!inRange(n.date)) {
      outside++;
      continue;
    }
    plain.push({ ...n, x: xOf(n.date), y: 0, current: n.path === input.current });
  }

  // Lanes: those with something on them, sessions and supervision always.
  const lanes = LANES.filter((lane) => lane !== 'reflection' || plain.some((n) => n.lane === lane) || [...marks.values()].some((m) => m.lane === lane));
  const windowRow = input.window ? ROW_STEP + 4 : 4;
  let top = windowRow;
  const layout: TimelineLayout = {
    width,
    height: 0,
    fontSize: TIMELINE_FONT_PX,
    from: dayOf(first),
    to: dayOf(last),
    plotLeft,
    plotRight,
    lanes: [],
    axis: { y: 0, ticks: [] },
    notes: [],
    marks: [],
    outside,
  };
  for (const lane of lanes) {
    // Greedy rows: the first row whose last item is far enough to the left.
    const items: { x: number; order: number; place: (y: number) => void }[] = [
      ...[...marks.values()].filter((m) => m.lane === lane).map((m) => ({ x: m.x, order: ROLE_ORDER[m.role], place: (y: number) => layout.marks.push({ ...m, y }) })),
      ...plain.filter((n) => n.lane === lane).map((n) => ({ x: n.x, order: 4, place: (y: number) => layout.notes.push({ ...n, y }) })),
    ].sort((a, b) => a.x - b.x || a.order - b.order);
    const rowEnds: number[] = [];
    const rows = items.map((item) => {
      let row = rowEnds.findIndex((end) => item.x - end >= MARK_SPACING);
      if (row < 0) row = rowEnds.push(item.x) - 1;
      else rowEnds[row] = item.x;
      return row;
    });
    const count = Math.max(1, rowEnds.length);
    const height = Math.max(26, 12 + count * ROW_STEP);
    const firstY = top + (height - (count - 1) * ROW_STEP) / 2;
    items.forEach((item, i) => item.place(round1(firstY + rows[i] * ROW_STEP)));
    layout.lanes.push({ lane, label: laneLabel(lane), top, height, labelY: round1(top + height / 2) });
    top += height;
  }

  layout.axis.y = top + 2;
  layout.axis.ticks = ticks(first, last, perDay, plotLeft, plotRight);
  layout.height = top + 2 + 6 + TIMELINE_FONT_PX + 6;

  if (input.window) {
    const from = Math.max(dayNumber(input.window.from), first);
    const to = Math.min(dayNumber(input.window.to), last);
    const x = round1(plotLeft + (from - first) * perDay);
    const w = round1((to - from) * perDay);
    const labelWidth = input.window.label.length * CHAR_PX;
    const centre = x + w / 2;
    const anchor = centre - labelWidth / 2 < plotLeft ? 'start' : centre + labelWidth / 2 > plotRight ? 'end' : 'middle';
    const labelX = anchor === 'start' ? Math.max(plotLeft, x) : anchor === 'end' ? Math.min(plotRight, x + w) : centre;
    layout.window = { x, width: w, top: windowRow - 2, bottom: top, label: input.window.label, labelX: round1(labelX), labelY: TIMELINE_FONT_PX + 1, anchor };
  }
  return layout;
}

/** Week, fortnight, month or quarter ticks, whichever keeps labels at least 44 px apart. */
function ticks(first: number, last: number, perDay: number, left: number, right: number): TimelineLayout['axis']['ticks'] {
  const out: TimelineLayout['axis']['ticks'] = [];
  const xOf = (n: number): number => round1(left + (n - first) * perDay);
  const anchorOf = (x: number, label: string): 'start' | 'middle' | 'end' => {
    const half = (label.length * CHAR_PX) / 2;
    return x - half < left ? 'start' : x + half > right ? 'end' : 'middle';
  };
  const step = [7, 14].find((d) => d * perDay >= 56);
  if (step !== undefined) {
    // Mondays (day 0 of the epoch, 1970-01-01, was a Thursday).
    let n = first + ((4 - (first % 7) + 7) % 7);
    for (; n <= last; n += step) {
      const label = shortDay(dayOf(n));
      out.push({ x: xOf(n), label, anchor: anchorOf(xOf(n), label) });
    }
    return apart(out);
  }
  const months = [1, 2, 3, 6, 12].find((m) => m * 30 * perDay >= 44) ?? 12;
  const start = dayOf(first);
  const multiYear = start.slice(0, 4) !== dayOf(last).slice(0, 4);
  let year = Number(start.slice(0, 4));
  let month = Number(start.slice(5, 7)); // from the first day's month; a 1st before the first day is skipped
  for (;;) {
    if (month > 12) {
      month -= 12;
      year++;
    }
    const day = `${year}-${String(month).padStart(2, '0')}-01`;
    const n = dayNumber(day);
    if (n > last) break;
    if (n >= first && (month - 1) % months === 0) {
      const label = monthLabel(day, multiYear && month === 1);
      out.push({ x: xOf(n), label, anchor: anchorOf(xOf(n), label) });
    }
    month++;
  }
  return apart(out);
}

/** Drops a tick whose label would touch the one before it (labels at the ends are anchored inwards). */
function apart(ticks: TimelineLayout['axis']['ticks']): TimelineLayout['axis']['ticks'] {
  const extent = (t: TimelineLayout['axis']['ticks'][number]): [number, number] => {
    const w = t.label.length * CHAR_PX;
    return t.anchor === 'start' ? [t.x, t.x + w] : t.anchor === 'end' ? [t.x - w, t.x] : [t.x - w / 2, t.x + w / 2];
  };
  const kept: TimelineLayout['axis']['ticks'] = [];
  for (const t of ticks) {
    const last = kept[kept.length - 1];
    if (!last || extent(t)[0] >= extent(last)[1] + 8) kept.push(t);
  }
  return kept;
}

function round1(n: number): number {
  return Math.round(n * 10) / 10;
}
