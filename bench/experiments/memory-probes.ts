// Experiment (not part of the product or its tests): where the 10,000-note scan's memory goes.
// Bundled and run by bench/experiments/memory-probes.sh, which passes `--expose-gc`:
//   stages VAULT       the heap in use (after a forced collection) and RSS after reading every note,
//                      after the bulk finish and after the first detection
//   allocation VAULT   what the first detection allocates, by function, collected objects included
//                      (V8's sampling heap profiler), with the total and the largest callers
//   snapshot VAULT OUT a heap snapshot after the scan, for scripts that sum it by constructor
//   updates VAULT      after a scan, the bench's 300 one-note updates, 300 on other notes, then the
//                      first 300 again: the 95th percentile of each, cold code against warm
import { readFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import { join } from 'node:path';
import v8 from 'node:v8';
import { Engine } from '../../src/core/engine';
import { listNotePaths, readNoteFile } from '../../src/cli/read-vault';
import type { SourceFile } from '../../src/core/index/vault-index';

const [mode, vault, out] = process.argv.slice(2);
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with --expose-gc (bench/experiments/memory-probes.sh does)');
const mib = (bytes: number): string => (bytes / 1048576).toFixed(1);

/** The engine's two phases, as Engine.load runs them, so that each can be measured alone. */
interface Phases {
  startBatch(): void;
  batching: boolean;
  index: { upsert(file: SourceFile): void; finishBulk(): void };
  detector: { rebuild(): void };
}

/** Every note read into the engine, `between` measured after the last, then the bulk finished. */
function readAll(engine: Phases, between: () => void = () => undefined): void {
  engine.startBatch();
  for (const path of listNotePaths(vault)) engine.index.upsert(readNoteFile(vault, path));
  between();
  engine.batching = false;
  engine.index.finishBulk();
}

function stage(label: string): void {
  const before = process.memoryUsage().rss;
  gc!();
  const young = v8.getHeapSpaceStatistics().find((s) => s.space_name === 'new_space');
  process.stdout.write(`${label}: heap in use ${mib(process.memoryUsage().heapUsed)} MiB after a collection, RSS ${mib(before)} MiB, young generation ${mib(young?.space_size ?? 0)} MiB\n`);
}

interface ProfileNode {
  callFrame: { functionName: string; lineNumber: number };
  selfSize: number;
  children: ProfileNode[];
}

async function allocation(engine: Phases): Promise<void> {
  const session = new Session();
  session.connect();
  const post = (method: string, params: object = {}): Promise<unknown> => new Promise((resolve, reject) => session.post(method, params, (error, result) => (error ? reject(error) : resolve(result))));
  readAll(engine);
  await post('HeapProfiler.enable');
  await post('HeapProfiler.startSampling', { samplingInterval: 4096, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
  const started = performance.now();
  engine.detector.rebuild();
  const ms = performance.now() - started;
  const { profile } = (await post('HeapProfiler.stopSampling')) as { profile: { head: ProfileNode } };
  // Each function's allocations with its callees', a function counted once however deep it recurses.
  const total = new Map<string, number>();
  // Each function's own allocations, by the line it starts on (two functions may share a name).
  const own = new Map<string, number>();
  let all = 0;
  const walk = (node: ProfileNode, stack: readonly string[]): number => {
    const name = `${node.callFrame.functionName || '(anonymous)'}`;
    const here = stack.includes(name) ? stack : [...stack, name];
    const at = `${name}:${node.callFrame.lineNumber}`;
    own.set(at, (own.get(at) ?? 0) + node.selfSize);
    let size = node.selfSize;
    for (const child of node.children) size += walk(child, here);
    if (!stack.includes(name)) total.set(name, (total.get(name) ?? 0) + size);
    all += node.selfSize;
    return size;
  };
  walk(profile.head, []);
  process.stdout.write(`first detection: ${ms.toFixed(0)} ms, ${mib(all)} MiB allocated\n`);
  for (const [name, size] of [...total].sort((a, b) => b[1] - a[1]).slice(0, 40)) process.stdout.write(`${mib(size).padStart(8)} MiB  ${name}\n`);
  process.stdout.write('allocated by the function itself (name:line in the bundle):\n');
  for (const [at, size] of [...own].sort((a, b) => b[1] - a[1]).slice(0, 30)) process.stdout.write(`${mib(size).padStart(8)} MiB  ${at}\n`);
}

/** A fresh engine, its two phases reachable one at a time. */
const phased = (): Phases => new Engine({}, undefined, 'bench') as unknown as Phases;
if (mode === 'stages') {
  const engine = phased();
  stage('before reading');
  readAll(engine, () => stage('every note read'));
  stage('bulk finished');
  engine.detector.rebuild();
  stage('first detection');
} else if (mode === 'allocation') {
  await allocation(phased());
} else if (mode === 'snapshot') {
  const engine = phased();
  readAll(engine);
  engine.detector.rebuild();
  gc();
  process.stdout.write(`${v8.writeHeapSnapshot(out)}\n`);
} else if (mode === 'updates') {
  const real = new Engine({}, undefined, 'bench');
  real.load(listNotePaths(vault).map((path) => readNoteFile(vault, path)));
  real.flags();
  // The notes bench/worker.ts updates, in its order; then as many others; then the first again.
  const sessions = listNotePaths(vault).filter((p) => p.startsWith('Sessions/'));
  const round = (offset: number): number => {
    const times: number[] = [];
    for (let i = 0; i < 300; i++) {
      const path = sessions[(i * 7919 + offset) % sessions.length];
      const data = readFileSync(join(vault, path), 'utf8') + `\nI jumped in again (${offset} ${i}).\n`;
      const started = performance.now();
      real.upsert({ path, data });
      real.flags();
      times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    return times[Math.floor(times.length * 0.95)];
  };
  const [first, others, again] = [round(0), round(3), round(0)];
  process.stdout.write(`update p95: the bench's 300 ${first.toFixed(2)} ms, 300 other notes ${others.toFixed(2)} ms, the first 300 again ${again.toFixed(2)} ms\n`);
} else {
  throw new Error('mode: stages, allocation, snapshot or updates');
}
