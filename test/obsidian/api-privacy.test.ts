import { describe, expect, it } from 'vitest';
import { mockApp, startPlugin } from './helpers/harness';
import { PRACTICE } from './practice-files';
import { readFixtureVault } from '../helpers/engine';

const REFLECTION = 'Reflections/2026-02-20 Grief about Mum.md';
const VAULT = {
  ...PRACTICE,
  [REFLECTION]: '---\ntype: reflection\ndate: 2026-02-20\nthemes: [SECRET-THEME, rescuing]\n---\nI keep rescuing, as with [[C-014]] and [[Mums funeral notes]].\n',
};

describe('plugin.api and private reflections', () => {
  it('gives other plugins no private reflection, its links or its problems, unless the user allows it', async () => {
    const app = await mockApp(VAULT);
    const plugin = await startPlugin(app);
    await plugin.api.ready;
    const everything = (): string => JSON.stringify([plugin.api.getFlags(), plugin.api.getGraph(), plugin.api.getDiagnostics()]);
    expect(everything()).not.toContain('Grief about Mum');
    expect(everything()).not.toContain('mums funeral notes');
    expect(everything()).not.toContain('SECRET-THEME');

    plugin.preferences.includePrivateInExport = true;
    await plugin.saveSettings(false);
    expect(JSON.stringify(plugin.api.getGraph())).toContain(REFLECTION);
    expect(JSON.stringify(plugin.api.getDiagnostics())).toContain('SECRET-THEME');

    // While names are masked (a screen shared), as in exports, private reflections stay out all the same.
    plugin.preferences.maskClientNames = true;
    await plugin.saveSettings(false);
    expect(everything()).not.toContain('Grief about Mum');
    expect(everything()).not.toContain('SECRET-THEME');
  });

  it("gives an alias two clients share both clients' flags, each naming its own client", async () => {
    const demo = readFixtureVault('examples/demo-vault');
    const shared = { ...demo, 'Clients/C-021.md': demo['Clients/C-021.md'].replace('aliases: [Jordan]', 'aliases: [Jordan, Sam]') };
    const plugin = await startPlugin(await mockApp(shared));
    await plugin.api.ready;
    const byCode = [...plugin.api.getFlags({ client: 'C-014' }), ...plugin.api.getFlags({ client: 'C-021' })].map((f) => f.id).sort();
    expect(byCode.length).toBeGreaterThan(1);
    expect(new Set(plugin.api.getFlags({ client: 'C-021' }).map((f) => f.client))).toEqual(new Set(['Clients/C-021.md']));
    expect(plugin.api.getFlags({ client: 'Sam' }).map((f) => f.id).sort()).toEqual(byCode);
  });
});
