import { accessSync, closeSync, constants, openSync, readFileSync, readSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import type { WriteStream } from 'node:tty';
import { Engine, type EngineSettings, type FileStat, type LoadTimings } from '../core/engine';
import type { Diagnostic, DiagnosticCode } from '../core/model/diagnostic';
import type { TaxonomySource } from '../core/taxonomy/load-taxonomy';
import { isMarkdownPath } from '../core/vault/paths';
import { Progress } from './progress';
import { oneLine } from '../core/text/control-characters';
import { describeFsError, listVault, readNoteFile, statNoteFile, type ReadDir, type VaultListing } from './read-vault';

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

export interface LoadedVault {
  engine: Engine;
  timings: LoadTimings;
  /** Folders of the vault that could not be read, as diagnostics (their notes are not in the engine). */
  problems: Diagnostic[];
}

/** Diagnostics that mean an output is without something: a note not read, or the taxonomy given not (wholly) taken up. */
const LEAVES_OUT = new Set<DiagnosticCode>(['read-error', 'binary-file', 'taxonomy']);

/**
 * Says on stderr, for commands whose output has no place for diagnostics (all but scan), what it is
 * without: each folder that could not be read, each note skipped (unreadable, saved as UTF-16,
 * binary) and what was wrong with the taxonomy given. Other diagnostics are scan's.
 */
export function reportLeftOut(loaded: Pick<LoadedVault, 'engine' | 'problems'>, stderr: WriteStream, includePrivate = false): void {
  const left = [...loaded.problems, ...loaded.engine.diagnostics({ includePrivate }).filter((d) => LEAVES_OUT.has(d.code))];
  for (const d of left) stderr.write(`parallel-process: ${oneLine(`${d.path}${d.line > 1 ? `:${d.line}` : ''}: ${d.message}`)}\n`);
}

/** Reads every note of a vault folder into a fresh engine (through its cache file, when given) and computes its flags. */
export function loadVault(vault: string, options: LoadOptions, stderr: WriteStream, readDir?: ReadDir): LoadedVault {
  let listing: VaultListing;
  try {
    if (!statSync(vault).isDirectory()) throw new VaultError(`${vault} is not a folder`);
    listing = listVault(vault, readDir);
  } catch (error) {
    if (error instanceof VaultError) throw error;
    throw new VaultError(`cannot read vault ${vault}: ${describeError(error as ErrnoException)}`);
  }
  const { paths } = listing;
  const engine = new Engine(options.settings, options.taxonomy, options.version);
  const problems = listing.unreadable.map(({ path, reason, message }): Diagnostic => ({
    path,
    line: 1,
    severity: 'error',
    code: 'read-error',
    message: message ?? `This folder could not be read (${reason}); the notes in it are not scanned.`,
  }));
  if (options.cache !== undefined) return { engine, timings: openWithCache(engine, vault, paths, options.cache, stderr), problems };
  const progress = new Progress(stderr, paths.length, 'Scanning');
  // One file in memory at a time: the engine keeps what it parsed, not the bytes.
  function* files(): Generator<ReturnType<typeof readNoteFile>> {
    for (const path of paths) yield readNoteFile(vault, path);
  }
  const timings = engine.load(files(), (done) => progress.update(done));
  progress.finish();
  return { engine, timings, problems };
}

/** Takes up what the cache file still holds for these files, reads the rest, and writes the cache again. */
function openWithCache(engine: Engine, vault: string, paths: readonly string[], cache: string, stderr: WriteStream): LoadTimings {
  cacheTargetOrFail(cache, vault);
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

/** How every cache this program writes begins (the snapshot's first field, snapshot.ts). */
const CACHE_OPENING = '{"format":';

/**
 * What would stop the cache being written is said before the scan, not after it (when the report
 * would be lost): its folder missing or not writable, a folder in its place. And a file there that
 * this program did not write (a note, say: `--cache` given a note's path) is never replaced.
 */
function cacheTargetOrFail(file: string, vault: string): void {
  // The cache holds sentences from notes: inside the vault, sync and backups would copy them (the plugin keeps its own on the device).
  const within = relative(resolve(vault), resolve(file));
  if (within !== '' && !within.startsWith('..') && !isAbsolute(within)) throw new VaultError(`cannot write cache ${file}: it is inside the vault, where sync and backups would copy the sentences of your notes it holds; put it outside the vault`);
  const folder = dirname(file);
  let isFolder: boolean;
  try {
    isFolder = statSync(folder).isDirectory();
  } catch (error) {
    throw new VaultError(`cannot write cache ${file}: ${describeError(error as ErrnoException)} ${folder}`);
  }
  if (!isFolder) throw new VaultError(`cannot write cache ${file}: ${folder} is not a folder`);
  let existing: ReturnType<typeof statSync>;
  try {
    accessSync(folder, constants.W_OK);
    existing = statSync(file, { throwIfNoEntry: false });
  } catch (error) {
    throw new VaultError(`cannot write cache ${file}: ${describeFsError(error)}`);
  }
  if (existing?.isDirectory()) throw new VaultError(`cannot write cache ${file}: it is a folder`);
  // A device or a pipe would be replaced by a file (or, read first, keep the run waiting).
  if (existing && !existing.isFile()) throw new VaultError(`cannot write cache ${file}: it is not a plain file; it is left as it is`);
  if (existing && existing.size > 0 && !opensAsCache(file)) throw new VaultError(`cannot write cache ${file}: it is a file this program did not write; it is left as it is`);
  // The cache holds sentences from notes: written as a note, sync and every search would find them.
  if (isMarkdownPath(file)) throw new VaultError(`cannot write cache ${file}: a cache is not a note; give it a name that does not end in .md`);
}

/** Whether a file begins as every cache this program writes does (one it could not read does not). */
function opensAsCache(file: string): boolean {
  try {
    const fd = openSync(file, 'r');
    try {
      const head = Buffer.alloc(CACHE_OPENING.length);
      const read = readSync(fd, head, 0, head.length, 0);
      return head.toString('utf8', 0, read) === CACHE_OPENING;
    } finally {
      closeSync(fd);
    }
  } catch {
    return false;
  }
}

function readCache(file: string): unknown {
  try {
    // Read as bytes, then decoded: Node 20's reading straight to text takes half as long again
    // for a cache of ten megabytes (157 to 170 ms against 99 to 116, alternating, at 10,000 notes).
    return JSON.parse(readFileSync(file).toString('utf8'));
  } catch {
    // No cache yet, or a damaged one: only a slower start, every note is read.
    return undefined;
  }
}

/**
 * Written beside and renamed into place, so a run stopped halfway leaves the old cache whole; a part
 * at a time, with no string of the whole snapshot (55 MB at 50,000 notes).
 */
function writeCache(file: string, engine: Engine): void {
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    // Readable by its owner only: it holds sentences of clinical notes.
    const fd = openSync(temporary, 'w', 0o600);
    try {
      for (const part of engine.snapshotText()) if (part !== null) writeAll(fd, Buffer.from(part, 'utf8'));
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, file);
  } catch (error) {
    try {
      rmSync(temporary, { force: true });
    } catch {
      // What stopped the write may stop this too; the old cache is whole either way.
    }
    throw new VaultError(`cannot write cache ${file}: ${describeFsError(error)}`);
  }
}

/** A write may take fewer bytes than given (a full disk throws instead): the rest follows. */
function writeAll(fd: number, bytes: Buffer): void {
  for (let done = 0; done < bytes.length; ) done += writeSync(fd, bytes, done);
}

function describeError(error: ErrnoException): string {
  return error.code === 'ENOENT' ? 'no such folder' : describeFsError(error);
}
