import { Notice } from 'obsidian';
import { chooseOne } from '../modals/choose-modal';
import { readyEngine, type PluginContext } from '../plugin-context';

/**
 * Forgets the reviews of flags no longer raised: of notes since deleted (a client's, at the end of
 * the time records are kept) or changed so that the flag went. A review's reason is the
 * practitioner's own words, often about the client, and data.json travels with the vault; nothing
 * else ever deletes a review, since a flag may go for a while (a narrower window) and come back. So
 * it asks first, saying how many. Each review forgotten is recorded as taken back, so that another
 * device's copy does not bring it back (merge-reviews.ts).
 */
export async function forgetStaleReviews(context: PluginContext, save: () => Promise<void>, now = new Date()): Promise<void> {
  const engine = readyEngine(context);
  if (!engine) return;
  const raised = new Set(engine.selectFlags({ includePrivate: true }).flags.map((f) => f.id));
  const { reviews, restored } = context.settings;
  const stale = Object.keys(reviews).filter((id) => !raised.has(id));
  if (stale.length === 0) {
    new Notice('Every review you made is of a flag still raised: there is nothing to forget.');
    return;
  }
  const count = `${stale.length} review${stale.length === 1 ? '' : 's'}`;
  const forget = await chooseOne(context.app, `${count} of flags no longer raised (their notes deleted or changed): forget them, reasons and all?`, [
    { label: `Forget ${count}`, value: true },
    { label: 'Keep them', value: false },
  ]);
  if (forget !== true) return;
  const at = now.toISOString();
  for (const id of stale) {
    delete reviews[id];
    restored[id] = at;
  }
  await save();
  new Notice(`Forgot ${count} of flags no longer raised.`);
}
