// npm run bench: generate synthetic vaults, then measure scan and floor in one run and print ratios.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { build } from 'esbuild';
import { asciiOnly } from '../scripts/ascii-only-plugin.mjs';
import { yamlData } from '../scripts/yaml-data-plugin.mjs';
import { measureIndexedDbStartup } from './indexeddb-startup.mjs';

const PARTS = new Set((process.env.BENCH_PARTS ?? 'scan,startup,view,privacy').split(','));
const SIZES = (process.env.BENCH_SIZES ?? '1000,10000,50000').split(',').map(Number);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const ROOT = '.bench';

await build({ entryPoints: ['bench/worker.ts'], outfile: `${ROOT}/worker.cjs`, bundle: true, platform: 'node', format: 'cjs', target: 'node20', plugins: [yamlData, asciiOnly], logLevel: 'warning' });
await build({ entryPoints: ['bench/generate-vault.ts'], outfile: `${ROOT}/generate.cjs`, bundle: true, platform: 'node', format: 'cjs', target: 'node20', logLevel: 'warning' });
const { generateVault } = createRequire(import.meta.url)(join(process.cwd(), ROOT, 'generate.cjs'));

function ensureVault(size) {
  const dir = join(ROOT, `vault-${size}`);
  const stamp = join(dir, '.generated');
  const generatorVersion = createHash('sha256').update(readFileSync('bench/generate-vault.ts')).digest('hex');
  if (existsSync(stamp)) {
    const saved = JSON.parse(readFileSync(stamp, 'utf8'));
    if (saved.generatorVersion === generatorVersion) return { dir, kbPerNote: saved.kbPerNote };
  }
  rmSync(dir, { recursive: true, force: true });
  let bytes = 0;
  let files = 0;
  for (const file of generateVault(size)) {
    const full = join(dir, file.path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, file.text);
    bytes += Buffer.byteLength(file.text);
    files++;
  }
  const kbPerNote = bytes / files / 1024;
  writeFileSync(stamp, JSON.stringify({ generatorVersion, kbPerNote }));
  process.stderr.write(`generated ${dir}: ${files} notes\n`);
  return { dir, kbPerNote };
}

function measure(mode, dir, ...rest) {
  return measureWith([], mode, dir, ...rest);
}

/** One measurement in a child process given these Node flags (a heap cap, say). */
function measureWith(flags, mode, dir, ...rest) {
  // --expose-gc lets a start-up settle what Obsidian would have settled before the clock starts.
  const out = execFileSync(process.execPath, ['--expose-gc', ...flags, `${ROOT}/worker.cjs`, mode, dir, ...rest], { encoding: 'utf8', maxBuffer: 1 << 26 });
  return JSON.parse(out.trim().split('\n').pop());
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** BENCH_VAULT=PATH: any vault on disk, measured as the generated ones are. */
function givenVault(dir) {
  const sizes = listMarkdown(dir).map((path) => statSync(join(dir, path)).size);
  return { dir, kbPerNote: sizes.reduce((a, b) => a + b, 0) / Math.max(1, sizes.length) / 1024, notes: sizes.length };
}
const GIVEN = process.env.BENCH_VAULT ? givenVault(process.env.BENCH_VAULT) : undefined;
/** The vault of one size, or the given vault in place of every size. */
const vaultOf = (size) => GIVEN ?? ensureVault(size);

const rows = [];
for (const size of PARTS.has('scan') ? (GIVEN ? [GIVEN.notes] : SIZES) : []) {
  const { dir, kbPerNote } = vaultOf(size);
  const runs = size >= 50000 ? 1 : RUNS;
  const floors = [];
  const scans = [];
  const unsettled = [];
  for (let i = 0; i < runs; i++) {
    floors.push(measure('floor', dir));
    scans.push(measure('scan', dir));
    unsettled.push(measure('scan-unsettled', dir));
  }
  const floorMs = median(floors.map((r) => r.ms));
  const scanMs = median(scans.map((r) => r.ms));
  rows.push({
    dir,
    notes: scans[0].notes,
    kbPerNote,
    scanMs,
    notesPerSecond: Math.round(scans[0].notes / (scanMs / 1000)),
    scanPeakRssMb: Math.max(...scans.map((r) => r.scanPeakRssMb)),
    scanPeaksMb: scans.map((r) => r.scanPeakRssMb),
    unsettledPeaksMb: unsettled.map((r) => r.scanPeakRssMb),
    heapKbPerNote: median(scans.map((r) => (r.heapAfterScanMb * 1024) / r.notes)),
    floorMs,
    floorPeakRssMb: Math.max(...floors.map((r) => r.maxRssMb)),
    ratio: scanMs / floorMs,
    flags: scans[0].flags,
    detectShare: median(scans.map((r) => r.detectMs / r.ms)),
    updateP50Ms: median(scans.map((r) => r.updateP50Ms)),
    updateP95Ms: median(scans.map((r) => r.updateP95Ms)),
    updateWarmP95Ms: median(scans.map((r) => r.updateWarmP95Ms)),
    runs,
  });
}

const fmt = (n, d = 0) => n.toFixed(d).padStart(9);
if (rows.length > 0) print(`Parallel Process benchmark (node ${process.version}; median of ${RUNS} runs below 50k notes; each measurement in its own process)`);
if (GIVEN) print(`Vault: ${GIVEN.dir}`);
if (rows.length > 0) print('    notes  KB/note   scan ms  notes/s  peak MiB  heap KB/note  floor ms  floor MiB scan/floor    flags  detect%  upd p50  upd p95');
for (const r of rows) {
  print(
    `${fmt(r.notes)} ${fmt(r.kbPerNote, 2)} ${fmt(r.scanMs)} ${fmt(r.notesPerSecond)} ${fmt(r.scanPeakRssMb)} ${fmt(r.heapKbPerNote, 2).padStart(13)} ${fmt(r.floorMs)} ${fmt(r.floorPeakRssMb)} ${fmt(r.ratio, 2)}` +
      ` ${fmt(r.flags)} ${fmt(r.detectShare * 100, 1)} ${fmt(r.updateP50Ms, 2)} ${fmt(r.updateP95Ms, 2)}`,
  );
}
if (rows.length > 0) print('(peak MiB: the scan\'s peak RSS, the largest of the runs (not their median), before the updates timed after it in the same process, in mebibytes (2^20 bytes) as the targets are; heap KB/note: what the scan added to the heap in use, after a forced collection, the engine alive, per note, in units of 1,024 bytes)');
if (rows.length > 0) print('(detect%: share of the scan spent computing flags; upd: ms to re-read one changed session note and update the flags, over the first 300 updates after the scan)');
if (rows.length > 0) print(`(upd p95 over the 300 updates of other notes after those, the detector's own code compiled by then: ${rows.map((r) => `${r.updateWarmP95Ms.toFixed(2)} ms at ${r.notes}`).join(', ')})`);
// A run's peak at times reads some 20 to 30 MiB above the others' (V8's pretenuring of the text blocks
// was one cause; another is not found: docs/measured.md): every run's shown.
if (rows.length > 0) print(`(peak MiB of each run, in the order run: ${rows.map((r) => `${r.scanPeaksMb.map((p) => p.toFixed(0)).join(', ')} at ${r.notes}`).join('; ')})`);
// The runs above start settled, as the plugin's first scan does once Obsidian has started (measureWith).
// The command line starts with the garbage its modules made still in the heap, and V8 then lets the
// heap grow further before its next full collection: its peak, in runs of their own.
if (rows.length > 0) print(`(peak MiB as the command line runs the scan, with no collection forced first: ${rows.map((r) => `${r.unsettledPeaksMb.map((p) => p.toFixed(0)).join(', ')} at ${r.notes}`).join('; ')})`);
const capped = GIVEN ? [] : rows.filter((r) => r.notes >= 50000).map((r) => measureCapped(r.dir, r.notes));
if (PARTS.has('startup')) {
  const { dir, cacheFile } = measureStartup();
  // The same snapshot, read as the plugin reads it: from IndexedDB in Chromium.
  await measureIndexedDbStartup({ print, vault: dir, cacheFile, runs: Math.max(RUNS, 5), version: 'bench' });
}
if (PARTS.has('privacy')) measurePrivacy();
if (PARTS.has('view')) await measureView();

/**
 * The scan again with the heap capped as a phone caps it (BENCH_HEAP_CAP_MB, default 256): it must
 * complete, and its peak stay under 400 MiB.
 */
function measureCapped(dir, notes) {
  const capMb = Number(process.env.BENCH_HEAP_CAP_MB ?? 256);
  let result;
  try {
    result = measureWith([`--max-old-space-size=${capMb}`], 'scan', dir);
  } catch (error) {
    print(`\n${notes} notes under --max-old-space-size=${capMb}: the scan FAILED (${String(error.stderr ?? error.message).trim().split('\n').pop()})`);
    return { notes, capMb, ok: false };
  }
  print(
    `\n${notes} notes under --max-old-space-size=${capMb}: scan ${result.scanMs.toFixed(0)} ms, peak RSS ${result.scanPeakRssMb.toFixed(0)} MiB (target < 400) ${result.scanPeakRssMb < 400 ? 'met' : 'MISSED'}, ` +
      `heap after ${((result.heapAfterScanMb * 1024) / result.notes).toFixed(2)} KB per note; updates p50 ${result.updateP50Ms.toFixed(2)} ms, p95 ${result.updateP95Ms.toFixed(2)} ms`,
  );
  return { notes, capMb, ok: true, peakMb: result.scanPeakRssMb };
}

/**
 * Start-up with and without the cache at 10k notes (target: from the cache under 300 ms), and at 50k
 * when it is among the sizes. Returns the first size's vault and cache, for the IndexedDB start-up.
 */
function measureStartup() {
  const sizes = GIVEN ? [GIVEN.notes] : SIZES.filter((n) => n === 10000 || n === 50000);
  let first;
  for (const size of sizes.length > 0 ? sizes : [SIZES[0]]) {
    const { dir } = vaultOf(size);
    const cacheFile = join(ROOT, GIVEN ? 'cache-given.json' : `cache-${size}.json`);
    first ??= { dir, cacheFile };
    const runs = size >= 50000 ? 1 : RUNS;
    const colds = [];
    const warms = [];
    for (let i = 0; i < runs; i++) {
      colds.push(measure('startup-cold', dir, cacheFile));
      warms.push(measure('startup-cached', dir, cacheFile));
    }
    // One run: what the heap holds varies little from run to run.
    const heap = measure('startup-heap', dir, cacheFile);
    const cold = median(colds.map((r) => r.readyMs));
    const warm = median(warms.map((r) => r.readyMs));
    print(
      `\nStart-up to a ready index (${size} notes, median of ${runs}): cold ${cold.toFixed(0)} ms; from cache ${warm.toFixed(0)} ms ` +
        `(cache ${colds[0].cacheMb.toFixed(1)} MiB: JSON.parse ${median(warms.map((r) => r.parsedJsonMs)).toFixed(0)} ms, snapshot taken up ${median(warms.map((r) => r.restoredMs - r.parsedJsonMs)).toFixed(0)} ms, ` +
        `changed notes replayed ${median(warms.map((r) => r.readyMs - r.restoredMs)).toFixed(0)} ms; then the first change ${median(warms.map((r) => r.firstChangeMs)).toFixed(0)} ms, ` +
        `every note's links checked again as Obsidian's start-up asks ${median(warms.map((r) => r.relinkAllMs)).toFixed(0)} ms, ` +
        `and writing the cache again ${median(warms.map((r) => r.saveMs)).toFixed(0)} ms; peak RSS ${Math.max(...warms.map((r) => r.maxRssMb)).toFixed(0)} MiB; ` +
        `heap held once taken up ${((heap.heapTakenUpMb * 1024) / size).toFixed(2)} KB per note, once warmed up ${((heap.heapWarmedMb * 1024) / size).toFixed(2)})` +
        (size === 10000 ? `; target from cache < 300 ms ${warm < 300 ? 'met' : 'MISSED'}` : ''),
    );
    // A new process pays for every page of memory it touches first; on some machines (this one's
    // virtual machine) that is much of a start-up's time, and it varies from day to day.
    const memory = Array.from({ length: runs }, () => measure('fresh-memory', dir));
    const freshMs = median(memory.map((r) => r.freshMsPerMb));
    const touchedMb = median(warms.map((r) => r.readyFaults)) / median(memory.map((r) => r.faultsPerMb));
    print(
      `(this machine, in the same run: memory a new process touches for the first time costs ${freshMs.toFixed(2)} ms a MiB, touched again ${median(memory.map((r) => r.touchedMsPerMb)).toFixed(2)} ms; ` +
        `the start-up from the cache touched ${touchedMb.toFixed(0)} MiB for the first time, about ${(touchedMb * freshMs).toFixed(0)} ms of it)`,
    );
  }
  return first;
}

/** The privacy check beside the scan of the same vault: at most a quarter of a scan. */
function measurePrivacy() {
  const size = SIZES.includes(10000) ? 10000 : SIZES[0];
  const { dir } = vaultOf(size);
  const checks = Array.from({ length: RUNS }, () => measure('privacy', dir));
  const scanMs = rows.find((r) => r.dir === dir)?.scanMs ?? median(Array.from({ length: RUNS }, () => measure('scan', dir).ms));
  const checkMs = median(checks.map((r) => r.checkMs));
  const range = `${Math.min(...checks.map((r) => r.checkMs)).toFixed(0)} to ${Math.max(...checks.map((r) => r.checkMs)).toFixed(0)}`;
  print(
    `\nPrivacy check (${size} notes, median of ${RUNS}): ${checkMs.toFixed(0)} ms (${range}) over ${checks[0].checked} clinical notes (unpacking the word list ${median(checks.map((r) => r.lexiconMs)).toFixed(0)} ms), ` +
      `${(checkMs / scanMs).toFixed(2)} of a scan (${scanMs.toFixed(0)} ms); target <= 0.25 ${checkMs / scanMs <= 0.25 ? 'met' : 'MISSED'}`,
  );
}

/** The sidebar in headless Chromium (Obsidian runs on Chromium): a full render of 1,000 flags, and a search over them. */
async function measureView() {
  const { buildViewPage, launchChromium } = await import('../test/browser/page/build-page.mjs');
  const { browser, reason } = await launchChromium();
  if (!browser) {
    print(`\nView render: skipped, ${reason}`);
    return;
  }
  try {
    const page = await browser.newPage({ viewport: { width: 360, height: 900 } });
    await page.setContent(await buildViewPage('light'));
    const files = Object.fromEntries(listMarkdown('examples/demo-vault').map((path) => [path, readFileSync(join('examples/demo-vault', path), 'utf8')]));
    await page.evaluate((options) => window.parallelProcessPage.start(options), { files, today: '2026-03-10' });
    const render = await page.evaluate(() => window.parallelProcessPage.timeRender(1000, 41));
    const search = await page.evaluate(() => window.parallelProcessPage.timeSearch(1000, 41));
    print(
      `\nView with 1,000 flags (Chromium, median of 41): full render ${render.medianMs.toFixed(1)} ms (building the DOM ${render.buildMs.toFixed(1)} ms, style and layout ${render.layoutMs.toFixed(1)} ms; ${render.cards} flags drawn, the rest paged); ` +
        `search over all ${search.medianMs.toFixed(1)} ms; target render < 16 ms (one frame) ${render.medianMs < 16 ? 'met' : 'MISSED'}`,
    );
  } finally {
    await browser.close();
  }
}

function listMarkdown(root, folder = '') {
  return readdirSync(join(root, folder), { withFileTypes: true }).flatMap((entry) => {
    const path = folder ? `${folder}/${entry.name}` : entry.name;
    if (entry.isDirectory()) return entry.name.startsWith('.') ? [] : listMarkdown(root, path);
    return entry.name.endsWith('.md') ? [path] : [];
  });
}

const tenK = rows.find((r) => r.notes === 10000);
if (tenK) {
  print(`\nTargets at 10k notes: scan/floor ${tenK.ratio.toFixed(2)} (target <= 2.5) ${tenK.ratio <= 2.5 ? 'met' : 'MISSED'}; ` +
    `peak RSS ${tenK.scanPeakRssMb.toFixed(0)} MiB (target < 150) ${tenK.scanPeakRssMb < 150 ? 'met' : 'MISSED'}, ${Math.max(...tenK.unsettledPeaksMb).toFixed(0)} MiB as the command line runs it; ` +
    `heap after the scan ${tenK.heapKbPerNote.toFixed(2)} KB per note (target <= 4) ${tenK.heapKbPerNote <= 4 ? 'met' : 'MISSED'}; ` +
    // Issue 11 allows detection a quarter of the scan, now that it reads descriptive patterns; issue 3's fifth came before them.
    `detection ${(tenK.detectShare * 100).toFixed(1)}% of the scan (target <= 25%, issue 11) ${tenK.detectShare <= 0.25 ? 'met' : 'MISSED'}, issue 3's 20% ${tenK.detectShare <= 0.2 ? 'met' : 'missed'}; ` +
    `update p95 ${tenK.updateP95Ms.toFixed(2)} ms (target < 5) ${tenK.updateP95Ms < 5 ? 'met' : 'MISSED'}, ${tenK.updateWarmP95Ms.toFixed(2)} ms over the 300 after`);
}
// What each note adds, apart from what the engine holds whatever the vault's size (its compiled
// code, the taxonomy's matchers): the heap's growth from 1,000 to 10,000 notes, per note added.
const oneK = rows.find((r) => r.notes === 1000);
if (tenK && oneK) {
  const grownKb = (tenK.heapKbPerNote * tenK.notes - oneK.heapKbPerNote * oneK.notes) / (tenK.notes - oneK.notes);
  print(`Heap per note added from 1k to 10k notes: ${grownKb.toFixed(2)} KB (the rest of the 10k figure, ${((tenK.heapKbPerNote - grownKb) * tenK.notes / 1024).toFixed(1)} MiB, the engine holds at any size)`);
}
for (const c of capped) {
  print(`Target at ${c.notes / 1000}k notes: the scan completes under --max-old-space-size=${c.capMb} with a peak under 400 MiB ${c.ok && c.peakMb < 400 ? 'met' : 'MISSED'}`);
}

function print(line) {
  process.stdout.write(line + '\n');
}

// ---------------------------------------------------------------------------------------------
// Scaling on hostile notes (issue 12): each shape read (parse and cue reading) at size n and 2n
// in one process, interleaved; the ratio of the fastest runs should be about 2 for a linear reading.
// Runs by default and with BENCH_PARTS=scaling; SCALING_RUNS sets the runs per size (default 7).
// ---------------------------------------------------------------------------------------------
if (process.env.BENCH_PARTS === undefined || PARTS.has('scaling')) await measureScaling();

async function measureScaling() {
  // Sizes where a reading takes long enough to time, each read whole; the shortest readings past a
  // megabyte at 2n (bench/scaling.ts says why).
  const shapes = {
    'unpunctuated paragraph': 20_000,
    'dynamic tag lines': 10_000,
    'huge property list': 75_000,
    'links on one line': 70_000,
    'tags on one line': 100_000,
    'setext headings': 20_000,
    'atx headings': 5_000,
    'reference definitions': 16_000,
    'setext under html': 2_000,
    'emphasis beside html': 100_000,
    'lone CR lines': 30_000,
    // Clauses of about 45 bytes, below the 1 MB a note's text is read to at 2n.
    'shorthand clauses': 11_000,
    // Notes whose lists make as many names or graph edges, loaded by the whole engine with the demo vault.
    'client with many aliases': 75_000,
    'supervision with many cases': 50_000,
    // Below the 1 MB a note's text is read to at 2n (about 50 bytes a sentence).
    'supervision paragraph of names': 9_000,
    // Many notes: a client's sessions and supervisions, a pair a day.
    'client seen for years': 2_000,
  };
  const runs = Number(process.env.SCALING_RUNS ?? 7);
  await build({ entryPoints: ['bench/scaling.ts'], outfile: `${ROOT}/scaling.cjs`, bundle: true, platform: 'node', format: 'cjs', target: 'node20', plugins: [yamlData, asciiOnly], logLevel: 'warning' });
  print(`\nScaling on hostile notes: parse and cue reading at n and 2n, the last four shapes loaded by the whole engine with the demo vault (fastest of ${runs}, interleaved, one process per shape, a young generation fixed at 64 MiB); target ratio <= 2.5`);
  print('shape                              n   KB at 2n   ms at n  ms at 2n   ratio  peak MiB');
  let missed = 0;
  for (const [shape, n] of Object.entries(shapes)) {
    // A young generation of 64 MiB: with Node's default (16 MiB) whether a collection threshold falls
    // between the two sizes decided ratios by up to a point either way, which says nothing about the
    // reading. Fixed at that size from the start (min and max): given only a maximum, V8 grows it as
    // the process goes, so where a young collection fell in the reading at 2n depended on what ran
    // before, and links on one line crossed 2.5 by turns (2.41 to 2.56; 2.20 to 2.35 fixed).
    const out = execFileSync(process.execPath, ['--expose-gc', '--min-semi-space-size=64', '--max-semi-space-size=64', `${ROOT}/scaling.cjs`, shape, String(n), String(runs)], { encoding: 'utf8', maxBuffer: 1 << 24 });
    const r = JSON.parse(out.trim().split('\n').pop());
    const met = r.ratio <= 2.5;
    if (!met) missed++;
    print(`${shape.padEnd(28)} ${String(n).padStart(7)} ${String(r.kb).padStart(10)} ${r.msN.toFixed(1).padStart(9)} ${r.ms2N.toFixed(1).padStart(9)} ${r.ratio.toFixed(2).padStart(7)} ${r.maxRssMb.toFixed(0).padStart(8)}${met ? '' : '  MISSED'}`);
  }
  print(missed === 0 ? 'Every shape within the target ratio.' : `${missed} shape(s) over the target ratio.`);
}
