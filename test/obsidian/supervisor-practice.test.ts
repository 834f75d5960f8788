import { parseYaml } from 'obsidian';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { today } from '../../src/obsidian/plugin-context';
import { DEFAULT_SETTINGS, readSettings, settingProblem } from '../../src/obsidian/settings';
import { ParallelProcessSettingTab } from '../../src/obsidian/settings-tab';
import { readFixtureVault } from '../helpers/engine';
import { noteText } from '../helpers/notes';
import { runCommand } from './helpers/commands';
import { captureNotices, created, mockApp, openedFile, openView, read, startPlugin, waitFor } from './helpers/harness';
import { buttonNamed, closeAllModals, input, installModalDriver, nextModal, pressKey, suggestionTexts, toggles, typeText } from './helpers/modals';
import { button, cards } from './helpers/panel';

beforeAll(installModalDriver);
afterEach(() => {
  closeAllModals();
  vi.restoreAllMocks();
});

// Nadia Khan's vault: three supervisees, a case summary of each, her notes of their supervisions, and her own supervision.
const SUPERVISOR = readFixtureVault('test/fixtures/vaults/supervisor-vault');
const PRACTICE = readFixtureVault('test/fixtures/vaults/practice');

const properties = (text: string): Record<string, unknown> => parseYaml(/^---\n([\s\S]*?)\n---/.exec(text)![1]) as Record<string, unknown>;

/** Types into the picker the command opened and presses Enter, as a user does; gives what it listed. */
async function pick(typed: string): Promise<string[]> {
  const modal = await nextModal();
  const listed = suggestionTexts(modal);
  typeText(input(modal), typed);
  pressKey(input(modal), 'Enter');
  return listed;
}

describe('new-supervisee-supervision-note', () => {
  it("offers the supervisees, ticks the cases presented since their last supervision, and writes the supervisor's note", async () => {
    const app = await mockApp(SUPERVISOR);
    const plugin = await startPlugin(app);
    await runCommand(plugin, 'new-supervisee-supervision-note');
    expect(await pick('Dev')).toEqual(['Ben Ortiz', 'Clare Wu', 'Dev Patel']);
    const cases = await nextModal();
    expect(cases.textContent).toContain('Clients with a case summary since your last supervision of Dev Patel (2026-06-12) are ticked.');
    expect(toggles(cases).map((t) => [t.name, t.on])).toEqual([['D-01', true]]);
    buttonNamed(cases, 'Create note').click();
    const path = `Supervision/Dev Patel/${today()} Dev Patel.md`;
    const text = await created(app, path);
    expect(properties(text)).toMatchObject({ type: 'supervision', author: 'supervisor', supervisor: '[[Nadia Khan]]', supervisee: '[[Dev Patel]]', date: today(), duration: 60, cases: ['[[D-01]]'] });
    expect(text).toContain('## Cases presented\n- [[D-01]] (as presented: [[2026-06-20 D-01]]): \n');
    expect(openedFile(app)?.path).toBe(path);
    // The new note is the supervisor's: the vault's hours count it as supervision given.
    await waitFor(() => plugin.live.engine?.graph.note(path) !== undefined, 'the note to be indexed');
  });

  it('uses your own template and file name pattern, and never overwrites a note', async () => {
    const app = await mockApp({ ...SUPERVISOR, 'Templates/Supervisee supervision.md': noteText('type: supervision\nauthor: supervisor\nsupervisee: "[[{{supervisee}}]]"\ncases: "{{cases}}"', '# {{supervisee}} on {{date}}\n') });
    const plugin = await startPlugin(app, { superviseeSupervisionPattern: 'Supervision given/{{date}} {{supervisee}}' });
    await runCommand(plugin, 'new-supervisee-supervision-note');
    await pick('Ben');
    buttonNamed(await nextModal(), 'Create note').click();
    const path = `Supervision given/${today()} Ben Ortiz.md`;
    const text = await created(app, path);
    expect(properties(text)).toMatchObject({ supervisee: '[[Ben Ortiz]]', cases: [] });
    expect(text).toContain(`# Ben Ortiz on ${today()}`);

    await app.vault.modify(app.vault.getFileByPath(path)!, 'My own words.\n');
    const notices = captureNotices();
    await runCommand(plugin, 'new-supervisee-supervision-note');
    await pick('Ben');
    buttonNamed(await nextModal(), 'Create note').click();
    await waitFor(() => notices.length > 0, 'a notice');
    expect(notices[0]).toContain('already exists');
    expect(read(app, path)).toBe('My own words.\n');
  });
});

describe('new-case-summary', () => {
  it("picks the supervisee and one of their clients, and writes the case as presented", async () => {
    const app = await mockApp(SUPERVISOR);
    const plugin = await startPlugin(app);
    await runCommand(plugin, 'new-case-summary');
    await pick('Clare');
    expect(await pick('C-01')).toEqual(['C-01']);
    const path = `Cases/Clare Wu/${today()} C-01.md`;
    const text = await created(app, path);
    expect(properties(text)).toMatchObject({ type: 'session', author: 'supervisor', client: '[[C-01]]', practitioner: '[[Clare Wu]]', date: today() });
    expect(text).toContain('## As presented\n');
    expect(openedFile(app)?.path).toBe(path);
  });

  it('makes a client note for a new client, with the supervisee as their practitioner', async () => {
    const app = await mockApp(SUPERVISOR);
    const plugin = await startPlugin(app);
    await runCommand(plugin, 'new-case-summary');
    await pick('Ben');
    await pick('B-02');
    await created(app, `Cases/Ben Ortiz/${today()} B-02.md`);
    expect(properties(read(app, 'Clients/B-02.md'))).toMatchObject({ type: 'client', code: 'B-02', practitioner: '[[Ben Ortiz]]' });
  });
});

describe("the view's practice parts in the plugin", () => {
  it("groups a supervisor's flags by supervisee, and runs the real hours report from the hours section", async () => {
    const app = await mockApp(SUPERVISOR);
    const plugin = await startPlugin(app);
    const view = await openView(app, plugin);
    expect([...view.contentEl.querySelectorAll('.pp-group-title')].map((t) => t.firstChild?.textContent)).toEqual(['Ben Ortiz', 'Clare Wu', 'Dev Patel']);
    view.contentEl.querySelector<HTMLElement>('.pp-hours > [data-pp-focus="hours"]')!.click();
    button(view.contentEl, 'Open the full hours report').click();
    const text = await created(app, `Parallel Process/Hours ${today()}.md`);
    expect(text).toContain('| 2026-06 | 0 | 0 | 1.5 | 1 | 3 | 0 | Met |');
  });

  it('keeps the hours current as notes come', async () => {
    const app = await mockApp(PRACTICE);
    const plugin = await startPlugin(app);
    const view = await openView(app, plugin);
    view.contentEl.querySelector<HTMLElement>('.pp-hours > [data-pp-focus="hours"]')!.click();
    const thisMonth = (): string | null | undefined => view.contentEl.querySelectorAll('.pp-hours-table tbody tr')[2]?.children[1]?.textContent;
    expect(thisMonth()).toBe('0');
    await app.vault.create(`Supervision/${today()} Ann Lee.md`, noteText(`type: supervision\nsupervisor: "[[Ann Lee]]"\ndate: ${today()}\nduration: 90`, ''));
    await waitFor(() => thisMonth() === '1.5', "this month's supervision to be counted");
  });

  it('prepares supervision from the pause suggestion, through the real command', async () => {
    const busy: Record<string, string> = { ...PRACTICE };
    for (let i = 1; i <= 10; i++) {
      const code = `K-${i}`;
      busy[`Sessions/2026-03-${String(i + 1).padStart(2, '0')} ${code}.md`] = noteText(`type: session\nclient: "[[${code}]]"\ndate: 2026-03-${String(i + 1).padStart(2, '0')}\npractitioner_dynamics: [rescuing]`, '');
      busy[`Supervision/2026-03-${String(i + 12).padStart(2, '0')} ${code}.md`] = noteText(`type: supervision\nsupervisor: "[[Ann Lee]]"\ndate: 2026-03-${String(i + 12).padStart(2, '0')}\ncases: ["[[${code}]]"]\nsupervisor_dynamics: [rescuing]`, '');
    }
    const app = await mockApp(busy);
    const plugin = await startPlugin(app);
    const view = await openView(app, plugin);
    expect(view.contentEl.querySelector('.pp-pause')?.textContent).toContain('Quite a few questions are open at once.');
    button(view.contentEl, 'Prepare for supervision').click();
    expect(await pick('Ann')).toContain('Ann Lee');
    await created(app, `Parallel Process/Supervision preparation ${today()} Ann Lee.md`);
    // "Not now" lasts while Obsidian is open: a view opened again does not show it.
    button(view.contentEl, 'Not now').click();
    expect(plugin.session.pauseDismissed).toBe(true);
    const again = await openView(app, plugin);
    expect(again.contentEl.querySelector('.pp-pause')).toBeNull();
    expect(((await plugin.loadData()) as Record<string, unknown> | undefined)?.pauseDismissed).toBeUndefined();
  });

  it('shows as many flags per supervision as the setting says, redrawn when it changes', async () => {
    const demo = readFixtureVault('examples/demo-vault');
    const app = await mockApp(demo);
    const plugin = await startPlugin(app);
    const view = await openView(app, plugin);
    const all = plugin.live.engine!.flags().length;
    expect(cards(view.contentEl).length).toBeLessThan(all);
    const tab = new ParallelProcessSettingTab(app.asOriginalType__(), plugin);
    expect(await tab.store('flagsPerSupervision', 0)).toBeUndefined();
    await waitFor(() => cards(view.contentEl).length === all, 'the view to show every flag');
    // Closed, the view no longer follows the settings.
    await view.onClose();
    view.unload();
    const drawn = view.contentEl.innerHTML;
    await tab.store('flagsPerSupervision', 1);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(view.contentEl.innerHTML).toBe(drawn);
  });
});

describe('the practice settings', () => {
  it('take a whole number of flags per supervision and whose vault it is, refusing the rest with a message', () => {
    expect(DEFAULT_SETTINGS.flagsPerSupervision).toBe(3);
    expect(DEFAULT_SETTINGS.vaultRole).toBe('auto');
    expect(settingProblem('flagsPerSupervision', -1)).toContain('from 0 (show every flag)');
    expect(settingProblem('flagsPerSupervision', 2.5)).toContain('whole number');
    expect(settingProblem('vaultRole', 'coach')).toContain('whose notes these are');
    expect(settingProblem('superviseeSupervisionPattern', '')).toContain('file name pattern');
    expect(readSettings({ flagsPerSupervision: 5, vaultRole: 'supervisor', caseSummaryPattern: 'Presented/{{client}}' })).toMatchObject({
      flagsPerSupervision: 5,
      vaultRole: 'supervisor',
      caseSummaryPattern: 'Presented/{{client}}',
    });
    expect(readSettings({ flagsPerSupervision: 'many', vaultRole: 'both' })).toMatchObject({ flagsPerSupervision: 3, vaultRole: 'auto' });
  });
});

describe("a supervisor's own supervision", () => {
  it('is an ordinary supervision note with them as the supervisee, which the hours count as their supervision', async () => {
    const app = await mockApp(SUPERVISOR);
    const plugin = await startPlugin(app);
    await runCommand(plugin, 'new-supervision-note');
    await pick('Ruth');
    buttonNamed(await nextModal(), 'Create note').click();
    const path = `Supervision/${today()} Supervision.md`;
    const text = await created(app, path);
    expect(properties(text)).toMatchObject({ supervisor: '[[Ruth Adler]]', supervisee: '[[Nadia Khan]]', author: 'supervisee', duration: 60 });
    await waitFor(() => plugin.live.engine?.graph.note(path) !== undefined, 'the note to be indexed');
    await runCommand(plugin, 'hours-report');
    const report = await created(app, `Parallel Process/Hours ${today()}.md`);
    // One hour of their own supervision this month, below 1.5 so far (the month is not over); the supervision they gave in June is apart.
    expect(report).toContain(`| ${today().slice(0, 7)} | 0 | 0 | 1 | 1 | 0 | 0 | In progress (below 1.5 h so far) |`);
    expect(report).toContain('| 2026-06 | 0 | 0 | 1.5 | 1 | 3 | 0 | Met |');
  });
});
