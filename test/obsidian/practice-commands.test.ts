import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { reviewOf } from '../../src/core/review/flag-review';
import { today } from '../../src/obsidian/plugin-context';
import { DEFAULT_SETTINGS, readSettings, settingProblem } from '../../src/obsidian/settings';
import { ParallelProcessSettingTab } from '../../src/obsidian/settings-tab';
import { readFixtureVault } from '../helpers/engine';
import { runCommand } from './helpers/commands';
import { captureNotices, created, mockApp, openedFile, read, startPlugin, waitFor } from './helpers/harness';
import { closeAllModals, input, installModalDriver, nextModal, pressKey, suggestionTexts, typeText } from './helpers/modals';

beforeAll(installModalDriver);
afterEach(() => {
  closeAllModals();
  vi.restoreAllMocks();
});

// Two supervisors (Ann Lee, clinical; Jo Park, coaching), mixed duration forms, March without supervision.
const PRACTICE = readFixtureVault('test/fixtures/vaults/practice');

/** Picks a supervisor in the picker the command opened, as a user does: typing, then Enter. */
async function pickSupervisor(typed: string): Promise<string[]> {
  const modal = await nextModal();
  const listed = suggestionTexts(modal);
  typeText(input(modal), typed);
  pressKey(input(modal), 'Enter');
  return listed;
}

describe('prepare-supervision', () => {
  it("offers the supervisors, and writes the chosen one's cases, questions and open flags as a note it opens", async () => {
    const app = await mockApp(PRACTICE);
    const plugin = await startPlugin(app);
    await runCommand(plugin, 'prepare-supervision');
    expect(await pickSupervisor('Ann')).toEqual(['Ann Lee', 'Jo Park']);
    const path = `Parallel Process/Supervision preparation ${today()} Ann Lee.md`;
    const text = await created(app, path);
    expect(openedFile(app)?.path).toBe(path);
    expect(text).toContain('since: 2026-02-24');
    expect(text).toContain('### C-014\n- 2026-03-03: [[Sessions/C-014/2026-03-03 C-014|2026-03-03 C-014]], marked for supervision');
    expect(text).toContain('### Is the rescuing in your sessions with C-014 being mirrored in supervision?');
    expect(text).not.toContain('C-021');
    // The private reflection's flag stays out, as in exports.
    expect(text).not.toContain('Reflection');
  });

  it("gives the coaching supervisor only their own cases", async () => {
    const app = await mockApp(PRACTICE);
    const plugin = await startPlugin(app);
    await runCommand(plugin, 'prepare-supervision');
    await pickSupervisor('Jo');
    const text = await created(app, `Parallel Process/Supervision preparation ${today()} Jo Park.md`);
    expect(text).toContain('(C-021): How far do I hold the contract when the agenda shifts?');
    expect(text).not.toContain('C-014');
  });

  it('leaves out the flags you dismissed', async () => {
    const app = await mockApp(PRACTICE);
    const plugin = await startPlugin(app);
    const mirror = plugin.api.getFlags({ kind: 'mirror-upward' })[0];
    plugin.preferences.reviews[mirror.id] = reviewOf(mirror, 'dismissed', 'taken to supervision', new Date());
    await runCommand(plugin, 'prepare-supervision');
    await pickSupervisor('Ann');
    const text = await created(app, `Parallel Process/Supervision preparation ${today()} Ann Lee.md`);
    expect(text).toContain('### C-014');
    expect(text).not.toContain('rescuing in your sessions');
    expect(text).toContain('None open.');
  });

  it('includes private reflections when the setting says so, unless the mask is on; the mask hides client names', async () => {
    const app = await mockApp(PRACTICE);
    const plugin = await startPlugin(app, { includePrivateInExport: true, onExisting: 'next-free' });
    await runCommand(plugin, 'prepare-supervision');
    await pickSupervisor('Ann');
    const open = await created(app, `Parallel Process/Supervision preparation ${today()} Ann Lee.md`);
    expect(open).toContain('[[Reflections/2026-03-08 Reflection|2026-03-08 Reflection]]');
    expect(open).toContain('Why do I keep fixing things for Sam?');

    plugin.preferences.maskClientNames = true;
    await runCommand(plugin, 'prepare-supervision');
    await pickSupervisor('Ann');
    const masked = await created(app, `Parallel Process/Supervision preparation ${today()} Ann Lee 2.md`);
    expect(masked).toContain('Why do I keep fixing things for C-014?');
    expect(masked).not.toMatch(/\bSam\b/);
    expect(masked).not.toContain('Reflection');
    expect(masked).toContain('1 flag resting on private reflections was left out.');
  });

  it('export follows the mask as the preparation does: client names hidden, and private reflections left out even when the setting includes them', async () => {
    const app = await mockApp(PRACTICE);
    const plugin = await startPlugin(app, { includePrivateInExport: true });
    await runCommand(plugin, 'export-report');
    const open = `Parallel Process/Parallel process report ${today()}.md`;
    await waitFor(() => app.vault.getFileByPath(open) !== null, open);
    expect(read(app, open)).toContain('Reflections/2026-03-08 Reflection');
    expect(read(app, open)).toMatch(/\bSam\b/);

    plugin.preferences.maskClientNames = true;
    await runCommand(plugin, 'export-report');
    const masked = `Parallel Process/Parallel process report ${today()} 2.md`;
    await waitFor(() => app.vault.getFileByPath(masked) !== null, masked);
    const text = read(app, masked);
    expect(text).toContain('### Is the rescuing in your sessions with C-014 being mirrored in supervision?');
    expect(text).not.toMatch(/\bSam\b/);
    expect(text).not.toContain('Reflection');
  });

  it('never overwrites an earlier note: it opens it and says so', async () => {
    const app = await mockApp(PRACTICE);
    const plugin = await startPlugin(app);
    const path = `Parallel Process/Supervision preparation ${today()} Ann Lee.md`;
    await app.vault.createFolder('Parallel Process');
    await app.vault.create(path, 'My own notes for Ann.\n');
    const notices = captureNotices();
    await runCommand(plugin, 'prepare-supervision');
    await pickSupervisor('Ann');
    await waitFor(() => notices.length > 0, 'a notice');
    expect(notices[0]).toContain('already exists');
    expect(read(app, path)).toBe('My own notes for Ann.\n');
    expect(openedFile(app)?.path).toBe(path);
  });

  it('does nothing when the picker is dismissed', async () => {
    const app = await mockApp(PRACTICE);
    const plugin = await startPlugin(app);
    await runCommand(plugin, 'prepare-supervision');
    closeAllModals();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(app.vault.getFolderByPath('Parallel Process')).toBeNull();
  });
});

describe('hours-report', () => {
  it('writes the hours per month as a table note, a month below the minimum marked, and opens it', async () => {
    const app = await mockApp(PRACTICE);
    const plugin = await startPlugin(app);
    await runCommand(plugin, 'hours-report');
    const path = `Parallel Process/Hours ${today()}.md`;
    const text = await created(app, path);
    expect(openedFile(app)?.path).toBe(path);
    expect(text).toContain('| 2026-01 | 2.67 | 3 | 2.5 | 2 | 0 | Met |');
    expect(text).toContain('| 2026-03 | 2.67 | 3 | **0** | 0 | 1 | **Below 1.5 h** |');
    expect(text).toContain('[[Sessions/C-014/2026-03-03 C-014]], line 6: `about an hour`');
  });

  it('counts with the default length and minimum of the settings, and never writes over an earlier report', async () => {
    const app = await mockApp(PRACTICE);
    const plugin = await startPlugin(app, { defaultSessionMinutes: 60, minimumSupervisionHours: 2 });
    await runCommand(plugin, 'hours-report');
    const first = `Parallel Process/Hours ${today()}.md`;
    const text = await created(app, first);
    expect(text).toContain('| 2026-02 | 4 | 3 | **1.5** | 1 | 1 | **Below 2 h** |');
    await runCommand(plugin, 'hours-report');
    await created(app, `Parallel Process/Hours ${today()} 2.md`);
    expect(read(app, first)).toBe(text);
  });
});

describe('hours settings', () => {
  it('take a whole number of minutes and hours with decimals, refusing the rest with a message', async () => {
    expect(DEFAULT_SETTINGS.defaultSessionMinutes).toBe(50);
    expect(DEFAULT_SETTINGS.minimumSupervisionHours).toBe(1.5);
    expect(settingProblem('defaultSessionMinutes', 0)).toContain('from 1 to 600');
    expect(settingProblem('defaultSessionMinutes', 45.5)).toContain('whole number');
    expect(settingProblem('minimumSupervisionHours', -1)).toContain('such as 1.5');
    expect(settingProblem('minimumSupervisionHours', 1.5)).toBeUndefined();
    expect(readSettings({ defaultSessionMinutes: 'fifty', minimumSupervisionHours: 3 })).toMatchObject({ defaultSessionMinutes: 50, minimumSupervisionHours: 3 });
    const app = await mockApp(PRACTICE);
    const plugin = await startPlugin(app);
    const tab = new ParallelProcessSettingTab(app.asOriginalType__(), plugin);
    expect(await tab.store('minimumSupervisionHours', 2.5)).toBeUndefined();
    expect(((await plugin.loadData()) as { minimumSupervisionHours: number }).minimumSupervisionHours).toBe(2.5);
    const hours = tab.getSettingDefinitions().find((group) => 'heading' in group && group.heading === 'Hours');
    expect(JSON.stringify(hours)).toContain('1.5 is the BACP minimum for accredited counsellors; other professional bodies');
    // Hours take decimals in the number field itself; minutes step by whole numbers.
    const controls = hours && 'items' in hours ? (hours.items ?? []).map((i) => ('control' in i ? i.control : undefined)) : [];
    expect(controls.find((c) => c?.key === 'minimumSupervisionHours')).toMatchObject({ type: 'number', step: 'any' });
    expect(controls.find((c) => c?.key === 'defaultSessionMinutes')).not.toHaveProperty('step');
  });
});

describe('forget-stale-reviews', () => {
  it('asks before forgetting the reviews of flags no longer raised, keeps those still raised, and keeps all when told to', async () => {
    const app = await mockApp(PRACTICE);
    const [flag] = (await startPlugin(app)).api.getFlags();
    const gone = { status: 'dismissed', at: '2026-01-10T09:00:00.000Z', reason: 'Sam reminds me of my sister.' };
    const plugin = await startPlugin(app, { reviews: { [flag.id]: reviewOf(flag, 'acknowledged', 'Still thinking', new Date('2026-03-01T09:00:00Z')), feedfeedfeedfeed: gone } });

    await runCommand(plugin, 'forget-stale-reviews');
    let modal = await nextModal();
    expect(suggestionTexts(modal)).toEqual(['Forget 1 review', 'Keep them']);
    typeText(input(modal), 'Keep');
    pressKey(input(modal), 'Enter');
    await waitFor(() => !document.body.contains(modal), 'the picker to close');

    // Asked again, the review is still there to forget.
    const notices = captureNotices();
    await runCommand(plugin, 'forget-stale-reviews');
    modal = await nextModal();
    expect(suggestionTexts(modal)).toEqual(['Forget 1 review', 'Keep them']);
    expect(plugin.preferences.reviews.feedfeedfeedfeed).toMatchObject({ reason: gone.reason });
    typeText(input(modal), 'Forget');
    pressKey(input(modal), 'Enter');
    await waitFor(() => notices.includes('Forgot 1 review of flags no longer raised.'), 'the notice');
    expect(Object.keys(plugin.preferences.reviews)).toEqual([flag.id]);
    const saved = JSON.stringify(await plugin.loadData());
    expect(saved).not.toContain('my sister');
    // Taken back, so that a copy synced from another device does not bring it back.
    expect(((await plugin.loadData()) as { restored: Record<string, string> }).restored).toHaveProperty('feedfeedfeedfeed');
  });

  it('says there is nothing to forget when every review is of a flag still raised', async () => {
    const app = await mockApp(PRACTICE);
    const plugin = await startPlugin(app);
    const notices = captureNotices();
    await runCommand(plugin, 'forget-stale-reviews');
    await waitFor(() => notices.length > 0, 'the notice');
    expect(notices).toEqual(['Every review you made is of a flag still raised: there is nothing to forget.']);
  });
});
