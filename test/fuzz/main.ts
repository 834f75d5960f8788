// `npm run fuzz`: the mutation fuzzer over 10,000 (or --inputs) vaults, then every hostile shape at
// full size in the demo vault, all through the whole engine. Exits 1 on any failure, keeping the
// failing files under .fuzz/failures/ to replay.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { SourceFile } from '../../src/core/index/vault-index';
import { HOSTILE_SHAPES, HOSTILE_VAULT_NOTES } from '../helpers/hostile-notes';
import { fixtureVaults } from './fixture-vaults';
import { check, fuzzEngine } from './fuzz-engine';

/** The sizes issue 12 reported, or more: each shape once, in the demo vault, as a session of C-014. */
const FULL_SIZES: Record<string, number> = {
  'unpunctuated paragraph': 10_000,
  'dynamic tag lines': 20_000,
  'huge property list': 150_000,
  'links on one line': 140_000,
  'tags on one line': 440_000,
  'setext headings': 10_000,
  'atx headings': 10_000,
  'reference definitions': 20_000,
  'setext under html': 5_000,
  'emphasis beside html': 100_000,
  'lone CR lines': 50_000,
};
/** An input that takes longer than this is reported as a failure: reading no note should take that long. */
const HANG_MS = 30_000;

const args = new Map<string, string>();
for (let i = 2; i < process.argv.length; i += 2) args.set(process.argv[i].replace(/^--/, ''), process.argv[i + 1]);
const inputs = Number(args.get('inputs') ?? 10_000);
const seed = Number(args.get('seed') ?? 1);
const out = '.fuzz';
const failures: { name: string; problem: string; files: readonly SourceFile[] }[] = [];
const say = (line: string): void => void process.stdout.write(`${line}\n`);

const vaults = fixtureVaults();
let lastDraw = 0;
const result = fuzzEngine({
  inputs,
  seed,
  vaults,
  onProgress(done, failed) {
    if (Date.now() - lastDraw < 2000 && done < inputs) return;
    lastDraw = Date.now();
    process.stderr.write(`  ${done}/${inputs} inputs, ${failed} failing\n`);
  },
});
say(`Mutation fuzzer: ${result.inputs} inputs (seed ${seed}) from ${vaults.length} fixture vaults in ${(result.totalMs / 1000).toFixed(1)} s; ${result.failures.length} failing.`);
say('Slowest inputs:');
for (const s of result.slowest) say(`  ${s.ms.toFixed(0).padStart(6)} ms  input ${s.input}, ${(s.bytes / 1024).toFixed(0)} KB: ${s.steps.join('; ').slice(0, 160)}`);
for (const f of result.failures) failures.push({ name: `input-${f.input}`, problem: `${f.vault}; ${f.mutated.map((m) => `${m.path}: ${m.steps.join(', ')}`).join('; ')}: ${f.problem}`, files: f.files });
for (const s of result.slowest.filter((s) => s.ms > HANG_MS)) failures.push({ name: `input-${s.input}`, problem: `took ${s.ms.toFixed(0)} ms`, files: [] });

say('\nHostile shapes at full size, each in the demo vault:');
const demo = vaults.find((v) => v.name === 'examples/demo-vault')!;
for (const [name, n] of Object.entries(FULL_SIZES)) {
  const note = HOSTILE_SHAPES[name](n);
  const files: SourceFile[] = [...Object.entries(demo.files).map(([path, data]) => ({ path, data })), { path: 'Sessions/C-014/2026-02-10 hostile.md', data: note }];
  const started = performance.now();
  const problem = check(files);
  const ms = performance.now() - started;
  say(`  ${name.padEnd(24)} n=${String(n).padEnd(7)} ${(note.length / 1024).toFixed(0).padStart(6)} KB  ${ms.toFixed(0).padStart(6)} ms  ${problem ? `FAILS: ${problem.split('\n')[0]}` : 'ok'}`);
  if (problem) failures.push({ name: `shape-${name.replace(/\W+/g, '-')}`, problem, files: [] });
  else if (ms > HANG_MS) failures.push({ name: `shape-${name.replace(/\W+/g, '-')}`, problem: `took ${ms.toFixed(0)} ms`, files: [] });
}

// Shapes beyond one session note: a client with a huge alias list, a supervision note discussing
// a huge number of cases (issue 12 items 1 and 3: the names and the graph's typed edges).
const VAULT_SIZES: Record<string, [label: string, n: number]> = {
  'client with many aliases': ['client with 150,000 aliases', 150_000],
  'supervision with many cases': ['supervision with 100,000 cases', 100_000],
  'supervision paragraph of names': ['supervision paragraph of 18,000 sentences of names', 18_000],
};
const vaultNotes = Object.entries(VAULT_SIZES).map(([shape, [label, n]]) => [label, HOSTILE_VAULT_NOTES[shape](n)] as const);
for (const [name, note] of vaultNotes) {
  const files: SourceFile[] = [...Object.entries(demo.files).filter(([path]) => path !== note.path).map(([path, data]) => ({ path, data })), note];
  const started = performance.now();
  const problem = check(files);
  const ms = performance.now() - started;
  say(`  ${name.padEnd(32)} ${(note.data.length / 1024).toFixed(0).padStart(6)} KB  ${ms.toFixed(0).padStart(6)} ms  ${problem ? `FAILS: ${problem.split('\n').slice(0, 2).join(' ')}` : 'ok'}`);
  if (problem || ms > HANG_MS) failures.push({ name: name.replace(/\W+/g, '-'), problem: problem ?? `took ${ms.toFixed(0)} ms`, files: [] });
}

rmSync(join(out, 'failures'), { recursive: true, force: true });
for (const f of failures) {
  const dir = join(out, 'failures', f.name);
  for (const file of f.files) {
    mkdirSync(dirname(join(dir, file.path)), { recursive: true });
    writeFileSync(join(dir, file.path), file.data);
  }
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'PROBLEM.txt'), `${f.problem}\n`);
}
say(failures.length === 0 ? '\nNo failures.' : `\n${failures.length} failures, kept under ${out}/failures/:\n${failures.map((f) => `  ${f.name}: ${f.problem.split('\n').slice(0, 3).join(' | ').slice(0, 300)}`).join('\n')}`);
process.exitCode = failures.length === 0 ? 0 : 1;
