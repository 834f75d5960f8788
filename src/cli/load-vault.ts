import { statSync } from 'node:fs';
import type { WriteStream } from 'node:tty';
import { DEFAULT_INDEX_SETTINGS, VaultIndex, type IndexSettings } from '../core/index/vault-index';
import { Progress } from './progress';
import { listNotePaths, readNoteFile } from './read-vault';

export class VaultError extends Error {}

type ErrnoException = Error & { code?: string };

/** Reads every note of a vault folder into a fresh index. */
export function loadVault(vault: string, settings: Partial<IndexSettings>, stderr: WriteStream): VaultIndex {
  let paths: string[];
  try {
    if (!statSync(vault).isDirectory()) throw new VaultError(`${vault} is not a folder`);
    paths = listNotePaths(vault);
  } catch (error) {
    if (error instanceof VaultError) throw error;
    throw new VaultError(`cannot read vault ${vault}: ${describeError(error as ErrnoException)}`);
  }
  const index = new VaultIndex({ ...DEFAULT_INDEX_SETTINGS, ...settings });
  const progress = new Progress(stderr, paths.length, 'Scanning');
  paths.forEach((path, i) => {
    index.upsert(readNoteFile(vault, path));
    progress.update(i + 1);
  });
  progress.finish();
  return index;
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
