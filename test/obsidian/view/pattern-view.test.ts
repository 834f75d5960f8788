import { describe, expect, it, vi } from 'vitest';
import { captureNotices, mockApp, openedFile, openView, startPlugin, waitFor } from '../helpers/harness';
import { button, card, cards, control, expand, type } from '../helpers/panel';
import { PRACTICE } from '../practice-files';

describe('the pattern view in the plugin', () => {
  it('shows the index’s flags and opens evidence in the editor', async () => {
    const app = await mockApp(PRACTICE);
    const plugin = await startPlugin(app);
    const view = await openView(app, plugin);
    const flag = plugin.api.getFlags()[0];
    expect(cards(view.contentEl).map((c) => c.dataset.flagId)).toEqual(plugin.api.getFlags().map((f) => f.id));
    expand(view.contentEl, flag.id);
    const openFile = vi.spyOn(app.workspace.getLeaf(false), 'openFile');
    card(view.contentEl, flag.id)!.querySelector<HTMLElement>('.pp-evidence-row')!.click();
    await waitFor(() => openedFile(app)?.path === flag.evidence[0].path, 'the evidence note to open');
    // Obsidian counts editor lines from 0; evidence lines count from 1. The first row is the note's first line.
    const first = Math.min(...flag.evidence.filter((e) => e.path === flag.evidence[0].path).map((e) => e.line));
    expect(openFile.mock.calls[0][1]).toEqual({ active: true, eState: { line: first - 1 } });
  });

  it('saves a dismissal by flag id, so it survives a restart and a rescan', async () => {
    const app = await mockApp(PRACTICE);
    const plugin = await startPlugin(app);
    const view = await openView(app, plugin);
    const flag = plugin.api.getFlags()[0];
    expand(view.contentEl, flag.id);
    button(card(view.contentEl, flag.id)!, 'Dismiss').click();
    await waitFor(() => ((plugin as unknown as { data__?: { reviews?: Record<string, unknown> } }).data__?.reviews ?? {})[flag.id] !== undefined, 'the review to be saved');
    const saved: unknown = await plugin.loadData();
    view.unload();
    plugin.unload();

    const restarted = await startPlugin(app, saved);
    expect(restarted.preferences.reviews[flag.id]).toMatchObject({ status: 'dismissed' });
    await restarted.live.build(true);
    const again = await openView(app, restarted);
    expect(card(again.contentEl, flag.id)).toBeUndefined();
    expect(again.contentEl.textContent).toContain('1 dismissed hidden');
  });

  it('counts in the status bar only the flags still to reflect on, and counts again when one is dismissed', async () => {
    const app = await mockApp({ ...PRACTICE, 'Reflections/2026-02-05.md': '---\ntype: reflection\ndate: 2026-02-05\nprivate: true\ndynamics: [rescuing]\n---\nI keep rescuing, as I did for my brother.\n' });
    const plugin = await startPlugin(app);
    // The harness gives no way to the status bar but the plugin's own element.
    const bar = (plugin as unknown as { statusBar: HTMLElement }).statusBar;
    const shown = plugin.api.getFlags();
    expect(plugin.live.engine!.selectFlags({ includePrivate: true }).flags.length).toBeGreaterThan(shown.length);
    expect(bar.textContent).toBe(`Parallel process: ${shown.length} to reflect on`);
    const view = await openView(app, plugin);
    expand(view.contentEl, shown[0].id);
    button(card(view.contentEl, shown[0].id)!, 'Dismiss').click();
    await waitFor(() => bar.textContent === `Parallel process: ${shown.length - 1} to reflect on`, 'the count without the dismissed flag');
  });

  it('keeps a dismissal, with its reason, when the supervision note moves to another folder', async () => {
    const app = await mockApp(PRACTICE);
    const plugin = await startPlugin(app);
    const view = await openView(app, plugin);
    const flag = plugin.api.getFlags()[0];
    expect(flag.supervision).toBe('Supervision/2026-02-24 Supervision.md');
    expand(view.contentEl, flag.id);
    type(card(view.contentEl, flag.id)!.querySelector<HTMLInputElement>('.pp-reason')!, 'Talked this through with Ann already.');
    button(card(view.contentEl, flag.id)!, 'Dismiss').click();
    await waitFor(() => plugin.preferences.reviews[flag.id] !== undefined, 'the review to be saved');

    await app.vault.createFolder('Supervision/2026');
    await app.vault.rename(app.vault.getFileByPath('Supervision/2026-02-24 Supervision.md')!, 'Supervision/2026/2026-02-24 Supervision.md');
    const moved = (): string | undefined => plugin.api.getFlags().find((f) => f.supervision === 'Supervision/2026/2026-02-24 Supervision.md')?.id;
    await waitFor(() => moved() !== undefined && plugin.preferences.reviews[moved()!] !== undefined, 'the review to follow the flag');
    expect(moved()).not.toBe(flag.id);
    expect(plugin.preferences.reviews[flag.id]).toBeUndefined();
    expect(plugin.preferences.reviews[moved()!]).toMatchObject({ status: 'dismissed', reason: 'Talked this through with Ann already.' });
    await waitFor(() => card(view.contentEl, moved()!) === undefined && view.contentEl.textContent.includes('1 dismissed hidden'), 'the card to stay hidden');
  });

  it('keeps the About section on the open note when it is renamed', async () => {
    const app = await mockApp(PRACTICE);
    const plugin = await startPlugin(app);
    const view = await openView(app, plugin);
    const path = 'Sessions/C-014/2026-02-03 C-014.md';
    const title = (): string | undefined => view.contentEl.querySelector('.pp-context .pp-section-title')?.textContent ?? undefined;
    app.workspace.trigger('file-open', app.vault.getFileByPath(path));
    await waitFor(() => title() === 'About 2026-02-03 C-014', 'the About section');
    await app.vault.rename(app.vault.getFileByPath(path)!, 'Sessions/C-014/2026-02-03 C-014 Sam.md');
    await waitFor(() => title() === 'About 2026-02-03 C-014 Sam', 'the About section of the renamed note');
  });

  it('follows the vault and the open note, keeping what the user expanded', async () => {
    const app = await mockApp(PRACTICE);
    const plugin = await startPlugin(app);
    const view = await openView(app, plugin);
    const flag = plugin.api.getFlags()[0];
    expand(view.contentEl, flag.id);

    await app.vault.create('Sessions/C-014/2026-02-17 C-014.md', '---\ntype: session\nclient: "[[C-014]]"\ndate: 2026-02-17\nclient_dynamics: [rescuing]\n---\nSam asked me to sort it out for her.\n');
    await waitFor(() => view.contentEl.textContent.includes('2026-02-17 C-014'), 'the view to show the new evidence');
    expect(card(view.contentEl, flag.id)?.querySelector('.pp-flag-self')?.getAttribute('aria-expanded')).toBe('true');

    app.workspace.trigger('file-open', app.vault.getFileByPath('Sessions/C-014/2026-02-03 C-014.md'));
    await waitFor(() => view.contentEl.querySelector('.pp-relationships') !== null, 'the open note\'s section');
    expect(view.contentEl.querySelector('.pp-context .pp-section-title')?.textContent).toBe('About 2026-02-03 C-014');
  });

  it('masks names from the view’s toggle and remembers it on this device, after a restart and whatever another device syncs', async () => {
    const app = await mockApp(PRACTICE);
    const plugin = await startPlugin(app);
    const view = await openView(app, plugin);
    expect(view.contentEl.textContent).toContain('C-014 (Sam)');
    control(view.contentEl, 'Mask client names').click();
    expect(plugin.preferences.maskClientNames).toBe(true);
    expect(view.contentEl.textContent).not.toContain('Sam');
    await waitFor(() => Object.keys(window.localStorage).some((k) => (window.localStorage.getItem(k) ?? '').includes('"maskClientNames":true')), 'the choice to be kept');
    // A choice for the screen of this device: data.json, which sync copies, does not hold it.
    expect(JSON.stringify(await plugin.loadData())).not.toContain('maskClientNames');

    // The phone, running an earlier version, syncs a data.json with the mask off: this screen stays masked.
    await plugin.saveData({ ...((await plugin.loadData()) as object), maskClientNames: false, keepCache: false });
    await plugin.onExternalSettingsChange();
    expect(plugin.preferences.maskClientNames).toBe(true);
    expect(plugin.preferences.keepCache).toBe(true);
    view.render();
    expect(view.contentEl.textContent).not.toContain('Sam');

    const saved: unknown = await plugin.loadData();
    view.unload();
    plugin.unload();
    const restarted = await startPlugin(app, saved);
    expect(restarted.preferences.maskClientNames).toBe(true);
  });

  it('says so when a choice made in the view cannot be saved', async () => {
    const app = await mockApp(PRACTICE);
    const plugin = await startPlugin(app);
    const view = await openView(app, plugin);
    const notices = captureNotices();
    vi.spyOn(plugin, 'saveData').mockRejectedValue(new Error('disk full'));
    const flag = plugin.api.getFlags()[0];
    expand(view.contentEl, flag.id);
    button(card(view.contentEl, flag.id)!, 'Dismiss').click();
    await waitFor(() => notices.length > 0, 'a notice');
    expect(notices).toEqual(['Your choice could not be saved: disk full']);
  });

  it('rescans the vault from its header button, as the rescan command does', async () => {
    const app = await mockApp(PRACTICE);
    const plugin = await startPlugin(app);
    await plugin.live.save();
    const view = await openView(app, plugin);
    const builds = vi.spyOn(plugin.live, 'build');
    control(view.contentEl, 'Rescan the vault').click();
    expect(builds).toHaveBeenCalledWith(true);
    await waitFor(() => plugin.live.status.status === 'ready' && plugin.live.parsedOnLastBuild === Object.keys(PRACTICE).length, 'the rescan');
  });

  it('stops listening when closed', async () => {
    const app = await mockApp(PRACTICE);
    const plugin = await startPlugin(app);
    const listeners = (): number => (plugin.live as unknown as { listeners: Set<unknown> }).listeners.size;
    const withoutView = listeners();
    const view = await openView(app, plugin);
    expect(listeners()).toBe(withoutView + 1);
    const before = view.contentEl.innerHTML;
    await view.onClose();
    view.unload();
    await app.vault.create('Sessions/C-014/2026-02-17 C-014.md', '---\ntype: session\nclient: "[[C-014]]"\ndate: 2026-02-17\nclient_dynamics: [rescuing]\n---\n');
    await new Promise((resolve) => setTimeout(resolve, 700));
    expect(view.contentEl.innerHTML).toBe(before);
    expect(listeners()).toBe(withoutView);
  });
});
