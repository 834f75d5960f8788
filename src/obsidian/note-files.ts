import { Notice, normalizePath, TFile, type App } from 'obsidian';
import { nextFreePath } from '../core/templates/file-names';

export type OnExisting = 'open' | 'next-free';

/**
 * Creates a note and opens it, never overwriting: if the path is taken, it opens the existing note
 * (or uses the next free name when the user chose that) and says so. `text` may depend on the path
 * the note gets (a template's `{{title}}`).
 */
export async function createNote(app: App, path: string, text: string | ((path: string) => string), onExisting: OnExisting): Promise<TFile> {
  let target = normalizePath(path);
  const existing = app.vault.getFileByPath(target);
  if (existing && onExisting === 'open') {
    new Notice(`${target} already exists, so it was opened instead of being replaced.`);
    await app.workspace.getLeaf(false).openFile(existing);
    return existing;
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
