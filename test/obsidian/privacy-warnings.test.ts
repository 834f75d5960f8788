import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type ParallelProcessPlugin from '../../src/obsidian/main';
import { today } from '../../src/obsidian/plugin-context';
import { readFixtureVault } from '../helpers/engine';
import { runCommand } from './helpers/commands';
import { captureNotices, mockApp, startPlugin, waitFor, type MockApp } from './helpers/harness';
import { closeAllModals, input, installModalDriver, nextModal, pressKey, typeText } from './helpers/modals';

beforeAll(installModalDriver);
afterEach(() => {
  closeAllModals();
  vi.restoreAllMocks();
});

// Two supervisors, a private reflection whose flag exports leave out unless asked; no identifying detail anywhere.
const PRACTICE = readFixtureVault('test/fixtures/vaults/practice');
const REFLECTION = 'Reflections/2026-03-08 Reflection.md';
/** A session Ann's preparation lists. */
const SESSION = 'Sessions/C-014/2026-03-03 C-014.md';
const SISTER = 'Her sister Jane Whitfield rang the practice from 07700 900 461 to cancel.';
const DETAILS = ['Whitfield', '07700', '900 461'];

/** Writes a line into a note as the user would, and waits until the index has taken it. */
async function addLine(app: MockApp, plugin: ParallelProcessPlugin, path: string, line: string): Promise<number> {
  const taken = new Promise<void>((resolve) => {
    const stop = plugin.live.onNotesChanged((changes) => {
      if (!changes.upserted.some((s) => s.path === path)) return;
      stop();
      resolve();
    });
  });
  const text = `${PRACTICE[path].trimEnd()}\n${line}\n`;
  await app.vault.modify(app.vault.getFileByPath(path)!, text);
  await taken;
  return text.split('\n').length - 1;
}

async function written(app: MockApp, path: string): Promise<string> {
  await waitFor(() => app.vault.getFileByPath(path) !== null, path);
  return app.vault.readSync__(app.vault.getFileByPath(path)!);
}

async function prepareWithAnn(plugin: ParallelProcessPlugin): Promise<void> {
  await runCommand(plugin, 'prepare-supervision');
  const modal = await nextModal();
  typeText(input(modal), 'Ann');
  pressKey(input(modal), 'Enter');
}

describe('export-report', () => {
  it('warns in the report and in a notice which notes it draws on may hold identifying details, by line and kind, never the details', async () => {
    const app = await mockApp(PRACTICE);
    const plugin = await startPlugin(app);
    const evidence = plugin.api.getFlags()[0].evidence.find((e) => e.path.startsWith('Sessions/'))!.path;
    const line = await addLine(app, plugin, evidence, SISTER);
    const notices = captureNotices();
    await runCommand(plugin, 'export-report');
    const name = `Parallel process report ${today()}`;
    const text = await written(app, `Parallel Process/${name}.md`);
    const link = `[[${evidence.slice(0, -3)}|${evidence.split('/').pop()!.slice(0, -3)}]]`;
    expect(text).toContain('> [!warning] Possible identifying details\n> One note this draws on may hold identifying details.');
    expect(text).toContain(`> - ${link}: line ${line}, full name of a person; line ${line}, phone number\n`);
    // Before the flags: read first.
    expect(text.indexOf('[!warning]')).toBeLessThan(text.indexOf('## Client'));
    await waitFor(() => notices.length > 0, 'a notice');
    expect(notices).toEqual([
      `${name} draws on one note that may hold identifying details: ${evidence.split('/').pop()!.slice(0, -3)} (full name of a person, phone number). They are listed at the top of it: check them before it travels.`,
    ]);
    for (const detail of DETAILS) {
      expect(text).not.toContain(detail);
      expect(notices[0]).not.toContain(detail);
    }
  });

  it('names a private reflection only when exports include private reflections', async () => {
    const app = await mockApp(PRACTICE);
    const plugin = await startPlugin(app);
    await addLine(app, plugin, REFLECTION, SISTER);
    await runCommand(plugin, 'export-report');
    const shared = await written(app, `Parallel Process/Parallel process report ${today()}.md`);
    expect(shared).not.toContain('Reflection');
    expect(shared).not.toContain('[!warning]');

    plugin.preferences.includePrivateInExport = true;
    await runCommand(plugin, 'export-report');
    const own = await written(app, `Parallel Process/Parallel process report ${today()} 2.md`);
    expect(own).toContain(`> - [[Reflections/2026-03-08 Reflection|2026-03-08 Reflection]]: line ${PRACTICE[REFLECTION].trimEnd().split('\n').length + 1}, full name of a person;`);
  });
});

describe('prepare-supervision', () => {
  it('warns in the preparation and in a notice when a session it lists may hold identifying details', async () => {
    const app = await mockApp(PRACTICE);
    const plugin = await startPlugin(app);
    const line = await addLine(app, plugin, SESSION, SISTER);
    const notices = captureNotices();
    await prepareWithAnn(plugin);
    const text = await written(app, `Parallel Process/Supervision preparation ${today()} Ann Lee.md`);
    expect(text).toContain(`> - [[Sessions/C-014/2026-03-03 C-014|2026-03-03 C-014]]: line ${line}, full name of a person; line ${line}, phone number\n`);
    expect(text.indexOf('[!warning]')).toBeLessThan(text.indexOf('## Cases'));
    await waitFor(() => notices.length > 0, 'a notice');
    expect(notices[0]).toBe(
      'The preparation draws on one note that may hold identifying details: 2026-03-03 C-014 (full name of a person, phone number). They are listed at the top of it: check them before it travels.',
    );
    for (const detail of DETAILS) expect(text + notices[0]).not.toContain(detail);
  });

  it('writes no warning when the notes it draws on hold no identifying details', async () => {
    const app = await mockApp(PRACTICE);
    const plugin = await startPlugin(app);
    const notices = captureNotices();
    await prepareWithAnn(plugin);
    const text = await written(app, `Parallel Process/Supervision preparation ${today()} Ann Lee.md`);
    expect(text).not.toContain('[!warning]');
    expect(text).toContain('### C-014');
    expect(notices).toEqual([]);
  });
});
