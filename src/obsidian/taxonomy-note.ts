import { normalizePath, type App } from 'obsidian';
import type { TaxonomySource } from '../core/taxonomy/load-taxonomy';

/** The vault path of the taxonomy note the settings name (a note's name gets `.md`), or undefined for none. */
function taxonomyPath(note: string): string | undefined {
  const trimmed = note.trim();
  if (trimmed === '') return undefined;
  return normalizePath(trimmed.endsWith('.md') || trimmed.endsWith('.yaml') || trimmed.endsWith('.yml') ? trimmed : `${trimmed}.md`);
}

/** The user's taxonomy as the engine reads it: its text, or why it could not be read. */
export async function readTaxonomyNote(app: App, note: string): Promise<TaxonomySource | undefined> {
  const path = taxonomyPath(note);
  if (path === undefined) return undefined;
  const file = app.vault.getFileByPath(path);
  if (!file) return { path, text: '', unreadable: 'there is no such note' };
  try {
    return { path, text: await app.vault.cachedRead(file) };
  } catch (error) {
    // An unreadable taxonomy note is a diagnostic on it, as a broken one is: the notes are read with the default.
    return { path, text: '', unreadable: error instanceof Error ? error.message : String(error) };
  }
}
