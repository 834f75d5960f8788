import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { SourceFile } from '../core/index/vault-index';

/** Files beyond this size are not read at all; the core still lists them with a diagnostic. */
const MAX_READ_BYTES = 64 * 1024 * 1024;

/** Markdown files of a vault folder, skipping hidden folders (`.obsidian`, `.trash`, `.git`) as Obsidian does. */
export function listNotePaths(vault: string): string[] {
  const paths: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name.startsWith('.')) continue;
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile() && entry.name.toLowerCase().endsWith('.md')) paths.push(relative(vault, full).split(sep).join('/'));
    }
  };
  walk(vault);
  return paths.sort();
}

export function readNoteFile(vault: string, path: string): SourceFile {
  // Vault paths use '/', which join() reads as a separator on every platform.
  const full = join(vault, path);
  try {
    const stat = statSync(full);
    if (stat.size > MAX_READ_BYTES) {
      return { path, data: '', readError: `This file is ${Math.round(stat.size / 1048576)} MB, too large to read as a note; it was skipped.` };
    }
    // Whole milliseconds, as Obsidian gives them.
    return { path, data: readFileSync(full), mtime: Math.floor(stat.mtimeMs), size: stat.size };
  } catch (error) {
    return { path, data: '', readError: `This file could not be read: ${(error as Error).message}` };
  }
}
