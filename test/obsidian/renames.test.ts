import { describe, expect, it, vi } from 'vitest';
import { reviewOf, standingOf } from '../../src/core/review/flag-review';
import { EngineCache } from '../../src/obsidian/engine-cache';
import type ParallelProcessPlugin from '../../src/obsidian/main';
import { captureNotices, loadPlugin, mockApp, savedVault, startPlugin, waitFor, type MockApp } from './helpers/harness';
import { PRACTICE } from './practice-files';

const SUPERVISION = 'Supervision/2026-02-24 Supervision.md';
const MOVED = 'Supervision/2026/2026-02-24 Supervision.md';
const REASON = 'Talked this through with Ann already.';

/** A promise the test settles: what a slow read waits for. */
function gate(): { opened: Promise<void>; open: () => void } {
  let open: () => void = () => undefined;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { opened, open };
}

/** The next start's cache read, held back (a large vault) until released: whether it began, and how to let it go. */
function holdCacheRead(): { readonly reading: boolean; release: () => void; restore: () => void } {
  const slow = gate();
  const real = Object.getOwnPropertyDescriptor(EngineCache.prototype, 'read')!.value as EngineCache['read'];
  const state = { reading: false };
  const read = vi.spyOn(EngineCache.prototype, 'read').mockImplementation(async function (this: EngineCache) {
    state.reading = true;
    await slow.opened;
    return real.call(this);
  });
  return {
    get reading() {
      return state.reading;
    },
    release: slow.open,
    restore: () => read.mockRestore(),
  };
}

/** Moves the supervision note into a folder of its year: the flag's id is made from its path, so it changes. */
async function moveSupervision(app: MockApp): Promise<void> {
  await app.vault.createFolder('Supervision/2026');
  await app.vault.rename(app.vault.getFileByPath(SUPERVISION)!, MOVED);
}

/** Waits for the flag on the moved supervision note to stand dismissed, with the reason given before it moved. */
async function reviewFollowed(plugin: ParallelProcessPlugin, oldId: string): Promise<void> {
  const moved = () => plugin.api.getFlags().find((f) => f.supervision === MOVED);
  await waitFor(() => moved() !== undefined && plugin.preferences.reviews[moved()!.id] !== undefined, 'the review to follow the flag');
  expect(moved()!.id).not.toBe(oldId);
  expect(plugin.preferences.reviews[oldId]).toBeUndefined();
  expect(plugin.preferences.reviews[moved()!.id]).toMatchObject({ status: 'dismissed', reason: REASON });
  expect(standingOf(moved()!, plugin.preferences.reviews).status).toBe('dismissed');
}

describe('a review carried to a renamed flag', () => {
  it('is said not to be saved when the settings cannot be written, never lost in silence', async () => {
    const app = await mockApp(PRACTICE);
    const [flag] = (await startPlugin(app)).api.getFlags();
    const plugin = await startPlugin(app, { reviews: { [flag.id]: reviewOf(flag, 'dismissed', REASON, new Date('2026-03-01T10:00:00Z')) } });
    const notices = captureNotices();
    vi.spyOn(plugin, 'saveData').mockRejectedValue(new Error('the disk is full'));
    await moveSupervision(app);
    await waitFor(() => notices.some((n) => n.includes('could not save your reviews: the disk is full')), 'the notice');
  });
});

describe('a note renamed while the index is built', () => {
  it('keeps its flag\'s review when it moves as Obsidian starts, before the build has listed the notes', async () => {
    const app = await mockApp(PRACTICE);
    const first = await startPlugin(app);
    const [flag] = first.api.getFlags();
    expect(flag.supervision).toBe(SUPERVISION);
    await first.live.save();
    first.unload();

    // The next start: its cache is read slowly (a large vault), and the note moves meanwhile.
    const held = holdCacheRead();
    try {
      const plugin = await loadPlugin(app, { reviews: { [flag.id]: reviewOf(flag, 'dismissed', REASON, new Date('2026-03-01T10:00:00Z')) } });
      app.workspace.setLayoutReady__();
      await waitFor(() => held.reading, 'the cache to be read');
      await moveSupervision(app);
      held.release();
      await reviewFollowed(plugin, flag.id);
    } finally {
      held.restore();
    }
  });

  it('keeps its flag\'s review when it moves during a rescan, while the notes are being read', async () => {
    const app = await mockApp(PRACTICE);
    const plugin = await startPlugin(app);
    const [flag] = plugin.api.getFlags();
    plugin.preferences.reviews[flag.id] = reviewOf(flag, 'dismissed', REASON, new Date('2026-03-01T10:00:00Z'));
    await plugin.saveSettings(false);

    // A note listed before the supervision note is read slowly; the supervision note moves meanwhile.
    const slow = gate();
    const cachedRead = app.vault.cachedRead.bind(app.vault);
    let held = false;
    const read = vi.spyOn(app.vault, 'cachedRead').mockImplementation(async (file) => {
      if (file.path === 'Clients/C-014.md' && !held) {
        held = true;
        await slow.opened;
      }
      return cachedRead(file);
    });
    try {
      const rescan = plugin.live.build(true);
      await waitFor(() => held, 'the slow read');
      await moveSupervision(app);
      slow.open();
      await rescan;
      await reviewFollowed(plugin, flag.id);
    } finally {
      read.mockRestore();
    }
  });

  it('takes up a note made, while it is built, at the path a renamed note left, beside the renamed one', async () => {
    const app = await savedVault(PRACTICE);
    const path = 'Sessions/C-021/2026-02-12 C-021.md';
    const archived = 'Archive/2026-02-12 C-021.md';
    const held = holdCacheRead();
    try {
      const plugin = await loadPlugin(app);
      let renamed = false;
      plugin.live.onNotesChanged((changes) => (renamed ||= changes.renamed.length > 0));
      app.workspace.setLayoutReady__();
      await waitFor(() => held.reading, 'the cache to be read');
      await app.vault.createFolder('Archive');
      await app.vault.rename(app.vault.getFileByPath(path)!, archived);
      await app.vault.create(path, '---\ntype: session\nclient: "[[C-021]]"\ndate: 2026-02-12\nsession: 2\nclient_dynamics: [avoidance]\n---\nRewritten from my paper notes.\n');
      held.release();
      const dynamics = (p: string): string[] => plugin.live.engine?.evidenceOf(p).map((e) => e.dynamic) ?? [];
      // Once the round that applies the rename is done: the build has already taken up both notes as they were before it.
      await waitFor(() => renamed, 'the rename to be applied');
      expect(plugin.live.engine!.graph.note(archived)).toBeDefined();
      expect(dynamics(path)).toContain('avoidance-withdrawal');
      expect(dynamics(archived)).toEqual([]);
    } finally {
      held.restore();
    }
  });
});

describe('a note that could not be read', () => {
  it('is read again under its new name when it is renamed', async () => {
    const app = await mockApp(PRACTICE);
    const path = 'Sessions/C-014/2026-02-03 C-014.md';
    const renamed = 'Sessions/C-014/2026-02-03 C-014 Sam.md';
    // The note is locked (another program has it open) as the index is built, and free again after.
    const cachedRead = app.vault.cachedRead.bind(app.vault);
    let locked = true;
    const read = vi.spyOn(app.vault, 'cachedRead').mockImplementation((file) => (locked && file.path === path ? Promise.reject(new Error('file locked')) : cachedRead(file)));
    try {
      const plugin = await startPlugin(app);
      expect(plugin.api.getDiagnostics()).toContainEqual(expect.objectContaining({ path, message: expect.stringContaining('could not be read') as unknown }));
      expect(plugin.api.getFlags()).toEqual([]);
      locked = false;
      await app.vault.rename(app.vault.getFileByPath(path)!, renamed);
      await waitFor(() => plugin.api.getFlags().some((f) => f.evidence.some((e) => e.path === renamed)), 'the renamed note to be read');
      expect(plugin.api.getDiagnostics()).toEqual([]);
    } finally {
      read.mockRestore();
    }
  });
});

describe('a note edited and then renamed', () => {
  it('is read with the edit under its new name, when the rename comes before the edit was read', async () => {
    const app = await mockApp(PRACTICE);
    const plugin = await startPlugin(app);
    const path = 'Sessions/C-021/2026-02-12 C-021.md';
    const moved = 'Sessions/C-021/2026-02-12 C-021 (2).md';
    const file = app.vault.getFileByPath(path)!;
    // Within the same debounce: the edit is queued under the old path when the note moves.
    await app.vault.modify(file, `${await app.vault.read(file)}\nShe changed the subject whenever her brother came up.\n`);
    await app.vault.rename(file, moved);
    const heard = (): string[] => plugin.live.engine?.evidenceOf(moved).map((e) => e.text) ?? [];
    await waitFor(() => heard().some((t) => t.includes('changed the subject')), 'the edit to be read under the new name');
    expect(plugin.live.engine!.graph.note(path)).toBeUndefined();
  });
});

describe('a round of changes and a note renamed or a build begun while it reads', () => {
  const SUPERVISION = 'Supervision/2026-02-24 Supervision.md';
  const MOVED = 'Supervision/2026/2026-02-24 Supervision.md';
  const CLIENT = 'Clients/C-014.md';
  /** The first two reads of the client note, each held until its gate opens: a round of changes, then a build, wait in the middle. */
  const holdClientRead = (app: MockApp): { open: () => void; openSecond: () => void; held: () => number } => {
    let open: () => void = () => undefined;
    let openSecond: () => void = () => undefined;
    const opened = new Promise<void>((resolve) => (open = resolve));
    const openedSecond = new Promise<void>((resolve) => (openSecond = resolve));
    let reads = 0;
    const read = app.vault.cachedRead.bind(app.vault);
    vi.spyOn(app.vault, 'cachedRead').mockImplementation(async (file) => {
      if (file.path === CLIENT) {
        const n = ++reads;
        if (n === 1) await opened;
        if (n === 2) await openedSecond;
      }
      return read(file);
    });
    return { open, openSecond, held: () => reads };
  };

  it("keeps the review of a note renamed after the round listed it, and moves the note, not forgets it", async () => {
    const [flag] = (await startPlugin(await mockApp(PRACTICE))).api.getFlags();
    const app = await mockApp(PRACTICE);
    const plugin = await startPlugin(app, { reviews: { [flag.id]: reviewOf(flag, 'dismissed', REASON, new Date('2026-03-01T10:00:00Z')) } });
    const vault = app.vault;
    const gate = holdClientRead(app);
    await vault.modify(vault.getFileByPath(CLIENT)!, `${PRACTICE[CLIENT]}\nedit\n`);
    const supervision = vault.getFileByPath(SUPERVISION)!;
    await vault.modify(supervision, `${PRACTICE[SUPERVISION]}\nedit\n`);
    await waitFor(() => gate.held() === 1, 'the round reading the client note');
    await vault.createFolder('Supervision/2026');
    await vault.rename(supervision, MOVED);
    gate.open();
    gate.openSecond();
    const moved = () => plugin.api.getFlags().find((f) => f.supervision === MOVED && f.kind === flag.kind && f.dynamic === flag.dynamic);
    await waitFor(() => moved() !== undefined && plugin.preferences.reviews[moved()!.id] !== undefined, 'the review carried to the moved flag');
    expect(plugin.preferences.reviews[moved()!.id]?.status).toBe('dismissed');
  });

  it('tells a build begun meanwhile nothing it has not applied: a deleted note leaves no finding, a moved flag keeps its review', async () => {
    const NOTE = 'Sessions/C-021/2026-02-12 C-021.md';
    const files = { ...PRACTICE, [NOTE]: '---\ntype: session\nclient: "[[C-021]]"\ndate: 2026-02-12\n---\nShe gave her number 07700 900123 and email jo.smith@example.com.\n' };
    const [flag] = (await startPlugin(await mockApp(files))).api.getFlags();
    const app = await mockApp(files);
    const plugin = await startPlugin(app, { reviews: { [flag.id]: reviewOf(flag, 'dismissed', REASON, new Date('2026-03-01T10:00:00Z')) } });
    await plugin.privacy.run();
    expect(plugin.privacy.findings().some((f) => f.path === NOTE)).toBe(true);
    const gate = holdClientRead(app);
    await app.vault.createFolder('Supervision/2026');
    await app.vault.rename(app.vault.getFileByPath(SUPERVISION)!, MOVED);
    await app.fileManager.trashFile(app.vault.getFileByPath(NOTE)!);
    await app.vault.modify(app.vault.getFileByPath(CLIENT)!, `${PRACTICE[CLIENT]}\nedit\n`);
    await waitFor(() => gate.held() === 1, 'the round reading the client note');
    // A detection setting changed while the round reads: its build waits for the round. (Before, it
    // ran at once, reading the client note while the round was held, and the round ended in it.)
    plugin.preferences.windowDays = 36;
    const saved = plugin.saveSettings(true);
    // Past the settings' pause before a build (rebuildSoon), so that a build not waiting would be under way.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    gate.open();
    await new Promise((resolve) => setTimeout(resolve, 200));
    gate.openSecond();
    await saved;
    await waitFor(() => plugin.live.status.status === 'ready', 'built again');
    const moved = plugin.api.getFlags().find((f) => f.supervision === MOVED && f.kind === flag.kind && f.dynamic === flag.dynamic);
    expect(moved && plugin.preferences.reviews[moved.id]).toBeDefined();
    expect(plugin.privacy.findings().some((f) => f.path === NOTE)).toBe(false);
  });
});
