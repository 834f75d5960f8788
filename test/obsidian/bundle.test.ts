import { existsSync, readFileSync } from 'node:fs';
import { runInThisContext } from 'node:vm';
import * as obsidian from 'obsidian';
import { afterEach, describe, expect, it } from 'vitest';
import { engineWith } from '../helpers/engine';
import type ParallelProcessPlugin from '../../src/obsidian/main';
import { MANIFEST, mockApp, waitFor } from './helpers/harness';
import { PRACTICE } from './practice-files';

/**
 * The shipped main.js, not the sources: loaded as Obsidian loads a plugin (its text run as a
 * function of require, module and exports, `obsidian` the one module it may ask for), then run over
 * a vault. What the build does to the code after esbuild (escaping, lookbehinds left out) is only
 * seen here.
 */

/** The practice with notes typed as phones and Macs type them: curly apostrophes and quotes, dashes. */
const TYPED: Record<string, string> = {
  ...PRACTICE,
  'Sessions/C-021/2026-02-19 C-021.md':
    '---\ntype: session\nclient: "[[C-021]]"\ndate: 2026-02-19\nsession: 3\n---\nHer manager hasn’t replied — she didn’t want me to ring him, and I didn’t. “It’s mine to sort,” she said.\n\nBy the end I’d filled in her appeal form for her while she watched, and offered to phone the union for her too.\n',
  'Supervision/2026-02-26 Supervision.md':
    '---\ntype: supervision\nsupervisor: "[[Ann Lee]]"\nsupervisee: "[[Robin Hart]]"\ndate: 2026-02-26\ncases: ["[[C-021]]"]\n---\nC-021’s appeal: I’d barely started before Ann had drafted my next three steps for me — she didn’t ask what I’d tried.\n',
};

type PluginClass = new (app: unknown, manifest: typeof MANIFEST) => ParallelProcessPlugin;

/** Runs main.js as Obsidian does and returns what it exports by default: the plugin class. */
function loadBundle(): PluginClass {
  expect(existsSync('dist/main.js'), 'build first: node esbuild.config.mjs').toBe(true);
  const code = readFileSync('dist/main.js', 'utf8');
  const module = { exports: {} as { default?: PluginClass } };
  const require = (id: string): unknown => {
    if (id === 'obsidian') return obsidian;
    throw new Error(`main.js asked for ${id}, which Obsidian does not provide`);
  };
  const run = runInThisContext(`(function (require, module, exports) {${code}\n})`, { filename: 'main.js' }) as (r: typeof require, m: typeof module, e: typeof module.exports) => void;
  run(require, module, module.exports);
  expect(module.exports.default).toBeTypeOf('function');
  return module.exports.default!;
}

const started: ParallelProcessPlugin[] = [];
afterEach(() => {
  for (const plugin of started.splice(0)) plugin.unload();
});

describe('the built main.js', () => {
  it('loads, builds the index after layout-ready and raises the flags the sources raise', async () => {
    const Plugin = loadBundle();
    const app = await mockApp(TYPED);
    const plugin = new Plugin(app.asOriginalType__(), MANIFEST);
    started.push(plugin);
    plugin.load();
    await waitFor(() => plugin.live !== undefined, 'onload');
    app.workspace.setLayoutReady__();
    await waitFor(() => plugin.live.status.status === 'ready', 'the index');
    const expected = engineWith(TYPED).flags();
    expect(expected.length).toBeGreaterThan(0);
    expect(plugin.api.getFlags().map((f) => [f.id, f.evidence.map((e) => e.text)])).toEqual(expected.map((f) => [f.id, f.evidence.map((e) => e.text)]));
  });
});
