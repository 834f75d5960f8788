/**
 * The mutation fuzzer: vaults made from the fixture vaults with some notes mutated, each read
 * through the whole engine. Only the engine's load, flags and diagnostics are used, so the fuzzer
 * holds while the engine's insides change.
 */
import { Engine } from '../../src/core/engine';
import type { SourceFile } from '../../src/core/index/vault-index';
import { mutate, seeded, type Random } from './mutations';

export interface FuzzVault {
  name: string;
  /** Vault path to note text. */
  files: Record<string, string>;
}

export interface FuzzFailure {
  input: number;
  vault: string;
  mutated: { path: string; steps: string[] }[];
  problem: string;
  files: SourceFile[];
}

export interface FuzzResult {
  inputs: number;
  failures: FuzzFailure[];
  /** The slowest inputs, slowest first. */
  slowest: { input: number; ms: number; bytes: number; steps: string[] }[];
  totalMs: number;
}

export interface FuzzOptions {
  inputs: number;
  seed: number;
  vaults: readonly FuzzVault[];
  /** The longest mutated note (see MAX_NOTE_CHARS). */
  maxNoteChars?: number;
  onProgress?: (done: number, failures: number) => void;
}

const linesOf = (data: string | Uint8Array): number => (typeof data === 'string' ? data : new TextDecoder().decode(data)).split(/\r\n?|\n/).length;

export function fuzzEngine({ inputs, seed, vaults, maxNoteChars, onProgress }: FuzzOptions): FuzzResult {
  const corpus = vaults.flatMap((v) => Object.values(v.files));
  const failures: FuzzFailure[] = [];
  const timed: FuzzResult['slowest'] = [];
  const started = performance.now();
  for (let input = 0; input < inputs; input++) {
    const random = seeded(seed * 1_000_003 + input);
    const vault = vaults[input % vaults.length];
    const { files, mutated } = mutatedVault(vault, corpus, random, maxNoteChars);
    const t = performance.now();
    const problem = check(files);
    const ms = performance.now() - t;
    const bytes = files.reduce((sum, f) => sum + f.data.length, 0);
    timed.push({ input, ms, bytes, steps: mutated.flatMap((m) => m.steps.map((s) => `${m.path}: ${s}`)) });
    if (problem) failures.push({ input, vault: vault.name, mutated, problem, files });
    onProgress?.(input + 1, failures.length);
  }
  timed.sort((a, b) => b.ms - a.ms);
  return { inputs, failures, slowest: timed.slice(0, 5), totalMs: performance.now() - started };
}

function mutatedVault(vault: FuzzVault, corpus: readonly string[], random: Random, maxNoteChars?: number): { files: SourceFile[]; mutated: FuzzFailure['mutated'] } {
  const paths = Object.keys(vault.files);
  const chosen = new Set<string>();
  const count = 1 + Math.floor(random() * 3);
  for (let k = 0; k < count; k++) chosen.add(paths[Math.floor(random() * paths.length)]);
  // Half the time a smaller vault: the mutated notes and half of the others.
  const keepAll = random() < 0.5;
  const files: SourceFile[] = [];
  const mutated: FuzzFailure['mutated'] = [];
  for (const path of paths) {
    if (chosen.has(path)) {
      const m = mutate(vault.files[path], corpus, random, maxNoteChars);
      files.push({ path, data: m.data });
      mutated.push({ path, steps: m.steps });
    } else if (keepAll || random() < 0.5) {
      files.push({ path, data: vault.files[path] });
    }
  }
  return { files, mutated };
}

/** What is wrong with reading these files through the engine, or undefined. */
export function check(files: readonly SourceFile[]): string | undefined {
  try {
    const engine = new Engine();
    engine.load(files);
    const flags = engine.flags();
    const diagnostics = engine.diagnostics();
    const lines = new Map(files.map((f) => [f.path, linesOf(f.data)]));
    for (const d of diagnostics) {
      if (d.code === 'read-error') return `a parser failure became a diagnostic: ${d.path}:${d.line} ${d.message}`;
      const count = lines.get(d.path);
      if (count !== undefined && (d.line < 1 || d.line > count)) return `diagnostic outside its note: ${d.path}:${d.line} of ${count} lines (${d.code})`;
    }
    for (const flag of flags) {
      if (!(flag.score >= 0 && flag.score <= 1)) return `flag ${flag.id} has score ${flag.score}`;
      for (const e of flag.evidence) {
        const count = lines.get(e.path);
        if (count === undefined) return `flag ${flag.id} cites ${e.path}, which is not in the vault`;
        if (e.line < 1 || e.line > count) return `flag ${flag.id} cites ${e.path}:${e.line} of ${count} lines`;
      }
    }
    return undefined;
  } catch (error) {
    return `the engine threw: ${(error as Error).stack ?? String(error)}`;
  }
}
