import { App, Notice } from 'obsidian-test-mocks/obsidian';
import { vi } from 'vitest';
import ParallelProcessPlugin from '../../../src/obsidian/main';
import { VIEW_TYPE, type PatternView } from '../../../src/obsidian/view/pattern-view';
import { installObsidianLinks } from './metadata-links';

export const MANIFEST = {
  id: 'parallel-process',
  name: 'Parallel Process',
  version: '0.1.0',
  minAppVersion: '1.7.2',
  author: 'Parallel Process contributors',
  description: 'Test manifest',
  dir: '.obsidian/plugins/parallel-process',
};

export type MockApp = ReturnType<typeof App.createConfigured__>;

type StatFile = { stat: { ctime: number; mtime: number; size: number } };

/**
 * A mock app holding these notes, with five gaps of obsidian-test-mocks filled the way Obsidian
 * behaves: files get a real mtime and size on every write (the mock keeps 0/0, which would make
 * every version of a file look the same), a note with malformed YAML is kept without properties
 * instead of making the mock throw, creating a file in a folder that does not exist fails, the app
 * has a vault id, and its metadata cache resolves links as Obsidian's does (metadata-links.ts).
 */
let vaults = 0;

export async function mockApp(files: Record<string, string>): Promise<MockApp> {
  const app = App.createConfigured__({ files: {} });
  // Obsidian's per-vault id, which names the plugin's IndexedDB database; the mock has none until given one.
  (app as unknown as { appId: string }).appId = `mock-vault-${++vaults}`;
  const vault = app.vault;
  let clock = 1_700_000_000_000;
  const touch = (file: unknown, data: string): void => {
    const f = file as StatFile;
    const ctime = f.stat.ctime || clock;
    f.stat = { ctime, mtime: ++clock, size: new TextEncoder().encode(data).length };
  };
  const create = vault.create.bind(vault);
  vault.create = async (path, data, options) => {
    const folder = path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '';
    if (folder && !vault.getFolderByPath(folder)) throw new Error(`Folder ${folder} does not exist`);
    try {
      const file = await create(path, data, options);
      touch(file, data);
      return file;
    } catch (error) {
      const file = vault.getFileByPath(path);
      if (!file) throw error;
      touch(file, data);
      return file;
    }
  };
  const modify = vault.modify.bind(vault);
  vault.modify = async (file, data, options) => {
    touch(file, data);
    await modify(file, data, options).catch(() => undefined);
  };
  for (const [path, text] of Object.entries(files)) {
    const folder = path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '';
    if (folder && !vault.getFolderByPath(folder)) await vault.createFolder(folder).catch(() => undefined);
    await vault.create(path, text);
  }
  installObsidianLinks(app);
  return app;
}

/**
 * What Obsidian does as a vault loads, before the layout is ready: a `create` event for every file
 * it holds. Its metadata cache, kept between starts, parses none of them again; the mock's would
 * (and fire `changed` for each), so it is held still meanwhile.
 */
export function announceVaultLoad(app: MockApp): void {
  const cache = app.metadataCache as unknown as { parseFileMetadata: (file: unknown) => void };
  const parse = cache.parseFileMetadata;
  cache.parseFileMetadata = () => undefined;
  try {
    for (const file of app.vault.getFiles()) app.vault.trigger('create', file);
  } finally {
    cache.parseFileMetadata = parse;
  }
}

/** Waits until a condition holds, polling; fails after a timeout instead of hanging. */
export async function waitFor(condition: () => boolean, what: string, timeoutMs = 5000): Promise<void> {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > timeoutMs) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Loads the plugin as Obsidian does, fires layout-ready, and waits for the index. */
/** Plugins started by a test; each is unloaded after it, as closing Obsidian would, so no timer of one outlives its test. */
const running = new Set<ParallelProcessPlugin>();

export function unloadStartedPlugins(): void {
  for (const plugin of running) plugin.unload();
  running.clear();
}

export async function startPlugin(app: MockApp, data?: unknown): Promise<ParallelProcessPlugin> {
  const plugin = await loadPlugin(app, data);
  app.workspace.setLayoutReady__();
  await waitFor(() => plugin.live.status.status === 'ready', 'the index');
  return plugin;
}

/** A vault of these notes whose plugin ran once and saved its cache, so that the next start takes it up. */
export async function savedVault(files: Record<string, string>): Promise<MockApp> {
  const app = await mockApp(files);
  const first = await startPlugin(app);
  await first.live.save();
  first.unload();
  return app;
}

/** Loads the plugin as Obsidian does, before the layout is ready: the index is not built yet. */
export async function loadPlugin(app: MockApp, data?: unknown): Promise<ParallelProcessPlugin> {
  const plugin = new ParallelProcessPlugin(app.asOriginalType__(), MANIFEST);
  running.add(plugin);
  if (data !== undefined) await plugin.saveData(data);
  // As Obsidian does: load() runs onload(); the settings are read before anything else is registered.
  plugin.load();
  await waitFor(() => plugin.preferences !== undefined && plugin.live !== undefined, 'onload');
  return plugin;
}

/** How many handlers the vault, metadata cache and workspace hold, to prove unload releases them. */
export function handlerCount(app: MockApp): number {
  const count = (events: unknown): number => Object.values((events as { _: Record<string, unknown[]> })._ ?? {}).reduce((n, list) => n + list.length, 0);
  return count(app.vault) + count(app.metadataCache) + count(app.workspace);
}


/** A file's text as the vault holds it; throws when there is no such file. */
export function read(app: MockApp, path: string): string {
  const file = app.vault.getFileByPath(path);
  if (!file) throw new Error(`${path} does not exist`);
  return app.vault.readSync__(file);
}

/** A file's text once a command has created it. */
export async function created(app: MockApp, path: string): Promise<string> {
  await waitFor(() => app.vault.getFileByPath(path) !== null, path);
  return read(app, path);
}

/** The view as Obsidian would create it: obsidian-test-mocks keeps the factory but never builds views itself. */
export async function openView(app: MockApp, plugin: ParallelProcessPlugin): Promise<PatternView> {
  const factory = (plugin as unknown as { views__: Map<string, (leaf: unknown) => PatternView> }).views__.get(VIEW_TYPE)!;
  const view = factory(app.workspace.getLeaf(true));
  view.load();
  await view.onOpen();
  return view;
}

/** The file the workspace last opened (the mock's leaf keeps it in a private field). */
export function openedFile(app: MockApp): { path: string } | null {
  return (app.workspace.getLeaf(false) as unknown as { file: { path: string } | null }).file;
}

/** The message of every notice shown from now on (the mock keeps none); vi.restoreAllMocks() ends it. */
export function captureNotices(): string[] {
  const notices: string[] = [];
  vi.spyOn(Notice.prototype as unknown as { constructor__: (message: string) => void }, 'constructor__').mockImplementation((message) => void notices.push(message));
  return notices;
}
