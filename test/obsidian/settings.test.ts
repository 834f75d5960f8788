import { AbstractInputSuggest } from 'obsidian';
import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS, readSettings, settingProblem } from '../../src/obsidian/settings';
import { ParallelProcessSettingTab } from '../../src/obsidian/settings-tab';
import { readFixtureVault } from '../helpers/engine';
import { noteText } from '../helpers/notes';
import { mockApp, openView, startPlugin, waitFor } from './helpers/harness';
import { button, card, expand, showFilters, type } from './helpers/panel';
import { PRACTICE } from './practice-files';

/** What data.json holds now, as the plugin last saved it (the mock's own record of it). */
function dataOf(plugin: object): unknown {
  return (plugin as { data__?: unknown }).data__ ?? null;
}

/** The one-practitioner vault with a second practitioner's person note, its settings tab, and whose its pattern flags are. */
async function twoPractitioners() {
  const files = { ...readFixtureVault('test/fixtures/vaults/one-practitioner'), 'People/Kit Lane.md': noteText('type: person\nrole: practitioner', '# Kit Lane') };
  const app = await mockApp(files);
  const plugin = await startPlugin(app);
  const tab = new ParallelProcessSettingTab(app.asOriginalType__(), plugin);
  const pattern = (): (string | null | undefined)[] => plugin.api.getFlags().filter((f) => f.kind === 'practitioner-pattern').map((f) => f.practitioner);
  return { plugin, tab, pattern };
}

describe('settings', () => {
  it('refuse a negative window, a fractional one, and a pattern of one client, with a message', () => {
    expect(settingProblem('windowDays', -3)).toBe('Enter a whole number of 0 or more.');
    expect(settingProblem('windowDays', 2.5)).toBe('Enter a whole number of 0 or more.');
    expect(settingProblem('patternClients', 1)).toBe('A pattern needs at least 2 clients.');
    expect(settingProblem('sessionPattern', '  ')).toContain('file name pattern');
    expect(settingProblem('windowDays', 28)).toBeUndefined();
  });

  it('refuse a file name pattern whose own text holds what a file name cannot, and keep one saved before', () => {
    const refused = 'A file name cannot hold \\ : * ? " < > | (Windows, iPhone and Android refuse them) nor # ^ [ ] (they break links). Use / between folders.';
    for (const pattern of ['Reflections/{{date:ddd D MMM}}: {{time}} reflection?', 'Sessions\\{{client}}\\{{date}}', 'Sessions/#{{client}} {{date}}']) expect(settingProblem('reflectionPattern', pattern)).toBe(refused);
    // What a placeholder gives is cleaned when the note is made: its format may hold a colon.
    expect(settingProblem('reflectionPattern', 'Reflections/{{date}} {{time:HH:mm}} reflection')).toBeUndefined();
    expect(readSettings({ reflectionPattern: 'Reflections/{{date}}: reflection' }).reflectionPattern).toBe('Reflections/{{date}}: reflection');
  });

  it('fall back to defaults for saved values that are missing or invalid', () => {
    const read = readSettings({ windowDays: -1, resonanceDays: 10, defaultFormat: 'essay', maskClientNames: true, reviews: { a: { status: 'dismissed', at: '2026-03-01', reason: 'style' }, b: { status: 'maybe' } } });
    expect(read.windowDays).toBe(DEFAULT_SETTINGS.windowDays);
    expect(read.resonanceDays).toBe(10);
    expect(read.defaultFormat).toBe('soap');
    expect(read.maskClientNames).toBe(true);
    expect(read.reviews).toEqual({ a: { status: 'dismissed', at: '2026-03-01', reason: 'style' } });
  });

  it('are saved with saveData only when valid, and a new window rebuilds the flags', async () => {
    const app = await mockApp(PRACTICE);
    const plugin = await startPlugin(app);
    const tab = new ParallelProcessSettingTab(app.asOriginalType__(), plugin);
    expect(await tab.store('windowDays', -5)).toBe('Enter a whole number of 0 or more.');
    expect(((await plugin.loadData()) as { windowDays?: number } | undefined)?.windowDays).toBeUndefined();
    expect(plugin.api.getFlags()).toHaveLength(1);
    expect(await tab.store('windowDays', 10)).toBeUndefined();
    expect(((await plugin.loadData()) as { windowDays: number }).windowDays).toBe(10);
    // The session is 21 days before the supervision: outside a 10-day window.
    expect(plugin.api.getFlags()).toEqual([]);
  });

  it("take up settings another device synced, reviews kept, without writing this device's copy back", async () => {
    const app = await mockApp(PRACTICE);
    const plugin = await startPlugin(app);
    const [flag] = plugin.api.getFlags();
    // What sync brings from the phone: a review made there, and a narrower window.
    const synced = { ...((await plugin.loadData()) as object), windowDays: 10, reviews: { [flag.id]: { status: 'dismissed', at: '2026-03-10T10:00:00.000Z', reason: 'Taken to supervision' } } };
    await plugin.saveData(synced);
    await plugin.onExternalSettingsChange();
    expect(plugin.preferences.reviews[flag.id]).toMatchObject({ status: 'dismissed', reason: 'Taken to supervision' });
    expect(plugin.preferences.windowDays).toBe(10);
    // The window reads the notes again: the session is 21 days before the supervision.
    expect(plugin.api.getFlags()).toEqual([]);
    expect(await plugin.loadData()).toEqual(synced);
    // The next save on this device keeps what came from the other.
    await plugin.saveSettings(false);
    expect(((await plugin.loadData()) as { reviews: Record<string, unknown> }).reviews[flag.id]).toMatchObject({ reason: 'Taken to supervision' });
  });

  it("merge the reviews of a copy another device synced with this device's, and write back what the copy lacks", async () => {
    const app = await mockApp(PRACTICE);
    const plugin = await startPlugin(app);
    const [flag] = plugin.api.getFlags();
    const view = await openView(app, plugin);
    expand(view.contentEl, flag.id);
    type(card(view.contentEl, flag.id)!.querySelector<HTMLInputElement>('.pp-reason')!, 'Taken to supervision on Thursday.');
    button(card(view.contentEl, flag.id)!, 'Dismiss').click();
    await waitFor(() => JSON.stringify(dataOf(plugin)).includes('Thursday'), 'the review to be saved');

    // The phone's copy replaces data.json: it never saw this review, and holds one of its own.
    const phoneReview = { status: 'acknowledged', at: '2026-03-12T08:00:00.000Z', reason: 'Made on the phone.' };
    const phone = { ...(dataOf(plugin) as object), reviews: { 'feed0000feed0000': phoneReview } };
    await plugin.saveData(phone);
    await plugin.onExternalSettingsChange();
    expect(plugin.preferences.reviews[flag.id]).toMatchObject({ status: 'dismissed', reason: 'Taken to supervision on Thursday.' });
    expect(plugin.preferences.reviews['feed0000feed0000']).toMatchObject(phoneReview);
    const written = (await plugin.loadData()) as { reviews: Record<string, unknown> };
    expect(Object.keys(written.reviews).sort()).toEqual([flag.id, 'feed0000feed0000'].sort());

    // The review is taken back on the phone later: it is taken back here too, and stays so.
    const taken = { ...(written as object), reviews: { 'feed0000feed0000': phoneReview }, restored: { [flag.id]: new Date(Date.now() + 60_000).toISOString() } };
    await plugin.saveData(taken);
    await plugin.onExternalSettingsChange();
    expect(plugin.preferences.reviews[flag.id]).toBeUndefined();
    expect(await plugin.loadData()).toEqual(taken);
    view.unload();
  });

  it('take a review taken back here over an older copy of it synced from another device', async () => {
    const app = await mockApp(PRACTICE);
    const [flag] = (await startPlugin(app)).api.getFlags();
    const older = { reviews: { [flag.id]: { status: 'acknowledged', at: '2026-03-01T08:00:00.000Z' } } };
    const plugin = await startPlugin(app, older);
    const view = await openView(app, plugin);
    showFilters(view.contentEl);
    const reviewed = view.contentEl.querySelector<HTMLInputElement>('.pp-toggle input')!;
    reviewed.checked = true;
    reviewed.dispatchEvent(new Event('change'));
    expand(view.contentEl, flag.id);
    button(card(view.contentEl, flag.id)!, 'Restore').click();
    await waitFor(() => plugin.preferences.reviews[flag.id] === undefined && JSON.stringify(dataOf(plugin)).includes('restored'), 'the review to be taken back and saved');

    await plugin.saveData({ ...(dataOf(plugin) as object), ...older, restored: {} });
    await plugin.onExternalSettingsChange();
    expect(plugin.preferences.reviews[flag.id]).toBeUndefined();
    expect(((await plugin.loadData()) as { reviews: object }).reviews).toEqual({});
    view.unload();
  });

  it('keep the settings and reviews when the synced file holds no settings at all', async () => {
    const app = await mockApp(PRACTICE);
    const [flag] = (await startPlugin(app)).api.getFlags();
    const plugin = await startPlugin(app, { windowDays: 30, reviews: { [flag.id]: { status: 'dismissed', at: '2026-03-01T08:00:00.000Z', reason: 'Mine.' } } });
    await plugin.saveData(null);
    await plugin.onExternalSettingsChange();
    expect(plugin.preferences.windowDays).toBe(30);
    expect(plugin.preferences.reviews[flag.id]).toMatchObject({ reason: 'Mine.' });
    // Nothing was written over the file; the next save on this device writes this device's settings.
    expect(await plugin.loadData()).toBeNull();
    await plugin.saveSettings(false);
    expect(await plugin.loadData()).toMatchObject({ windowDays: 30, reviews: { [flag.id]: { reason: 'Mine.' } } });
  });

  it('turn the learnt sentence reader off and on, reading the notes again each time', async () => {
    const app = await mockApp(readFixtureVault('test/fixtures/vaults/learnt-reader'));
    const plugin = await startPlugin(app);
    const tab = new ParallelProcessSettingTab(app.asOriginalType__(), plugin);
    const flags = (): string[] => plugin.api.getFlags().map((f) => `${f.kind} ${f.dynamic}`);
    expect(flags()).toEqual(['mirror-upward power-struggle']);
    expect(await tab.store('learntReader', false)).toBeUndefined();
    expect(flags()).toEqual([]);
    expect(((await plugin.loadData()) as { learntReader: boolean }).learntReader).toBe(false);
    expect(readSettings(await plugin.loadData()).learntReader).toBe(false);
    expect(await tab.store('learntReader', true)).toBeUndefined();
    expect(flags()).toEqual(['mirror-upward power-struggle']);
  });

  it('make sessions that name no practitioner yours when your person note is set, and not in a supervisor\'s vault', async () => {
    // Two practitioners' person notes: sessions that name none belong to no one until the setting says.
    const { tab, pattern } = await twoPractitioners();
    expect(pattern()).toEqual([null]);
    expect(await tab.store('practitionerNote', 'People/Kit Lane.md')).toBeUndefined();
    expect(pattern()).toEqual(['People/Kit Lane.md']);
    // The setting reads the notes again itself.
    expect(await tab.store('vaultRole', 'supervisor')).toBeUndefined();
    expect(pattern()).toEqual([null]);
  });

  it('keep a person note named before it exists, and say there is no note there yet', async () => {
    const { tab, pattern } = await twoPractitioners();
    const described = (): string => {
      (tab as unknown as { display(): void }).display();
      // The mock draws a setting as its name's element, then its description's.
      const name = [...tab.containerEl.querySelectorAll('div')].find((el) => el.children.length === 0 && el.textContent === 'Your person note')!;
      return name.nextElementSibling?.textContent ?? '';
    };
    expect(await tab.store('practitionerNote', 'People/Kit Lnae.md')).toBeUndefined();
    expect(described()).toContain('There is no note at People/Kit Lnae.md yet.');
    // Until the note exists the setting names no one: the sessions that name no practitioner stay no one's.
    expect(pattern()).toEqual([null]);
    expect(await tab.store('practitionerNote', 'People/Kit Lane.md')).toBeUndefined();
    expect(described()).not.toContain('There is no note');
    expect(described()).toContain('Path of the note about you');
    expect(pattern()).toEqual(['People/Kit Lane.md']);
  });

  it('keep a path typed with backslashes as the vault writes it, and refuse one leaving the vault or a note named as a folder', async () => {
    const { plugin, tab, pattern } = await twoPractitioners();
    // Typed on Windows: the same note, so the sessions that name no practitioner are Kit's.
    expect(await tab.store('practitionerNote', 'People\\Kit Lane.md')).toBeUndefined();
    expect(plugin.preferences.practitionerNote).toBe('People/Kit Lane.md');
    expect(pattern()).toEqual(['People/Kit Lane.md']);
    expect(await tab.store('exportFolder', '../outside')).toBe('Enter a path inside the vault, without "..".');
    expect(await tab.store('exportFolder', 'People/Kit Lane.md')).toBe('This is a note, not a folder: enter a folder.');
    expect(plugin.preferences.exportFolder).toBe(DEFAULT_SETTINGS.exportFolder);
    // Saved so by an older version or by hand: read as the vault writes it, or not taken up.
    expect(readSettings({ practitionerNote: 'People\\Kit Lane.md', exportFolder: '..\\outside', templatesFolder: ' Templates/ ' })).toMatchObject({ practitionerNote: 'People/Kit Lane.md', exportFolder: DEFAULT_SETTINGS.exportFolder, templatesFolder: 'Templates' });
  });

  it("left to the notes, give no session to your person note in a vault its supervision notes show is a supervisor's", async () => {
    const files = { ...readFixtureVault('test/fixtures/vaults/supervisor-vault'), 'Clients/C-01.md': noteText('type: client\ncode: C-01', '# C-01') };
    const start = async (vaultRole: 'auto' | 'supervisor'): Promise<() => string> => {
      const plugin = await startPlugin(await mockApp(files), { practitionerNote: 'People/Nadia Khan.md', vaultRole });
      await plugin.live.ready;
      return () => JSON.stringify(plugin.api.getFlags().map((f) => f.practitioner).sort());
    };
    const asSupervisor = (await start('supervisor'))();
    expect(asSupervisor).not.toContain('People/Nadia Khan.md');
    // Not known before the notes are read: taken up from them before the index is ready (vault-role.test.ts).
    const auto = await start('auto');
    expect(auto()).toBe(asSupervisor);
  });

  it('changed while the index builds, are not lost, and parse no note again', async () => {
    const app = await mockApp(PRACTICE);
    const plugin = await startPlugin(app);
    // The session is 21 days before the supervision: a 25-day window takes it in, a 2-day one leaves it out.
    plugin.preferences.windowDays = 25;
    const first = plugin.live.build();
    plugin.preferences.windowDays = 2;
    const second = plugin.live.build();
    await first;
    await second;
    expect(plugin.api.getFlags()).toEqual([]);
    expect(plugin.live.parsedOnLastBuild).toBe(0);
  });

  it('typed key by key, recompute the flags once, when typing pauses', async () => {
    const app = await mockApp(PRACTICE);
    const plugin = await startPlugin(app);
    const tab = new ParallelProcessSettingTab(app.asOriginalType__(), plugin);
    const builds = vi.spyOn(plugin.live, 'build');
    const first = tab.store('windowDays', 2);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const second = tab.store('windowDays', 25);
    await Promise.all([first, second]);
    expect(builds).toHaveBeenCalledTimes(1);
    // The session is 21 days before the supervision: inside the 25-day window typed last.
    expect(plugin.api.getFlags()).toHaveLength(1);
  });

  it('offer the vault\'s folders and notes for the path settings, as Obsidian 1.13 controls and before 1.13 as suggestions under the box', async () => {
    const app = await mockApp({ ...PRACTICE, 'Templates/Session.md': '# Session\n', 'Settings/Taxonomy.yaml': '- id: rescuing\n  cues: [took over]\n' });
    const plugin = await startPlugin(app);
    const tab = new ParallelProcessSettingTab(app.asOriginalType__(), plugin);
    const controls = new Map(
      tab
        .getSettingDefinitions()
        .flatMap((g) => ('items' in g ? (g.items ?? []) : []))
        .flatMap((i) => ('control' in i && i.control ? [[i.control.key, i.control] as const] : [])),
    );
    expect(controls.get('templatesFolder')?.type).toBe('folder');
    expect(controls.get('exportFolder')?.type).toBe('folder');
    const taxonomy = controls.get('taxonomyNote') as { type: string; filter: (file: unknown) => boolean };
    expect(taxonomy.type).toBe('file');
    expect(taxonomy.filter(app.vault.getFileByPath('Settings/Taxonomy.yaml'))).toBe(true);
    expect(taxonomy.filter(app.vault.getFileByPath('Templates/Session.md'))).toBe(true);
    expect(controls.get('practitionerNote')?.type).toBe('file');

    // Before 1.13: the settings drawn by display(), the templates folder's box suggesting folders as it is typed.
    // The mock's suggester calls constructor2__ on each one made: that call's `this` is the suggester.
    const made = vi.spyOn(AbstractInputSuggest.prototype as unknown as { constructor2__: () => void }, 'constructor2__');
    // Obsidian before 1.13 draws the settings with display() (deprecated since, for the definitions above), as a plain tab.
    const before113: { display(): void } = tab;
    before113.display();
    const box = [...tab.containerEl.querySelectorAll<HTMLInputElement>('input')].find((i) => i.value === 'Templates')!;
    // Hours take decimals there too: 1.5 is no step off a whole number.
    const hours = [...tab.containerEl.querySelectorAll<HTMLInputElement>('input[type="number"]')].find((i) => i.value === '1.5');
    expect(hours?.step).toBe('any');
    type Suggester = { textInputEl__: HTMLInputElement; getSuggestions(q: string): string[]; selectSuggestion(p: string): void };
    const suggest = (made.mock.contexts as unknown as Suggester[]).find((s) => s.textInputEl__ === box)!;
    made.mockRestore();
    expect(suggest.getSuggestions('sett')).toEqual(['Settings']);
    expect(suggest.getSuggestions('')).toEqual(expect.arrayContaining(['Settings', 'Templates']));
    expect(suggest.getSuggestions('')).not.toContain('Templates/Session.md');
    suggest.selectSuggestion('Settings');
    expect(box.value).toBe('Settings');
    await vi.waitFor(() => expect(plugin.preferences.templatesFolder).toBe('Settings'));
  });

  it('declare every setting for Obsidian 1.13 settings search', async () => {
    const app = await mockApp(PRACTICE);
    const plugin = await startPlugin(app);
    const tab = new ParallelProcessSettingTab(app.asOriginalType__(), plugin);
    const keys = tab.getSettingDefinitions().flatMap((g) => ('items' in g ? (g.items ?? []) : [])).map((i) => ('control' in i ? i.control?.key : undefined));
    expect(keys).toContain('windowDays');
    expect(keys).toContain('includePrivateInExport');
    expect(tab.getControlValue('windowDays')).toBe(35);
  });
});
