import { Notice, normalizePath, TFile, type App } from 'obsidian';
import { nextFreePath, numberedPaths } from '../core/templates/file-names';

export type OnExisting = 'open' | 'next-free';

/**
 * Creates a note and opens it, never overwriting: if the path is taken, it opens the existing note
 * (or uses the next free name when the user chose that) and says so. `text` may depend on the path
 * the note gets (a template's `{{title}}`). `sought` says whether a note found at the path is the
 * one asked for: when it is not (another supervisor's supervision of the same day), the next free
 * name is used whatever the choice.
 */
export async function createNote(app: App, path: string, text: string | ((path: string) => string), onExisting: OnExisting, sought?: (existing: TFile) => boolean): Promise<TFile> {
  let target = normalizePath(path);
  const existing = app.vault.getFileByPath(target);
  // The note asked for, at the path or, when another is there, at one of the next names after it.
  const found = existing && onExisting === 'open' ? soughtAt(app, target, sought) : undefined;
  if (found) {
    new Notice(`${found.path} already exists, so it was opened instead of being replaced.`);
    await app.workspace.getLeaf(false).openFile(found);
    return found;
  }
  if (existing) {
    target = nextFreePath(target, (p) => app.vault.getAbstractFileByPath(p) !== null);
    new Notice(`${normalizePath(path)} already exists; created ${target} instead.`);
  }
  await ensureFolder(app, target);
  const file = await app.vault.create(target, typeof text === 'string' ? text : text(target));
  await app.workspace.getLeaf(false).openFile(file);
  return file;
}

/** The note at `path` or at the next names after it (numberedPaths) that `sought` takes for the one asked for, up to the first name free. */
function soughtAt(app: App, path: string, sought: ((existing: TFile) => boolean) | undefined): TFile | undefined {
  const names = numberedPaths(path);
  for (;;) {
    const file = app.vault.getFileByPath(names.next().value);
    if (!file) return undefined;
    if (sought?.(file) ?? true) return file;
  }
}

/** Creates a note without opening it, in its folder made if need be; an existing note is left as it is. */
export async function createIfAbsent(app: App, path: string, text: string): Promise<void> {
  const target = normalizePath(path);
  if (app.vault.getAbstractFileByPath(target)) return;
  await ensureFolder(app, target);
  await app.vault.create(target, text);
}

async function ensureFolder(app: App, path: string): Promise<void> {
  const folder = path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '';
  if (folder === '' || app.vault.getFolderByPath(folder)) return;
  await app.vault.createFolder(folder);
}

/** The text of the user's own template for a type, if the templates folder holds one. */
export async function userTemplate(app: App, templatesFolder: string, type: string): Promise<string | undefined> {
  if (templatesFolder.trim() === '') return undefined;
  const folder = normalizePath(templatesFolder);
  for (const name of [type, type.charAt(0).toUpperCase() + type.slice(1), `${type} note`, `${type.charAt(0).toUpperCase() + type.slice(1)} note`]) {
    const file = app.vault.getFileByPath(`${folder}/${name}.md`);
    if (file) return app.vault.cachedRead(file);
  }
  return undefined;
}
