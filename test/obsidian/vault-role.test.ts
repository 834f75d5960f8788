import { describe, expect, it, vi } from 'vitest';
import { Engine } from '../../src/core/engine';
import { LiveEngine } from '../../src/obsidian/live-engine';
import type ParallelProcessPlugin from '../../src/obsidian/main';
import { readFixtureVault } from '../helpers/engine';
import { noteText } from '../helpers/notes';
import { loadPlugin, mockApp, startPlugin, waitFor, type MockApp } from './helpers/harness';

/** A supervisor's vault (most supervision notes written with `author: supervisor`), the settings leaving the role to the notes and naming the supervisor's own person note. */
const FILES: Record<string, string> = { ...readFixtureVault('test/fixtures/vaults/supervisor-vault'), 'Clients/C-01.md': noteText('type: client\ncode: C-01', '# C-01') };
const SETTINGS = { practitionerNote: 'People/Nadia Khan.md', vaultRole: 'auto' };
const WRITTEN = ['Supervision/2026-06-10 Supervision Ben.md', 'Supervision/2026-06-11 Supervision Clare.md', 'Supervision/2026-06-12 Supervision Dev.md'];

/** What one start did (with these settings: the mock keeps no plugin's data for the next): the engines opened, the builds asked for, the rebuilds scheduled after it, and the flags' practitioners once ready. */
async function start(app: MockApp, settings: object): Promise<{ plugin: ParallelProcessPlugin; opened: number; builds: number; rebuilds: number; practitioners: string }> {
  // Spied on before the plugin loads: on a restart the layout is ready already, and the build begins as it loads.
  const open = vi.spyOn(Engine.prototype, 'openInSteps');
  const build = vi.spyOn(LiveEngine.prototype, 'build');
  // Asked for as the first build is ready, when it was built for the wrong role.
  const rebuild = vi.spyOn(LiveEngine.prototype, 'rebuildSoon');
  try {
    const plugin = await loadPlugin(app, settings);
    app.workspace.setLayoutReady__();
    await plugin.live.ready;
    const practitioners = JSON.stringify(plugin.api.getFlags().map((f) => f.practitioner).sort());
    return { plugin, opened: open.mock.calls.length, builds: build.mock.calls.length, rebuilds: rebuild.mock.calls.length, practitioners };
  } finally {
    for (const spy of [open, build, rebuild]) spy.mockRestore();
  }
}

/** The flags' practitioners when the settings say whose notes these are. */
async function practitionersAs(files: Record<string, string>, vaultRole: 'practitioner' | 'supervisor'): Promise<string> {
  const plugin = await startPlugin(await mockApp(files), { practitionerNote: SETTINGS.practitionerNote, vaultRole });
  return JSON.stringify(plugin.api.getFlags().map((f) => f.practitioner).sort());
}

describe("a vault whose role is left to the notes", () => {
  it("builds the index once as it starts in a supervisor's vault, and from its cache after that", async () => {
    const asSupervisor = await practitionersAs(FILES, 'supervisor');
    expect(asSupervisor).not.toContain('People/Nadia Khan.md');
    const app = await mockApp(FILES);
    // The first start cannot know the role before it has read the notes: it takes it up from them before it is ready.
    const first = await start(app, SETTINGS);
    expect(first.builds).toBe(1);
    expect(first.rebuilds).toBe(0);
    expect(first.practitioners).toBe(asSupervisor);
    await first.plugin.live.save();
    first.plugin.unload();
    // The next knows it: one engine, from the cache, no note read again.
    const next = await start(app, SETTINGS);
    expect([next.opened, next.builds, next.rebuilds]).toEqual([1, 1, 0]);
    expect(next.plugin.live.parsedOnLastBuild).toBe(0);
    expect(next.practitioners).toBe(asSupervisor);
  });

  it('builds again when the notes come to say the vault is a practitioner\'s, and starts as one after that', async () => {
    const app = await mockApp(FILES);
    const first = await start(app, SETTINGS);
    await waitFor(() => first.plugin.live.settingsBuilt?.practitioner === '' && first.plugin.live.status.status === 'ready', "the notes read as a supervisor's");
    // The supervisor's own notes of supervision taken out of the vault's count: most supervision notes are received ones now.
    for (const path of WRITTEN) await app.vault.modify(app.vault.getFileByPath(path)!, FILES[path].replace('author: supervisor\n', ''));
    const changed = Object.fromEntries(Object.entries(FILES).map(([path, text]) => [path, WRITTEN.includes(path) ? text.replace('author: supervisor\n', '') : text]));
    const asPractitioner = await practitionersAs(changed, 'practitioner');
    await waitFor(() => first.plugin.live.settingsBuilt?.practitioner === 'Nadia Khan' && first.plugin.live.status.status === 'ready', 'the notes read again as a practitioner\'s');
    expect(JSON.stringify(first.plugin.api.getFlags().map((f) => f.practitioner).sort())).toBe(asPractitioner);
    await first.plugin.live.save();
    first.plugin.unload();
    const next = await start(app, SETTINGS);
    expect([next.opened, next.builds, next.rebuilds]).toEqual([1, 1, 0]);
    expect(next.practitioners).toBe(asPractitioner);
  });
});
