import { describe, expect, it } from 'vitest';
import { engineWith } from '../helpers/engine';
import ParallelProcessPlugin from '../../src/obsidian/main';
import { handlerCount, MANIFEST, mockApp, startPlugin, waitFor } from './helpers/harness';
import { PRACTICE } from './practice-files';

describe('plugin lifecycle', () => {
  it('builds the index after layout-ready and offers the api', async () => {
    const app = await mockApp(PRACTICE);
    const plugin = await startPlugin(app);
    const expected = engineWith(PRACTICE).flags();
    expect(plugin.api.getFlags().map((f) => f.id)).toEqual(expected.map((f) => f.id));
    expect(plugin.api.getFlags({ kind: 'mirror-upward' }).map((f) => f.dynamic)).toEqual(['rescuing']);
    expect(plugin.api.getFlags({ client: 'Clients/C-021.md' })).toEqual([]);
    // A client by the note's path, its code or an alias, as the command line's --client takes one.
    const c014 = expected.filter((f) => f.client === 'Clients/C-014.md').map((f) => f.id);
    expect(c014.length).toBeGreaterThan(0);
    for (const client of ['Clients/C-014.md', 'C-014', 'sam']) expect(plugin.api.getFlags({ client }).map((f) => f.id)).toEqual(c014);
    expect(plugin.api.getFlags({ client: 'Nobody' })).toEqual([]);
    expect(plugin.api.getGraph().nodes.find((n) => n.id === 'Clients/C-014.md')?.type).toBe('client');
    expect(plugin.api.getDiagnostics()).toEqual([]);
  });

  it('does nothing heavy before layout-ready', async () => {
    const app = await mockApp(PRACTICE);
    const { default: Plugin } = await import('../../src/obsidian/main');
    const plugin = new Plugin(app.asOriginalType__(), (await import('./helpers/harness')).MANIFEST);
    plugin.load();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(plugin.live.status.status).toBe('waiting');
    expect(plugin.api.getFlags()).toEqual([]);
  });

  it('settles api.ready when the first index is built, with the flags there to read', async () => {
    const app = await mockApp(PRACTICE);
    const plugin = new ParallelProcessPlugin(app.asOriginalType__(), MANIFEST);
    plugin.load();
    await waitFor(() => plugin.api !== undefined, 'onload');
    let settled = false;
    const ready = plugin.api.ready.then(() => (settled = true));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(settled).toBe(false);
    expect(plugin.api.getFlags()).toEqual([]);
    app.workspace.setLayoutReady__();
    await ready;
    expect(plugin.live.status.status).toBe('ready');
    expect(plugin.api.getFlags().map((f) => f.id)).toEqual(engineWith(PRACTICE).flags().map((f) => f.id));
  });

  it('settles api.ready when the plugin unloads before any index was built', async () => {
    const app = await mockApp(PRACTICE);
    const plugin = new ParallelProcessPlugin(app.asOriginalType__(), MANIFEST);
    plugin.load();
    await waitFor(() => plugin.api !== undefined, 'onload');
    plugin.unload();
    await expect(plugin.api.ready).resolves.toBeUndefined();
    expect(plugin.api.getFlags()).toEqual([]);
  });

  it('tells listeners when flags change, and stops when they unsubscribe', async () => {
    const app = await mockApp(PRACTICE);
    const plugin = await startPlugin(app);
    let calls = 0;
    const unsubscribe = plugin.api.onChange(() => calls++);
    await app.vault.create('Sessions/C-014/2026-02-10 C-014.md', '---\ntype: session\nclient: "[[C-014]]"\ndate: 2026-02-10\nclient_dynamics: [avoidance]\n---\n');
    await waitFor(() => calls > 0, 'a change notification');
    unsubscribe();
    const seen = calls;
    await app.vault.create('Sessions/C-014/2026-02-11 C-014.md', '---\ntype: session\nclient: "[[C-014]]"\ndate: 2026-02-11\n---\n');
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(calls).toBe(seen);
  });

  it('releases every event handler on unload', async () => {
    const app = await mockApp(PRACTICE);
    const before = handlerCount(app);
    const plugin = await startPlugin(app);
    expect(handlerCount(app)).toBeGreaterThan(before);
    plugin.unload();
    expect(handlerCount(app)).toBe(before);
  });
});
