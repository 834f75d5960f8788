import { beforeEach, describe, expect, it } from 'vitest';
import { mockApp, openView, startPlugin, waitFor } from './helpers/harness';
import { button, card, expand, type } from './helpers/panel';
import { PRACTICE } from './practice-files';

const REFLECTION = 'Reflections/2026-02-05.md';
const VAULT = { ...PRACTICE, [REFLECTION]: '---\ntype: reflection\ndate: 2026-02-05\nprivate: true\ndynamics: [rescuing]\n---\nI keep rescuing, as I did for my brother.\n' };
const REASON = 'This is about my brother and me, not about Sam.';

/** What data.json holds now, as the plugin last saved it. */
function savedData(plugin: object): string {
  return JSON.stringify((plugin as { data__?: unknown }).data__ ?? null);
}

/** Everything this device's local storage holds. */
function localStorageText(): string {
  return JSON.stringify(Object.fromEntries(Object.keys(window.localStorage).map((k) => [k, window.localStorage.getItem(k)])));
}

describe('reviews of flags resting on a private reflection', () => {
  beforeEach(() => window.localStorage.clear());

  it('are kept on this device, never in data.json, and stand after a restart; other reviews stay in data.json', async () => {
    const app = await mockApp(VAULT);
    const plugin = await startPlugin(app);
    const all = plugin.live.engine!.selectFlags({ includePrivate: true }).flags;
    const onReflection = all.find((f) => f.evidence.some((e) => e.path === REFLECTION))!;
    const other = all.find((f) => !f.evidence.some((e) => e.path === REFLECTION))!;
    expect(onReflection).toBeDefined();
    expect(other).toBeDefined();

    const view = await openView(app, plugin);
    for (const [flag, reason] of [[onReflection, REASON], [other, 'Taken to supervision.']] as const) {
      expand(view.contentEl, flag.id);
      type(card(view.contentEl, flag.id)!.querySelector<HTMLInputElement>('.pp-reason')!, reason);
      button(card(view.contentEl, flag.id)!, 'Dismiss').click();
      await waitFor(() => plugin.preferences.reviews[flag.id] !== undefined, 'the review to be made');
    }
    await waitFor(() => savedData(plugin).includes(other.id), 'the settings to be saved');

    expect(savedData(plugin)).toContain('Taken to supervision.');
    expect(savedData(plugin)).not.toContain(onReflection.id);
    expect(savedData(plugin)).not.toContain('my brother');
    expect(localStorageText()).toContain(onReflection.id);
    expect(localStorageText()).toContain('my brother');
    expect(localStorageText()).not.toContain(other.id);

    const saved: unknown = await plugin.loadData();
    view.unload();
    plugin.unload();
    const restarted = await startPlugin(app, saved);
    expect(restarted.preferences.reviews[onReflection.id]).toMatchObject({ status: 'dismissed', reason: REASON });
    expect(restarted.preferences.reviews[other.id]).toMatchObject({ status: 'dismissed' });
  });

  it('saved in data.json by an earlier version leave it once the index is read, and stay reviewed', async () => {
    const app = await mockApp(VAULT);
    const first = await startPlugin(app);
    const onReflection = first.live.engine!.selectFlags({ includePrivate: true }).flags.find((f) => f.evidence.some((e) => e.path === REFLECTION))!;
    first.unload();

    const earlier = { reviews: { [onReflection.id]: { status: 'acknowledged', at: '2026-02-06T09:00:00.000Z', reason: REASON } } };
    const plugin = await startPlugin(app, earlier);
    await waitFor(() => !savedData(plugin).includes(onReflection.id) && savedData(plugin) !== 'null', 'data.json to be written without it');
    expect(savedData(plugin)).not.toContain('my brother');
    expect(localStorageText()).toContain('my brother');
    expect(plugin.preferences.reviews[onReflection.id]).toMatchObject({ status: 'acknowledged', reason: REASON });
  });

  it('stay when another device syncs its settings, and an undone review leaves this device too', async () => {
    const app = await mockApp(VAULT);
    const plugin = await startPlugin(app);
    const onReflection = plugin.live.engine!.selectFlags({ includePrivate: true }).flags.find((f) => f.evidence.some((e) => e.path === REFLECTION))!;
    plugin.preferences.reviews[onReflection.id] = { status: 'dismissed', at: '2026-02-06T09:00:00.000Z', reason: REASON };
    await plugin.saveSettings(false);
    expect(localStorageText()).toContain('my brother');

    await plugin.saveData({ ...((await plugin.loadData()) as object), windowDays: 30 });
    await plugin.onExternalSettingsChange();
    expect(plugin.preferences.windowDays).toBe(30);
    expect(plugin.preferences.reviews[onReflection.id]).toMatchObject({ reason: REASON });

    // A phone with an earlier version syncs its own review of the flag into data.json: it comes here.
    const phone = { status: 'acknowledged', at: '2026-02-07T09:00:00.000Z', reason: 'Written on the phone about my brother.' };
    await plugin.saveData({ ...((await plugin.loadData()) as object), reviews: { [onReflection.id]: phone } });
    await plugin.onExternalSettingsChange();
    expect(savedData(plugin)).not.toContain(onReflection.id);
    expect(localStorageText()).toContain(onReflection.id);
    // The later decision stands: the phone's.
    expect(plugin.preferences.reviews[onReflection.id]).toMatchObject({ status: 'acknowledged', reason: phone.reason });

    delete plugin.preferences.reviews[onReflection.id];
    await plugin.saveSettings(false);
    expect(localStorageText()).not.toContain('my brother');
  });
});
