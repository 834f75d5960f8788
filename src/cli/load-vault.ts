import { statSync } from 'node:fs';
import type { WriteStream } from 'node:tty';
import { Engine, type EngineSettings, type LoadTimings } from '../core/engine';
import type { Diagnostic } from '../core/model/diagnostic';
import type { TaxonomySource } from '../core/taxonomy/load-taxonomy';
import { Progress } from './progress';
import { describeFsError, listVault, readNoteFile, type ReadDir, type VaultListing } from './read-vault';

export class VaultError extends Error {}

type ErrnoException = Error & { code?: string };

export interface LoadedVault {
  engine: Engine;
  timings: LoadTimings;
  /** Folders of the vault that could not be read, as diagnostics (their notes are not in the engine). */
  problems: Diagnostic[];
}

/** Reads every note of a vault folder into a fresh engine and computes its flags. */
export function loadVault(vault: string, settings: Partial<EngineSettings>, stderr: WriteStream, taxonomy?: TaxonomySource, readDir?: ReadDir): LoadedVault {
  let listing: VaultListing;
  try {
    if (!statSync(vault).isDirectory()) throw new VaultError(`${vault} is not a folder`);
    listing = listVault(vault, readDir);
  } catch (error) {
    if (error instanceof VaultError) throw error;
    throw new VaultError(`cannot read vault ${vault}: ${describeError(error as ErrnoException)}`);
  }
  const { paths } = listing;
  const engine = new Engine(settings, taxonomy);
  const progress = new Progress(stderr, paths.length, 'Scanning');
  // One file in memory at a time: the engine keeps what it parsed, not the bytes.
  function* files(): Generator<ReturnType<typeof readNoteFile>> {
    for (const path of paths) yield readNoteFile(vault, path);
  }
  const timings = engine.load(files(), (done) => progress.update(done));
  progress.finish();
  const problems = listing.unreadable.map(({ path, reason }): Diagnostic => ({
    path,
    line: 1,
    severity: 'error',
    code: 'read-error',
    message: `This folder could not be read (${reason}); the notes in it are not scanned.`,
  }));
  return { engine, timings, problems };
}

function describeError(error: ErrnoException): string {
  return error.code === 'ENOENT' ? 'no such folder' : describeFsError(error);
}
