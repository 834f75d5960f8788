import type { App } from 'obsidian';
import type { Engine } from '../core/engine';
import { restsOnPrivate } from '../core/report/select-flags';
import { reviewFor, type FlagReview } from '../core/review/flag-review';
import { ownEntry } from '../core/util/own-entry';
import { deviceStorageName } from './engine-cache';
import { readReviews } from './settings';

type Reviews = Record<string, FlagReview>;

/**
 * Reviews of flags that rest on a private reflection, kept on this device only, never in data.json.
 * data.json travels with the vault (sync, backups, git), and sync can leave a reflections folder
 * behind while it still copies the plugin's settings: a review there would say that some reflection
 * touched some dynamic (its id is a hash of the reflection's path, and a path named by its date can
 * be guessed back), and its reason is the practitioner's own words about it. Kept in local storage
 * under the vault's own key, like the vault's role (notes-role.ts); those reviews do not reach the
 * practitioner's other devices, which is the point.
 *
 * A review once kept here stays here, whether or not its flag is in the index at the time (the
 * reflection may be unreadable for a moment, or made not private): it never moves back to the vault.
 */
export class PrivateReviews {
  private readonly key: string;
  private kept: Set<string>;

  constructor(app: App) {
    this.key = `${deviceStorageName(app)}/private-reviews`;
    this.kept = new Set(Object.keys(this.read()));
  }

  /** The reviews kept on this device, read again each time (another window of this vault may have written them). */
  read(): Reviews {
    try {
      return readReviews(JSON.parse(window.localStorage.getItem(this.key) ?? '{}'));
    } catch {
      return {};
    }
  }

  /**
   * The reviews data.json holds, with those kept on this device beside them: all the practitioner's
   * reviews. Where both hold one flag's (a device with an earlier version synced its own), the later
   * decision stands.
   */
  withKept(shared: Readonly<Reviews>): Reviews {
    const all: Reviews = { ...shared };
    for (const [id, review] of Object.entries(this.read())) {
      const synced = reviewFor(all, id);
      if (!synced || synced.at <= review.at) all[id] = review;
    }
    return all;
  }

  /** Whether any of these reviews is of a flag resting on a private reflection: data.json should be written without it. */
  holdsPrivate(reviews: Readonly<Reviews>, engine: Engine | undefined): boolean {
    const ids = privateIds(engine, reviews);
    return Object.keys(reviews).some((id) => ids.has(id) || this.kept.has(id));
  }

  /**
   * Of reviews taken back, those data.json may hold: not one of a flag resting on a private
   * reflection, nor one whose review was kept here. Its review never left this device, so no other
   * device can bring it back, and its id would say as much as the review's.
   */
  shareableRestores(restored: Readonly<Record<string, string>>, engine: Engine | undefined): Record<string, string> {
    const ids = privateIds(engine, restored);
    const shared: Record<string, string> = {};
    for (const [id, at] of Object.entries(restored)) if (!ids.has(id) && !this.kept.has(id)) shared[id] = at;
    return shared;
  }

  /**
   * Keeps on this device the reviews of flags resting on a private reflection (and those kept here
   * already), and returns the others: what data.json may hold.
   */
  split(reviews: Readonly<Reviews>, engine: Engine | undefined): Reviews {
    const ids = privateIds(engine, reviews);
    const shared: Reviews = {};
    const local: Reviews = {};
    for (const [id, review] of Object.entries(reviews)) {
      if (ids.has(id) || this.kept.has(id)) local[id] = review;
      else shared[id] = review;
    }
    this.kept = new Set(Object.keys(local));
    if (this.kept.size === 0) window.localStorage.removeItem(this.key);
    else window.localStorage.setItem(this.key, JSON.stringify(local));
    return shared;
  }
}

/** Of the flags with a record here (a review, or when one was taken back), the ids of those that rest on a private reflection as the index reads them now (only those flags' evidence is read: this runs after every change). */
function privateIds(engine: Engine | undefined, records: Readonly<Record<string, unknown>>): Set<string> {
  const ids = new Set<string>();
  if (!engine || Object.keys(records).length === 0) return ids;
  for (const flag of engine.flags()) if (ownEntry(records, flag.id) !== undefined && restsOnPrivate(flag, engine.graph)) ids.add(flag.id);
  return ids;
}
