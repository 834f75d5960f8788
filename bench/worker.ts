// One measurement in its own process, so that peak RSS belongs to it alone.
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Engine, type FileStat } from '../src/core/engine';
import { parse } from 'yaml';
import { loadVault } from '../src/cli/load-vault';
import { listNotePaths, readNoteFile } from '../src/cli/read-vault';
import { reportDocument } from '../src/core/report/report';
import { checkVaultFolder } from '../src/cli/privacy-check';
import { lexiconNameModel } from '../src/core/privacy/lexicon-model';

const [mode, vault, cacheFile] = process.argv.slice(2);
const OPTIONS = { settings: {}, version: 'bench' };

/** The floor: read every file, split off its frontmatter and `yaml.parse` it. Nothing less can scan a vault. */
function floor(): Record<string, number> {
  let notes = 0;
  for (const path of listNotePaths(vault)) {
    const text = readFileSync(join(vault, path), 'utf8');
    if (text.startsWith('---\n')) {
      const end = text.indexOf('\n---', 4);
      if (end > 0) parse(text.slice(4, end));
    }
    notes++;
  }
  return { notes };
}

/**
 * The full scan as the command line runs it, then one-note updates as the plugin makes them. When
 * `unsettled` (mode scan-unsettled), only the scan's peak, with no collection forced before it: V8
 * sets when its next full collection comes from the heap at its last one, and the command line's
 * first comes while its modules still hold their start-up garbage.
 */
function scan(unsettled = false): Record<string, number> {
  // The heap before any note is read (modules loaded), so that the figure per note is the notes' own.
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!unsettled) gc?.();
  const heapBeforeMb = process.memoryUsage().heapUsed / 1048576;
  const started = performance.now();
  const { engine, timings } = loadVault(vault, OPTIONS, process.stderr);
  const report = reportDocument(vault, engine.stats(), performance.now() - started, engine.diagnostics(), engine.flags());
  const scanMs = performance.now() - started;
  // The scan's own peak, before the updates below (which run in the same process) add theirs.
  const scanPeakRssMb = process.resourceUsage().maxRSS / 1024;
  if (unsettled) return { notes: report.stats.notes, flags: report.flags.length, scanMs, scanPeakRssMb };
  // What the engine keeps once the scan is done: the heap after a full collection, the engine alive
  // (it is used below). Needs --expose-gc, which run.mjs passes.
  gc?.();
  const heapAfterScanMb = process.memoryUsage().heapUsed / 1048576 - heapBeforeMb;

  // Update one session note at a time: append a sentence, hand it to the engine, read the flags.
  const sessions = listNotePaths(vault).filter((p) => p.startsWith('Sessions/'));
  const updates = timeUpdates(engine, sessions, 0);
  // Then as many again, of other notes: the first updates after a scan run code the scan never ran
  // (the detector's incremental paths) before it is compiled, so they are slower than those that
  // follow. Reported beside the figures above, which the target is judged on.
  const warm = timeUpdates(engine, sessions, 1);
  return {
    notes: report.stats.notes,
    flags: report.flags.length,
    scanMs,
    scanPeakRssMb,
    heapAfterScanMb,
    indexMs: timings.indexMs,
    detectMs: timings.detectMs,
    updateP50Ms: updates[Math.floor(updates.length * 0.5)],
    updateP95Ms: updates[Math.floor(updates.length * 0.95)],
    updateWarmP95Ms: warm[Math.floor(warm.length * 0.95)],
  };
}

/**
 * The time of 300 one-note updates, sorted: each appends a sentence to a session note, hands it to
 * the engine and reads the flags. `offset` picks other notes than offset 0 does.
 */
function timeUpdates(engine: Engine, sessions: readonly string[], offset: number): number[] {
  const updates: number[] = [];
  for (let i = 0; i < 300; i++) {
    const path = sessions[(i * 7919 + offset) % sessions.length];
    const data = readFileSync(join(vault, path), 'utf8') + `\nI jumped in again (${i}).\n`;
    const t = performance.now();
    engine.upsert({ path, data });
    engine.flags();
    updates.push(performance.now() - t);
  }
  return updates.sort((a, b) => a - b);
}

/** Start-up as the plugin does it with no cache: read and parse every note, compute the flags, then write the cache. */
function startupCold(): Record<string, number> {
  const started = performance.now();
  const { engine } = loadVault(vault, OPTIONS, process.stderr);
  const readyMs = performance.now() - started;
  const json = JSON.stringify(engine.snapshot());
  writeFileSync(cacheFile, json);
  return { readyMs, cacheMb: json.length / 1048576, flags: engine.flags().length };
}

/**
 * Start-up from the cache as the plugin does it: Obsidian holds every file's path, mtime and size
 * long before its layout is ready, so they are read before the clock starts and, where the worker
 * may, collected into the old generation as they would be there; then the cache is parsed, the
 * snapshot taken up, changes replayed.
 */
function startupCached(): Record<string, number> {
  const stats = listNotePaths(vault).map((path) => {
    const stat = statSync(join(vault, path));
    return { path, mtime: Math.floor(stat.mtimeMs), size: stat.size };
  });
  (globalThis as { gc?: () => void }).gc?.();
  const faultsBefore = process.resourceUsage().minorPageFault;
  const started = performance.now();
  // As the command line reads it (load-vault.ts, readCache): bytes, then text.
  const data = JSON.parse(readFileSync(cacheFile).toString('utf8')) as unknown;
  const parsedJsonMs = performance.now() - started;
  const engine = new Engine({}, undefined, OPTIONS.version);
  const opening = engine.open(stats, data);
  if (!opening.resumed) throw new Error(`${cacheFile} is not a snapshot this engine takes up`);
  const restoredMs = performance.now() - started;
  for (const { path } of opening.toRead) opening.read(readNoteFile(vault, path));
  opening.finish();
  const replayed = opening.toRead.length;
  const readyMs = performance.now() - started;
  // Pages of memory the process touched for the first time on the way (freshMemory() says what one costs here).
  const readyFaults = process.resourceUsage().minorPageFault - faultsBefore;
  const flags = engine.flags().length;
  // The name lookups a start-up from the cache leaves out are built by the first change: time it.
  const session = stats.find((s) => s.path.startsWith('Sessions/'))!.path;
  const changeStarted = performance.now();
  engine.upsert({ path: session, data: readFileSync(join(vault, session), 'utf8') + '\nI jumped in again.\n' });
  engine.flags();
  const firstChangeMs = performance.now() - changeStarted;
  // As Obsidian starts, it resolves every note's links again, and the plugin checks them all against
  // the links it took up (here with the command line's resolver, which answers as Obsidian's would).
  const relinkStarted = performance.now();
  if (engine.relink(stats.map((s) => s.path))) throw new Error('relinking an unchanged vault changed its links');
  const relinkAllMs = performance.now() - relinkStarted;
  // The plugin writes the cache again once changes settle: the snapshot and its JSON text.
  const saveStarted = performance.now();
  const json = JSON.stringify(engine.snapshot());
  const saveMs = performance.now() - saveStarted;
  return { readyMs, readyFaults, parsedJsonMs, restoredMs, replayed, flags, firstChangeMs, relinkAllMs, saveMs, savedMb: json.length / 1048576 };
}

/**
 * The heap a start-up from the cache leaves, taken as the scan's figure is (a full collection, the
 * engine alive): once taken up, and once warmed up as the plugin does a second later (every part
 * warmUp() leaves for the first change built). In its own process, since forced collections would
 * change the timings startupCached() takes. Measured in a later task, once the functions that read
 * and parsed the cache have returned, as the plugin's start-up has by then: a function still
 * running (or suspended at an await) may keep the parsed JSON's text alive, 11 MB here.
 */
function startupHeap(): Promise<Record<string, number>> {
  const gc = (globalThis as { gc?: () => void }).gc;
  const heapMb = (): number => {
    gc?.();
    return process.memoryUsage().heapUsed / 1048576;
  };
  const stats = listNotePaths(vault).map((path) => {
    const stat = statSync(join(vault, path));
    return { path, mtime: Math.floor(stat.mtimeMs), size: stat.size };
  });
  const heapBeforeMb = heapMb();
  const engine = takeUp(stats);
  return new Promise((resolve) =>
    setTimeout(() => {
      const heapTakenUpMb = heapMb() - heapBeforeMb;
      while (engine.warmUp());
      resolve({ notes: stats.length, flags: engine.flags().length, heapTakenUpMb, heapWarmedMb: heapMb() - heapBeforeMb });
    }, 0),
  );
}

/** The engine opened from the cache with nothing changed since, as the plugin's start-up takes it up. */
function takeUp(stats: FileStat[]): Engine {
  const engine = new Engine({}, undefined, OPTIONS.version);
  const opening = engine.open(stats, JSON.parse(readFileSync(cacheFile).toString('utf8')) as unknown);
  if (!opening.resumed || opening.toRead.length > 0) throw new Error(`${cacheFile} does not fit ${vault}`);
  opening.finish();
  return engine;
}

/**
 * What memory costs a new process on this machine: 64 MiB written once into pages it has never
 * touched (each a page fault, as every object a start-up makes on a heap still growing is), then
 * once more into the same pages. Where a fault costs much (a virtual machine), a start-up's time
 * follows the memory it touches more than the work it does.
 */
function freshMemory(): Record<string, number> {
  const mb = 64;
  const faultsBefore = process.resourceUsage().minorPageFault;
  // Zeroed pages are mapped lazily, so the first fill below is what touches each.
  const block = Buffer.alloc(mb * 1048576);
  let started = performance.now();
  block.fill(1);
  const freshMs = performance.now() - started;
  const faults = process.resourceUsage().minorPageFault - faultsBefore;
  started = performance.now();
  block.fill(2);
  const touchedMs = performance.now() - started;
  return { freshMsPerMb: freshMs / mb, touchedMsPerMb: touchedMs / mb, faultsPerMb: faults / mb };
}

/** The privacy check as `privacy-check` runs it after loading the vault: its word list unpacked, the clinical notes read again and checked. */
function privacy(): Record<string, number> {
  const { engine } = loadVault(vault, OPTIONS, process.stderr);
  const started = performance.now();
  const names = lexiconNameModel();
  // The list is unpacked on the first lookup: made here, so that its cost is counted on its own.
  names.facts('the');
  const lexiconMs = performance.now() - started;
  const { findings, notesChecked } = checkVaultFolder(vault, engine, names);
  return { checkMs: performance.now() - started, lexiconMs, checked: notesChecked, findings: findings.length };
}

const started = performance.now();
const modes: Record<string, () => Record<string, number> | Promise<Record<string, number>>> = { floor, scan: () => scan(), 'scan-unsettled': () => scan(true), 'startup-cold': startupCold, 'startup-cached': startupCached, 'startup-heap': startupHeap, 'fresh-memory': freshMemory, privacy };
void Promise.resolve(modes[mode]()).then((result) => {
  const ms = result.scanMs ?? performance.now() - started;
  process.stdout.write(JSON.stringify({ mode, ms, maxRssMb: process.resourceUsage().maxRSS / 1024, ...result }) + '\n');
});
