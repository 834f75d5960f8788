import { statSync } from 'node:fs';
import type { WriteStream } from 'node:tty';
import { Engine, type EngineSettings, type LoadTimings } from '../core/engine';
import type { TaxonomySource } from '../core/taxonomy/load-taxonomy';
import { Progress } from './progress';
import { listNotePaths, readNoteFile } from './read-vault';

export class VaultError extends Error {}

type ErrnoException = Error & { code?: string };

/** Reads every note of a vault folder into a fresh engine and computes its flags. */
export function loadVault(vault: string, settings: Partial<EngineSettings>, stderr: WriteStream, taxonomy?: TaxonomySource): { engine: Engine; timings: LoadTimings } {
  let paths: string[];
  try {
    if (!statSync(vault).isDirectory()) throw new VaultError(`${vault} is not a folder`);
    paths = listNotePaths(vault);
  } catch (error) {
    if (error instanceof VaultError) throw error;
    throw new VaultError(`cannot read vault ${vault}: ${describeError(error as ErrnoException)}`);
  }
  const engine = new Engine(settings, taxonomy);
  const progress = new Progress(stderr, paths.length, 'Scanning');
  // One file in memory at a time: the engine keeps what it parsed, not the bytes.
  function* files(): Generator<ReturnType<typeof readNoteFile>> {
    for (const path of paths) yield readNoteFile(vault, path);
  }
  const timings = engine.load(files(), (done) => progress.update(done));
  progress.finish();
  return { engine, timings };
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
