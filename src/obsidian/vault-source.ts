import type { TFile, Vault } from 'obsidian';
import type { SourceFile } from '../core/index/vault-index';

/**
 * A vault note as the core reads it. Its stamp is taken before the text is read, never after: a
 * read that lands after the note changed again would otherwise carry the newer stamp with the older
 * text, and the round reading the newer text would find that stamp held and keep the older.
 * `path` is the one the engine takes it under: a build's, which a rename since has not changed (renames.ts).
 */
export async function readSource(vault: Vault, file: TFile, path = file.path): Promise<SourceFile> {
  const { mtime, size } = file.stat;
  try {
    return { path, data: await vault.cachedRead(file), mtime, size };
  } catch (error) {
    return { path, data: '', readError: `This note could not be read: ${String(error)}` };
  }
}
