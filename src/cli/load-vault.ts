import { readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import type { WriteStream } from 'node:tty';
import { Engine, type EngineSettings, type FileStat, type LoadTimings } from '../core/engine';
import type { TaxonomySource } from '../core/taxonomy/load-taxonomy';
import { Progress } from './progress';
import { listNotePaths, readNoteFile, statNoteFile } from './read-vault';

export class VaultError extends Error {}

type ErrnoException = Error & { code?: string };

export interface LoadOptions {
  settings: Partial<EngineSettings>;
  taxonomy?: TaxonomySource;
  /** A file that keeps the parsed vault between runs: read when it fits, written after. */
  cache?: string;
  /** The program's version: a cache another version wrote is not taken up. */
  version: string;
}

/** Reads every note of a vault folder into a fresh engine and computes its flags. */
export function loadVault(vault: string, options: LoadOptions, stderr: WriteStream): { engine: Engine; timings: LoadTimings } {
  let paths: string[];
  try {
    if (!statSync(vault).isDirectory()) throw new VaultError(`${vault} is not a folder`);
    paths = listNotePaths(vault);
  } catch (error) {
    if (error instanceof VaultError) throw error;
    throw new VaultError(`cannot read vault ${vault}: ${describeError(error as ErrnoException)}`);
  }
  const engine = new Engine(options.settings, options.taxonomy, options.version);
  if (options.cache !== undefined) return { engine, timings: openWithCache(engine, vault, paths, options.cache, stderr) };
  const progress = new Progress(stderr, paths.length, 'Scanning');
  // One file in memory at a time: the engine keeps what it parsed, not the bytes.
  function* files(): Generator<ReturnType<typeof readNoteFile>> {
    for (const path of paths) yield readNoteFile(vault, path);
  }
  const timings = engine.load(files(), (done) => progress.update(done));
  progress.finish();
  return { engine, timings };
}

/** Takes up what the cache file still holds for these files, reads the rest, and writes the cache again. */
function openWithCache(engine: Engine, vault: string, paths: readonly string[], cache: string, stderr: WriteStream): LoadTimings {
  const started = performance.now();
  const stats: FileStat[] = paths.map((path) => statNoteFile(vault, path));
  const opening = engine.open(stats, readCache(cache));
  const progress = new Progress(stderr, opening.toRead.length, 'Scanning');
  opening.toRead.forEach((file, i) => {
    opening.read(readNoteFile(vault, file.path));
    progress.update(i + 1);
  });
  const indexed = performance.now();
  opening.finish();
  progress.finish();
  const detected = performance.now();
  writeCache(cache, engine);
  return { indexMs: indexed - started, detectMs: detected - indexed };
}

function readCache(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    // No cache yet, or a damaged one: only a slower start, every note is read.
    return undefined;
  }
}

/** Written beside and renamed into place, so a run stopped halfway leaves the old cache whole. */
function writeCache(file: string, engine: Engine): void {
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, JSON.stringify(engine.snapshot()));
    renameSync(temporary, file);
  } catch (error) {
    throw new VaultError(`cannot write cache ${file}: ${describeError(error as ErrnoException)}`);
  }
}

function describeError(error: ErrnoException): string {
  switch (error.code) {
    case 'ENOENT':
      return 'no such folder';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ENOTDIR':
      return 'not a folder';
    default:
      return error.message;
  }
}
