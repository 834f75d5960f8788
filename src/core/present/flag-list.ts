import type { Flag, FlagKind } from '../model/flag';
import type { IsoDay } from '../model/note';
import { dayNumber } from '../parse/dates';
import { standingOf, type FlagReview, type FlagStanding } from '../review/flag-review';

export const TIME_RANGES = { any: 0, '30': 30, '90': 90, '365': 365 } as const;
export type TimeRange = keyof typeof TIME_RANGES;

/** What the view's filter bar asks for. Empty strings mean "all". */
export interface FlagListFilter {
  kind: FlagKind | '';
  client: string;
  range: TimeRange;
  text: string;
  showAcknowledged: boolean;
  showDismissed: boolean;
}

export const DEFAULT_FILTER: FlagListFilter = { kind: '', client: '', range: 'any', text: '', showAcknowledged: false, showDismissed: false };

export interface ListedFlag {
  flag: Flag;
  standing: FlagStanding;
  /** About the note open in the editor: listed first. */
  inContext: boolean;
}

export interface FlagList {
  items: ListedFlag[];
  /** Reviewed flags that match the other filters but are hidden by the review toggles. */
  hiddenAcknowledged: number;
  hiddenDismissed: number;
}

export interface ListOptions {
  filter: FlagListFilter;
  reviews: Readonly<Record<string, FlagReview>>;
  today: IsoDay;
  /** The words a text search looks in, as the view shows them (so masked names are not searchable). */
  searchText: (flag: Flag) => string;
  inContext?: (flag: Flag) => boolean;
}

/** The flags to show: filtered, the ones about the open note first, then strongest first. */
export function listFlags(flags: readonly Flag[], options: ListOptions): FlagList {
  const { filter } = options;
  const days = TIME_RANGES[filter.range];
  const fromDay = days > 0 ? dayNumber(options.today) - days : undefined;
  const words = filter.text.toLowerCase().split(/\s+/).filter(Boolean);
  const list: FlagList = { items: [], hiddenAcknowledged: 0, hiddenDismissed: 0 };

  for (const flag of flags) {
    if (filter.kind && flag.kind !== filter.kind) continue;
    if (filter.client && flag.client !== filter.client) continue;
    if (fromDay !== undefined && !flag.evidence.some((e) => e.date !== null && dayNumber(e.date) >= fromDay)) continue;
    if (words.length > 0) {
      const haystack = options.searchText(flag).toLowerCase();
      if (!words.every((w) => haystack.includes(w))) continue;
    }
    const standing = standingOf(flag, options.reviews);
    if (standing.status === 'acknowledged' && !filter.showAcknowledged) {
      list.hiddenAcknowledged++;
      continue;
    }
    if (standing.status === 'dismissed' && !filter.showDismissed) {
      list.hiddenDismissed++;
      continue;
    }
    list.items.push({ flag, standing, inContext: options.inContext?.(flag) ?? false });
  }
  list.items.sort((a, b) => Number(b.inContext) - Number(a.inContext) || b.flag.score - a.flag.score || (a.flag.id < b.flag.id ? -1 : a.flag.id > b.flag.id ? 1 : 0));
  return list;
}
