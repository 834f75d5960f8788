import { closeSync, constants, fstatSync, openSync, readdirSync, readFileSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { join, sep } from 'node:path';
import { flatString } from '../core/util/flat-string';
import type { FileStat } from '../core/engine';
import type { SourceFile } from '../core/index/vault-index';

/**
 * Without waiting: opening a named pipe for reading waits for a writer, for ever if none comes. A
 * plain file opens as it would otherwise (Windows has no such flag, nor such pipes in a folder).
 */
export const OPEN_FOR_READING = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/** Files beyond this size are not read at all; the core still lists them with a diagnostic. */
const MAX_READ_BYTES = 64 * 1024 * 1024;

/** A folder or file of the vault that could not be read, by vault path, and why in words. */
export interface Unreadable {
  path: string;
  reason: string;
  /** What to tell the user when it is no plain unreadable folder (a link). */
  message?: string;
}

export interface VaultListing {
  /** Vault paths of the notes, sorted. */
  paths: string[];
  /** Folders below the vault's own that could not be listed; the rest of the vault is listed. */
  unreadable: Unreadable[];
}

/** How a folder's entries are read: the file system, or a stand-in in tests (a root user can read any folder). */
export type ReadDir = (path: string) => Dirent[];

const readDirectory: ReadDir = (path) => readdirSync(path, { withFileTypes: true });

/**
 * Markdown files of a vault folder, skipping hidden folders (`.obsidian`, `.trash`, `.git`) as
 * Obsidian does. A folder inside the vault that cannot be read is reported and left out; only the
 * vault folder itself failing throws. Symbolic links are followed, as Obsidian on a desktop follows
 * them; one that leads nowhere, or to a folder already read (a loop), is reported and left out.
 */
export function listVault(vault: string, readDir: ReadDir = readDirectory): VaultListing {
  const paths: string[] = [];
  const unreadable: Unreadable[] = [];
  // A link into the vault leads to a folder the walk reads where it is; one out of it is walked, its
  // folders' real paths kept, so that a link back up that tree is not walked for ever. Only the vault
  // and linked folders are resolved: resolving every folder was a call to the file system each.
  let vaultReal: string | undefined;
  const linkedRead = new Set<string>();
  // Each folder's vault path is carried down the walk (`folder`, with its trailing '/'): an entry's
  // name holds no separator, so a note's vault path is the folder's and its name (flattened, so the
  // engine keeps one string, not the two it was joined from). Asking path.relative for each of
  // 10,000 notes was two fifths of listing the bench vault. `real`: the folder's real path, when it
  // is reached through a link out of the vault.
  const walk = (dir: string, folder: string, real?: string): void => {
    let entries: Dirent[];
    try {
      entries = readDir(dir);
    } catch (error) {
      if (dir === vault) throw error;
      const path = folder.slice(0, -1);
      unreadable.push({ path, reason: notUtf8(error, path) ? 'its name is not UTF-8 text; rename it' : describeFsError(error) });
      return;
    }
    if (real !== undefined) linkedRead.add(real);
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const path = folder + entry.name;
      const target = entry.isSymbolicLink() ? linked(join(dir, entry.name), path) : undefined;
      if (target === 'file' || (target === undefined && entry.isFile())) {
        if (entry.name.toLowerCase().endsWith('.md')) paths.push(flatString(path));
      } else if (target === undefined && !entry.isDirectory() && entry.name.toLowerCase().endsWith('.md')) {
        // A pipe, a socket or a device named as a note: never opened (it could keep the run waiting), but said.
        unreadable.push({ path, reason: 'not a plain file', message: 'This is not a plain file (a device, a pipe or a socket); it is not scanned.' });
      } else if (typeof target === 'object') walk(join(dir, entry.name), `${path}/`, target.real);
      else if (target === undefined && entry.isDirectory()) walk(join(dir, entry.name), `${path}/`, real === undefined ? undefined : join(real, entry.name));
    }
  };
  /** What a link leads to: a file, a folder to walk (by its real path), or nothing (said) when it leads nowhere or to a folder read. */
  const linked = (full: string, path: string): 'file' | 'none' | { real: string } => {
    let real: string;
    try {
      real = realpathSync(full);
      if (!statSync(real).isDirectory()) return 'file';
    } catch (error) {
      const gone = (error as { code?: string }).code === 'ENOENT';
      const message = gone ? 'This link leads nowhere: what it pointed to is not there; it is not scanned.' : `This link could not be followed (${describeFsError(error)}); it is not scanned.`;
      unreadable.push({ path, reason: describeFsError(error), message });
      return 'none';
    }
    vaultReal ??= realpathSync(vault);
    const inVault = real === vaultReal || real.startsWith(vaultReal + sep);
    // A folder holding the vault ("backup -> ..", the home folder, the disk's root) would read the
    // vault's notes again under another path, and a whole disk besides: counted twice, hours doubled.
    if (vaultReal.startsWith(real.endsWith(sep) ? real : real + sep)) {
      unreadable.push({ path, reason: 'a folder holding the vault', message: 'This link leads to a folder that holds the vault itself; it is not scanned, so no note is read twice.' });
      return 'none';
    }
    if (!inVault && !linkedRead.has(real)) return { real };
    unreadable.push({ path, reason: 'a folder already read', message: 'This link leads to a folder already read; its notes are scanned once, where they are.' });
    return 'none';
  };
  walk(vault, '');
  return { paths: paths.sort(), unreadable: unreadable.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)) };
}

/** The notes of a vault folder (see listVault), leaving out folders that cannot be read. */
export function listNotePaths(vault: string): string[] {
  return listVault(vault).paths;
}

/** A note's stamp without reading it; a file that cannot be statted is read (and reported) later. */
export function statNoteFile(vault: string, path: string): FileStat {
  try {
    const stat = statSync(join(vault, ...path.split('/')));
    return { path, mtime: Math.floor(stat.mtimeMs), size: stat.size };
  } catch {
    return { path };
  }
}

export function readNoteFile(vault: string, path: string): SourceFile {
  // Vault paths use '/', which join() reads as a separator on every platform.
  const full = join(vault, path);
  let fd: number | undefined;
  try {
    // The stamp comes from the open file, not its path: it describes the bytes read even if the file
    // is replaced meanwhile, and saves looking the path up twice (10,000 notes: 163 ms against 180).
    fd = openSync(full, OPEN_FOR_READING);
    const stat = fstatSync(fd);
    // A link to a device (/dev/zero), or a named pipe, would be read for ever: only plain files are notes.
    if (!stat.isFile()) return { path, data: '', readError: 'This is not a plain file (a device or a pipe, through a link); it was skipped.' };
    if (stat.size > MAX_READ_BYTES) {
      return { path, data: '', readError: `This file is ${Math.round(stat.size / 1048576)} MB, too large to read as a note; it was skipped.` };
    }
    // Whole milliseconds, as Obsidian gives them.
    return { path, data: readFileSync(fd), mtime: Math.floor(stat.mtimeMs), size: stat.size };
  } catch (error) {
    if (notUtf8(error, path)) {
      return { path, data: '', readError: 'This file could not be opened: its name is not UTF-8 text. Rename it; it was skipped.' };
    }
    return { path, data: '', readError: `This file could not be read (${describeFsError(error)}); it was skipped.` };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** A name not in UTF-8 (Latin-1 from an old archive) is listed with U+FFFD in it, a name no file or folder has. */
function notUtf8(error: unknown, path: string): boolean {
  return (error as { code?: string }).code === 'ENOENT' && path.includes('\uFFFD');
}

/** A file-system error in words, without the absolute path Node puts in its message. */
export function describeFsError(error: unknown): string {
  switch ((error as { code?: string }).code) {
    case 'ENOENT':
      return 'it is no longer there';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ENOTDIR':
      return 'not a folder';
    case 'EISDIR':
      return 'a folder, not a file';
    case 'ELOOP':
      return 'a loop of symbolic links';
    case 'ENAMETOOLONG':
      return 'the path is too long';
    case 'EMFILE':
    case 'ENFILE':
      return 'too many files open';
    case 'EIO':
      return 'an input/output error';
    default:
      return (error as { code?: string }).code ?? String((error as Error).message ?? error);
  }
}
