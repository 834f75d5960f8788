import { Platform } from 'obsidian';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Engine } from '../../src/core/engine';
import { lexiconNameModel } from '../../src/core/privacy/lexicon-model';
import { checkVault, isChecked } from '../../src/core/privacy/vault-check';
import type ParallelProcessPlugin from '../../src/obsidian/main';
import { loadPrivacyVault } from '../core/privacy/fixture-vault';
import { readFixtureVault } from '../helpers/engine';
import { commandHotkeys, commandIds, runCommand } from './helpers/commands';
import { captureNotices, loadPlugin, mockApp, type MockApp, openedFile, openView, startPlugin, waitFor } from './helpers/harness';
import { press } from './helpers/panel';

afterEach(() => vi.restoreAllMocks());

const ROOT = 'test/fixtures/vaults/privacy';
const VAULT = readFixtureVault(ROOT);
const PRIVATE_REFLECTION = 'Reflections/2026-02-15 Reflection.md';
// What the core finds in the same vault, read as the command line reads it: the plugin must find the same.
const core = loadPrivacyVault(ROOT);
const EXPECTED = checkVault(core.notes, core.known, { names: lexiconNameModel() }).findings;
const CLINICAL = core.notes.filter(isChecked).length;
const where = (f: { path: string; line: number; kind: string; private: boolean }): string => `${f.path}:${f.line}:${f.kind}${f.private ? ' (private)' : ''}`;

async function checked(plugin: ParallelProcessPlugin): Promise<void> {
  await runCommand(plugin, 'privacy-check');
  await waitFor(() => plugin.privacy.status.status === 'done', 'the check to finish', 20_000);
}

function lineOf(app: MockApp, path: string, line: number): string {
  return app.vault.readSync__(app.vault.getFileByPath(path)!).split('\n')[line - 1];
}

describe('the privacy-check command', () => {
  it('is in the palette as "Check notes for identifying details", with no hotkey', async () => {
    const plugin = await startPlugin(await mockApp(VAULT));
    expect(commandIds(plugin)).toContain('privacy-check');
    expect(commandHotkeys(plugin).every((h) => h === undefined || (Array.isArray(h) && h.length === 0))).toBe(true);
  });

  it('finds what the command line finds, private reflections included, says how many, and changes no note', async () => {
    expect(EXPECTED.some((f) => f.private)).toBe(true);
    const app = await mockApp(VAULT);
    const plugin = await startPlugin(app);
    const notices = captureNotices();
    await checked(plugin);
    expect(plugin.privacy.findings().map(where)).toEqual(EXPECTED.map(where));
    const notes = new Set(EXPECTED.map((f) => f.path)).size;
    expect(notices).toContain(`Checked ${CLINICAL} clinical notes: ${EXPECTED.length} possible identifying details in ${notes} notes, listed under Notes to check in the parallel process view. Nothing was changed.`);
    for (const [path, text] of Object.entries(VAULT)) expect(app.vault.readSync__(app.vault.getFileByPath(path)!), path).toBe(text);
  });

  it('waits for the index when it is still being read', async () => {
    const app = await mockApp(VAULT);
    const plugin = await loadPlugin(app);
    const notices = captureNotices();
    expect(plugin.live.engine).toBeUndefined();
    await runCommand(plugin, 'privacy-check');
    expect(notices).toEqual(['Your notes are still being read; the check for identifying details follows.']);
    expect(plugin.privacy.status.status).toBe('not-run');
    // Obsidian lays out its workspace; the index is built, then the notes are checked.
    app.workspace.setLayoutReady__();
    await waitFor(() => plugin.privacy.status.status === 'done', 'the check to finish', 20_000);
    expect(plugin.privacy.findings()).toHaveLength(EXPECTED.length);
    expect(notices).toHaveLength(2);
  });

  it('says so, rather than wait on, when the notes could not be read', async () => {
    const app = await mockApp(VAULT);
    const plugin = await loadPlugin(app);
    const open = vi.spyOn(Engine.prototype, 'openInSteps').mockImplementationOnce(() => {
      throw new Error('out of memory');
    });
    try {
      const notices = captureNotices();
      const command = runCommand(plugin, 'privacy-check');
      app.workspace.setLayoutReady__();
      await command;
      await waitFor(() => notices.length === 2, 'the check to end');
      expect(notices[1]).toBe('Your notes could not be read, so they were not checked for identifying details: out of memory');
      expect(plugin.privacy.status.status).toBe('not-run');
    } finally {
      open.mockRestore();
    }
  });

  it('ends a check still waiting for the index when the plugin unloads', async () => {
    const app = await mockApp(VAULT);
    const plugin = await startPlugin(app);
    // A rescan under way: the check asked for meanwhile waits for it, and the plugin unloads before it ends.
    let check: Promise<unknown> | undefined;
    plugin.live.onChange(() => {
      if (check || plugin.live.status.status !== 'building') return;
      check = plugin.privacy.run();
      // Once the check waits (the rescan's next step comes after this timer), the plugin unloads.
      window.setTimeout(() => plugin.unload(), 0);
    });
    void plugin.live.build(true);
    await waitFor(() => check !== undefined, 'the rescan to begin');
    await expect(check).resolves.toBeUndefined();
  });

  it('lists each finding under Notes to check by note, line and kind, never its text, and opens the note at the line from the keyboard', async () => {
    const app = await mockApp(VAULT);
    const plugin = await startPlugin(app);
    await checked(plugin);
    const view = await openView(app, plugin);
    const data = view.data().privacy;
    expect(data.findings.map(where)).toEqual(EXPECTED.map(where));
    expect(Object.keys(data.findings[0]).sort()).toEqual(['kind', 'line', 'path', 'private']);

    const root = view.contentEl;
    const section = root.querySelector<HTMLElement>('.pp-diagnostics')!;
    expect(section.querySelector('.tree-item-flair')?.textContent).toBe(String(EXPECTED.length + view.data().diagnostics.length));
    press(section.querySelector('.pp-section-self')!);
    const rows = [...root.querySelectorAll<HTMLElement>('.pp-finding-row')];
    expect(rows.length).toBe(new Set(EXPECTED.map((f) => `${f.path}:${f.line}:${f.kind}`)).size);
    expect(root.querySelectorAll('.pp-finding-note').length).toBe(new Set(EXPECTED.map((f) => f.path)).size);
    for (const f of EXPECTED) expect(section.textContent, f.text).not.toContain(f.text);

    const phone = EXPECTED.find((f) => f.kind === 'phone')!;
    const row = rows.find((r) => r.dataset.ppFocus === `finding:${phone.path}:${phone.line}:phone`)!;
    expect(row.getAttribute('aria-label')).toMatch(new RegExp(`^Open .+ at line ${phone.line}: phone number$`));
    expect(row.getAttribute('tabindex')).toBe('0');
    const openFile = vi.spyOn(app.workspace.getLeaf(false), 'openFile');
    press(row);
    await waitFor(() => openedFile(app)?.path === phone.path, 'the note to open');
    expect(openFile.mock.calls[0][1]).toEqual({ active: true, eState: { line: phone.line - 1 } });
    expect(lineOf(app, phone.path, phone.line)).toContain(phone.text);
  });

  it('keeps private reflections’ findings out of the view while names are masked', async () => {
    const app = await mockApp(VAULT);
    const plugin = await startPlugin(app);
    await checked(plugin);
    plugin.preferences.maskClientNames = true;
    const view = await openView(app, plugin);
    const { findings, hiddenPrivate } = view.data().privacy;
    expect(findings.some((f) => f.path === PRIVATE_REFLECTION)).toBe(false);
    expect(hiddenPrivate).toBe(EXPECTED.filter((f) => f.private).length);
    press(view.contentEl.querySelector('.pp-diagnostics .pp-section-self')!);
    expect(view.contentEl.textContent).toContain(`${hiddenPrivate} in private reflections are hidden while names are masked.`);
  });

  it('checks a changed note again from the text the index read, reading no other note', async () => {
    const app = await mockApp(VAULT);
    const plugin = await startPlugin(app);
    await checked(plugin);
    const view = await openView(app, plugin);
    const phone = EXPECTED.find((f) => f.kind === 'phone' && !f.private)!;
    const before = plugin.privacy.findings().filter((f) => f.path !== phone.path).map(where);
    const reads = vi.spyOn(app.vault, 'cachedRead');
    const file = app.vault.getFileByPath(phone.path)!;
    const lines = VAULT[phone.path].split('\n');
    lines[phone.line - 1] = lines[phone.line - 1].replace(phone.text, 'her mobile');
    await app.vault.modify(file, lines.join('\n'));
    await waitFor(() => !plugin.privacy.findings().some((f) => f.path === phone.path && f.line === phone.line && f.kind === 'phone'), 'the phone number to go');
    // One read of the changed note, by the index; the check used that text.
    expect(reads.mock.calls.map(([f]) => f.path)).toEqual([phone.path]);
    expect(plugin.privacy.findings().filter((f) => f.path !== phone.path).map(where)).toEqual(before);
    await waitFor(() => view.data().privacy.findings.length === plugin.privacy.findings().length, 'the view to follow');

    // A new detail in a note that had none is found the same way.
    const clean = core.notes.find((n) => isChecked(n) && !EXPECTED.some((f) => f.path === n.path))!.path;
    expect(plugin.privacy.findings().some((f) => f.path === clean)).toBe(false);
    await app.vault.modify(app.vault.getFileByPath(clean)!, `${VAULT[clean]}\nShe gave her new number, 07700 900 461, for reminders.\n`);
    await waitFor(() => plugin.privacy.findings().some((f) => f.path === clean && f.kind === 'phone'), 'the new phone number');
  });

  it('moves findings with a renamed note, drops a deleted note’s, and drops a name once it has a person note', async () => {
    const app = await mockApp(VAULT);
    const plugin = await startPlugin(app);
    await checked(plugin);
    const moved = EXPECTED.find((f) => f.path.startsWith('Sessions/'))!.path;
    const count = plugin.privacy.findings().filter((f) => f.path === moved).length;
    await app.vault.rename(app.vault.getFileByPath(moved)!, 'Archive/moved session.md');
    await waitFor(() => plugin.privacy.findings().filter((f) => f.path === 'Archive/moved session.md').length === count, 'the findings to follow the note');
    expect(plugin.privacy.findings().some((f) => f.path === moved)).toBe(false);

    await app.fileManager.trashFile(app.vault.getFileByPath('Archive/moved session.md')!);
    await waitFor(() => !plugin.privacy.findings().some((f) => f.path === 'Archive/moved session.md'), 'the findings to go with the note');

    const person = plugin.privacy.findings().find((f) => f.kind === 'person-name' && !f.text.includes('.') && !f.text.includes('Dr'))!;
    await app.vault.create(`People/${person.text}.md`, '---\ntype: person\n---\n');
    await waitFor(() => !plugin.privacy.findings().some((f) => f.kind === 'person-name' && f.text === person.text), 'the name to be the vault’s own');
  });

  it('lets the interface draw every 50 notes on a phone, every 250 on desktop, reporting its progress each time', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 120; i++) files[`Sessions/2026-01-${String((i % 28) + 1).padStart(2, '0')} S${i}.md`] = `---\ntype: session\nclient: "[[C-${i % 5}]]"\n---\nShe felt stuck at work.\n`;
    const app = await mockApp(files);
    const plugin = await startPlugin(app);
    const progress = async (mobile: boolean): Promise<string[]> => {
      const seen: string[] = [];
      const stop = plugin.privacy.onChange(() => {
        const state = plugin.privacy.status;
        if (state.status === 'checking') seen.push(`${state.done}/${state.total}`);
      });
      const was = Platform.isMobile;
      Platform.isMobile = mobile;
      try {
        expect(await plugin.privacy.run()).toEqual({ checked: 120, findings: 0, notes: 0 });
      } finally {
        Platform.isMobile = was;
        stop();
      }
      return seen;
    };
    expect(await progress(true)).toEqual(['0/120', '50/120', '100/120', '120/120']);
    expect(await progress(false)).toEqual(['0/120', '120/120']);
  });
});
