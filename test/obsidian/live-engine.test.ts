import { openDB } from 'idb';
import { Platform } from 'obsidian';
import { describe, expect, it, vi } from 'vitest';
import { Engine } from '../../src/core/engine';
import { EngineCache as EngineCacheClass, type EngineCache } from '../../src/obsidian/engine-cache';
import { LiveEngine } from '../../src/obsidian/live-engine';
import { renderProgress } from '../../src/obsidian/view/panel-header';
import { announceVaultLoad, loadPlugin, mockApp, savedVault, startPlugin, waitFor, type MockApp } from './helpers/harness';
import { PRACTICE } from './practice-files';

/** The snapshot as the plugin keeps it in IndexedDB, in the database its vault's id names. */
async function storedSnapshot(app: MockApp): Promise<string | undefined> {
  const db = await openDB(`parallel-process/${(app as unknown as { appId: string }).appId}`, 1);
  const stored = (await db.get('snapshot', 'engine')) as Blob | undefined;
  return stored === undefined ? undefined : await stored.text();
}

async function storeSnapshot(app: MockApp, text: string): Promise<void> {
  const db = await openDB(`parallel-process/${(app as unknown as { appId: string }).appId}`, 1);
  await db.put('snapshot', text, 'engine');
}


/** A spy on the engine's warm-up that runs the engine's own, calling `before` and `after` around each part. */
function watchWarmUp(before: () => void, after: () => void) {
  // Taken before the spy replaces it.
  const real = Object.getOwnPropertyDescriptor(Engine.prototype, 'warmUp')!.value as (this: Engine) => boolean;
  return vi.spyOn(Engine.prototype, 'warmUp').mockImplementation(function (this: Engine) {
    before();
    const more = real.call(this);
    after();
    return more;
  });
}

const flagsOf = (plugin: Awaited<ReturnType<typeof startPlugin>>): string[] => plugin.api.getFlags().map((f) => `${f.kind} ${f.dynamic} ${f.client ?? '-'}`);

describe('live engine', () => {
  it('follows notes as they are created, changed, renamed and deleted', async () => {
    const app = await mockApp(PRACTICE);
    const plugin = await startPlugin(app);
    expect(flagsOf(plugin)).toEqual(['mirror-upward rescuing Clients/C-014.md']);

    const path = 'Sessions/C-021/2026-02-20 C-021.md';
    await app.vault.create(path, '---\ntype: session\nclient: "[[C-021]]"\ndate: 2026-02-20\nclient_dynamics: [avoidance]\n---\n');
    await app.vault.modify(
      app.vault.getFileByPath('Supervision/2026-02-24 Supervision.md')!,
      PRACTICE['Supervision/2026-02-24 Supervision.md'].replace('cases: ["[[C-014]]"]', 'cases: ["[[C-014]]", "[[C-021]]"]\nsupervisee_dynamics: [avoidance]'),
    );
    await waitFor(() => flagsOf(plugin).includes('mirror-upward avoidance-withdrawal Clients/C-021.md'), 'the new flag');

    await app.vault.rename(app.vault.getFileByPath(path)!, 'Archive/2026-02-20 C-021.md');
    await waitFor(() => plugin.api.getFlags().some((f) => f.evidence.some((e) => e.path === 'Archive/2026-02-20 C-021.md')), 'the renamed note');

    await app.fileManager.trashFile(app.vault.getFileByPath('Archive/2026-02-20 C-021.md')!);
    await waitFor(() => !flagsOf(plugin).includes('mirror-upward avoidance-withdrawal Clients/C-021.md'), 'the flag to go');
    expect(plugin.api.getGraph().nodes.some((n) => n.id.startsWith('Archive/'))).toBe(false);
  });

  // A slow read of a note's older version (a large sync, a slow disk), released before or after the
  // round that reads its newer version comes due: the newer version is what stays either way.
  for (const [when, waitMs] of [['before', 0], ['after', 900]] as const) {
    it(`keeps a note's newer version when a slow read of its older one lands ${when} the next round is due`, async () => {
      const app = await mockApp(PRACTICE);
      const plugin = await startPlugin(app);
      const path = 'Sessions/C-014/2026-02-03 C-014.md';
      const file = app.vault.getFileByPath(path)!;
      const version = (dynamic: string): string => `---\ntype: session\nclient: "[[C-014]]"\ndate: 2026-02-03\nclient_dynamics: [${dynamic}]\n---\n`;
      const read = app.vault.cachedRead.bind(app.vault);
      let release: () => void = () => undefined;
      let reads = 0;
      let firstRead = false;
      vi.spyOn(app.vault, 'cachedRead').mockImplementation(async (f) => {
        const text = await read(f);
        if (f.path === path && reads++ === 0) {
          await new Promise<void>((resolve) => (release = resolve));
          firstRead = true;
        }
        return text;
      });
      await app.vault.modify(file, version('avoidance'));
      await waitFor(() => reads === 1, 'the first read', 20_000);
      await app.vault.modify(file, version('rescuing'));
      if (waitMs > 0) await new Promise((resolve) => setTimeout(resolve, waitMs));
      release();
      const dynamics = (): string[] => plugin.live.engine!.evidenceOf(path).map((e) => e.dynamic);
      await waitFor(() => firstRead && reads === 2 && dynamics().includes('rescuing') && !dynamics().includes('avoidance-withdrawal'), 'the newer version', 20_000);
    });
  }

  it('makes no round of changes for a file that is not a note moving, and still follows a note moved at the same time', async () => {
    const app = await mockApp({ ...PRACTICE, 'Attachments/genogram.canvas': '{}' });
    const plugin = await startPlugin(app);
    const renamed: string[] = [];
    plugin.live.onNotesChanged((changes) => renamed.push(...changes.renamed.map(([from, to]) => `${from} > ${to}`)));
    await app.vault.rename(app.vault.getFileByPath('Attachments/genogram.canvas')!, 'Archive/genogram.canvas');
    await app.vault.rename(app.vault.getFileByPath('Sessions/C-014/2026-02-03 C-014.md')!, 'Archive/2026-02-03 C-014.md');
    await waitFor(() => renamed.length > 0, 'the note moved');
    expect(renamed).toEqual(['Sessions/C-014/2026-02-03 C-014.md > Archive/2026-02-03 C-014.md']);
    expect(plugin.api.getFlags().some((f) => f.evidence.some((e) => e.path === 'Archive/2026-02-03 C-014.md'))).toBe(true);
  });

  it('reads each note once at start-up, though Obsidian announces every note as created while the vault loads', async () => {
    const app = await mockApp(PRACTICE);
    const plugin = await loadPlugin(app);
    announceVaultLoad(app);
    app.workspace.setLayoutReady__();
    await waitFor(() => plugin.live.status.status === 'ready', 'the index');
    expect(plugin.live.parsedOnLastBuild).toBe(Object.keys(PRACTICE).length);
    const upserted: string[] = [];
    plugin.live.onNotesChanged((changes) => upserted.push(...changes.upserted.map((s) => s.path)));
    // A note created now is new: once it is read, anything queued before it has been read too.
    const path = 'Sessions/C-021/2026-02-27 C-021.md';
    await app.vault.create(path, '---\ntype: session\nclient: "[[C-021]]"\ndate: 2026-02-27\n---\nWe ran over by ten minutes.\n');
    await waitFor(() => upserted.includes(path), 'the new note');
    expect(upserted).toEqual([path]);
  });

  it('reads the notes with the default taxonomy when the taxonomy note cannot be read, and says so on that note', async () => {
    const app = await mockApp({ ...PRACTICE, 'Taxonomy.md': '```yaml\n- id: rescuing\n  cues: [took over]\n```\n' });
    const cache = { read: () => Promise.resolve(undefined), write: () => Promise.resolve(), clear: () => Promise.resolve() } as unknown as EngineCache;
    const live = new LiveEngine(app.asOriginalType__(), cache, 'test', () => ({ engine: {}, taxonomyNote: 'Taxonomy' }));
    const real = app.vault.cachedRead.bind(app.vault);
    const read = vi.spyOn(app.vault, 'cachedRead').mockImplementation((file) => (file.path === 'Taxonomy.md' ? Promise.reject(new Error('file locked')) : real(file)));
    try {
      await live.build();
    } finally {
      read.mockRestore();
      live.dispose();
    }
    expect(live.status.status).toBe('ready');
    expect(live.engine!.flags().length).toBe(1);
    expect(live.engine!.diagnostics()).toContainEqual(expect.objectContaining({ path: 'Taxonomy.md', code: 'taxonomy', message: 'The taxonomy could not be read, so the default is used: file locked' }));
  });

  it('reads every note again when the taxonomy note is edited, and says when the note it names is not there', async () => {
    const files = {
      'Clients/C-1.md': '---\ntype: client\ncode: C-1\n---\n',
      'Sessions/2026-02-10 C-1.md': '---\ntype: session\nclient: "[[C-1]]"\ndate: 2026-02-10\n---\nI found myself splorking for her again.\n',
      'Supervision/2026-02-20.md': '---\ntype: supervision\ndate: 2026-02-20\nsupervisor: Ann\nsupervisee: Robin\ncases: ["[[C-1]]"]\nsupervisor_dynamics: [rescuing]\n---\nText.\n',
      'Taxonomy.md': '```yaml\n- id: people-pleasing\n  cues: [keep everyone happy]\n```\n',
    };
    const app = await mockApp(files);
    const plugin = await startPlugin(app, { taxonomyNote: 'Taxonomy.md' });
    expect(plugin.api.getFlags()).toEqual([]);
    await app.vault.modify(app.vault.getFileByPath('Taxonomy.md')!, '```yaml\n- id: rescuing\n  cues: [splorking]\n```\n');
    await waitFor(() => plugin.api.getFlags().map((f) => `${f.kind} ${f.dynamic}`).join() === 'mirror-upward rescuing', 'the flag the edited taxonomy gives');

    const missing = await startPlugin(await mockApp(files), { taxonomyNote: 'Taxnomy' });
    expect(missing.live.engine!.diagnostics()).toContainEqual(expect.objectContaining({ path: 'Taxnomy.md', message: 'The taxonomy could not be read, so the default is used: there is no such note' }));
  });

  it('says in the view when a build fails, and builds again when asked', async () => {
    const app = await mockApp(PRACTICE);
    const cache = { read: () => Promise.resolve(undefined), write: () => Promise.resolve(), clear: () => Promise.resolve() } as unknown as EngineCache;
    const live = new LiveEngine(app.asOriginalType__(), cache, 'test', () => ({ engine: {}, taxonomyNote: '' }));
    const open = vi.spyOn(Engine.prototype, 'openInSteps').mockImplementationOnce(() => {
      throw new Error('out of memory');
    });
    try {
      await live.build();
      expect(live.status).toEqual({ status: 'failed', message: 'out of memory' });
      const header = document.body.createDiv();
      expect(renderProgress(header, live.status)).toBe(true);
      expect(header.textContent).toBe('Your notes could not be read: out of memory. The command "Rescan the vault" tries again.');
      await live.build(true);
      expect(live.status.status).toBe('ready');
    } finally {
      open.mockRestore();
      live.dispose();
    }
  });

  it('lets go of its database as it unloads, and when a newer version asks to upgrade it', async () => {
    const app = await savedVault(PRACTICE);
    const name = `parallel-process/${(app as unknown as { appId: string }).appId}`;
    const plugin = await startPlugin(app);
    // A newer version opening the database while this one runs (another window): the upgrade goes ahead.
    let upgraded = false;
    const newer = await openDB(name, 2, { upgrade: () => void (upgraded = true) });
    expect(upgraded).toBe(true);
    newer.close();
    // Unloading lets it go once the last write is done.
    const close = vi.spyOn(EngineCacheClass.prototype, 'close');
    try {
      plugin.unload();
      await waitFor(() => close.mock.calls.length === 1, 'the database to be let go');
    } finally {
      close.mockRestore();
    }
  });

  it('restarts from its cache without parsing unchanged notes again', async () => {
    const app = await mockApp(PRACTICE);
    const first = await startPlugin(app);
    expect(first.live.parsedOnLastBuild).toBe(Object.keys(PRACTICE).length);
    const flags = first.api.getFlags();
    await first.live.save();
    first.unload();

    await app.vault.modify(app.vault.getFileByPath('Clients/C-021.md')!, PRACTICE['Clients/C-021.md'] + '\nReferred by GP.\n');
    const second = await startPlugin(app);
    expect(second.live.parsedOnLastBuild).toBe(1);
    expect(second.api.getFlags()).toEqual(flags);
  });

  it('restarted from its cache, follows a session moving to another client as a fresh start would', async () => {
    const app = await savedVault(PRACTICE);
    const restarted = await startPlugin(app);
    expect(restarted.live.parsedOnLastBuild).toBe(0);

    const path = 'Sessions/C-014/2026-02-03 C-014.md';
    const moved = PRACTICE[path].replace('client: "[[C-014]]"', 'client: "[[C-021]]"');
    await app.vault.modify(app.vault.getFileByPath(path)!, moved);
    await waitFor(() => !flagsOf(restarted).includes('mirror-upward rescuing Clients/C-014.md'), 'the old client\'s flag to go');
    const fresh = await startPlugin(await mockApp({ ...PRACTICE, [path]: moved }));
    expect(restarted.api.getFlags()).toEqual(fresh.api.getFlags());
  });

  it('restarted from its cache, takes it up a step at a time with the interface free between', async () => {
    const app = await savedVault(PRACTICE);
    // Taken before the spy replaces it.
    const real = Object.getOwnPropertyDescriptor(Engine.prototype, 'openInSteps')!.value as Engine['openInSteps'];
    // Each step, as it ends, queues a task of its own: had the interface had a turn before the next
    // step, every task queued so far has run by then.
    let queued = 0;
    let ran = 0;
    const turnsBefore: number[] = [];
    const open = vi.spyOn(Engine.prototype, 'openInSteps').mockImplementation(function* (this: Engine, files, from) {
      const steps = real.call(this, files, from);
      let step = steps.next();
      while (!step.done) {
        queued++;
        window.setTimeout(() => ran++, 0);
        yield;
        turnsBefore.push(queued - ran);
        step = steps.next();
      }
      return step.value;
    });
    try {
      const restarted = await startPlugin(app);
      expect(restarted.live.parsedOnLastBuild).toBe(0);
      expect(restarted.api.getFlags().length).toBe(1);
      // The snapshot read, the notes placed, the flags decoded, then taken up.
      expect(turnsBefore).toEqual([0, 0, 0, 0]);
    } finally {
      open.mockRestore();
    }
  });

  it('restarted from its cache, warms up once the view has drawn, a part at a time with the interface free between', async () => {
    const app = await savedVault(PRACTICE);
    // Each part, as it ends, queues a task of its own: had the interface had a turn before the next
    // part, every task queued so far has run by then.
    let queued = 0;
    let ran = 0;
    const turnsBefore: number[] = [];
    const warmUp = watchWarmUp(
      () => turnsBefore.push(queued - ran),
      () => {
        queued++;
        window.setTimeout(() => ran++, 0);
      },
    );
    try {
      const restarted = await startPlugin(app);
      expect(restarted.live.parsedOnLastBuild).toBe(0);
      // Each call builds one part and says whether more were left; the last finds none.
      await waitFor(() => warmUp.mock.results.some((r) => r.value === false), 'the warm-up to finish');
      expect(warmUp.mock.results.map((r) => r.value as boolean)).toEqual([true, true, true, true, true, false]);
      expect(turnsBefore).toEqual([0, 0, 0, 0, 0, 0]);
    } finally {
      warmUp.mockRestore();
    }
  });

  it('stops warming up an engine when it unloads or rebuilds', async () => {
    const app = await savedVault(PRACTICE);
    let stop: (() => void) | undefined;
    const warmUp = watchWarmUp(
      () => undefined,
      () => stop?.(),
    );
    try {
      // Unloaded after the first part: no part after it.
      const unloaded = await startPlugin(app);
      stop = () => unloaded.unload();
      await waitFor(() => warmUp.mock.calls.length > 0, 'the first part');
      await new Promise((resolve) => window.setTimeout(resolve, 100));
      expect(warmUp.mock.calls.length).toBe(1);

      // A rebuild begun after the first part: the engine it replaces gets no part after it.
      warmUp.mockClear();
      const rebuilt = await startPlugin(app);
      stop = () => {
        stop = undefined;
        void rebuilt.live.build(true);
      };
      await waitFor(() => warmUp.mock.contexts.some((engine) => engine !== warmUp.mock.contexts[0]), 'the new engine to warm up');
      const old = warmUp.mock.contexts[0];
      expect(warmUp.mock.contexts.filter((engine) => engine === old)).toHaveLength(1);
      rebuilt.unload();
    } finally {
      warmUp.mockRestore();
    }
  });

  it('as it unloads, writes its cache only when the engine changed since it was last written', async () => {
    const app = await savedVault(PRACTICE);
    const writes = vi.spyOn(EngineCacheClass.prototype, 'write');
    try {
      // Started from an unchanged cache: closing Obsidian writes nothing.
      const unchanged = await startPlugin(app);
      expect(unchanged.live.parsedOnLastBuild).toBe(0);
      unchanged.unload();
      expect(writes).not.toHaveBeenCalled();
      // A note changed since: its state is written at once as the plugin unloads, before the timed save.
      const changed = await startPlugin(app);
      const path = 'Sessions/C-021/2026-02-12 C-021.md';
      const seen: string[] = [];
      changed.live.onNotesChanged((c) => seen.push(...c.upserted.map((s) => s.path)));
      await app.vault.modify(app.vault.getFileByPath(path)!, PRACTICE[path] + 'I jumped in and rescued him.\n');
      await waitFor(() => seen.includes(path), 'the change');
      changed.unload();
      expect(writes).toHaveBeenCalledTimes(1);
      expect(writes.mock.calls[0][1]).toBeUndefined();
    } finally {
      writes.mockRestore();
    }
  });

  it('starts afresh when the cache is from another version or damaged', async () => {
    const app = await savedVault(PRACTICE);
    const kept = JSON.parse((await storedSnapshot(app)) ?? 'null') as { keys: { version: string } };
    await storeSnapshot(app, JSON.stringify({ ...kept, keys: { ...kept.keys, version: '0.0.0' } }));
    const second = await startPlugin(app);
    expect(second.live.parsedOnLastBuild).toBe(Object.keys(PRACTICE).length);
    second.unload();
    await storeSnapshot(app, '{"format": broken');
    const third = await startPlugin(app);
    expect(third.live.parsedOnLastBuild).toBe(Object.keys(PRACTICE).length);
    expect(third.api.getFlags().length).toBe(1);
  });

  it('keeps its cache in the device storage, never in the vault, and removes the file earlier versions left there', async () => {
    const app = await mockApp(PRACTICE);
    const legacy = '.obsidian/plugins/parallel-process/index-cache.json';
    await app.vault.adapter.write(legacy, '{"version":"5:0.1.0","snapshot":{}}');
    const plugin = await startPlugin(app);
    expect(await app.vault.adapter.exists(legacy)).toBe(false);
    await plugin.live.save();
    expect(await storedSnapshot(app)).toContain('Sessions/C-014/');
    const inVault = (await app.vault.adapter.list('.obsidian/plugins/parallel-process')).files;
    expect(inVault.filter((f) => !f.endsWith('data.json'))).toEqual([]);
  });

  it('writes its cache a part at a time with the interface free between; a change that comes meanwhile is applied at once, and the cache written again after', async () => {
    const app = await mockApp(PRACTICE);
    const plugin = await startPlugin(app);
    const live = plugin.live as unknown as { pending: Map<string, unknown>; apply(): Promise<void> };
    const before = JSON.stringify(plugin.live.engine!.snapshot());
    const path = 'Sessions/C-021/2026-02-12 C-021.md';
    await app.vault.modify(app.vault.getFileByPath(path)!, PRACTICE[path] + 'I jumped in and rescued him.\n');
    await waitFor(() => live.pending.has(path), 'the change to be queued');
    // A slow device: every step of the write outlasts a slice, so the write pauses after each.
    let clock = performance.now();
    const now = vi.spyOn(performance, 'now').mockImplementation(() => (clock += 20));
    const timers = vi.spyOn(window, 'setTimeout');
    try {
      const saving = plugin.live.save();
      // As the debounce would when it ends: the change comes while the cache is being written, and
      // is applied at once, not after the write (a stuck or slowed write would hold changes up).
      await live.apply();
      const after = JSON.stringify(plugin.live.engine!.snapshot());
      expect(after).not.toBe(before);
      await saving;
      // The write stopped at its next pause, unwritten: no snapshot part before, part after the change.
      expect(await storedSnapshot(app)).toBeUndefined();
      await plugin.live.save();
      // A pause after each step of work: the graph, then the one part of JSON this small vault makes.
      expect(timers.mock.calls.filter(([, ms]) => !ms).length).toBeGreaterThanOrEqual(2);
      expect(await storedSnapshot(app)).toBe(after);
      // As the plugin unloads with nothing new since, nothing is written; with a change, the cache is
      // written at once (no pause), and a write in parts under way stops.
      timers.mockClear();
      const writes = vi.spyOn(EngineCacheClass.prototype, 'write');
      await plugin.live.save({ unloading: true });
      expect(writes).not.toHaveBeenCalled();
      writes.mockRestore();
      expect(timers.mock.calls.filter(([, ms]) => !ms)).toEqual([]);
      await app.vault.modify(app.vault.getFileByPath(path)!, PRACTICE[path] + 'I held back today.\n');
      await waitFor(() => live.pending.has(path), 'the second change to be queued');
      await live.apply();
      const slow = plugin.live.save();
      await plugin.live.save({ unloading: true });
      const last = JSON.stringify(plugin.live.engine!.snapshot());
      expect(await storedSnapshot(app)).toBe(last);
      await slow;
      expect(await storedSnapshot(app)).toBe(last);
    } finally {
      now.mockRestore();
      timers.mockRestore();
    }
  });

  it('keeps nothing when the cache is turned off while it is being written', async () => {
    const app = await mockApp(PRACTICE);
    const plugin = await startPlugin(app);
    let clock = performance.now();
    const now = vi.spyOn(performance, 'now').mockImplementation(() => (clock += 20));
    try {
      const saving = plugin.live.save();
      plugin.preferences.keepCache = false;
      await plugin.saveSettings(false);
      await saving;
      expect(await storedSnapshot(app)).toBeUndefined();
    } finally {
      now.mockRestore();
    }
  });

  it('with the cache turned off, deletes it and neither reads nor writes one', async () => {
    const app = await mockApp(PRACTICE);
    const first = await startPlugin(app);
    await first.live.save();
    expect(await storedSnapshot(app)).toBeDefined();
    first.preferences.keepCache = false;
    await first.saveSettings(false);
    expect(await storedSnapshot(app)).toBeUndefined();
    await first.live.save();
    expect(await storedSnapshot(app)).toBeUndefined();
    first.unload();
    const second = await startPlugin(app, { keepCache: false });
    expect(second.live.parsedOnLastBuild).toBe(Object.keys(PRACTICE).length);
  });

  it('reports broken notes as diagnostics and keeps going', async () => {
    const app = await mockApp({ ...PRACTICE, 'Sessions/Broken.md': '---\ntype: session\nclient: "[[C-014]]\n---\nText\n' });
    const plugin = await startPlugin(app);
    expect(plugin.api.getDiagnostics().map((d) => `${d.path}:${d.line} ${d.code}`)).toEqual(['Sessions/Broken.md:2 unread-properties', 'Sessions/Broken.md:3 frontmatter-yaml']);
    expect(plugin.api.getFlags().length).toBe(1);
  });
});

describe('the first build on a phone', () => {
  /** The progress a first build of 120 notes reports, on the platform the mock says. */
  async function progressOfBuild(mobile: boolean): Promise<number[]> {
    const files: Record<string, string> = {};
    for (let i = 0; i < 120; i++) files[`Sessions/2026-01-${String((i % 28) + 1).padStart(2, '0')} S${i}.md`] = `---\ntype: session\nclient: "[[C-${i % 5}]]"\n---\nI felt stuck.\n`;
    const app = await mockApp(files);
    const cache = { read: () => Promise.resolve(undefined), write: () => Promise.resolve(), clear: () => Promise.resolve() } as unknown as EngineCache;
    const live = new LiveEngine(app.asOriginalType__(), cache, 'test', () => ({ engine: {}, taxonomyNote: '' }));
    const done: number[] = [];
    live.onChange(() => {
      const state = live.status;
      if (state.status === 'building') done.push(state.done);
    });
    const was = Platform.isMobile;
    Platform.isMobile = mobile;
    try {
      await live.build();
    } finally {
      Platform.isMobile = was;
      live.dispose();
    }
    expect(live.parsedOnLastBuild).toBe(120);
    return done;
  }

  it('yields to the interface every 50 notes on mobile, reporting progress each time, and every 250 on desktop', async () => {
    expect(await progressOfBuild(true)).toEqual([0, 50, 100]);
    expect(await progressOfBuild(false)).toEqual([0]);
  });

  it('lets the interface draw between batches of many notes changed at once (a sync), as while building', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 120; i++) files[`Sessions/2026-01-${String((i % 28) + 1).padStart(2, '0')} S${i}.md`] = `---\ntype: session\nclient: "[[C-${i % 5}]]"\n---\nI felt stuck.\n`;
    const app = await mockApp(files);
    const plugin = await startPlugin(app);
    // A timer that runs whenever the interface gets a turn; each note read notes how many turns it has had.
    let turns = 0;
    const timer = window.setInterval(() => turns++, 0);
    const seen: number[] = [];
    // Taken before the spy replaces it.
    const real = Object.getOwnPropertyDescriptor(Engine.prototype, 'upsert')!.value as Engine['upsert'];
    const upsert = vi.spyOn(Engine.prototype, 'upsert').mockImplementation(function (this: Engine, ...args: Parameters<Engine['upsert']>) {
      seen.push(turns);
      return real.apply(this, args);
    });
    const was = Platform.isMobile;
    Platform.isMobile = true;
    try {
      for (const path of Object.keys(files)) await app.vault.modify(app.vault.getFileByPath(path)!, `${files[path]}We ran over.\n`);
      await waitFor(() => seen.length === 120, 'the changed notes');
    } finally {
      Platform.isMobile = was;
      window.clearInterval(timer);
      upsert.mockRestore();
    }
    expect(plugin.live.status.status).toBe('ready');
    // Read in batches of 50 with turns between: the first and last note read saw different turns.
    expect(new Set(seen).size).toBeGreaterThanOrEqual(3);
  });
});
