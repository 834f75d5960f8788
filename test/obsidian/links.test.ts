import { describe, expect, it, vi } from 'vitest';
import { unresolvedId } from '../../src/core/model/edges';
import { NotePathResolver } from '../../src/core/vault/note-path-resolver';
import type ParallelProcessPlugin from '../../src/obsidian/main';
import { mockApp, savedVault, startPlugin, waitFor, type MockApp } from './helpers/harness';
import { obsidianLinksOf } from './helpers/metadata-links';

/**
 * A practice whose links put Obsidian's rules to work: an alias used as a link target (`[[Sam]]`,
 * `supervisor: "[[Ann]]"`), a client linked in lower case with a heading and display text, a
 * markdown link with an encoded space, and a name two notes share at paths of one length, where
 * Obsidian takes the one it saw first (Reading/ was made before Archive/), and the command line's
 * resolver the one that sorts first.
 */
const VAULT: Record<string, string> = {
  'People/Robin Hart.md': '---\ntype: person\nrole: practitioner\n---\n# Robin Hart\n',
  'People/Ann Lee.md': '---\ntype: person\nrole: supervisor\naliases: [Ann]\n---\n# Ann Lee\n',
  'Clients/C-014.md': '---\ntype: client\ncode: C-014\naliases: [Sam]\npractitioner: "[[Robin Hart]]"\n---\n# C-014\n',
  'Clients/C-021.md': '---\ntype: client\ncode: C-021\naliases: [Jordan]\npractitioner: "[[Robin Hart]]"\n---\n# C-021\n',
  'Reading/Plan.md': '# Plan\nWhat I read about contracting.\n',
  'Archive/Plan.md': '# Plan\nLast year\'s plan.\n',
  'Reading/Grief models.md': '# Grief models\n',
  'Sessions/C-014/2026-02-03 C-014.md':
    '---\ntype: session\nclient: "[[C-014]]"\ndate: 2026-02-03\npractitioner: "[[Robin Hart]]"\npractitioner_dynamics: [rescuing]\n---\n' +
    'Back to [[c-014#Goals|her goals]]; see the [[Plan]] and [grief models](Reading/Grief%20models.md).\nI jumped in with solutions.\n',
  'Sessions/C-021/2026-02-12 C-021.md': '---\ntype: session\nclient: "[[C-021]]"\ndate: 2026-02-12\n---\nJordan talked about the restructure; see [[C-033]] too.\n',
  'Supervision/2026-02-24 Supervision.md':
    '---\ntype: supervision\nsupervisor: "[[Ann]]"\nsupervisee: "[[Robin Hart]]"\ndate: 2026-02-24\ncases: ["[[C-021]]"]\nsupervisor_dynamics: [rescuing]\n---\n' +
    'We came back to [[Sam]]. Ann came up with solutions for me.\n',
};

const SESSION = 'Sessions/C-014/2026-02-03 C-014.md';
const SUPERVISION = 'Supervision/2026-02-24 Supervision.md';

/**
 * Per note, where its links go in the plugin's graph and in Obsidian's `resolvedLinks` and
 * `unresolvedLinks`. Plain property values (`client: C-014`) are links to the plugin but not to
 * Obsidian, so only links written as links are compared.
 */
function linksBothWays(app: MockApp, plugin: ParallelProcessPlugin): { plugin: Record<string, string[]>; obsidian: Record<string, string[]> } {
  const graph = plugin.live.engine!.graph;
  const cache = app.metadataCache as unknown as { resolvedLinks: Record<string, Record<string, number>>; unresolvedLinks: Record<string, Record<string, number>> };
  const ours: Record<string, string[]> = {};
  const theirs: Record<string, string[]> = {};
  for (const file of app.vault.getMarkdownFiles()) {
    const written = graph.links(file.path).filter(({ link }) => link.syntax !== 'property');
    ours[file.path] = [...new Set(written.map(({ link, target }) => target ?? `unresolved:${unresolvedId(link.target)}`))].sort();
    const resolved = Object.keys(cache.resolvedLinks[file.path] ?? {}).filter((target) => target !== file.path);
    const unresolved = Object.keys(cache.unresolvedLinks[file.path] ?? {}).map((name) => `unresolved:${unresolvedId(name)}`);
    theirs[file.path] = [...new Set([...resolved, ...unresolved])].sort();
  }
  return { plugin: ours, obsidian: theirs };
}

const targetOf = (plugin: ParallelProcessPlugin, path: string, written: string): string | undefined =>
  plugin.live.engine!.graph.links(path).find(({ link }) => link.target === written)?.target;

const discussed = (plugin: ParallelProcessPlugin): string[] =>
  plugin.api.getGraph().edges.filter((e) => e.type === 'discusses' && e.from === SUPERVISION).map((e) => e.to);

async function settled(app: MockApp, plugin: ParallelProcessPlugin, until: () => boolean, what: string): Promise<void> {
  await obsidianLinksOf(app).settled();
  await waitFor(until, what);
  const both = linksBothWays(app, plugin);
  expect(both.plugin).toEqual(both.obsidian);
}

describe('links, as Obsidian resolves them', () => {
  it('point where Obsidian\'s metadata cache points, note by note', async () => {
    const app = await mockApp(VAULT);
    const plugin = await startPlugin(app);
    const both = linksBothWays(app, plugin);
    expect(both.plugin).toEqual(both.obsidian);
    expect(both.plugin[SESSION]).toEqual(['Clients/C-014.md', 'People/Robin Hart.md', 'Reading/Grief models.md', 'Reading/Plan.md']);
    expect(both.plugin[SUPERVISION]).toEqual(['Clients/C-021.md', 'People/Robin Hart.md', 'unresolved:ann', 'unresolved:sam']);
  });

  it('leave an alias unresolved, as Obsidian does, where the command line\'s resolver once resolved it', async () => {
    const plugin = await startPlugin(await mockApp(VAULT));
    expect(targetOf(plugin, SUPERVISION, 'Sam')).toBeUndefined();
    expect(targetOf(plugin, SUPERVISION, 'Ann')).toBeUndefined();
    expect(plugin.api.getGraph().edges.filter((e) => e.type === 'supervised-by' && e.from === SUPERVISION).map((e) => e.to)).toEqual(['ann']);
    // The supervision still discusses Sam's client (SPEC section 2): an unresolved link names C-014 by alias.
    expect(discussed(plugin).sort()).toEqual(['Clients/C-014.md', 'Clients/C-021.md']);
  });

  it('take the note Obsidian takes of two at paths as long, not the one the command line would', async () => {
    const plugin = await startPlugin(await mockApp(VAULT));
    expect(targetOf(plugin, SESSION, 'Plan')).toBe('Reading/Plan.md');
    const commandLine = new NotePathResolver();
    for (const path of Object.keys(VAULT)) commandLine.noteAdded(path);
    expect(commandLine.resolve('Plan', SESSION)).toBe('Archive/Plan.md');
  });

  it('follow a note created that an unresolved link names, and a rename that moves a name', async () => {
    const app = await mockApp(VAULT);
    const plugin = await startPlugin(app);
    const session = 'Sessions/C-021/2026-02-12 C-021.md';
    expect(targetOf(plugin, session, 'C-033')).toBeUndefined();

    await app.vault.create('Clients/C-033.md', '---\ntype: client\ncode: C-033\n---\n# C-033\n');
    await settled(app, plugin, () => targetOf(plugin, session, 'C-033') === 'Clients/C-033.md', 'the link to resolve');

    await app.vault.rename(app.vault.getFileByPath('Clients/C-014.md')!, 'Clients/Sam.md');
    await settled(app, plugin, () => targetOf(plugin, SUPERVISION, 'Sam') === 'Clients/Sam.md', 'the renamed note');
    expect(targetOf(plugin, SESSION, 'C-014')).toBeUndefined();
  });

  it('restarted from the cache, resolve no link, then follow what Obsidian resolves otherwise as it starts', async () => {
    const app = await savedVault(VAULT);

    const asked = vi.spyOn(app.metadataCache, 'getFirstLinkpathDest');
    const restarted = await startPlugin(app);
    expect(restarted.live.parsedOnLastBuild).toBe(0);
    expect(asked).not.toHaveBeenCalled();
    expect(targetOf(restarted, SESSION, 'Plan')).toBe('Reading/Plan.md');

    // Obsidian starts too, and this time sees Archive/ first: no note changes, only the answer.
    obsidianLinksOf(app).restart(['Archive/Plan.md']);
    expect(app.metadataCache.getFirstLinkpathDest('Plan', SESSION)?.path).toBe('Archive/Plan.md');
    await settled(app, restarted, () => targetOf(restarted, SESSION, 'Plan') === 'Archive/Plan.md', 'the session to follow Obsidian');
  });

  it('change nothing, and redraw nothing, when Obsidian resolves every note again as before', async () => {
    const app = await mockApp(VAULT);
    const plugin = await startPlugin(app);
    const relinked = vi.spyOn(plugin.live.engine!, 'relink');
    let redraws = 0;
    plugin.live.onChange(() => redraws++);
    obsidianLinksOf(app).restart([]);
    await obsidianLinksOf(app).settled();
    await waitFor(() => relinked.mock.calls.length > 0, 'the notes to be relinked');
    expect(relinked.mock.calls[0][0]).toHaveLength(app.vault.getMarkdownFiles().length);
    expect(relinked.mock.results[0].value).toBe(false);
    expect(redraws).toBe(0);
  });

  it('restarted from the cache, resolve a link to a note made while the plugin was off', async () => {
    const app = await savedVault(VAULT);
    await app.vault.create('Clients/C-033.md', '---\ntype: client\ncode: C-033\n---\n# C-033\n');
    await obsidianLinksOf(app).settled();

    const restarted = await startPlugin(app);
    expect(restarted.live.parsedOnLastBuild).toBe(1);
    expect(targetOf(restarted, 'Sessions/C-021/2026-02-12 C-021.md', 'C-033')).toBe('Clients/C-033.md');
    const both = linksBothWays(app, restarted);
    expect(both.plugin).toEqual(both.obsidian);
  });
});
