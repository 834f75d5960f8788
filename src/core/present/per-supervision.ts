import type { ListedFlag } from './flag-list';

/** Flags a view shows per supervision unless asked for more: a few, strongest first. */
export const DEFAULT_FLAGS_PER_SUPERVISION = 3;

export interface LimitedFlags {
  /** The flags to show, in the order given. */
  items: ListedFlag[];
  /** Per supervision note with flags held back: how many. */
  more: ReadonlyMap<string, number>;
  /** Per supervision note with flags held back: the id of its last flag shown, where its "show more" goes. */
  lastShown: ReadonlyMap<string, string>;
  /** Per supervision note with flags held back: the id of the first, where focus goes once they are shown. */
  firstHidden: ReadonlyMap<string, string>;
}

/**
 * At most `limit` flags of each supervision (0: no limit), in the order given (strongest first), the
 * rest held back and counted; the supervisions in `opened` show all of theirs. Parallel process is
 * one lens among several: a few questions per supervision are enough to choose from. Flags that no
 * supervision anchors (a reflection's, a pattern across clients) are not held back.
 */
export function limitPerSupervision(items: readonly ListedFlag[], limit: number, opened: ReadonlySet<string>): LimitedFlags {
  if (limit <= 0) return { items: [...items], more: new Map(), lastShown: new Map(), firstHidden: new Map() };
  const shown = new Map<string, number>();
  const more = new Map<string, number>();
  const lastShown = new Map<string, string>();
  const firstHidden = new Map<string, string>();
  const kept: ListedFlag[] = [];
  for (const item of items) {
    const supervision = item.flag.supervision;
    if (supervision === null || opened.has(supervision)) {
      kept.push(item);
      continue;
    }
    const count = shown.get(supervision) ?? 0;
    if (count < limit) {
      shown.set(supervision, count + 1);
      lastShown.set(supervision, item.flag.id);
      kept.push(item);
    } else {
      more.set(supervision, (more.get(supervision) ?? 0) + 1);
      if (!firstHidden.has(supervision)) firstHidden.set(supervision, item.flag.id);
    }
  }
  for (const supervision of [...lastShown.keys()]) if (!more.has(supervision)) lastShown.delete(supervision);
  return { items: kept, more, lastShown, firstHidden };
}
