import { describe, expect, it } from 'vitest';
import { mockApp, startPlugin } from './helpers/harness';
import { PRACTICE } from './practice-files';

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
  });
});
